package org.actortrends.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.actortrends.extract.ActorDictionary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code actor-trends generate}: writes a synthetic news corpus of our own words with the exact actor counts it
 * planted, to test the job end to end at any size. Usage errors print one line and return 2; a failure returns 1.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false, version = "actor-trends generate",
    description = {
        "Writes a synthetic corpus of news articles as sharded JSON Lines (.jsonl.gz) or another format the job "
            + "reads (--format), and in DIR/_truth the mentions it planted per day and actor (actor_daily.csv, "
            + "corpus_daily.csv, planted.csv, README.md).",
        "The same options always give the same bytes (Parquet: the same rows; its writer may list a column's "
            + "encodings in another order in the footer)."})
public final class GenerateCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  @Spec
  private CommandSpec spec;

  @Option(names = "--articles", required = true, paramLabel = "N", description = "number of articles to write")
  private long articles;

  @Option(names = "--days", required = true, paramLabel = "D", description = "number of days they span")
  private int days;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "random seed; the corpus depends only on the options (default: ${DEFAULT-VALUE})")
  private long seed;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "directory to write; new or empty")
  private Path output;

  @Option(names = "--layout", defaultValue = CorpusGenerator.FLAT, paramLabel = "flat|by-day",
      description = "flat: DIR/part-NNNNN.jsonl.gz; by-day: DIR/YYYY-MM-DD/part-NNNNN.jsonl.gz "
          + "(default: ${DEFAULT-VALUE})")
  private String layout;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv|warc|parquet|news-please",
      description = "jsonl: part-NNNNN.jsonl.gz; csv: part-NNNNN.csv.gz (header row); warc: part-NNNNN.warc.gz "
          + "(a request and an HTML response per article, as CC-News); parquet: part-NNNNN.parquet (columns id, "
          + "url, title, text, domain, date); news-please: part-NNNNN/DOMAIN/ID.json, one pretty-printed object "
          + "per article. The same articles in each (default: ${DEFAULT-VALUE})")
  private String format;

  private OutputFormat outputFormat;

  @Option(names = "--start", defaultValue = "2025-08-01", paramLabel = "YYYY-MM-DD",
      description = "first day (default: ${DEFAULT-VALUE})")
  private LocalDate start;

  @Option(names = "--shards", paramLabel = "K",
      description = "part files per folder (default: one per 50,000 articles; at least 2 in flat layout)")
  private Integer shards;

  @Option(names = "--stories", defaultValue = "" + Popularity.STORIES_A_DAY, paramLabel = "N",
      description = "big stories a day: random actors six times as popular that day; 0 for stationary noise "
          + "(default: ${DEFAULT-VALUE})")
  private int stories;

  @Option(names = "--spike", paramLabel = "ACTOR_ID:YYYY-MM-DD:FACTOR",
      description = "repeatable: on that day the actor's popularity is multiplied by FACTOR (> 0, at most 1000)")
  private List<String> spikes = new ArrayList<>();

  @Option(names = "--sentiment-drop", paramLabel = "ACTOR_ID:YYYY-MM-DD",
      description = "repeatable: on that day every praise, criticism or neutral reaction naming the actor is "
          + "criticism")
  private List<String> drops = new ArrayList<>();

  @Option(names = "--namesakes", defaultValue = "0", paramLabel = "FRACTION",
      description = "fraction of articles (0 to 1) that get a namesake trap: a sports or business item about a "
          + "made-up person sharing a surname or first name with an actor, counted for no one "
          + "(_truth/namesakes.csv; default: ${DEFAULT-VALUE}, so corpora stay as they were)")
  private double namesakes;

  @Option(names = "--copies", defaultValue = "0", paramLabel = "FRACTION",
      description = "fraction of articles (0 to " + CopyPlan.MAX_FRACTION + ") that are wire copies: syndicated "
          + "stories run again the same day by other outlets, edited (headline, dateline, credit line, last "
          + "paragraph, quotes); --articles counts them; _truth/stories.csv lists the stories (default: "
          + "${DEFAULT-VALUE}, so corpora stay as they were)")
  private double copies;

  private Anomalies anomalies;

  /** Runs the command; returns the exit code. */
  public static int execute(String[] args) {
    return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new GenerateCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("error: " + e.getMessage() + " (see generate --help)");
      return USAGE;
    });
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      cl.getErr().println("error: " + e.getMessage());
      return FAILED;
    });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    check();
    CorpusGenerator.Options options = new CorpusGenerator.Options(articles, days, seed, output,
        layout.toLowerCase(Locale.ROOT), start, shards == null ? 0 : shards, stories, anomalies, namesakes, copies,
        outputFormat);
    CorpusGenerator.Result r = new CorpusGenerator(options).run();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "generated %d articles over %d days in %.1f s (%.0f articles/s): %d files, %.1f MB in %s;"
        + " truth in %s%n", r.articles(), days, r.seconds(), r.articles() / Math.max(r.seconds(), 1e-9), r.files(),
        r.bytes() / 1e6, output, output.resolve("_truth"));
    out.flush();
    return OK;
  }

  private void check() {
    if (articles < 1) {
      throw usage("--articles must be at least 1");
    }
    if (days < 1 || days > 36_600) {
      throw usage("--days must be between 1 and 36600");
    }
    if (shards != null && (shards < 1 || shards > 10_000)) {
      throw usage("--shards must be between 1 and 10000");
    }
    if (!layout.equalsIgnoreCase(CorpusGenerator.FLAT) && !layout.equalsIgnoreCase(CorpusGenerator.BY_DAY)) {
      throw usage("--layout must be flat or by-day, not '" + layout + "'");
    }
    try {
      outputFormat = OutputFormat.forOption(format);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (!outputFormat.carriesIds() && (namesakes > 0 || copies > 0)) {
      throw usage("--namesakes and --copies need a format that carries article ids (jsonl, csv, parquet): the "
          + "truth lists articles by id, and " + outputFormat.option() + " articles get ids hashed from their URLs");
    }
    if (stories < 0 || stories > 1000) {
      throw usage("--stories must be between 0 and 1000");
    }
    if (!(namesakes >= 0 && namesakes <= 1)) {
      throw usage("--namesakes must be between 0 and 1");
    }
    if (!(copies >= 0 && copies <= CopyPlan.MAX_FRACTION)) {
      throw usage("--copies must be between 0 and " + CopyPlan.MAX_FRACTION);
    }
    try {
      anomalies = Anomalies.parse(spikes, drops, ActorDictionary.loadDefault(), start, days);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    try {
      CorpusGenerator.checkWritable(output);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
