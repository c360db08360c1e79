package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file with every line, and the file even when there is no line. */
class WriteLinesTest {
  @TempDir
  Path dir;

  private Path write(List<String> lines) {
    Path file = dir.resolve("sub/lines.txt");
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<String> written = p.apply(Create.of(lines).withCoder(StringUtf8Coder.of()))
        .apply(new WriteLines(file.toString()));
    PAssert.that(written).containsInAnyOrder(file.toString());
    p.run().waitUntilFinish();
    return file;
  }

  @Test
  void everyLineOnce() throws Exception {
    Path file = write(List.of("b", "a", "ü c"));
    assertEquals(List.of("a", "b", "ü c"), Files.readAllLines(file).stream().sorted().toList());
  }

  @Test
  void anEmptyFileForNoLines() throws Exception {
    Path file = write(List.of());
    assertEquals("", Files.readString(file));
  }
}
