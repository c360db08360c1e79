package org.actortrends.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.actortrends.extract.ContextualSentiment;
import org.actortrends.io.CorpusFormat;
import org.actortrends.io.InputFiles;
import org.actortrends.io.OutputCommitter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: on one corpus, in one run, measures the kernel alone (one thread, no Beam) and the whole job on
 * the direct runner, on embedded Flink (parallelism 2) and, given an address, on a Flink cluster; prints a table
 * and writes JSON. Rates are MB (10^6 bytes of input as stored, uncompressed: see {@link CorpusFiles}) and
 * articles per second of the job's own elapsed time; each job runs in its own JVM, whose peak resident memory is
 * sampled from /proc. The corpus may be in any format the job reads, and is read with the job's own readers.
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
      description = "MB of input whose articles the kernel measurement loads into memory, in whole files "
          + "(default: ${DEFAULT-VALUE}).")
  long kernelMb;

  @Option(names = "--flinkMaster", description = "host:port of a Flink 1.19 cluster to measure too.")
  String flinkMaster;

  @Option(names = "--jvmOptions", defaultValue = "-Xmx3g -XX:+UseSerialGC",
      description = "JVM options of the job runs (default: ${DEFAULT-VALUE}, as README starts the job); the "
          + "class-data archive that mvn package makes is added when it lies beside the jar. The kernel steps run in "
          + "bench's own JVM: start it with the same collector.")
  String jvmOptions;

  @Option(names = "--skip", split = ",", description = "Steps to leave out (read, the job's readers loading the "
      + "corpus on one thread, always runs): fixed_cost (wall seconds of a 7-article run), kernel, kernel_all_cores (the kernel on one thread per core at once), "
      + "kernel_no_copies (the kernel "
      + "without sketching bodies for wire copies), kernel_contextual (the kernel with --sentimentModel=contextual, "
      + "on the first " + CONTEXTUAL_ARTICLES + " articles, one pass), kernel_contextual_uncached (the same without "
      + "keeping scored sentences), names (NameFinder alone, after the kernel), direct, "
      + "direct_no_copies (the job with --nearDuplicates=off), flink_embedded.")
  List<String> skip = new ArrayList<>();

  @Option(names = "--baseline", description = "Instead of the steps: the kernel (one thread) of this jar against "
      + "the kernel of this other build's jar, each in a JVM of its own (--jvmOptions), in turn for --rounds rounds; "
      + "prints each round's MB/s and their ratio, and the median ratio (README: Performance).")
  Path baseline;

  @Option(names = "--rounds", defaultValue = "4",
      description = "Rounds of --baseline, the order of the two jars swapped each round (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Spec
  CommandSpec spec;

  /** The steps --skip may name. */
  static final List<String> STEPS = List.of("fixed_cost", "kernel", "kernel_all_cores", "kernel_no_copies",
      "kernel_contextual", "kernel_contextual_uncached", "names", "direct", "direct_no_copies", "flink_embedded");

  /** Articles the contextual kernel is measured on. */
  static final int CONTEXTUAL_ARTICLES = 200;

  /** The cores the job's runners use (their default parallelism on this machine). */
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  public static int execute(String[] args) {
    return Commands.execute(new BenchCommand(), args);
  }

  @Override
  public Integer call() throws Exception {
    for (String step : skip) {
      if (!STEPS.contains(step)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--skip: no step '" + step + "'; steps: " + String.join(", ", STEPS));
      }
    }
    if (baseline != null) {
      return compare();
    }
    List<String> files = InputFiles.expand(corpus);
    boolean kernelRuns = !skip.contains("kernel");
    long started = System.nanoTime();
    KernelBench.Corpus input = KernelBench.load(files, kernelRuns ? kernelMb * 1_000_000 : 0);
    double readSeconds = (System.nanoTime() - started) / 1e9;
    double corpusMb = input.bytes() / 1e6;
    double corpusPerMb = input.articles() / Math.max(corpusMb, 1e-9);
    Map<String, Double> rate = new LinkedHashMap<>();
    Map<String, Double> perMb = new LinkedHashMap<>(); // articles per MB, to turn each step's MB/s into articles/s
    Map<String, Double> rss = new LinkedHashMap<>();
    System.out.printf("corpus: %d files (%s), %d records, %d articles, %.1f MB uncompressed as stored%n",
        files.size(), formats(files), input.records(), input.articles(), corpusMb);
    // the readers alone, one pass on one thread (JIT warm-up included): what a format costs before the kernel
    rate.put("read", corpusMb / readSeconds);
    perMb.put("read", corpusPerMb);
    rss.put("read", PeakRss.ofPid(ProcessHandle.current().pid()) / 1e6);

    if (kernelRuns) {
      List<KernelBench.Doc> docs = input.docs();
      double kernelPerMb = docs.size() / Math.max(KernelBench.bytes(docs) / 1e6, 1e-9);
      System.out.printf("kernel: %d articles, %.1f MB of input, one thread ...%n", docs.size(),
          KernelBench.bytes(docs) / 1e6);
      rate.put("kernel", KernelBench.megabytesPerSecond(docs, 10, true));
      rss.put("kernel", PeakRss.ofPid(ProcessHandle.current().pid()) / 1e6);
      if (!skip.contains("kernel_all_cores")) {
        System.out.printf("kernel_all_cores: %d threads ...%n", CORES);
        rate.put("kernel_all_cores", KernelBench.parallelMegabytesPerSecond(docs, 10, CORES));
        rss.put("kernel_all_cores", PeakRss.ofPid(ProcessHandle.current().pid()) / 1e6);
      }
      if (!skip.contains("kernel_no_copies")) {
        // the same without sketching bodies for wire copies: what finding copies costs the kernel
        rate.put("kernel_no_copies", KernelBench.megabytesPerSecond(docs, 10, false));
        rss.put("kernel_no_copies", PeakRss.ofPid(ProcessHandle.current().pid()) / 1e6);
      }
      if (!skip.contains("kernel_contextual")) {
        // milliseconds a sentence: a few hundred articles tell its rate
        List<KernelBench.Doc> some = docs.subList(0, Math.min(CONTEXTUAL_ARTICLES, docs.size()));
        System.out.printf("kernel_contextual: %d articles, %.1f MB, one thread ...%n", some.size(),
            KernelBench.bytes(some) / 1e6);
        rate.put("kernel_contextual",
            KernelBench.contextualMegabytesPerSecond(some, ContextualSentiment.CACHED_SENTENCES));
        perMb.put("kernel_contextual", some.size() / Math.max(KernelBench.bytes(some) / 1e6, 1e-9));
        rss.put("kernel_contextual", PeakRss.ofPid(ProcessHandle.current().pid()) / 1e6);
        if (!skip.contains("kernel_contextual_uncached")) {
          // the same, every sentence encoded when asked for: what keeping scored sentences saves on this corpus
          System.out.println("kernel_contextual_uncached ...");
          rate.put("kernel_contextual_uncached", KernelBench.contextualMegabytesPerSecond(some, 0));
          perMb.put("kernel_contextual_uncached", perMb.get("kernel_contextual"));
          rss.put("kernel_contextual_uncached", PeakRss.ofPid(ProcessHandle.current().pid()) / 1e6);
        }
      }
      if (!skip.contains("names")) {
        // names are not part of the kernel yet: their own cost, on the same articles already tokenized
        rate.put("names", KernelBench.nameFinderMegabytesPerSecond(docs, 10));
        rss.put("names", PeakRss.ofPid(ProcessHandle.current().pid()) / 1e6);
      }
      rate.keySet().forEach(step -> perMb.putIfAbsent(step, kernelPerMb)); // the kernel's articles, maybe fewer
    }
    Files.createDirectories(work);
    Double fixedCost = null;
    if (!skip.contains("fixed_cost")) {
      List<KernelBench.Doc> some = input.docs().isEmpty() ? KernelBench.load(files.subList(0, 1), 1).docs() : input.docs();
      fixedCost = fixedCost(some.subList(0, Math.min(FIXED_COST_ARTICLES, some.size())));
    }
    input = new KernelBench.Corpus(input.bytes(), input.records(), input.articles(), List.of()); // frees the docs
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
    rate.keySet().forEach(step -> perMb.putIfAbsent(step, corpusPerMb));

    System.out.println();
    System.out.printf("%-16s %10s %12s %10s %16s %16s%n", "step", "MB/s", "articles/s", "peak RSS MB",
        "vs " + CORES + "x kernel", "vs kernel_all");
    Double kernel = rate.get("kernel");
    Double allCores = rate.get("kernel_all_cores");
    for (String step : rate.keySet()) {
      boolean ownStep = step.startsWith("kernel") || step.equals("names") || step.equals("read");
      String ratio = kernel == null || ownStep ? "" : String.format("%.0f%%", 100 * rate.get(step) / (CORES * kernel));
      String measured = allCores == null || ownStep ? "" : String.format("%.0f%%", 100 * rate.get(step) / allCores);
      double mbs = rate.get(step);
      System.out.printf("%-16s %10s %12.0f %10.0f %16s %16s%n", step,
          String.format(mbs < 1 ? "%.3f" : "%.1f", mbs), mbs * perMb.get(step), rss.get(step), ratio, measured);
    }
    System.out.printf("%nkernel steps measured with the %s garbage collector; job runs with %s%n", kernelCollector(),
        jvmOptions.trim());
    if (fixedCost != null) {
      System.out.printf("fixed_cost_s %.1f (wall, JVM start included, of a run of %d articles on the direct runner, "
          + "%s)%n", fixedCost, FIXED_COST_ARTICLES,
          classDataArchive().isPresent() ? "with the class-data archive" : "no class-data archive");
    }
    if (json != null) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode n = mapper.createObjectNode();
      n.put("corpus_mb", round(corpusMb));
      n.put("formats", formats(files));
      n.put("records", input.records());
      n.put("articles", input.articles());
      rate.forEach((step, v) -> n.put(step + "_mb_per_s", round(v)));
      rate.forEach((step, v) -> n.put(step + "_articles_per_s", Math.round(v * perMb.get(step))));
      ObjectNode peaks = n.putObject("peak_rss_mb");
      rss.forEach((step, v) -> peaks.put(step, Math.round(v)));
      n.put("cores", Runtime.getRuntime().availableProcessors());
      n.put("class_data_archive", classDataArchive().isPresent());
      n.put("kernel_gc", kernelCollector());
      n.put("job_jvm_options", jvmOptions.trim());
      if (fixedCost != null) {
        n.put("fixed_cost_s", round(fixedCost));
      }
      Files.writeString(json, mapper.writeValueAsString(n) + "\n");
    }
    return 0;
  }

  /** {@code --baseline}: the kernel of the baseline jar and of this one in turn. */
  private int compare() throws IOException, InterruptedException {
    if (!Files.isRegularFile(baseline)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--baseline: no jar file " + baseline);
    }
    if (rounds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1, not " + rounds);
    }
    Files.createDirectories(work);
    // no class-data archive: this jar's would not fit the other
    List<KernelComparison.Round> result = new KernelComparison(jvm(), corpus, kernelMb, work, System.out)
        .measure(baseline, Paths.get(ownJar()), rounds);
    if (json != null) {
      KernelComparison.writeJson(result, baseline, json);
    }
    return 0;
  }

  static final int FIXED_COST_ARTICLES = 7;

  /**
   * The collector of this JVM, where the kernel steps run: their rate depends on it (under G1 the kernel runs about
   * a fifth slower than under the serial collector on this machine; README Performance).
   */
  static String kernelCollector() {
    List<String> names = ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList();
    if (names.stream().anyMatch(n -> n.startsWith("G1"))) {
      return "G1";
    }
    if (names.contains("Copy") || names.contains("MarkSweepCompact")) {
      return "Serial";
    }
    if (names.stream().anyMatch(n -> n.startsWith("PS "))) {
      return "Parallel";
    }
    return String.join("+", names);
  }

  /**
   * Seconds of wall time, JVM start included, of the job on the direct runner over a few of the corpus's articles
   * written as JSON Lines: what every run pays before and after its work.
   */
  private double fixedCost(List<KernelBench.Doc> docs) throws IOException, InterruptedException {
    Path tiny = work.resolve("fixed_cost_input.jsonl");
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < docs.size(); i++) {
      ObjectNode a = mapper.createObjectNode();
      a.put("id", "fixed-cost-" + i);
      a.put("source", "bench");
      a.put("published_at", docs.get(i).day() + "T12:00:00Z");
      a.put("title", docs.get(i).title());
      a.put("text", docs.get(i).text());
      lines.append(mapper.writeValueAsString(a)).append('\n');
    }
    Files.writeString(tiny, lines.toString());
    Path output = work.resolve("fixed_cost");
    OutputCommitter.deleteRecursively(output);
    List<String> cmd = javaCommand();
    cmd.addAll(List.of("run", "--input=" + tiny, "--output=" + output));
    System.out.printf("fixed_cost: %d articles, direct runner ...%n", docs.size());
    long started = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(work.resolve("fixed_cost.log").toFile()).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("fixed_cost failed; see " + work.resolve("fixed_cost.log"));
    }
    return (System.nanoTime() - started) / 1e9;
  }

  /** Runs the job in a child JVM and records its rate (from its summary) and peak RSS. */
  private void job(String step, double corpusMb, Map<String, Double> rate, Map<String, Double> rss,
      String... runnerArgs) throws IOException, InterruptedException {
    Path output = work.resolve(step);
    OutputCommitter.deleteRecursively(output);
    List<String> cmd = javaCommand();
    cmd.addAll(List.of("run", "--input=" + corpus, "--output=" + output, "--maxRejectedFraction=1"));
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

  /**
   * {@code java OPTIONS -jar JAR} as README starts the job: with the build's class-data archive when it lies next
   * to the jar.
   */
  private List<String> javaCommand() {
    List<String> cmd = jvm();
    classDataArchive().ifPresent(archive -> cmd.add("-XX:SharedArchiveFile=" + archive));
    cmd.addAll(List.of("-jar", ownJar()));
    return cmd;
  }

  /** {@code java OPTIONS}: this JVM's java with the job's options. */
  private List<String> jvm() {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(jvmOptions.trim().split("\\s+")));
    return cmd;
  }

  /** The archive {@code mvn package} makes beside the jar (see pom.xml), if there is one. */
  static Optional<Path> classDataArchive() {
    Path archive = Paths.get(ownJar()).resolveSibling(CLASS_DATA_ARCHIVE);
    return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
  }

  static final String CLASS_DATA_ARCHIVE = "actor-trends.jsa";

  private static String ownJar() {
    try {
      return new File(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    } catch (Exception e) {
      throw new IllegalStateException("cannot locate the job jar", e);
    }
  }

  /** The formats of the files with their numbers of files, e.g. "warc 2" or "csv 1, json_lines 3". */
  static String formats(List<String> files) {
    Map<String, Integer> n = new TreeMap<>();
    files.forEach(f -> n.merge(CorpusFormat.forFileName(f).name().toLowerCase(Locale.ROOT), 1, Integer::sum));
    return n.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
