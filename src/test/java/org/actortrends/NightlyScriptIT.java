package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.actortrends.io.ParquetTables;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs pipelines/nightly.sh as cron or systemd would (after {@code package} built target/actor-trends.jar): a day
 * run twice gives the same tables and one report, the lock stops a second run, a bad config line is one line and
 * exit 2, the config runs no {@code $(...)} or backticks, and "yesterday" is the day before today's date in the
 * configured timezone.
 */
class NightlyScriptIT {
  static final Path SCRIPT = Paths.get("pipelines/nightly.sh").toAbsolutePath();
  static final String DAY = "2025-08-20";
  static final List<String> TABLES = List.of("actor_daily", "actor_pairs_daily", "corpus_daily", "names_daily",
      "trends");
  static final List<String> REPORT_FILES = List.of("report.html", "report.md", "report.json");
  static final int EXIT_LOCKED = 75;

  @TempDir
  Path tmp;

  record Result(int exit, String stdout, String stderr) {
    String lastErrorLine() {
      List<String> lines = stderr.strip().lines().toList();
      return lines.isEmpty() ? "(no stderr)" : lines.get(lines.size() - 1);
    }
  }

  /** A config of the keys that matter here; {@code extra} lines are appended (a later key would be a duplicate). */
  Path config(Path output, String... extra) throws Exception {
    List<String> lines = new ArrayList<>(List.of(
        "# test config",
        "INPUT=" + Paths.get("sample-data/articles").toAbsolutePath(),
        "OUTPUT=" + output,
        "RUNNER=direct",
        "JAR=" + JobJar.JAR.toAbsolutePath(),
        "JAVA_OPTS=-Xmx2g"));
    lines.addAll(List.of(extra));
    Path file = Files.createTempFile(tmp, "nightly", ".conf");
    Files.write(file, lines);
    return file;
  }

