package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TaskManager killed with {@code kill -9} in the middle of a job on the standalone cluster. The cluster has two
 * TaskManagers of two slots and the job runs at parallelism 2, so the survivor alone has the slots for every task;
 * with the cluster's restart strategy (fixed delay, 3 attempts, 2 s) the job must restart what it lost there and
 * finish with exact output (outcome a). Should it fail instead, the test checks what a failure must look like (one
 * error line, the previous partitions byte for byte) and still fails, since with a spare TaskManager the job must
 * survive: which outcome to expect is not left to chance.
 */
class TaskManagerKillIT {
  static final String REST_PORT = System.getProperty("flink.kill.restPort", "18082");
  static final String RPC_PORT = System.getProperty("flink.kill.rpcPort", "16124");
  static final Path CLUSTER_DIR = Paths.get("target/flink-tmkill-it-cluster").toAbsolutePath();
  static final String URL = "http://127.0.0.1:" + REST_PORT;
  static final int TASKMANAGERS = 2;
  static final FlinkTestCluster CLUSTER = new FlinkTestCluster(CLUSTER_DIR, REST_PORT, RPC_PORT, TASKMANAGERS);
  static final int PARALLELISM = 2;
  /** Big enough that the job runs 20 s or more on the cluster without a kill (20-26 s here, the client 27-37 s). */
  static final int ARTICLES = 60_000;
  static final int DAYS = 14;
  /** The chain that reads the files and runs the extraction kernel: the long stage the kill lands in. */
  static final String EXTRACTION = "ReadAndExtract/Parse)";
  static final Duration WAIT = Duration.ofMinutes(3);
  static final Duration JOB_TIMEOUT = Duration.ofMinutes(8);

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir
  static Path tmp;
  private static volatile Process client;
  private static boolean cleaned;

