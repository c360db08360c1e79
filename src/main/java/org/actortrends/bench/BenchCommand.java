package org.actortrends.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.actortrends.io.InputFiles;
import org.actortrends.io.OutputCommitter;
import org.apache.beam.sdk.io.Compression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: on one corpus, in one run, measures the kernel alone (one thread, no Beam) and the whole job on
 * the direct runner, on embedded Flink (parallelism 2) and, given an address, on a Flink cluster; prints a table
 * and writes JSON. Rates are MB (10^6 bytes of uncompressed input records) per second of the job's own elapsed
 * time; each job runs in its own JVM, whose peak resident memory is sampled from /proc.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure kernel and pipeline throughput on a corpus (see README: Performance).")
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, description = "Corpus files, globs or directories (as run --input).")
  String corpus;

  @Option(names = "--json", description = "Also write the results as JSON to this file.")
  Path json;

  @Option(names = "--work", defaultValue = "target/bench", description = "Scratch directory for outputs (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--kernelMb", defaultValue = "200",
      description = "MB of records the kernel measurement loads into memory (default: ${DEFAULT-VALUE}).")
  long kernelMb;

  @Option(names = "--flinkMaster", description = "host:port of a Flink 1.19 cluster to measure too.")
  String flinkMaster;

  @Option(names = "--jvmOptions", defaultValue = "-Xmx3g",
      description = "JVM options of the job runs (default: ${DEFAULT-VALUE}).")
  String jvmOptions;

  @Option(names = "--skip", split = ",", description = "Steps to leave out: kernel, kernel_no_copies (the kernel "
      + "without sketching bodies for wire copies), names (NameFinder alone, after the kernel), direct, "
      + "direct_no_copies (the job with --nearDuplicates=off), flink_embedded.")
  List<String> skip = new ArrayList<>();

  public static int execute(String[] args) {
    return Commands.execute(new BenchCommand(), args);
  }

  @Override
  public Integer call() throws Exception {
    List<String> files = InputFiles.expand(corpus);
    long[] records = {0, 0};
    for (String f : files) {
      countRecords(f, records);
    }
    double corpusMb = records[1] / 1e6;
    Map<String, Double> rate = new LinkedHashMap<>();
    Map<String, Double> rss = new LinkedHashMap<>();
    System.out.printf("corpus: %d files, %d records, %.1f MB uncompressed%n", files.size(), records[0], corpusMb);

    if (!skip.contains("kernel")) {
      List<KernelBench.Doc> docs = KernelBench.load(files, kernelMb * 1_000_000);
      System.out.printf("kernel: %d articles, %.1f MB in memory, one thread ...%n", docs.size(),
          KernelBench.bytes(docs) / 1e6);
      rate.put("kernel", KernelBench.megabytesPerSecond(docs, 10, true));
      rss.put("kernel", PeakRss.ofPid(ProcessHandle.current().pid()) / 1e6);
      if (!skip.contains("kernel_no_copies")) {
        // the same without sketching bodies for wire copies: what finding copies costs the kernel
        rate.put("kernel_no_copies", KernelBench.megabytesPerSecond(docs, 10, false));
        rss.put("kernel_no_copies", PeakRss.ofPid(ProcessHandle.current().pid()) / 1e6);
      }
      if (!skip.contains("names")) {
        // names are not part of the kernel yet: their own cost, on the same articles already tokenized
        rate.put("names", KernelBench.nameFinderMegabytesPerSecond(docs, 10));
        rss.put("names", PeakRss.ofPid(ProcessHandle.current().pid()) / 1e6);
      }
      docs = null;
    }
    Files.createDirectories(work);
    if (!skip.contains("direct")) {
      job("direct", corpusMb, rate, rss);
    }
    if (!skip.contains("direct_no_copies")) {
      job("direct_no_copies", corpusMb, rate, rss, "--nearDuplicates=off");
    }
    if (!skip.contains("flink_embedded")) {
      job("flink_embedded", corpusMb, rate, rss, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
    }
    if (flinkMaster != null) {
      job("flink_cluster", corpusMb, rate, rss, "--runner=FlinkRunner", "--flinkMaster=" + flinkMaster,
          "--parallelism=2");
    }

    System.out.println();
    System.out.printf("%-16s %10s %10s %14s%n", "step", "MB/s", "peak RSS MB", "vs 2x kernel");
    Double kernel = rate.get("kernel");
    for (String step : rate.keySet()) {
      String ratio = kernel == null || step.startsWith("kernel") || step.equals("names") ? ""
          : String.format("%.0f%%", 100 * rate.get(step) / (2 * kernel));
      System.out.printf("%-16s %10.1f %10.0f %14s%n", step, rate.get(step), rss.get(step), ratio);
    }
    if (json != null) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode n = mapper.createObjectNode();
      n.put("corpus_mb", round(corpusMb));
      n.put("articles", records[0]);
      rate.forEach((step, v) -> n.put(step + "_mb_per_s", round(v)));
      ObjectNode peaks = n.putObject("peak_rss_mb");
      rss.forEach((step, v) -> peaks.put(step, Math.round(v)));
      n.put("cores", Runtime.getRuntime().availableProcessors());
      Files.writeString(json, mapper.writeValueAsString(n) + "\n");
    }
    return 0;
  }

  /** Runs the job in a child JVM and records its rate (from its summary) and peak RSS. */
  private void job(String step, double corpusMb, Map<String, Double> rate, Map<String, Double> rss,
      String... runnerArgs) throws IOException, InterruptedException {
    Path output = work.resolve(step);
    OutputCommitter.deleteRecursively(output);
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(jvmOptions.trim().split("\\s+")));
    cmd.addAll(List.of("-jar", ownJar(), "run", "--input=" + corpus, "--output=" + output,
        "--maxRejectedFraction=1"));
    cmd.addAll(List.of(runnerArgs));
    System.out.printf("%s: %s ...%n", step, String.join(" ", runnerArgs).isEmpty() ? "direct runner" : String.join(" ", runnerArgs));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(work.resolve(step + ".log").toFile()).start();
    long peak = PeakRss.watch(p);
    if (p.exitValue() != 0) {
      throw new IllegalStateException(step + " failed; see " + work.resolve(step + ".log"));
    }
    JsonNode summary = new ObjectMapper().readTree(output.resolve("_run/summary.json").toFile());
    rate.put(step, corpusMb / summary.get("elapsed_seconds").asDouble());
    rss.put(step, peak / 1e6);
  }

  private static String ownJar() {
    try {
      return new File(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    } catch (Exception e) {
      throw new IllegalStateException("cannot locate the job jar", e);
    }
  }

  /** Adds the non-blank records of a file and their uncompressed bytes (with line ends) to {@code counts}. */
  private static void countRecords(String file, long[] counts) throws IOException {
    try (InputStream in = Channels.newInputStream(
        Compression.detect(file).readDecompressed(Files.newByteChannel(Paths.get(file))))) {
      java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          counts[0]++;
          counts[1] += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
      }
    }
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
