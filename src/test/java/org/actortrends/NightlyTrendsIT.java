package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.actortrends.io.ParquetTables;
import org.actortrends.report.ActorTrend;
import org.actortrends.report.DailyTables;
import org.actortrends.report.TrendReport;
import org.actortrends.report.TrendRules;
import org.actortrends.report.Trends;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly path end to end on a generated 35-day corpus laid out by day, stationary but for one planted spike and
 * one planted sentiment drop on its last day: a backfill, the report (which must find exactly those), re-runs of the
 * day (same rows, same report), and failures injected into the writes (the old partitions stay), on the direct
 * runner and on embedded Flink.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyTrendsIT {
  static final String FIRST = "2025-07-01";
  static final String DAY = "2025-08-04";
  static final String SPIKE = SpikeAndDrop.SPIKE;
  static final String DROP = SpikeAndDrop.DROP;
  static final List<String> TABLES = List.of("actor_daily", "actor_pairs_daily", "corpus_daily");

  @TempDir
  static Path tmp;
  static Path corpus;
  static Path out;
  static String input;

  @BeforeAll
  static void generateAndBackfill() throws Exception {
    corpus = tmp.resolve("corpus");
    out = tmp.resolve("out");
    JobJar.Result gen = JobJar.run(tmp, SpikeAndDrop.generateArgs(corpus));
    assertEquals(0, gen.exit(), gen.stderr());
    input = corpus + "/{day}/*.jsonl.gz";
    JobJar.Result backfill = JobJar.run(tmp, "run", "--input=" + input, "--output=" + out, "--fromDay=" + FIRST,
        "--toDay=" + DAY);
    assertEquals(0, backfill.exit(), backfill.stderr());
    JobJar.Result verify = JobJar.run(tmp, "verify", "--output=" + out, "--truth=" + corpus);
    assertTrue(verify.stdout().contains("exact: yes"), verify.stdout());
  }

  static JobJar.Result report() throws Exception {
    return JobJar.run(tmp, "report", "--output=" + out, "--day=" + DAY);
  }

  static Map<String, GenericRecord> trends() throws Exception {
    Map<String, GenericRecord> rows = new LinkedHashMap<>();
    for (GenericRecord r : ParquetTables.readAll(out.resolve("trends/day=" + DAY))) {
      rows.put(r.get("actor_id").toString(), r);
    }
    return rows;
  }

  @Test
  @Order(1)
  void theReportFindsThePlantedSpikeAndSentimentDropAndNothingElseRising() throws Exception {
    JobJar.Result report = report();
    assertEquals(0, report.exit(), report.stderr());
    Map<String, GenericRecord> trends = trends();
    List<String> rising = new ArrayList<>();
    List<String> down = new ArrayList<>();
    trends.forEach((id, r) -> {
      if (r.get("label").toString().equals("rising")) {
        rising.add(id);
      }
      if (r.get("sentiment_shift").toString().equals("down")) {
        down.add(id);
      }
    });
    GenericRecord spike = trends.get(SPIKE);
    GenericRecord drop = trends.get(DROP);
    System.out.printf("spike %s: %s mentions, expected %.1f, score %.1f; drop %s: sentiment %.3f vs %.3f, score %.1f;"
        + " rising %s; sentiment down %s%n", SPIKE, spike.get("mentions"), spike.get("expected"), spike.get("score"),
        DROP, drop.get("sentiment"), drop.get("baseline_sentiment"), drop.get("sentiment_score"), rising, down);
    assertEquals(List.of(SPIKE), rising, "only the planted spike is rising");
    assertTrue(down.contains(DROP), "the planted drop is a sentiment shift down: " + down);
    assertEquals(List.of(DROP), down, "only the planted drop shifts down");

    String md = Files.readString(out.resolve("reports/" + DAY + "/report.md"));
    assertTrue(md.contains("**Rising**: " + spike.get("actor_name")), md);
    String html = Files.readString(out.resolve("reports/" + DAY + "/report.html"));
    assertTrue(html.contains("<section id=\"rising\""));
  }

  /** The corpus is stationary before its last day: no report of those days may call anyone rising or falling. */
  @Test
  @Order(1)
  void noOtherDayOfTheStationaryCorpusHasATrend() throws Exception {
    List<String> labelled = new ArrayList<>();
    for (LocalDate d = LocalDate.parse(FIRST).plusDays(7); d.isBefore(LocalDate.parse(DAY)); d = d.plusDays(1)) {
      TrendReport r = Trends.compute(DailyTables.read(out, d, 28), TrendRules.defaults(28));
      for (ActorTrend t : r.trends()) {
        if (t.label() == ActorTrend.Label.RISING || t.label() == ActorTrend.Label.FALLING
            || t.sentimentShift() != ActorTrend.SentimentShift.NONE) {
          labelled.add(d + " " + t.actorId() + " " + t.label() + " " + t.sentimentShift());
        }
      }
    }
    assertEquals(List.of(), labelled);
  }

  @Test
  @Order(2)
  void rerunningTheDayGivesTheSameRowsAndTheSameReport() throws Exception {
    Map<String, List<List<Object>>> backfilled = rows();
    byte[] html = Files.readAllBytes(out.resolve("reports/" + DAY + "/report.html"));
    byte[] json = Files.readAllBytes(out.resolve("reports/" + DAY + "/report.json"));
    for (int i = 0; i < 2; i++) {
      JobJar.Result run = JobJar.run(tmp, "run", "--input=" + input, "--output=" + out, "--day=" + DAY);
      assertEquals(0, run.exit(), run.stderr());
      assertEquals(0, report().exit());
      Map<String, List<List<Object>>> again = rows();
      for (String table : TABLES) {
        SameOutput.assertSameRows(table, backfilled.get(table), again.get(table));
      }
      assertEquals(1, partitionsOf(DAY), "one partition of the day per table");
    }
    assertArrayEquals(html, Files.readAllBytes(out.resolve("reports/" + DAY + "/report.html")));
    assertArrayEquals(json, Files.readAllBytes(out.resolve("reports/" + DAY + "/report.json")));
    assertFalse(Files.exists(out.resolve("_staging")));
  }

  @Test
  @Order(3)
  void aFailureDuringTheWriteLeavesTheOldPartitions() throws Exception {
    Map<String, byte[]> before = partitionBytes();
    JobJar.Result failed = JobJar.run(tmp, "run", "--input=" + input, "--output=" + out, "--day=" + DAY,
        "--injectFailure=after-write");
    assertEquals(1, failed.exit(), failed.stderr());
    assertTrue(failed.stderr().contains("injected failure after writing"), failed.stderr());
    assertSamePartitionBytes(before);
    assertFalse(Files.exists(out.resolve("_staging")), "the failed run's staging is removed");
  }

  @Test
  @Order(4)
  void onEmbeddedFlinkTheDayIsReplacedTheSameWayAndAFailureLeavesItIntact() throws Exception {
    Map<String, List<List<Object>>> direct = rows();
    JobJar.Result flink = JobJar.run(tmp, "run", "--input=" + input, "--output=" + out, "--day=" + DAY,
        "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
    assertEquals(0, flink.exit(), flink.stderr());
    Map<String, List<List<Object>>> onFlink = rows();
    for (String table : TABLES) {
      SameOutput.assertSameRows(table, direct.get(table), onFlink.get(table));
    }
    Map<String, byte[]> before = partitionBytes();
    JobJar.Result failed = JobJar.run(tmp, "run", "--input=" + input, "--output=" + out, "--day=" + DAY,
        "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2", "--injectFailure=after-write");
    assertEquals(1, failed.exit(), failed.stderr());
    assertSamePartitionBytes(before);
  }

  private static Map<String, List<List<Object>>> rows() throws Exception {
    Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
    for (String table : TABLES) {
      rows.put(table, SameOutput.rows(out.resolve(table)));
    }
    return rows;
  }

  private static long partitionsOf(String day) throws Exception {
    long n = 0;
    for (String table : TABLES) {
      try (Stream<Path> list = Files.list(out.resolve(table))) {
        n += list.filter(p -> p.getFileName().toString().equals("day=" + day)).count();
      }
    }
    return n / TABLES.size();
  }

  /** Every file of the day's partitions, by path. */
  private static Map<String, byte[]> partitionBytes() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String table : TABLES) {
      try (Stream<Path> walk = Files.walk(out.resolve(table).resolve("day=" + DAY))) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          files.put(out.relativize(p).toString(), Files.readAllBytes(p));
        }
      }
    }
    assertFalse(files.isEmpty());
    return files;
  }

  private static void assertSamePartitionBytes(Map<String, byte[]> before) throws Exception {
    Map<String, byte[]> after = partitionBytes();
    assertEquals(before.keySet(), after.keySet(), "the same files");
    before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
  }
}