  /** Runs the script with no ACTOR_TRENDS_* variable of ours leaking in, plus {@code env}. */
  Result nightly(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(SCRIPT.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().keySet().removeIf(k -> k.startsWith("ACTOR_TRENDS_"));
    pb.environment().putAll(env);
    Path stdout = Files.createTempFile(tmp, "out", ".txt");
    Path stderr = Files.createTempFile(tmp, "err", ".txt");
    Process p = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("nightly.sh did not finish in 10 minutes: " + cmd);
    }
    Result r = new Result(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
    System.out.print(r.stdout());
    System.err.print(r.stderr());
    return r;
  }

  @Test
  void runningADayTwiceGivesOnePartitionPerTableWithTheSameRowsAndOneReport() throws Exception {
    Path out = tmp.resolve("out");
    Path cfg = config(out, "TIMEZONE=UTC");
    Result first = nightly(Map.of(), "--config=" + cfg, "--day=" + DAY);
    assertOnePartitionPerTable(out, first);
    Map<String, Map<String, List<Double>>> before = tableRows(out);
    Result second = nightly(Map.of(), "--config=" + cfg, "--day=" + DAY);
    assertOnePartitionPerTable(out, second);
    Map<String, Map<String, List<Double>>> after = tableRows(out);
    for (String table : TABLES) {
      assertFalse(before.get(table).isEmpty(), table + " has rows");
      assertSameRows(table, before.get(table), after.get(table));
    }
    assertFalse(Files.exists(out.resolve("_staging")), "no staging left behind");

    Path log = out.resolve("_logs/nightly-" + DAY + ".log");
    String logText = Files.readString(log);
    assertEquals(2, logText.lines().filter(l -> l.contains(" start: ")).count(), "the log is appended to: " + log);
    assertTrue(logText.contains("run --input="), "the log holds the commands");
    assertTrue(logText.contains("--sentimentModel=fast"), "the default target model");

    // The job part passed; these need the report command (a step failing names itself on the last line).
    assertEquals(0, first.exit(), "first run: " + first.lastErrorLine());
    assertEquals(0, second.exit(), "second run: " + second.lastErrorLine());
    List<String> reportDirs;
    try (Stream<Path> list = Files.list(out.resolve("reports"))) {
      reportDirs = list.map(p -> p.getFileName().toString()).filter(n -> n.contains(DAY)).toList();
    }
    assertEquals(List.of(DAY), reportDirs, "exactly one report directory of the day");
    Path report = out.resolve("reports").resolve(DAY);
    for (String name : REPORT_FILES) {
      Path f = report.resolve(name);
      assertTrue(Files.isRegularFile(f) && Files.size(f) > 0, "report has " + name);
    }
    new ObjectMapper().readTree(report.resolve("report.json").toFile()); // valid JSON
    assertFalse(ParquetTables.readAll(out.resolve("trends/day=" + DAY)).isEmpty(), "the day's trends");
  }

  @Test
  void aSecondRunFailsFastWithTheLockCodeWhileTheLockIsHeld() throws Exception {
    Path out = tmp.resolve("locked");
    Files.createDirectories(out);
    Path lock = out.resolve("_nightly.lock");
    // flock(1) locks are not Java FileLocks (fcntl), so the lock is held by a shell that becomes the sleep.
    Process holder = new ProcessBuilder("bash", "-c", "exec 9>>\"$1\" && flock -n 9 && echo held && exec sleep 300",
        "holder", lock.toString()).redirectErrorStream(true).start();
    try {
      String first = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
          .readLine();
      assertEquals("held", first, "the test holds the lock");
      long started = System.nanoTime();
      Result r = nightly(Map.of(), "--config=" + config(out), "--day=" + DAY);
      double seconds = (System.nanoTime() - started) / 1e9;
      assertEquals(EXIT_LOCKED, r.exit(), r.stderr());
      assertTrue(seconds < 30, "fails fast, took " + seconds + " s");
      assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
      assertTrue(r.stderr().contains(lock.toString()), r.stderr());
      assertFalse(Files.exists(out.resolve("actor_daily")), "nothing ran");
    } finally {
      holder.destroy();
      holder.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aFailedRunExits1NamingTheStepAndTheLogAndWritesNoReport() throws Exception {
    Path out = tmp.resolve("failed");
    Result r = nightly(Map.of("ACTOR_TRENDS_INPUT", tmp.resolve("no-corpus/{day}").toString()),
        "--config=" + config(out), "--day=" + DAY);
    assertEquals(1, r.exit(), r.stderr());
    Path log = out.resolve("_logs/nightly-" + DAY + ".log");
    assertTrue(r.lastErrorLine().contains("step(s): run (exit 2)") && r.lastErrorLine().contains(log.toString()),
        r.lastErrorLine());
    assertTrue(Files.readString(log).contains("no-corpus/" + DAY), "the job's error is in the log");
    assertFalse(Files.exists(out.resolve("reports")), "no report after a failed run");
  }

  /** SENTIMENT_MODEL=contextual reaches the job, whose tables and report are written as with the fast model. */
  @Test
  void theContextualTargetModelRunsNightly() throws Exception {
    Path out = tmp.resolve("contextual");
    Result r = nightly(Map.of(), "--config=" + config(out, "SENTIMENT_MODEL=contextual"), "--day=" + DAY);
    assertEquals(0, r.exit(), r.lastErrorLine());
    assertTrue(Files.readString(out.resolve("_logs/nightly-" + DAY + ".log")).contains("--sentimentModel=contextual"));
    assertFalse(ParquetTables.readAll(out.resolve("actor_daily/day=" + DAY)).isEmpty(), "the day's actors");
    assertTrue(Files.isRegularFile(out.resolve("reports").resolve(DAY).resolve("report.json")), "the report");
  }

  @ParameterizedTest
  @ValueSource(strings = {"this is not a setting", "FOO=bar", "RUNNER=warp", "WINDOW=many", "SENTIMENT_MODEL=bert",
      "TIMEZONE=Mars/Olympus_Mons", "INPUT=sample-data/articles"})
  void aBadConfigLineGivesOneLineAndExit2(String line) throws Exception {
    Path out = tmp.resolve("never");
    Path cfg = config(out, line); // INPUT= is a duplicate: the config already sets it
    int lineNo = Files.readAllLines(cfg).size();
    Result r = nightly(Map.of(), "--config=" + cfg, "--day=" + DAY);
    assertEquals(2, r.exit(), r.stderr());
    assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
    assertTrue(r.stderr().contains(cfg + ":" + lineNo), "names the file and line: " + r.stderr());
    assertEquals("", r.stdout());
    assertFalse(Files.exists(out), "nothing was created");
  }

  /**
   * The config is data, never sourced: {@code $(...)} and backticks in a value run nothing. A value that is not
   * valid is rejected in one line that quotes it as written.
   */
  @ParameterizedTest
  @ValueSource(strings = {"TIMEZONE=$(touch MARKER)", "TIMEZONE=`touch MARKER`", "TIMEZONE=\"$(touch MARKER)\"",
      "ACTORS='`touch MARKER`'"})
  void commandSubstitutionInAConfigValueRunsNothingAndIsRejectedAsWritten(String line) throws Exception {
    Path marker = tmp.resolve("touched");
    String setting = line.replace("MARKER", marker.toString());
    String value = setting.substring(setting.indexOf('=') + 1).replaceAll("^[\"']|[\"']$", "");
    Path out = tmp.resolve("never");
    Result r = nightly(Map.of(), "--config=" + config(out, setting), "--day=" + DAY);
    assertEquals(2, r.exit(), r.stderr());
    assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
    assertTrue(r.stderr().contains("'" + value + "'"), "quotes the value as written: " + r.stderr());
    assertFalse(Files.exists(marker), "nothing in the config was run");
    assertFalse(Files.exists(out), "nothing was created");
  }

  /** A valid value holding {@code $(...)} and backticks reaches the job as written, and runs nothing. */
  @Test
  void commandSubstitutionInAConfigValueReachesTheJobLiterally() throws Exception {
    Path dollar = tmp.resolve("touched-by-dollar");
    Path backtick = tmp.resolve("touched-by-backtick");
    String input = tmp.resolve("corpus-$(touch " + dollar + ")-`touch " + backtick + "`.jsonl").toString();
    Path out = tmp.resolve("literal");
    Path cfg = Files.write(tmp.resolve("literal.conf"), List.of(
        "INPUT=" + input,
        "OUTPUT=" + out,
        "RUNNER=direct",
        "JAR=" + JobJar.JAR.toAbsolutePath()));
    Result r = nightly(Map.of(), "--config=" + cfg, "--day=" + DAY);
    assertEquals(1, r.exit(), r.stderr());
    String log = Files.readString(out.resolve("_logs/nightly-" + DAY + ".log"));
    assertTrue(log.contains("input file not found: " + input), "the job was given the value as written: " + log);
    assertFalse(Files.exists(dollar), "$(...) was not run");
    assertFalse(Files.exists(backtick), "backticks were not run");
  }

  @Test
  void aBadEnvironmentOverrideGivesOneLineAndExit2() throws Exception {
    Result r = nightly(Map.of("ACTOR_TRENDS_RUNNER", "warp"), "--config=" + config(tmp.resolve("never")),
        "--day=" + DAY);
    assertEquals(2, r.exit(), r.stderr());
    assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
    assertTrue(r.stderr().contains("ACTOR_TRENDS_RUNNER"), r.stderr());
  }

  @ParameterizedTest(name = "{0} in {1}: yesterday is {2}")
  @CsvSource({
      "2025-08-21T00:30:00Z, UTC, 2025-08-20",
      "2025-08-21T00:30:00Z, America/New_York, 2025-08-19", // still the 20th, 20:30, in New York
      "2025-08-20T15:30:00Z, Asia/Tokyo, 2025-08-20", // 00:30 on the 21st in Tokyo
      "2025-08-20T14:59:59Z, Asia/Tokyo, 2025-08-19", // 23:59:59 on the 20th in Tokyo
      "2025-03-30T22:30:00Z, Europe/Berlin, 2025-03-30", // 00:30 after the 23-hour day: now - 24 h is the 29th
      "2025-10-26T23:30:00Z, Europe/Berlin, 2025-10-26", // 00:30 after the 25-hour day
      "2024-02-29T23:30:00Z, Europe/Berlin, 2024-02-29", // 00:30 on 1 March of a leap year
      "2026-01-01T05:00:00Z, Pacific/Kiritimati, 2025-12-31"}) // UTC+14: 19:00 on 1 January
  void yesterdayIsTheDayBeforeTodaysDateInTheTimezone(String now, String zone, String expected) throws Exception {
    Path cfg = config(tmp.resolve("never"), "TIMEZONE=" + zone);
    Result r = nightly(Map.of("ACTOR_TRENDS_NOW", now), "--config=" + cfg, "--print-day");
    assertEquals(0, r.exit(), r.stderr());
    assertEquals(expected, r.stdout().strip());
  }

  @Test
  void theEnvironmentOverridesTheConfigAndARangeListsEveryDay() throws Exception {
    Path cfg = config(tmp.resolve("never"), "TIMEZONE=UTC");
    Result r = nightly(Map.of("ACTOR_TRENDS_NOW", "2025-08-21T00:30:00Z", "ACTOR_TRENDS_TIMEZONE", "America/New_York"),
        "--config=" + cfg, "--print-day");
    assertEquals(0, r.exit(), r.stderr());
    assertEquals("2025-08-19", r.stdout().strip());
    Result range = nightly(Map.of(), "--config=" + cfg, "--from=2024-02-28", "--to=2024-03-01", "--print-day");
    assertEquals(0, range.exit(), range.stderr());
    assertEquals(List.of("2024-02-28", "2024-02-29", "2024-03-01"), range.stdout().strip().lines().toList());
  }

  static void assertOnePartitionPerTable(Path out, Result run) throws Exception {
    List<String> tables;
    try (Stream<Path> list = Files.list(out)) {
      tables = list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("_") && !n.equals("reports")).sorted().toList();
    }
    assertEquals(TABLES, tables, "the tables written; the run ended with: " + run.lastErrorLine());
    for (String table : TABLES) {
      try (Stream<Path> list = Files.list(out.resolve(table))) {
        assertEquals(List.of("day=" + DAY), list.map(p -> p.getFileName().toString()).toList(), table);
      }
    }
  }

  /** Per table: each row's non-double columns (its key) to its double columns. */
  static Map<String, Map<String, List<Double>>> tableRows(Path out) throws Exception {
    Map<String, Map<String, List<Double>>> tables = new TreeMap<>();
    for (String table : TABLES) {
      Map<String, List<Double>> rows = new TreeMap<>();
      for (GenericRecord r : ParquetTables.readAll(out.resolve(table))) {
        StringBuilder key = new StringBuilder();
        List<Double> doubles = new ArrayList<>();
        for (Schema.Field f : r.getSchema().getFields()) {
          Object v = r.get(f.pos());
          if (v instanceof Double d) {
            doubles.add(d);
          } else {
            key.append(f.name()).append('=').append(v).append(' ');
          }
        }
        assertNull(rows.put(key.toString(), doubles), table + ": one row per key " + key);
      }
      tables.put(table, rows);
    }
    return tables;
  }

  /** The same keys; doubles to 1e-9, since the runner may sum them in another order. */
  static void assertSameRows(String table, Map<String, List<Double>> want, Map<String, List<Double>> got) {
    assertEquals(want.keySet(), got.keySet(), table + ": the same rows");
    for (Map.Entry<String, List<Double>> e : want.entrySet()) {
      List<Double> g = got.get(e.getKey());
      for (int i = 0; i < e.getValue().size(); i++) {
        assertEquals(e.getValue().get(i), g.get(i), 1e-9, table + " " + e.getKey());
      }
    }
  }
}
