package org.actortrends.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * Writes non-empty lines to one UTF-8 text file (local or on an object store), which exists, maybe empty, even when
 * there are no lines. Like {@link WriteTable}, it writes the file under its final name in one step, for a run
 * directory that is published only after the job succeeded. Returns the file's path.
 */
public class WriteLines extends PTransform<PCollection<String>, PCollection<String>> {
  /** Never a line of ours: it makes the one group exist when there is nothing to write. */
  private static final String NOTHING = "";

  private final String path;

  public WriteLines(String path) {
    this.path = path;
  }

  @Override
  public PCollection<String> expand(PCollection<String> lines) {
    PCollection<String> nothing = lines.getPipeline().apply("Nothing", Create.of(NOTHING));
    return PCollectionList.of(lines).and(nothing)
        .apply("WithNothing", Flatten.pCollections())
        .apply("OneKey", WithKeys.of(0))
        .setCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of()))
        .apply("AllLines", GroupByKey.create())
        .apply("Write", ParDo.of(new WriteFn(path)))
        .setCoder(StringUtf8Coder.of());
  }

  static class WriteFn extends DoFn<KV<Integer, Iterable<String>>, String> {
    private final String path;

    WriteFn(String path) {
      this.path = path;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<String>> all, OutputReceiver<String> out) throws IOException {
      try (Writer w = new BufferedWriter(Channels.newWriter(
          FileSystems.create(FileSystems.matchNewResource(path, false), MimeTypes.TEXT), StandardCharsets.UTF_8),
          1 << 16)) {
        for (String line : all.getValue()) {
          if (!line.isEmpty()) {
            w.write(line);
            w.write('\n');
          }
        }
      }
      out.output(path);
    }
  }
}
