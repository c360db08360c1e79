package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run leaves nothing in the system temporary folder (here one of the test's own, given as {@code java.io.tmpdir}):
 * after success on the direct runner and on embedded Flink, after a failed job, after Ctrl-C in the middle of a run;
 * a run killed outright leaves its folder, which the next run removes. (The cluster client: {@link FlinkRunnersIT}.)
 */
class NothingLeftBehindIT {
  static final String INPUT = "--input=sample-data/articles";
  static final String[] EMBEDDED = {"--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"};

  static final String PLAIN_PROGRESS = "--progress=plain";
  static final String EVERY_SECOND = "--progressEveryMillis=1000";

  @TempDir
  Path tmp;

  /** Plain progress lines on stderr, the last of them with every file and record the summary counts. */
  static void assertProgressShown(JobJar.Result run, Path output) throws Exception {
    com.fasterxml.jackson.databind.JsonNode summary =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(output.resolve("_run/summary.json").toFile());
    int files = summary.get("input_files").asInt();
    String all = String.format(java.util.Locale.ROOT, "progress: %d/%d files, %,d articles, ", files, files,
        summary.get("read").asLong());
    List<String> lines = run.stderr().lines().filter(l -> l.startsWith("progress: ")).toList();
    assertFalse(lines.isEmpty(), "progress lines on stderr: " + run.stderr());
    assertTrue(lines.get(lines.size() - 1).startsWith(all), all + " ... in " + lines);
  }

  static List<String> contents(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void successAndFailureOnEveryEmbeddedRunnerLeaveNothing() throws Exception {
    Path system = Files.createDirectories(tmp.resolve("system-tmp"));
    JobJar.Result direct = JobJar.run(tmp, system, "run", INPUT, "--output=" + tmp.resolve("direct"),
        PLAIN_PROGRESS, EVERY_SECOND);
    assertEquals(0, direct.exit(), direct.stderr());
    assertEquals(List.of(), contents(system), "after the direct runner");
    assertProgressShown(direct, tmp.resolve("direct"));

    JobJar.Result flink = JobJar.run(tmp, system, concat(
        new String[] {"run", INPUT, "--output=" + tmp.resolve("flink"), PLAIN_PROGRESS, EVERY_SECOND}, EMBEDDED));
    assertEquals(0, flink.exit(), flink.stderr());
    assertEquals(List.of(), contents(system), "after embedded Flink");
    assertProgressShown(flink, tmp.resolve("flink"));

    JobJar.Result failed = JobJar.run(tmp, system, concat(
        new String[] {"run", INPUT, "--output=" + tmp.resolve("failed"), "--injectFailure=after-write"}, EMBEDDED));
    assertEquals(1, failed.exit(), failed.stderr());
    assertEquals(List.of(), contents(system), "after a failed job");
  }

  @Test
  void ctrlCInTheMiddleLeavesNothingAndAKilledRunsFolderGoesWithTheNextRun() throws Exception {
    Path system = Files.createDirectories(tmp.resolve("system-tmp"));
    JobJar.Started run = JobJar.start(tmp, system, concat(
        new String[] {"run", INPUT, "--output=" + tmp.resolve("interrupted")}, EMBEDDED));
    waitForFlinksFolders(system, run.process());
    new ProcessBuilder("kill", "-INT", String.valueOf(run.process().pid())).start().waitFor();
    assertTrue(run.process().waitFor(2, TimeUnit.MINUTES), "Ctrl-C ends the run");
    assertEquals(List.of(), contents(system), "after Ctrl-C; stderr: " + run.result().stderr());

    JobJar.Started killed = JobJar.start(tmp, system, concat(
        new String[] {"run", INPUT, "--output=" + tmp.resolve("killed")}, EMBEDDED));
    waitForFlinksFolders(system, killed.process());
    killed.process().destroyForcibly().waitFor();
    assertFalse(contents(system).isEmpty(), "kill -9 leaves the folder");
    JobJar.Result next = JobJar.run(tmp, system, "run", "--input=sample-data/warc", "--output=" + tmp.resolve("n"));
    assertEquals(0, next.exit(), next.stderr());
    assertEquals(List.of(), contents(system), "the next run removed the killed run's folder");
  }

  /** Waits until embedded Flink has put something into the run's private folder (its cluster is starting). */
  private static void waitForFlinksFolders(Path system, Process p) throws Exception {
    for (int i = 0; i < 1200 && p.isAlive(); i++) {
      if (contents(system).stream().anyMatch(f -> f.contains("minicluster_") || f.contains("flink-"))) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("embedded Flink put nothing in " + system + ": " + contents(system));
  }

  static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
