package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job, reading every input format in one run, on the direct runner, on embedded Flink and on a real
 * standalone Flink cluster (separate JVMs started by pipelines/flink/start-cluster.sh) writes the same rows in every
 * table, and DuckDB, Spark and pandas read each of them as they are.
 */
class FlinkRunnersIT {
  /** Every format read, mixed in one --input: JSON Lines (plain and gzip), CSV, news-please, WARC and Parquet. */
  static final String INPUT = "--input=sample-data/articles,sample-data/malformed.jsonl,sample-data/news-please,"
      + "sample-data/warc,sample-data/parquet";
  static final String REST_PORT = System.getProperty("flink.it.restPort", "18081");
  static final String RPC_PORT = System.getProperty("flink.it.rpcPort", "16123");
  static final Path CLUSTER_DIR = Paths.get("target/flink-it-cluster").toAbsolutePath();
  static final FlinkTestCluster CLUSTER = new FlinkTestCluster(CLUSTER_DIR, REST_PORT, RPC_PORT, 1);

  static final String DAY = "2025-08-13";

  @TempDir
  static Path tmp;
  static Path direct;

  @BeforeAll
  static void runOnTheDirectRunner() throws Exception {
    direct = tmp.resolve("direct");
    JobJar.Result r = JobJar.run(tmp, "run", INPUT, "--output=" + direct, "--writeMentions", "--writeArticles");
    assertEquals(0, r.exit(), r.stderr());
    JsonNode summary = new ObjectMapper().readTree(direct.resolve("_run/summary.json").toFile());
    assertEquals(16, summary.get("input_files").asInt(), summary.toString());
    assertEquals(372, summary.get("read").asLong(), summary.toString());
    assertTrue(summary.get("warc_records_skipped_by_kind").size() > 0, "the WARC file was read: " + summary);
    Map<String, Integer> bySource = new TreeMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT source, count(*) FROM read_parquet('" + direct.resolve("articles")
            + "/**/*.parquet') GROUP BY source")) {
      while (rs.next()) {
        bySource.put(rs.getString(1), rs.getInt(2));
      }
    }
    assertEquals(40, bySource.get("Northern Post"), "JSON Lines: " + bySource);
    assertEquals(40, bySource.get("Continental Wire"), "gzip JSON Lines: " + bySource);
    assertEquals(49, bySource.get("Capital Observer"), "CSV: " + bySource);
    assertEquals(6, bySource.get("example-news.org"), "4 Parquet rows and 2 news-please files: " + bySource);
    assertEquals(1, bySource.get("harbourlight.example"), "WARC: " + bySource);
  }

  @Test
  void duckDbSparkAndPandasReadTheDirectRunnersTables() throws Exception {
    assertEveryReaderReads(direct, "direct");
  }

  /** Adds the day's trends partition (the report command), then reads every table with each reader. */
  static void assertEveryReaderReads(Path output, String name) throws Exception {
    JobJar.Result report = JobJar.run(tmp, "report", "--output=" + output, "--day=" + DAY);
    assertEquals(0, report.exit(), report.stderr());
    TableReaders.assertEveryReaderReads(output, Files.createDirectories(tmp.resolve("readers-" + name)));
  }

  @Test
  void embeddedFlinkWritesTheSameRows() throws Exception {
    Path embedded = tmp.resolve("embedded");
    JobJar.Result r = JobJar.run(tmp, "run", INPUT, "--output=" + embedded, "--writeMentions", "--writeArticles",
        "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
    assertEquals(0, r.exit(), r.stderr());
    SameOutput.assertSame(direct, embedded);
    assertEveryReaderReads(embedded, "embedded");
  }

  @Test
  void aStandaloneClusterRunsTheJobAndWritesTheSameRows() throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(FlinkRunnersIT::stopCluster)); // even if the JVM is killed
    try {
      assertEquals(0, script("start-cluster.sh"), "the cluster started");
      Path cluster = tmp.resolve("cluster");
      Path clientTemp = Files.createDirectories(tmp.resolve("client-tmp"));
      JobJar.Result r = JobJar.run(tmp, clientTemp, "run", INPUT, "--output=" + cluster, "--writeMentions",
          "--writeArticles", "--runner=FlinkRunner", "--flinkMaster=127.0.0.1:" + REST_PORT, "--parallelism=2",
          NothingLeftBehindIT.PLAIN_PROGRESS, NothingLeftBehindIT.EVERY_SECOND);
      assertEquals(0, r.exit(), r.stderr());
      assertEquals(List.of(), NothingLeftBehindIT.contents(clientTemp), "the client leaves nothing in temp");
      NothingLeftBehindIT.assertProgressShown(r, cluster);

      JsonNode jobs = new ObjectMapper().readTree(HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + REST_PORT + "/jobs/overview")).build(),
          HttpResponse.BodyHandlers.ofString()).body()).get("jobs");
      boolean finished = false;
      for (JsonNode job : jobs) {
        finished |= job.get("name").asText().startsWith("actor-trends") && job.get("state").asText().equals("FINISHED");
      }
      assertTrue(finished, "the cluster reports the job FINISHED: " + jobs);
      SameOutput.assertSame(direct, cluster);
      assertEveryReaderReads(cluster, "cluster");

      // A nightly run of one day on the cluster replaces that day with the same rows; a failure leaves it intact.
      String[] dayRun = {"run", INPUT, "--output=" + cluster, "--writeMentions", "--writeArticles", "--day=" + DAY,
          "--runner=FlinkRunner", "--flinkMaster=127.0.0.1:" + REST_PORT, "--parallelism=2"};
      JobJar.Result day = JobJar.run(tmp, dayRun);
      assertEquals(0, day.exit(), day.stderr());
      for (String table : SameOutput.TABLES) {
        SameOutput.assertSameRows(table, SameOutput.rows(direct.resolve(table)), SameOutput.rows(cluster.resolve(table)));
      }
      byte[] before = Files.readAllBytes(onlyFile(cluster.resolve("actor_daily/day=" + DAY)));
      String[] failing = java.util.Arrays.copyOf(dayRun, dayRun.length + 1);
      failing[dayRun.length] = "--injectFailure=after-write";
      JobJar.Result failed = JobJar.run(tmp, failing);
      assertEquals(1, failed.exit(), failed.stderr());
      assertArrayEquals(before, Files.readAllBytes(onlyFile(cluster.resolve("actor_daily/day=" + DAY))));
      assertFalse(Files.exists(cluster.resolve("_staging")), "the failed run's staging is removed");

      // The contextual scorer loads ONNX Runtime's native library in each job's class loader: two jobs in a row
      // on one TaskManager, and the same mention scores as the direct runner's.
      Path contextualDirect = tmp.resolve("contextual-direct");
      Path contextualCluster = tmp.resolve("contextual-cluster");
      JobJar.Result local = JobJar.run(tmp, "run", INPUT, "--output=" + contextualDirect, "--writeMentions",
          "--writeArticles", "--day=" + DAY, "--sentimentModel=contextual");
      assertEquals(0, local.exit(), local.stderr());
      for (int job = 1; job <= 2; job++) {
        JobJar.Result c = JobJar.run(tmp, "run", INPUT, "--output=" + contextualCluster, "--writeMentions",
            "--writeArticles", "--day=" + DAY, "--sentimentModel=contextual", "--runner=FlinkRunner", "--flinkMaster=127.0.0.1:" + REST_PORT,
            "--parallelism=2");
        assertEquals(0, c.exit(), "contextual job " + job + ": " + c.stderr());
      }
      for (String table : SameOutput.TABLES) {
        SameOutput.assertSameRows(table, SameOutput.rows(contextualDirect.resolve(table)),
            SameOutput.rows(contextualCluster.resolve(table)));
      }
    } finally {
      stopCluster();
    }
  }

  private static Path onlyFile(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      List<Path> all = files.toList();
      assertEquals(1, all.size(), dir + ": " + all);
      return all.get(0);
    }
  }

  @AfterAll
  static void stopCluster() {
    CLUSTER.stop();
  }

  static int script(String name) throws Exception {
    return CLUSTER.script(name);
  }
}
