package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --baseline}: the packaged jar against a copy of itself, each kernel in a JVM of its own, as a
 * developer compares a change with the build before it.
 */
class BenchBaselineIT {
  @TempDir
  Path tmp;

  @Test
  void measuresBothJarsInTurnAndWritesEachRound() throws Exception {
    Path baseline = Files.copy(JobJar.JAR, tmp.resolve("baseline.jar"));
    Path json = tmp.resolve("compare.json");
    JobJar.Result r = JobJar.run(tmp, "bench", "--corpus=sample-data/articles/harbor-times.jsonl", "--kernelMb=1",
        "--baseline=" + baseline, "--rounds=2", "--work=" + tmp.resolve("work"), "--json=" + json);
    assertEquals(0, r.exit(), r.stdout() + r.stderr());
    assertTrue(r.stdout().contains("round   baseline MB/s      this MB/s  this/baseline"), r.stdout());
    assertTrue(r.stdout().contains("this/baseline: median "), r.stdout());
    JsonNode n = new ObjectMapper().readTree(json.toFile());
    assertEquals(2, n.get("baseline_kernel_mb_per_s").size(), n.toString());
    assertEquals(2, n.get("kernel_mb_per_s").size(), n.toString());
    for (JsonNode rate : n.get("kernel_mb_per_s")) {
      assertTrue(rate.asDouble() > 0, n.toString());
    }
    // each jar measured the kernel alone: no job ran
    assertTrue(Files.exists(tmp.resolve("work/compare-1-baseline.jar.json")), r.stdout());
    assertTrue(Files.notExists(tmp.resolve("work/compare-1-baseline.jar/direct")), r.stdout());
  }
}
