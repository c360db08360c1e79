package org.actortrends;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Flink cluster of one test's own (its ports, work dir and TaskManagers), started and stopped by
 * {@code pipelines/flink/start-cluster.sh} and {@code stop-cluster.sh} as a user would.
 */
record FlinkTestCluster(Path dir, String restPort, String rpcPort, int taskManagers) {

  /** Runs a cluster script with this cluster's settings; its output goes to the test log. Returns its exit code. */
  int script(String name) throws Exception {
    return script(name, Map.of());
  }

  /** As {@link #script(String)}, the cluster's processes getting these environment variables too. */
  int script(String name, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "pipelines/flink/" + name, dir.toString())
        .redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().put("FLINK_REST_PORT", restPort);
    pb.environment().put("FLINK_RPC_PORT", rpcPort);
    pb.environment().put("FLINK_TASKMANAGERS", Integer.toString(taskManagers));
    pb.environment().put("FLINK_START_TIMEOUT", "120"); // a loaded 2-core machine
    Files.createDirectories(dir.getParent());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return -1;
    }
    System.out.println(name + ": " + output);
    return p.exitValue();
  }

  /** Stops every process of the cluster; safe to call when it is not running. */
  void stop() {
    try {
      script("stop-cluster.sh");
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the Flink cluster in " + dir, e);
    }
  }
}
