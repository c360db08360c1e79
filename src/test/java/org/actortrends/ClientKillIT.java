package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the client in the middle of a run, on the direct runner and on embedded Flink: the output keeps
 * its previous partitions, each complete; the next run of those days finishes what the dead one left (or clears it)
 * and is exact.
 */
class ClientKillIT {
  static final List<String> TABLES = List.of("actor_daily", "actor_pairs_daily", "corpus_daily");

  @TempDir
  static Path tmp;
  static Path corpus;

  @BeforeAll
  static void generate() throws Exception {
    corpus = tmp.resolve("corpus");
    JobJar.Result gen = JobJar.run(tmp, "generate", "--articles=12000", "--days=7", "--seed=5",
        "--output=" + corpus);
    assertEquals(0, gen.exit(), gen.stderr());
  }

  @ParameterizedTest
  @ValueSource(strings = {"direct", "flink"})
  void aKilledClientLeavesNoHalfWrittenPartitionAndTheNextRunIsExact(String runner) throws Exception {
    Path out = tmp.resolve("out-" + runner);
    List<String> run = new ArrayList<>(List.of("run", "--input=" + corpus, "--output=" + out,
        "--fromDay=2025-08-01", "--toDay=2025-08-07"));
    if (runner.equals("flink")) {
      run.addAll(List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"));
    }
    JobJar.Result first = JobJar.run(tmp, run.toArray(String[]::new));
    assertEquals(0, first.exit(), first.stderr());
    Map<String, List<List<Object>>> before = rows(out);

    // Start the same run again and kill it with SIGKILL once it has begun writing its tables to staging.
    List<String> cmd = new ArrayList<>(List.of("java", "-Xmx2g", "-jar", JobJar.JAR.toString()));
    cmd.addAll(run);
    Process victim = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("victim-" + runner + ".txt").toFile()).start();
    long started = System.nanoTime();
    boolean writing = false;
    while (victim.isAlive() && System.nanoTime() - started < TimeUnit.MINUTES.toNanos(5)) {
      if (stagingHasParquet(out)) {
        writing = true;
        break;
      }
      Thread.sleep(20);
    }
    assertTrue(victim.isAlive() && writing, "the run was still writing when killed");
    victim.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
    assertTrue(victim.waitFor(1, TimeUnit.MINUTES));
    System.out.printf("%s: killed after %.1f s while writing to staging%n", runner,
        (System.nanoTime() - started) / 1e9);
    assertTrue(Files.isDirectory(out.resolve("_staging")), "the dead run's staging is still there");

    Map<String, List<List<Object>>> afterKill = rows(out);
    for (String table : TABLES) {
      SameOutput.assertSameRows(table, before.get(table), afterKill.get(table));
    }

    JobJar.Result next = JobJar.run(tmp, run.toArray(String[]::new));
    assertEquals(0, next.exit(), next.stderr());
    assertFalse(Files.exists(out.resolve("_staging")), "the next run cleared the dead run's staging");
    JobJar.Result verify = JobJar.run(tmp, "verify", "--output=" + out, "--truth=" + corpus);
    assertTrue(verify.stdout().contains("exact: yes"), verify.stdout());
  }

  private static boolean stagingHasParquet(Path out) throws Exception {
    Path staging = out.resolve("_staging");
    if (!Files.isDirectory(staging)) {
      return false;
    }
    try (Stream<Path> walk = Files.walk(staging)) {
      return walk.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    } catch (java.io.UncheckedIOException movedWhileWalking) {
      return false;
    }
  }

  /** Every day partition read back whole: a half-written file would fail to open or lose rows. */
  private static Map<String, List<List<Object>>> rows(Path out) throws Exception {
    Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
    for (String table : TABLES) {
      try (Stream<Path> days = Files.list(out.resolve(table))) {
        for (Path day : days.toList()) {
          try (Stream<Path> files = Files.list(day)) {
            assertEquals(1, files.count(), day + " holds one complete file");
          }
        }
      }
      rows.put(table, SameOutput.rows(out.resolve(table)));
    }
    return rows;
  }
}
