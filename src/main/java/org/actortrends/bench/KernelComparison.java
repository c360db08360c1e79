package org.actortrends.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench --baseline=JAR}: before and after in one run. The kernel step (one thread) of a baseline jar and of
 * this one, each in a child JVM of its own, taken in turn for a number of rounds, the order swapped every round.
 * On a shared machine the rate of either swings by a third from minute to minute, and runs close in time are more
 * alike than runs far apart, so what is reported is each round's ratio and their median with its range (robust to
 * a round where the load changed between the two runs), not one run of each.
 */
final class KernelComparison {
  /** Every step of {@code bench} but the kernel: the children measure the kernel alone. */
  static final String OTHER_STEPS = "fixed_cost,kernel_all_cores,kernel_no_copies,kernel_contextual,"
      + "kernel_contextual_uncached,names,direct,direct_no_copies,flink_embedded";

  /** One round: the kernel's MB/s by the baseline jar and by this one. */
  record Round(double baseline, double current) {
    double ratio() {
      return current / baseline;
    }
  }

  private final List<String> java;
  private final String corpus;
  private final long kernelMb;
  private final Path work;
  private final PrintStream out;

  /**
   * @param java the command that starts a JVM as the job is started ({@code java OPTIONS}), without the jar
   */
  KernelComparison(List<String> java, String corpus, long kernelMb, Path work, PrintStream out) {
    this.java = java;
    this.corpus = corpus;
    this.kernelMb = kernelMb;
    this.work = work;
    this.out = out;
  }

  /** Measures {@code rounds} rounds of {@code baseline} against {@code current} (jar files). */
  List<Round> measure(Path baseline, Path current, int rounds) throws IOException, InterruptedException {
    List<Round> result = new ArrayList<>();
    out.printf("kernel, one thread, %d rounds in turn: baseline %s, this %s%n", rounds, baseline, current);
    out.printf("%-6s %14s %14s %14s%n", "round", "baseline MB/s", "this MB/s", "this/baseline");
    for (int r = 1; r <= rounds; r++) {
      // the order swaps each round, so that a load rising or falling through the run favours neither jar
      boolean baselineFirst = r % 2 == 1;
      double first = kernel(baselineFirst ? baseline : current, r);
      double second = kernel(baselineFirst ? current : baseline, r);
      Round round = baselineFirst ? new Round(first, second) : new Round(second, first);
      result.add(round);
      out.printf(Locale.ROOT, "%-6d %14.1f %14.1f %14.2f%n", r, round.baseline(), round.current(), round.ratio());
    }
    out.println(summary(result));
    return result;
  }

  /** The median ratio with its range, and the median rate of each jar. */
  static String summary(List<Round> rounds) {
    double[] ratios = rounds.stream().mapToDouble(Round::ratio).toArray();
    return String.format(Locale.ROOT, "this/baseline: median %.2f (rounds %.2f to %.2f); median MB/s: baseline %.1f, "
            + "this %.1f", median(ratios), Arrays.stream(ratios).min().orElse(Double.NaN),
        Arrays.stream(ratios).max().orElse(Double.NaN), median(rounds.stream().mapToDouble(Round::baseline).toArray()),
        median(rounds.stream().mapToDouble(Round::current).toArray()));
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int mid = v.length / 2;
    return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  }

  /** Writes the rounds as JSON. */
  static void writeJson(List<Round> rounds, Path baseline, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode n = mapper.createObjectNode();
    n.put("baseline", baseline.toString());
    rounds.forEach(r -> n.withArray("baseline_kernel_mb_per_s").add(r.baseline()));
    rounds.forEach(r -> n.withArray("kernel_mb_per_s").add(r.current()));
    n.put("ratio_median", median(rounds.stream().mapToDouble(Round::ratio).toArray()));
    Files.writeString(file, mapper.writeValueAsString(n) + "\n");
  }

  /** The kernel's MB/s by {@code jar}'s own {@code bench}, in a child JVM. */
  private double kernel(Path jar, int round) throws IOException, InterruptedException {
    String name = "compare-" + round + "-" + jar.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
    Path json = work.resolve(name + ".json");
    Path log = work.resolve(name + ".log");
    Files.deleteIfExists(json);
    List<String> cmd = new ArrayList<>(java);
    cmd.addAll(List.of("-jar", jar.toString(), "bench", "--corpus=" + corpus, "--kernelMb=" + kernelMb,
        "--work=" + work.resolve(name), "--json=" + json, "--skip=" + OTHER_STEPS));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (p.waitFor() != 0 || !Files.isRegularFile(json)) {
      throw new IllegalStateException("the kernel of " + jar + " failed; see " + log);
    }
    JsonNode rate = new ObjectMapper().readTree(json.toFile()).get("kernel_mb_per_s");
    if (rate == null || !rate.isNumber()) {
      throw new IllegalStateException(jar + "'s bench wrote no kernel_mb_per_s; see " + json);
    }
    return rate.asDouble();
  }
}
