package org.actortrends.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.DictionarySources;
import org.actortrends.extract.LanguageSet;
import org.actortrends.io.CorruptInputException;
import org.actortrends.io.CorpusFormat;
import org.actortrends.io.DayRange;
import org.actortrends.io.InputFiles;
import org.actortrends.io.PathStyleS3ClientBuilderFactory;
import org.actortrends.io.ReadLimits;
import org.actortrends.io.RunPublisher;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import software.amazon.awssdk.regions.Region;

/**
 * {@code actor-trends run}: checks the options, builds and runs the pipeline, publishes the output and writes the
 * run summary. Usage errors print one line and return 2; a failed job or too many rejections return 1.
 */
public final class RunCommand {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private final PrintStream out;
  private final PrintStream err;

  public RunCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public int execute(String[] args) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h") || a.equals("help")) {
        printHelp();
        return OK;
      }
    }
    ActorTrendsOptions options;
    ActorTrendsPipeline.Inputs inputs;
    try {
      PipelineOptionsFactory.register(ActorTrendsOptions.class);
      PipelineOptionsFactory.register(S3Options.class); // Beam registers AwsOptions only
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ActorTrendsOptions.class);
      ZoneId.of(options.getTimezone());
      if (!List.of("none", ActorTrendsPipeline.INJECT_AFTER_WRITE, HALT_MID_PUBLISH)
          .contains(options.getInjectFailure())) {
        throw new IllegalArgumentException("--injectFailure must be none, " + ActorTrendsPipeline.INJECT_AFTER_WRITE
            + " or " + HALT_MID_PUBLISH);
      }
      if (!List.of("fast", "contextual").contains(options.getSentimentModel())) {
        throw new IllegalArgumentException("--sentimentModel must be fast or contextual, not '"
            + options.getSentimentModel() + "'");
      }
      if (!List.of("on", "off").contains(options.getNearDuplicates())) {
        throw new IllegalArgumentException("--nearDuplicates must be on or off, not '" + options.getNearDuplicates()
            + "'");
      }
      // Our DoFns never mutate their inputs, so the runners' defensive copies and checks are pure cost: the
      // direct runner's immutability check walks the whole graph for every bundle and its encodability check
      // encodes every element; Flink copies every element between chained steps unless objects may be reused.
      if (!mentions(args, "--enforceImmutability")) {
        options.as(DirectOptions.class).setEnforceImmutability(false);
      }
      if (!mentions(args, "--enforceEncodability")) {
        options.as(DirectOptions.class).setEnforceEncodability(false);
      }
      if (!mentions(args, "--objectReuse")) {
        options.as(FlinkPipelineOptions.class).setObjectReuse(true);
      }
      if (!mentions(args, "--fasterCopy")) {
        options.as(FlinkPipelineOptions.class).setFasterCopy(true);
      }
      ProgressReporter.Mode.of(options.getProgress()); // validates
      // S3-compatible servers named by --endpoint want path-style requests; Beam's own factory cannot say so.
      if (!mentions(args, "--s3ClientFactoryClass")) {
        options.as(S3Options.class).setS3ClientFactoryClass(PathStyleS3ClientBuilderFactory.class);
      }
      // Beam gives every open S3 file a 64 MiB upload buffer, and a day-partitioned write keeps up to 20 files open
      // per thread: a 2 GB TaskManager runs out of heap. 5 MiB is S3's smallest part of a multipart upload.
      if (!mentions(args, "--s3UploadBufferSizeBytes")) {
        options.as(S3Options.class).setS3UploadBufferSizeBytes(S3_UPLOAD_BUFFER_BYTES);
      }
      // Without a region, Beam's S3 filesystem asks the AWS SDK for one when it registers, and the SDK ends by
      // asking EC2's instance metadata service: most of a second off EC2, on every run. A run that names no
      // s3:// path never uses the region, so it gets a fixed one.
      if (!mentions(args, "--awsRegion") && !namesObjectStore(options)) {
        options.as(S3Options.class).setAwsRegion(Region.US_EAST_1);
      }
      // The client lists s3:// inputs and reads an s3:// dictionary before the pipeline exists.
      FileSystems.setDefaultPipelineOptions(options);
      inputs = resolveInputs(options);
    } catch (RuntimeException e) {
      err.println("error: " + firstLine(e.getMessage()) + " (see: run --help)");
      return USAGE;
    }

    Instant started = Instant.now();
    String output = options.getOutput();
    options.setJobName("actor-trends-" + started.toEpochMilli());
    RunPublisher publisher;
    try {
      // Finishes or clears what a killed run left behind, before this run looks at the output.
      Runnable afterEachDay = HALT_MID_PUBLISH.equals(options.getInjectFailure()) ? RunCommand::halt : () -> {};
      publisher = RunPublisher.start(output, "run-" + started.toEpochMilli(), afterEachDay);
    } catch (IOException | RuntimeException e) {
      err.println("error: could not prepare the output " + output + ": " + e.getMessage());
      return FAILED;
    }
    try (publisher) {
      try {
        Pipeline pipeline = Pipeline.create(options);
        ActorTrendsPipeline.build(pipeline, options, inputs, publisher.layout());
        PipelineResult.State state;
        try (ProgressReporter progress = new ProgressReporter(ProgressReporter.Mode.of(options.getProgress()),
            options.getProgressEveryMillis(), publisher.layout().runDirectory() + "/" + ActorTrendsPipeline.PROGRESS_DIR,
            inputs.files().size(), InputFiles.totalBytes(inputs.files()), err)) {
          state = pipeline.run().waitUntilFinish();
        }
        if (state != PipelineResult.State.DONE) {
          err.println("error: the job ended in state " + state + "; the output was left unchanged");
          return FAILED;
        }
      } catch (RuntimeException e) {
        awaitDirectRunnerWorkers();
        err.println("error: the job failed" + failureMessage(e) + "; the output was left unchanged");
        return FAILED;
      }
      Map<String, Long> counts = readCounts(publisher.readRunFile(ActorTrendsPipeline.COUNTS_FILE));
      double seconds = (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0;
      DayRange days = inputs.days();
      int partitions = publisher.stagedPartitions(ActorTrendsPipeline.TABLES);
      RunSummary summary = RunSummary.of(counts, seconds, options, inputs.files().size(), partitions);
      // The summary is published with the partitions it describes, as one journal.
      publisher.writeRunFile(ActorTrendsPipeline.SUMMARY_FILE, summary.toJson());
      publisher.publish(ActorTrendsPipeline.TABLES,
          List.of(ActorTrendsPipeline.REJECTED_DIR, ActorTrendsPipeline.RUN_DIR),
          day -> !days.isAll() && days.contains(day));
      out.println(summary.oneLine(publisher.outputPath("")));
      if (summary.rejectedFraction() > options.getMaxRejectedFraction()) {
        err.printf("error: %d of %d records rejected (%.1f%%), more than --maxRejectedFraction=%s; see %s%n",
            summary.rejected(), summary.read(), 100 * summary.rejectedFraction(), options.getMaxRejectedFraction(),
            publisher.outputPath(ActorTrendsPipeline.REJECTED_DIR));
        return FAILED;
      }
      return OK;
    } catch (IOException | RuntimeException e) { // an object store's errors are unchecked
      err.println("error: could not publish the output: " + e.getMessage());
      return FAILED;
    }
  }

  private static ActorTrendsPipeline.Inputs resolveInputs(ActorTrendsOptions options) {
    // Workers read the dictionary files from the same paths (like the input files), so they must be absolute.
    DayRange days = DayRange.of(options.getDay(), options.getFromDay(), options.getToDay());
    String dictionaryFile = DictionarySources.normalize(options.getActors());
    ActorDictionary.cached(dictionaryFile); // validates here: fails with the file, the entry and the problem
    Optional<CorpusFormat> format = CorpusFormat.forOption(options.getFormat());
    List<String> files = InputFiles.expand(days.expandInput(options.getInput()), format);
    ReadLimits limits =
        ReadLimits.of(options.getMaxArticleBytes(), options.getMaxFileBytes(), options.getOnCorruptFile());
    return new ActorTrendsPipeline.Inputs(files, format, dictionaryFile, days, limits,
        LanguageSet.parse(options.getLanguages()));
  }

  static final int S3_UPLOAD_BUFFER_BYTES = 5 << 20;

  /**
   * The direct runner reports a failed step at once and stops starting new work, but the steps already running
   * (other tables' writes) finish in its worker threads: waiting for them keeps them from writing into the run's
   * directory after the publisher has removed it.
   */
  private static void awaitDirectRunnerWorkers() {
    long deadline = System.nanoTime() + 60_000_000_000L;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("direct-runner-worker")) {
        try {
          t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Fault tests only: ends the JVM at once, as kill -9 would, once the first day is published. */
  static final String HALT_MID_PUBLISH = "halt-mid-publish";

  private static void halt() {
    Runtime.getRuntime().halt(137);
  }

  private static Map<String, Long> readCounts(String tsv) {
    Map<String, Long> counts = new TreeMap<>();
    for (String line : tsv.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        counts.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1).trim()));
      }
    }
    return counts;
  }

  private void printHelp() {
    out.println("Usage: java -jar actor-trends.jar run --input=FILES [--output=DIR] [options]");
    out.println();
    out.println("Reads news articles, finds actor mentions and sentiment, and writes daily trend tables as");
    out.println("Parquet to DIR/<table>/day=YYYY-MM-DD/, rejected records to DIR/_rejected/ and a run summary");
    out.println("to DIR/_run/summary.json. Exit codes: 0 ok, 1 job failed or too many rejections, 2 usage error.");
    out.println();
    PipelineOptionsFactory.printHelp(out, ActorTrendsOptions.class);
    out.println("Runner: the Beam direct runner by default; --runner=FlinkRunner --flinkMaster=[local] or host:port.");
    out.println("S3: --input, --output and --actors take s3://bucket/prefix; --endpoint=URL (an S3-compatible");
    out.println("server, addressed path-style) and --awsRegion=REGION are Beam's AWS options; credentials come from");
    out.println("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or the AWS SDK's default chain).");
  }

  private static boolean namesObjectStore(ActorTrendsOptions options) {
    for (String path : new String[] {options.getInput(), options.getOutput(), options.getActors()}) {
      if (path != null && path.contains("s3://")) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(String[] args, String option) {
    for (String a : args) {
      if (a.equals(option) || a.startsWith(option + "=")) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid arguments";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /**
   * What follows "the job failed" in the error line: the deepest cause of the failure and, on Flink, the restart
   * strategy that allowed no more restarts. A bare timeout at the bottom is named with the nearest cause above it
   * that is not a future's wrapper (a cluster that lost its only TaskManager leaves {@code
   * NoResourceAvailableException: ... within slot request timeout} over {@code TimeoutException: Timeout has occurred:
   * 300000 ms}).
   */
  static String failureMessage(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    String restarts = "";
    for (Throwable t : chain) {
      String m = t.getMessage();
      if (m != null && m.startsWith(RECOVERY_SUPPRESSED)) {
        restarts = " (no restart left in " + firstLine(m.substring(RECOVERY_SUPPRESSED.length())) + ")";
        break;
      }
    }
    Throwable root = chain.get(chain.size() - 1);
    String cause = describe(root);
    if (root instanceof TimeoutException) {
      for (int i = chain.size() - 2; i >= 0; i--) {
        Throwable t = chain.get(i);
        if (!(t instanceof CompletionException || t instanceof ExecutionException)) {
          cause = describe(t) + " (" + firstLine(String.valueOf(root.getMessage())) + ")";
          break;
        }
      }
    }
    if (root instanceof OutOfMemoryError) {
      cause += String.format(" (the JVM's heap, -Xmx, is %d MB: give it more, or run on Flink, "
          + "--runner=FlinkRunner, which keeps its groupings on disk; README: Performance)",
          Runtime.getRuntime().maxMemory() >> 20);
    }
    return restarts + ": " + cause;
  }

  private static final String RECOVERY_SUPPRESSED = "Recovery is suppressed by ";

  /** One cause in one line; a corrupt input file is the user's message as it stands. */
  private static String describe(Throwable t) {
    String message = t instanceof CorruptInputException ? t.getMessage()
        : t.getClass().getSimpleName() + ": " + t.getMessage();
    // Flink hands a worker's exception over serialised, its class name leading the message.
    String corrupt = CorruptInputException.class.getName() + ": ";
    int at = message.indexOf(corrupt);
    return firstLine(at < 0 ? message : message.substring(at + corrupt.length()));
  }

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The numbers of one run, as written to summary.json. */
  record RunSummary(long read, long accepted, long rejected, Map<String, Long> rejectedByReason,
      long outsideDays, long outsideLanguages, Map<String, Long> outsideByLanguage, long days, long actors,
      double elapsedSeconds, String runner, int inputFiles, int partitions, Map<String, Long> warcSkippedByKind,
      long datedByCrawlTime) {

    static RunSummary of(Map<String, Long> counts, double seconds, ActorTrendsOptions options, int files,
        int partitions) {
      Map<String, Long> byReason = byPrefix(counts, "rejected:");
      Map<String, Long> byLanguage = byPrefix(counts, "outside_languages:");
      return new RunSummary(counts.getOrDefault("read", 0L), counts.getOrDefault("accepted", 0L), total(byReason),
          byReason, counts.getOrDefault("outside_days", 0L), total(byLanguage), byLanguage,
          counts.getOrDefault("days", 0L), byPrefix(counts, RunCounts.ACTOR_PREFIX).size(), seconds,
          options.getRunner().getSimpleName(), files, partitions, byPrefix(counts, "warc_skipped:"),
          counts.getOrDefault("dated_by_crawl_time", 0L));
    }

    /** The counts named PREFIX + key, by key. */
    private static Map<String, Long> byPrefix(Map<String, Long> counts, String prefix) {
      Map<String, Long> found = new TreeMap<>();
      counts.forEach((name, n) -> {
        if (name.startsWith(prefix)) {
          found.put(name.substring(prefix.length()), n);
        }
      });
      return found;
    }

    private static long total(Map<String, Long> counts) {
      return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    double rejectedFraction() {
      return read == 0 ? 0 : (double) rejected / read;
    }

    boolean balanced() {
      return read == accepted + rejected + outsideDays + outsideLanguages;
    }

    String toJson() {
      ObjectNode n = JSON.createObjectNode();
      n.put("read", read);
      n.put("accepted", accepted);
      n.put("rejected", rejected);
      n.put("outside_days", outsideDays);
      n.put("outside_languages", outsideLanguages);
      n.put("balanced", balanced());
      ObjectNode reasons = n.putObject("rejected_by_reason");
      rejectedByReason.forEach(reasons::put);
      ObjectNode languages = n.putObject("outside_languages_by_language");
      outsideByLanguage.forEach(languages::put);
      n.put("dated_by_crawl_time", datedByCrawlTime);
      ObjectNode skipped = n.putObject("warc_records_skipped_by_kind");
      warcSkippedByKind.forEach(skipped::put);
      n.put("days", days);
      n.put("actors", actors);
      n.put("input_files", inputFiles);
      n.put("partitions_written", partitions);
      n.put("runner", runner);
      n.put("elapsed_seconds", Math.round(elapsedSeconds * 1000) / 1000.0);
      n.put("articles_per_second", elapsedSeconds > 0 ? Math.round(accepted / elapsedSeconds * 10) / 10.0 : 0);
      try {
        return JSON.writeValueAsString(n) + "\n";
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    String oneLine(String output) {
      String outside = (outsideDays == 0 ? "" : String.format(", outside the days asked %d", outsideDays))
          + (outsideLanguages == 0 ? "" : String.format(", in other languages %d %s", outsideLanguages,
              outsideByLanguage));
      return String.format("read %d, accepted %d, rejected %d %s%s; %d days, %d actors; %.1f s; output %s", read,
          accepted, rejected, rejectedByReason, outside, days, actors, elapsedSeconds, output);
    }
  }
}
