package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressMarksTest {
  @TempDir
  Path tmp;

  @Test
  void marksOfEachFileAddUpAndTheLastOneOfAFileCounts() throws Exception {
    String dir = tmp.resolve("_progress").toString();
    assertArrayEquals(new long[] {0, 0, 0}, ProgressMarks.sum(dir), "no marks yet");
    ProgressMarks.Writer a = ProgressMarks.writer(dir, "/data/a.jsonl.gz");
    ProgressMarks.Writer b = ProgressMarks.writer(dir, "/data/b.warc.gz");
    a.update(100, 2);
    a.update(200, 4); // within two seconds of the last mark: not written
    b.update(50, 1);
    assertArrayEquals(new long[] {150, 3, 0}, ProgressMarks.sum(dir));
    a.done(300, 6);
    assertArrayEquals(new long[] {350, 7, 1}, ProgressMarks.sum(dir));
    Files.writeString(tmp.resolve("_progress/half-written.txt"), "12 ");
    assertArrayEquals(new long[] {350, 7, 1}, ProgressMarks.sum(dir), "a mark being written is skipped");
    ProgressMarks.writer(null, "/data/c.csv").done(1, 1); // no folder: writes nothing, fails nothing
  }
}
