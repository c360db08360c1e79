package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCommitterTest {
  @TempDir
  Path out;

  private static final List<String> TABLES = List.of("t");

  private static void file(Path p, String content) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  private String read(String rel) throws IOException {
    return Files.readString(out.resolve(rel));
  }

  private static int day(String d) {
    return (int) LocalDate.parse(d).toEpochDay();
  }

  @Test
  void publishReplacesStagedDaysAndKeepsOthers() throws IOException {
    file(out.resolve("t/day=2025-08-01/part.parquet"), "old 1");
    file(out.resolve("t/day=2025-08-02/part.parquet"), "old 2");
    try (OutputCommitter c = OutputCommitter.start(out, "run-1")) {
      file(c.staging().resolve("t/day=2025-08-02/part.parquet"), "new 2");
      file(c.staging().resolve("_rejected/rejected.jsonl"), "");
      assertEquals(1, c.stagedPartitions(TABLES));
      c.publish(TABLES, List.of("_rejected"), d -> d == day("2025-08-02"));
    }
    assertEquals("old 1", read("t/day=2025-08-01/part.parquet"));
    assertEquals("new 2", read("t/day=2025-08-02/part.parquet"));
    assertTrue(Files.exists(out.resolve("_rejected/rejected.jsonl")));
    assertFalse(Files.exists(out.resolve("_staging/run-1")), "staging is removed once published");
  }

  @Test
  void aDayOfTheRunWithoutDataLosesItsOldPartition() throws IOException {
    file(out.resolve("t/day=2025-08-01/part.parquet"), "old 1");
    file(out.resolve("t/day=2025-08-02/part.parquet"), "old 2");
    try (OutputCommitter c = OutputCommitter.start(out, "run-1")) {
      c.publish(TABLES, List.of(), d -> d == day("2025-08-02"));
    }
    assertTrue(Files.exists(out.resolve("t/day=2025-08-01")));
    assertFalse(Files.exists(out.resolve("t/day=2025-08-02")), "re-running a day now empty must not keep old rows");
  }

  @Test
  void aFailedRunLeavesTheOutputAsItWas() throws IOException {
    file(out.resolve("t/day=2025-08-02/part.parquet"), "old 2");
    try (OutputCommitter c = OutputCommitter.start(out, "run-1")) {
      file(c.staging().resolve("t/day=2025-08-02/part.parquet"), "half written");
      // the job fails here: publish is never called
    }
    assertEquals("old 2", read("t/day=2025-08-02/part.parquet"));
    assertFalse(Files.exists(out.resolve("_staging/run-1")));
  }

  /** A run killed in the middle of publishing: its journal is there, some renames done, some not. */
  @Test
  void aPublishInterruptedByAKillIsFinishedByTheNextRun() throws IOException {
    for (String d : List.of("01", "02", "03")) {
      file(out.resolve("t/day=2025-08-" + d + "/part.parquet"), "old " + d);
    }
    Path dead = out.resolve("_staging/run-1");
    Files.createDirectories(dead);
    Files.writeString(dead.resolve(OutputCommitter.JOURNAL),
        "replace t/day=2025-08-01\nreplace t/day=2025-08-02\nremove t/day=2025-08-03\n");
    // day 01 was published before the kill; day 02 was moved aside but its new copy not yet moved in.
    file(out.resolve("t/day=2025-08-01/part.parquet"), "new 01");
    Files.move(out.resolve("t/day=2025-08-02"), Files.createDirectories(dead.resolve("_replaced/t"))
        .resolve("day=2025-08-02"));
    file(dead.resolve("t/day=2025-08-02/part.parquet"), "new 02");

    List<String> recovered = OutputCommitter.recover(out);

    assertEquals(1, recovered.size(), recovered.toString());
    assertEquals("new 01", read("t/day=2025-08-01/part.parquet"));
    assertEquals("new 02", read("t/day=2025-08-02/part.parquet"));
    assertFalse(Files.exists(out.resolve("t/day=2025-08-03")));
    assertFalse(Files.exists(dead));
    assertTrue(OutputCommitter.recover(out).isEmpty(), "recovery is done once");
  }

  @Test
  void anAbandonedStagingIsRemovedButALiveRunIsLeftAlone() throws IOException {
    file(out.resolve("t/day=2025-08-01/part.parquet"), "old");
    Path abandoned = out.resolve("_staging/run-0");
    file(abandoned.resolve("t/day=2025-08-01/part.parquet"), "half");
    file(abandoned.resolve(OutputCommitter.OWNER), "");
    try (OutputCommitter live = OutputCommitter.start(out, "run-1")) {
      assertFalse(Files.exists(abandoned), "a dead run's staging without a journal goes");
      List<String> again = OutputCommitter.recover(out);
      assertTrue(again.isEmpty(), "a live run's staging stays: " + again);
      assertTrue(Files.exists(live.staging()));
    }
    assertEquals("old", read("t/day=2025-08-01/part.parquet"));
  }
}
