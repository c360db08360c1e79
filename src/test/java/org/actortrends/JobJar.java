package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar in its own JVM, as a user would, for the end-to-end tests. */
final class JobJar {
  static final Path JAR = Paths.get("target/actor-trends.jar");

  /** Exit code and output of one run. */
  record Result(int exit, String stdout, String stderr) {}

  private JobJar() {}

  static Result run(Path scratch, String... args) throws Exception {
    return run(scratch, Map.of(), args);
  }

  /** A run with these environment variables added (such as AWS credentials). */
  static Result run(Path scratch, Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("java", "-Xmx2g", "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Path stdout = Files.createTempFile(scratch, "out", ".txt");
    Path stderr = Files.createTempFile(scratch, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      assertTrue(false, "the job did not finish in 10 minutes: " + cmd);
    }
    return new Result(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
  }
}
