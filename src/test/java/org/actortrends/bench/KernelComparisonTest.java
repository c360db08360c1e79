package org.actortrends.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --baseline}: the summary of the rounds, and the usage errors of bench's flags. */
class KernelComparisonTest {
  @TempDir
  Path tmp;

  @Test
  void summaryIsTheMedianRatioWithItsRange() {
    List<KernelComparison.Round> rounds = List.of(new KernelComparison.Round(20, 30),
        new KernelComparison.Round(30, 27), new KernelComparison.Round(25, 25), new KernelComparison.Round(32, 16));
    assertEquals("this/baseline: median 0.95 (rounds 0.50 to 1.50); median MB/s: baseline 27.5, this 26.0",
        KernelComparison.summary(rounds));
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(2.0, KernelComparison.median(new double[] {3, 1, 2}));
    assertEquals(2.5, KernelComparison.median(new double[] {4, 1, 3, 2}));
    assertTrue(Double.isNaN(KernelComparison.median(new double[0])));
  }

  @Test
  void jsonHasEveryRoundOfBothJars() throws Exception {
    Path json = tmp.resolve("c.json");
    KernelComparison.writeJson(List.of(new KernelComparison.Round(20, 22), new KernelComparison.Round(30, 27)),
        Path.of("old.jar"), json);
    String text = Files.readString(json).replaceAll("\\s+", "");
    assertTrue(text.contains("\"baseline_kernel_mb_per_s\":[20.0,30.0]"), text);
    assertTrue(text.contains("\"kernel_mb_per_s\":[22.0,27.0]"), text);
    assertTrue(text.contains("\"ratio_median\":1.0"), text);
  }

  @Test
  void anUnknownStepIsAUsageError() {
    Usage u = bench("--corpus=" + tmp, "--skip=kernel,kernal");
    assertEquals(2, u.exit());
    assertTrue(u.err().contains("--skip: no step 'kernal'; steps: fixed_cost, kernel,"), u.err());
    assertEquals(1, u.err().lines().count(), u.err());
  }

  @Test
  void aMissingBaselineJarIsAUsageError() {
    Usage u = bench("--corpus=" + tmp, "--baseline=" + tmp.resolve("nothing.jar"));
    assertEquals(2, u.exit());
    assertTrue(u.err().contains("--baseline: no jar file"), u.err());
  }

  @Test
  void roundsMustBePositive() throws Exception {
    Path jar = Files.createFile(tmp.resolve("old.jar"));
    Usage u = bench("--corpus=" + tmp, "--baseline=" + jar, "--rounds=0");
    assertEquals(2, u.exit());
    assertTrue(u.err().contains("--rounds must be at least 1, not 0"), u.err());
  }

  private record Usage(int exit, String err) {}

  private static Usage bench(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      return new Usage(BenchCommand.execute(args), bytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
    }
  }
}
