package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest publish, on the local filesystem through the same Beam FileSystems calls it makes on S3. */
class ManifestPublisherTest {
  static final List<String> TABLES = List.of("actor_daily", "corpus_daily");
  static final String DAY1 = "2025-08-01";
  static final String DAY2 = "2025-08-02";

  @TempDir
  Path tmp;

  @BeforeAll
  static void localFileSystem() {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
  }

  /** What the job would write: one file per table and day under the run's folder. */
  private static void writeTables(ManifestPublisher run, String... days) throws Exception {
    OutputLayout layout = run.layout();
    for (String table : TABLES) {
      for (String day : days) {
        Path file = Path.of(layout.tableDirectory(table) + "/" + layout.dayFilePrefix(day) + "-0.parquet");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table + " " + day + " " + layout.daySubfolder());
      }
    }
    run.writeRunFile("_rejected/rejected-0.jsonl", "{}\n");
    run.writeRunFile("_run/summary.json", "{\"run\": \"" + layout.daySubfolder() + "\"}\n");
  }

  private Map<String, List<String>> manifests() throws Exception {
    return ManifestPublisher.currentManifests(tmp.resolve("out").toString());
  }

  private List<String> allFiles() throws Exception {
    try (Stream<Path> walk = Files.walk(tmp.resolve("out"))) {
      return walk.filter(Files::isRegularFile).map(p -> tmp.resolve("out").relativize(p).toString()).sorted()
          .toList();
    }
  }

  @Test
  void aRunIsPublishedDayByDayAndReplacesTheDaysItWrote() throws Exception {
    String out = tmp.resolve("out").toString();
    try (ManifestPublisher first = ManifestPublisher.start(out, "run-1")) {
      writeTables(first, DAY1, DAY2);
      assertEquals(4, first.stagedPartitions(TABLES));
      assertTrue(manifests().isEmpty(), "nothing is visible before the publish");
      first.publish(TABLES, List.of("_rejected", "_run"), day -> false);
    }
    assertEquals(List.of(DAY1, DAY2), List.copyOf(manifests().keySet()));
    assertEquals(List.of(out + "/actor_daily/day=" + DAY1 + "/run=run-1/part-0.parquet",
        out + "/corpus_daily/day=" + DAY1 + "/run=run-1/part-0.parquet"), manifests().get(DAY1));

    Files.writeString(tmp.resolve("out/_rejected/rejected-of-an-older-layout.jsonl"), "{}\n");
    try (ManifestPublisher second = ManifestPublisher.start(out, "run-2")) {
      writeTables(second, DAY2);
      second.publish(TABLES, List.of("_rejected", "_run"), day -> false);
    }
    assertTrue(allFiles().contains("_rejected/rejected-0.jsonl"), allFiles().toString());
    assertFalse(allFiles().contains("_rejected/rejected-of-an-older-layout.jsonl"), "whole directories are replaced");
    assertTrue(manifests().get(DAY1).get(0).contains("/run=run-1/"), "day 1 is kept");
    assertTrue(manifests().get(DAY2).get(0).contains("/run=run-2/"), "day 2 is replaced");
    assertFalse(allFiles().contains("actor_daily/day=" + DAY2 + "/run=run-1/part-0.parquet"),
        "the replaced files are removed: " + allFiles());
    assertFalse(allFiles().stream().anyMatch(f -> f.startsWith(ManifestPublisher.RUNS)), allFiles().toString());
    assertTrue(Files.readString(tmp.resolve("out/_run/summary.json")).contains("run-2"));
  }

  @Test
  void aDayAskedForWithoutDataLosesItsManifest() throws Exception {
    String out = tmp.resolve("out").toString();
    try (ManifestPublisher first = ManifestPublisher.start(out, "run-1")) {
      writeTables(first, DAY1, DAY2);
      first.publish(TABLES, List.of(), day -> false);
    }
    int day2 = (int) java.time.LocalDate.parse(DAY2).toEpochDay();
    try (ManifestPublisher second = ManifestPublisher.start(out, "run-2")) {
      second.publish(TABLES, List.of(), day -> day == day2);
    }
    assertEquals(List.of(DAY1), List.copyOf(manifests().keySet()));
    assertFalse(allFiles().stream().anyMatch(f -> f.contains("day=" + DAY2)), allFiles().toString());
  }

  @Test
  void aFailedRunLeavesNothingAndChangesNoDay() throws Exception {
    String out = tmp.resolve("out").toString();
    try (ManifestPublisher first = ManifestPublisher.start(out, "run-1")) {
      writeTables(first, DAY1);
      first.publish(TABLES, List.of(), day -> false);
    }
    List<String> before = allFiles();
    try (ManifestPublisher failed = ManifestPublisher.start(out, "run-2")) {
      writeTables(failed, DAY1); // the job wrote, then failed: no publish
    }
    assertEquals(before, allFiles());
  }

  @Test
  void aPublishBrokenOffAfterItsFirstDayIsFinishedByTheNextRun() throws Exception {
    String out = tmp.resolve("out").toString();
    try (ManifestPublisher first = ManifestPublisher.start(out, "run-1")) {
      writeTables(first, DAY1, DAY2);
      first.publish(TABLES, List.of(), day -> false);
    }
    ManifestPublisher broken = ManifestPublisher.start(out, "run-2", () -> {
      throw new IllegalStateException("killed"); // what a halt there leaves, minus the JVM's end
    });
    writeTables(broken, DAY1, DAY2);
    assertThrows(IllegalStateException.class, () -> broken.publish(TABLES, List.of(), day -> false));
    broken.close();
    Map<String, List<String>> half = manifests();
    assertTrue(half.get(DAY1).get(0).contains("/run=run-2/"), "the first day is the new run's");
    assertTrue(half.get(DAY2).get(0).contains("/run=run-1/"), "the second is still the earlier run's, whole");
    for (List<String> files : half.values()) {
      for (String f : files) {
        assertTrue(Files.exists(Path.of(f)), f);
      }
    }

    List<String> recovered = ManifestPublisher.recover(out);
    assertEquals(List.of("run-2: finished the publish it had started"), recovered);
    assertTrue(manifests().get(DAY2).get(0).contains("/run=run-2/"), "rolled forward");
    assertFalse(allFiles().stream().anyMatch(f -> f.contains("run=run-1") || f.startsWith("_runs")),
        allFiles().toString());
  }
}
