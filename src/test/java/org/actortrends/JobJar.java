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
    return run(scratch, null, Map.of(), args);
  }

  /** As {@link #run(Path, String...)} with {@code java.io.tmpdir} set to {@code systemTemp}. */
  static Result run(Path scratch, Path systemTemp, String... args) throws Exception {
    return run(scratch, systemTemp, Map.of(), args);
  }

  /** A run with these environment variables added (such as AWS credentials). */
  static Result run(Path scratch, Map<String, String> env, String... args) throws Exception {
    return run(scratch, null, env, args);
  }

  private static Result run(Path scratch, Path systemTemp, Map<String, String> env, String... args)
      throws Exception {
    Started s = start(scratch, systemTemp, env, args);
    if (!s.process().waitFor(10, TimeUnit.MINUTES)) {
      s.process().destroyForcibly();
      assertTrue(false, "the job did not finish in 10 minutes: " + List.of(args));
    }
    return s.result();
  }

  /** A run going on in the background, its output going to files. */
  record Started(Process process, Path stdout, Path stderr) {
    Result result() throws Exception {
      return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
  }

  static Started start(Path scratch, Path systemTemp, String... args) throws Exception {
    return start(scratch, systemTemp, Map.of(), args);
  }

  /** {@code systemTemp}: the run's {@code java.io.tmpdir}, or null for the default. */
  private static Started start(Path scratch, Path systemTemp, Map<String, String> env, String... args)
      throws Exception {
    List<String> cmd = new ArrayList<>(List.of("java", "-Xmx2g"));
    if (systemTemp != null) {
      cmd.add("-Djava.io.tmpdir=" + systemTemp);
    }
    cmd.addAll(List.of("-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Path stdout = Files.createTempFile(scratch, "out", ".txt");
    Path stderr = Files.createTempFile(scratch, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    pb.environment().putAll(env);
    return new Started(pb.start(), stdout, stderr);
  }
}
