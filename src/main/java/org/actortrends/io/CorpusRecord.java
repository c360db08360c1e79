package org.actortrends.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/** An accepted article with the file and line it was read from. */
public record CorpusRecord(String file, long line, Article article) {

  /** Compact coder for the one place whole texts cross a transform boundary. */
  public static final class Coder extends AtomicCoder<CorpusRecord> {
    private static final Coder INSTANCE = new Coder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final NullableCoder<String> NULLABLE = NullableCoder.of(STRING);

    public static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(CorpusRecord r, OutputStream out) throws IOException {
      Article a = r.article;
      STRING.encode(r.file, out);
      VarLongCoder.of().encode(r.line, out);
      STRING.encode(a.getId(), out);
      NULLABLE.encode(a.getUrl(), out);
      STRING.encode(a.getSource(), out);
      VarLongCoder.of().encode(a.getPublishedAtMillis(), out);
      VarLongCoder.of().encode(a.getDay().toEpochDay(), out);
      NULLABLE.encode(a.getTitle(), out);
      STRING.encode(a.getText(), out);
    }

    @Override
    public CorpusRecord decode(InputStream in) throws IOException {
      String file = STRING.decode(in);
      long line = VarLongCoder.of().decode(in);
      Article a = new Article(STRING.decode(in), NULLABLE.decode(in), STRING.decode(in),
          VarLongCoder.of().decode(in), LocalDate.ofEpochDay(VarLongCoder.of().decode(in)), NULLABLE.decode(in),
          STRING.decode(in));
      return new CorpusRecord(file, line, a);
    }
  }
}