  @Test
  void aTaskManagerKilledMidJobIsSurvivedOnTheSpareOneWithExactOutput() throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(TaskManagerKillIT::cleanUp)); // even if the JVM is killed
    try {
      long t0 = System.nanoTime();
      assertEquals(0, script("start-cluster.sh"), "the cluster started (log above)");
      assertEquals(TASKMANAGERS, get("/overview").get("taskmanagers").asInt(), "TaskManagers registered");
      long clusterUp = System.nanoTime();

      // The corpus of the killed run, and a small one whose run leaves previous partitions of the same days.
      Path corpus = tmp.resolve("corpus");
      Path previousCorpus = tmp.resolve("previous-corpus");
      jar("generate", "--articles=" + ARTICLES, "--days=" + DAYS, "--seed=71", "--shards=8", "--output=" + corpus);
      jar("generate", "--articles=3000", "--days=" + DAYS, "--seed=72", "--output=" + previousCorpus);
      Path out = tmp.resolve("out");
      JobJar.Result previous = jar(clusterRun(previousCorpus, out));
      System.out.println("previous run: " + previous.stdout().strip());
      Map<String, String> before = snapshot(out);
      assertTrue(before.keySet().stream().anyMatch(p -> p.startsWith("actor_daily/day=")), "previous partitions");
      Set<String> earlierJobs = jobIds();
      long prepared = System.nanoTime();

      // The run to disturb, in the background.
      Path stdout = tmp.resolve("client.out");
      Path stderr = tmp.resolve("client.err");
      List<String> cmd = new ArrayList<>(List.of("java", "-Xmx2g", "-jar", JobJar.JAR.toString()));
      cmd.addAll(List.of(clusterRun(corpus, out)));
      long submitted = System.nanoTime();
      client = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();

      String jobId = awaitJob(earlierJobs);
      long running = System.nanoTime();
      String extraction = awaitRunningVertex(jobId, EXTRACTION);
      long extracting = System.nanoTime();
      Thread.sleep(3_000); // well into reading and extracting (about 13 s of the job here)
      JsonNode job = get("/jobs/" + jobId);
      assertEquals("RUNNING", job.get("state").asText(),
          "the job ended before the kill; it needs a bigger corpus to be killed in the middle");
      Map<String, List<String>> tasksByTm = runningTasksByTaskManager(jobId, job);
      assertFalse(tasksByTm.isEmpty(), "no task of the job is RUNNING: " + job);
      // The TaskManager that reads and extracts, or any with running tasks if the extraction is already done.
      String victim = taskManagerOf(jobId, extraction).orElse(tasksByTm.keySet().iterator().next());
      assertTrue(tasksByTm.containsKey(victim), "the TaskManager to kill runs tasks: " + tasksByTm.keySet());
      long pid = pidOf(victim);
      ProcessHandle tm = ProcessHandle.of(pid).orElseThrow();
      tm.destroyForcibly(); // SIGKILL, as kill -9
      long killedAt = System.currentTimeMillis();
      long killed = System.nanoTime();
      tm.onExit().get(30, TimeUnit.SECONDS);
      System.out.printf("killed TaskManager %s (pid %d) %.1f s after the job started running; it ran %d tasks: %s%n",
          victim, pid, seconds(running, killed), tasksByTm.get(victim).size(), tasksByTm.get(victim));
      tasksByTm.forEach((id, tasks) -> {
        if (!id.equals(victim)) {
          System.out.printf("the other TaskManager %s ran %d tasks%n", id, tasks.size());
        }
      });

      if (!client.waitFor(JOB_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        fail("the job did not end within " + JOB_TIMEOUT + " of the kill; job state "
            + get("/jobs/" + jobId).get("state").asText());
      }
      long ended = System.nanoTime();
      int exit = client.exitValue();
      String clientOut = Files.readString(stdout);
      String clientErr = Files.readString(stderr);

      JsonNode done = get("/jobs/" + jobId);
      JsonNode failures = get("/jobs/" + jobId + "/exceptions").get("exceptionHistory").get("entries");
      int reexecuted = reexecutedSubtasks(jobId, done);
      long firstFailure = 0;
      for (JsonNode f : failures) {
        long at = f.get("timestamp").asLong();
        firstFailure = firstFailure == 0 ? at : Math.min(firstFailure, at);
      }
      System.out.printf("timings: cluster start %.1f s, corpora and previous run %.1f s; killed run: submitted to "
              + "RUNNING %.1f s, RUNNING to extraction %.1f s, kill at %.1f s after RUNNING, failure noticed %.1f s "
              + "after the kill, job %.1f s (REST duration), client %.1f s, exit %d%n",
          seconds(t0, clusterUp), seconds(clusterUp, prepared), seconds(submitted, running),
          seconds(running, extracting), seconds(running, killed),
          firstFailure == 0 ? Double.NaN : (firstFailure - killedAt) / 1000.0, done.get("duration").asLong() / 1000.0,
          seconds(submitted, ended), exit);
      System.out.printf("job %s %s; restarts: %d (failures in the exception history), %d subtask(s) executed "
          + "again%n", jobId, done.get("state").asText(), failures.size(), reexecuted);
      for (JsonNode f : failures) {
        String task = f.path("taskName").asText("(the job)");
        System.out.printf("  failure %+.1f s from the kill in ...%s: %s%n",
            (f.get("timestamp").asLong() - killedAt) / 1000.0, task.substring(Math.max(0, task.length() - 50)),
            firstLine(f.get("stacktrace").asText().strip()));
      }
      System.out.println("client stdout: " + clientOut.strip());
      System.out.println("client stderr: " + clientErr.strip());

      if (exit != 0) {
        // Outcome (b): what a failure must look like. It is not the expected outcome here: with a spare
        // TaskManager the job must have survived, so the test fails either way, saying which checks held.
        List<String> lines = clientErr.lines().filter(l -> !l.isBlank() && !l.startsWith("progress: ")).toList();
        boolean oneErrorLine = exit == 1 && lines.size() == 1 && lines.get(0).startsWith("error: ");
        boolean intact = before.equals(snapshot(out));
        fail("expected the job to survive the kill on the spare TaskManager, but it failed (exit " + exit + "): "
            + (lines.isEmpty() ? "(nothing on stderr)" : lines.get(0)) + "; exit 1 with one error line: "
            + oneErrorLine + "; previous partitions byte for byte: " + intact + "; failures handled: "
            + failures.size());
      }

      // Outcome (a): finished after at least one restart, with exact output.
      assertEquals("FINISHED", done.get("state").asText(), "the cluster reports the job FINISHED");
      assertTrue(failures.size() >= 1, "the kill shows as a failure the job restarted from: " + failures);
      assertTrue(failures.size() <= 3, "within the restart strategy's 3 attempts: " + failures.size());
      assertTrue(reexecuted >= 1, "some subtasks ran a second time");
      assertTrue(clientOut.startsWith("read " + ARTICLES + ", accepted " + ARTICLES + ", rejected 0"), clientOut);
      JobJar.Result verify = jar("verify", "--output=" + out, "--truth=" + corpus);
      System.out.println("verify: " + verify.stdout().strip());
      assertTrue(verify.stdout().contains("exact: yes"), verify.stdout());
      Set<String> after = snapshot(out).keySet();
      assertFalse(after.stream().anyMatch(p -> p.startsWith("_staging") || p.contains(".temp")),
          "nothing of the staging or of the killed attempt's temporary files is left in the output: " + after);
      assertEquals(TASKMANAGERS - 1, get("/overview").get("taskmanagers").asInt(), "the survivor is still there");
    } finally {
      cleanUp();
    }
  }

  private static String[] clusterRun(Path input, Path output) {
    return new String[] {"run", "--input=" + input, "--output=" + output, "--runner=FlinkRunner",
        "--flinkMaster=127.0.0.1:" + REST_PORT, "--parallelism=" + PARALLELISM};
  }

  private static JobJar.Result jar(String... args) throws Exception {
    JobJar.Result r = JobJar.run(tmp, args);
    assertEquals(0, r.exit(), args[0] + " failed: " + r.stderr());
    return r;
  }

  private static Set<String> jobIds() throws Exception {
    Set<String> ids = new HashSet<>();
    for (JsonNode j : get("/jobs/overview").get("jobs")) {
      ids.add(j.get("jid").asText());
    }
    return ids;
  }

  /** The id of the new job once it is RUNNING. */
  private static String awaitJob(Set<String> earlier) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode j : get("/jobs/overview").get("jobs")) {
        String id = j.get("jid").asText();
        if (!earlier.contains(id) && j.get("state").asText().equals("RUNNING")) {
          return id;
        }
      }
      assertTrue(client.isAlive(), () -> "the client ended before its job ran: " + read("client.err"));
      Thread.sleep(300);
    }
    throw new AssertionError("no new job RUNNING on the cluster within " + WAIT + ": " + get("/jobs/overview"));
  }

  /** The id of the vertex whose name ends with {@code suffix}, once one of its subtasks runs. */
  private static String awaitRunningVertex(String jobId, String suffix) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode v : get("/jobs/" + jobId).get("vertices")) {
        if (v.get("name").asText().endsWith(suffix) && taskManagerOf(jobId, v.get("id").asText()).isPresent()) {
          return v.get("id").asText();
        }
      }
      assertTrue(client.isAlive(), () -> "the client ended before the extraction ran: " + read("client.err"));
      Thread.sleep(300);
    }
    throw new AssertionError("no subtask of '" + suffix + "' RUNNING within " + WAIT);
  }

  /** The TaskManager of the vertex's first RUNNING subtask. */
  private static Optional<String> taskManagerOf(String jobId, String vertexId) throws Exception {
    for (JsonNode s : get("/jobs/" + jobId + "/vertices/" + vertexId).get("subtasks")) {
      if (s.get("status").asText().equals("RUNNING")) {
        return Optional.of(s.get("taskmanager-id").asText());
      }
    }
    return Optional.empty();
  }

  /** TaskManager id to the RUNNING subtasks on it ("vertex name (subtask)"). */
  private static Map<String, List<String>> runningTasksByTaskManager(String jobId, JsonNode job) throws Exception {
    Map<String, List<String>> byTm = new TreeMap<>();
    for (JsonNode v : job.get("vertices")) {
      if (v.get("status").asText().equals("RUNNING")) {
        for (JsonNode s : get("/jobs/" + jobId + "/vertices/" + v.get("id").asText()).get("subtasks")) {
          if (s.get("status").asText().equals("RUNNING")) {
            String name = v.get("name").asText();
            byTm.computeIfAbsent(s.get("taskmanager-id").asText(), k -> new ArrayList<>())
                .add(name.substring(Math.max(0, name.length() - 60)) + " #" + s.get("subtask").asInt());
          }
        }
      }
    }
    return byTm;
  }

  private static int reexecutedSubtasks(String jobId, JsonNode job) throws Exception {
    int n = 0;
    for (JsonNode v : job.get("vertices")) {
      for (JsonNode s : get("/jobs/" + jobId + "/vertices/" + v.get("id").asText()).get("subtasks")) {
        n += s.get("attempt").asInt() > 0 ? 1 : 0;
      }
    }
    return n;
  }

  /**
   * The pid of a TaskManager by its Flink resource id: the TaskManager's own log names its working directory
   * {@code tm_<resource id>}, and start-cluster.sh wrote its pid beside that log's name.
   */
  private static long pidOf(String resourceId) throws Exception {
    for (int i = 1; i <= TASKMANAGERS; i++) {
      Path log = CLUSTER_DIR.resolve("log/taskmanager-" + i + ".log");
      if (Files.readString(log, StandardCharsets.ISO_8859_1).contains("tm_" + resourceId)) {
        long pid = Long.parseLong(Files.readString(CLUSTER_DIR.resolve("taskmanager-" + i + ".pid")).strip());
        String cmdline = Files.readString(Paths.get("/proc/" + pid + "/cmdline"), StandardCharsets.ISO_8859_1);
        assertTrue(cmdline.contains("TaskManagerRunner"), "pid " + pid + " is a TaskManager: " + cmdline);
        return pid;
      }
    }
    throw new AssertionError("no TaskManager log of " + CLUSTER_DIR + " names " + resourceId);
  }

  /** Relative path to SHA-256 of every file of the output. */
  private static Map<String, String> snapshot(Path dir) throws Exception {
    Map<String, String> files = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
      }
    }
    return files;
  }

  private static JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(URL + path)).timeout(Duration.ofSeconds(30))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), () -> "GET " + path + ": " + r.body());
    return JSON.readTree(r.body());
  }

  private static String read(String name) {
    try {
      return Files.readString(tmp.resolve(name));
    } catch (IOException e) {
      return "(" + e + ")";
    }
  }

  private static double seconds(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1e9;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Ends the client if it still runs and stops the cluster (what is left of it); safe to call more than once. */
  @AfterAll
  static synchronized void cleanUp() {
    if (cleaned) {
      return;
    }
    cleaned = true;
    Process c = client;
    if (c != null && c.isAlive()) {
      c.destroyForcibly();
      try {
        c.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    CLUSTER.stop();
  }

  static int script(String name) throws Exception {
    return CLUSTER.script(name);
  }
}
