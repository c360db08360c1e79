package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input, actors and output on S3 (S3Mock on 127.0.0.1): the direct runner and embedded Flink write the same tables
 * as a local run, and a client killed in the middle of publishing leaves every day whole.
 */
class S3IT {
  static final String BUCKET = "actor-trends";
  static final Path CORPUS_FILE = Paths.get("sample-data/articles/archive-2023-2024.jsonl"); // 7 days: quick
  static final String S3_INPUT = "--input=s3://" + BUCKET + "/corpus";
  static final String S3_ACTORS = "--actors=s3://" + BUCKET + "/dict/actors.yaml";
  static final List<String> TABLE_OPTIONS = List.of("--writeMentions", "--writeArticles");

  @TempDir
  static Path tmp;
  static S3MockServer s3;
  static Path local;

  @BeforeAll
  static void startS3AndRunLocally() throws Exception {
    s3 = S3MockServer.start(Files.createDirectories(tmp.resolve("s3mock")));
    s3.createBucket(BUCKET);
    // A prefix lists like a directory: sub-folders are read, names starting with '_' are not.
    s3.put(BUCKET, "corpus/2023/" + CORPUS_FILE.getFileName(), Files.readAllBytes(CORPUS_FILE));
    s3.put(BUCKET, "corpus/_notes/not-articles.jsonl",
        Files.readAllBytes(Paths.get("sample-data/articles/harbor-times.jsonl")));
    s3.put(BUCKET, "dict/actors.yaml", Files.readAllBytes(Paths.get("pipelines/actors.yaml")));

    local = tmp.resolve("local");
    JobJar.Result r = JobJar.run(tmp, args("--input=" + CORPUS_FILE, "--actors=pipelines/actors.yaml",
        "--output=" + local));
    assertEquals(0, r.exit(), r.stderr());
  }

  @AfterAll
  static void stopS3() {
    if (s3 != null) {
      s3.close();
    }
  }

  /** {@code run}, the given options and the tables' options. */
  static String[] args(String... options) {
    List<String> all = new ArrayList<>(List.of("run"));
    all.addAll(List.of(options));
    all.addAll(TABLE_OPTIONS);
    return all.toArray(String[]::new);
  }

  /** A run reading from and writing to S3, with this server's endpoint. */
  static JobJar.Result runOnS3(PublishedOnS3 output, String... options) throws Exception {
    List<String> all = new ArrayList<>(List.of(S3_INPUT, S3_ACTORS, "--output=" + output.uri()));
    all.addAll(s3.jobOptions());
    all.addAll(List.of(options));
    return JobJar.run(tmp, S3MockServer.CREDENTIALS, args(all.toArray(String[]::new)));
  }

  /** The S3 output's tables, rejections and counts equal the local run's, and no run's leftovers remain. */
  static void assertSameAsLocal(PublishedOnS3 output, String name) throws Exception {
    SameOutput.assertSame(local, output.mirror(tmp.resolve("mirror-" + name)));
    for (String key : output.keys()) {
      assertFalse(key.startsWith("_runs/"), "a run's own files are removed once published: " + key);
    }
    assertEquals(1, new TreeSet<>(output.runOfEachDay().values()).size(), "one run published every day");
  }

  @Test
  void theDirectRunnerReadsAndWritesS3AsALocalRunDoes() throws Exception {
    PublishedOnS3 output = new PublishedOnS3(s3, BUCKET, "direct");
    JobJar.Result r = runOnS3(output);
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("output s3://" + BUCKET + "/direct"), r.stdout());
    assertSameAsLocal(output, "direct");
    assertDuckDbReadsTheManifestsAsReadmeSays(output);
  }

  @Test
  void embeddedFlinkReadsAndWritesS3AsALocalRunDoes() throws Exception {
    PublishedOnS3 output = new PublishedOnS3(s3, BUCKET, "embedded");
    JobJar.Result r = runOnS3(output, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
    assertEquals(0, r.exit(), r.stderr());
    assertSameAsLocal(output, "embedded");
  }

  /**
   * A client killed (halted, as kill -9) once the first day's manifest is published: that day shows the new run,
   * every other day the earlier run, each whole; the next run first finishes the broken publish, then publishes
   * its own.
   */
  @Test
  void aClientKilledMidPublishLeavesEveryDayWholeAndTheNextRunFinishesIt() throws Exception {
    PublishedOnS3 output = new PublishedOnS3(s3, BUCKET, "killed");
    JobJar.Result first = runOnS3(output);
    assertEquals(0, first.exit(), first.stderr());
    Map<String, String> before = output.runOfEachDay();
    assertTrue(before.size() > 1, "several days: " + before);

    JobJar.Result killed = runOnS3(output, "--injectFailure=halt-mid-publish");
    assertEquals(137, killed.exit(), killed.stdout() + killed.stderr());
    Map<String, String> after = output.runOfEachDay(); // also: no day mixes runs, no listed file is missing
    assertEquals(before.keySet(), after.keySet(), "every day is still published");
    String firstDay = before.keySet().iterator().next();
    assertFalse(after.get(firstDay).equals(before.get(firstDay)), "the first day is the new run's: " + after);
    for (String day : before.keySet()) {
      if (!day.equals(firstDay)) {
        assertEquals(before.get(day), after.get(day), "day " + day + " is the earlier run's");
      }
    }
    SameOutput.assertSame(local, output.mirror(tmp.resolve("mirror-killed")));

    JobJar.Result next = runOnS3(output);
    assertEquals(0, next.exit(), next.stderr());
    assertSameAsLocal(output, "after-killed");
  }

  /**
   * The README's DuckDB recipe, on a copy of the bucket with its manifests pointing at the copy (DuckDB's S3
   * extension cannot be installed here): the manifests' files are the tables, day and run come from the paths.
   */
  static void assertDuckDbReadsTheManifestsAsReadmeSays(PublishedOnS3 output) throws Exception {
    Path copy = tmp.resolve("duckdb-copy");
    for (String key : output.keys()) {
      byte[] content = s3.get(BUCKET, output.uri().substring(("s3://" + BUCKET + "/").length()) + "/" + key);
      if (key.startsWith("_manifests/")) {
        content = new String(content).replace(output.uri(), copy.toString()).getBytes();
      }
      Files.createDirectories(copy.resolve(key).getParent());
      Files.write(copy.resolve(key), content);
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      st.execute("SET VARIABLE corpus_daily = (SELECT list(file) FROM read_csv('" + copy
          + "/_manifests/*.txt', header = false, columns = {'file': 'VARCHAR'}) WHERE file LIKE '%/corpus_daily/%')");
      try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT day), typeof(any_value(day)) FROM "
          + "read_parquet(getvariable('corpus_daily'), hive_partitioning = true)")) {
        assertTrue(rs.next());
        assertEquals(SameOutput.rows(local.resolve("corpus_daily")).size(), rs.getLong(1), "corpus_daily rows");
        assertEquals(output.manifests().size(), rs.getLong(2), "days");
        assertEquals("DATE", rs.getString(3), "day is typed DATE");
      }
    }
  }
}
