package org.actortrends.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  @Test
  void aLineSaysFilesArticlesMegabytesRateAndTimeLeft() {
    assertEquals("progress: 3/16 files, 12,345 articles, 50.0 of 200.0 MB, 5.0 MB/s, about 30 s left to read",
        ProgressReporter.line(new long[] {50_000_000, 12_345, 3}, 16, 200_000_000, 10));
    assertEquals("progress: 3/16 files, 12,345 articles, 50.0 of 2000.0 MB, 5.0 MB/s, about 7 min left to read",
        ProgressReporter.line(new long[] {50_000_000, 12_345, 3}, 16, 2_000_000_000, 10));
    assertEquals("progress: 0/2 files, 0 articles, 0.0 of 1.0 MB, 0.0 MB/s, starting",
        ProgressReporter.line(new long[] {0, 0, 0}, 2, 1_000_000, 3));
    assertEquals("progress: 2/2 files, 9 articles, 1.0 MB read; aggregating and writing tables",
        ProgressReporter.line(new long[] {1_000_000, 9, 2}, 2, 1_000_000, 2));
  }

  @Test
  void theOptionIsAutoPlainOrOff() {
    assertEquals(ProgressReporter.Mode.PLAIN, ProgressReporter.Mode.of("plain"));
    assertEquals(ProgressReporter.Mode.OFF, ProgressReporter.Mode.of("OFF"));
    assertEquals("--progress must be auto, plain or off, not 'loud'",
        assertThrows(IllegalArgumentException.class, () -> ProgressReporter.Mode.of("loud")).getMessage());
  }
}
