package org.actortrends.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.actortrends.extract.ActorDictionary;

/**
 * Generates a corpus: plans the days, cuts the articles into shard files, writes the shards on a few threads (each
 * with its own composer) and the truth tables from what was planted. The bytes depend only on the options.
 */
final class CorpusGenerator {
  static final String FLAT = "flat";
  static final String BY_DAY = "by-day";
  static final int ARTICLES_PER_SHARD = 50_000;

  /**
   * What to generate. {@code shards} is the number of part files per folder, 0 for the default; {@code stories}
   * the big stories a day; {@code anomalies} what to plant on purpose; {@code namesakes} the fraction of articles
   * that get a namesake trap; {@code copies} the fraction of articles that are wire copies ({@link CopyPlan});
   * {@code format} what the shards are written in.
   */
  record Options(long articles, int days, long seed, Path output, String layout, LocalDate start, int shards,
      int stories, Anomalies anomalies, double namesakes, double copies, OutputFormat format) {
    /** JSON Lines. */
    Options(long articles, int days, long seed, Path output, String layout, LocalDate start, int shards,
        int stories, Anomalies anomalies, double namesakes, double copies) {
      this(articles, days, seed, output, layout, start, shards, stories, anomalies, namesakes, copies,
          OutputFormat.JSONL);
    }

    /** No wire copies. */
    Options(long articles, int days, long seed, Path output, String layout, LocalDate start, int shards,
        int stories, Anomalies anomalies, double namesakes) {
      this(articles, days, seed, output, layout, start, shards, stories, anomalies, namesakes, 0);
    }

    /** No namesake traps. */
    Options(long articles, int days, long seed, Path output, String layout, LocalDate start, int shards,
        int stories, Anomalies anomalies) {
      this(articles, days, seed, output, layout, start, shards, stories, anomalies, 0);
    }

    /** The defaults of {@code --stories} and nothing planted. */
    Options(long articles, int days, long seed, Path output, String layout, LocalDate start, int shards) {
      this(articles, days, seed, output, layout, start, shards, Popularity.STORIES_A_DAY, Anomalies.NONE);
    }
  }

  /** What was generated. */
  record Result(long articles, int files, long bytes, double seconds, Truth truth) {}

  private final Options options;
  private final PhraseTrie trie;
  private final FormCatalog catalog;
  private final TemplateLibrary library;
  private final Popularity popularity;
  private final DayPlan plan;
  private final int[][] drops;
  private final Namesakes namesakes;
  private final CopyPlan copies;
  private final WireCopies wire;

  CorpusGenerator(Options options) {
    this.options = options;
    ActorDictionary dictionary = ActorDictionary.loadDefault();
    trie = new PhraseTrie(dictionary);
    catalog = new FormCatalog(trie, options.start(), options.days());
    library = TemplateLibrary.load(trie, Outlets.names());
    popularity = new Popularity(dictionary.actors(), options.start(), options.days(), options.seed(),
        options.stories(), options.anomalies());
    plan = new DayPlan(options.articles(), options.days(), options.start(), options.seed());
    drops = dropsByDay(options.anomalies(), dictionary, options.start(), options.days());
    namesakes = new Namesakes(catalog, trie, options.namesakes());
    copies = new CopyPlan(plan, options.seed(), options.copies());
    wire = copies.active() ? new WireCopies(trie) : null;
  }

  CopyPlan copies() {
    return copies;
  }

  WireCopies wire() {
    return wire;
  }

  DayPlan plan() {
    return plan;
  }

  /** Per day, the actor indexes whose sentiment drops; null on days without. */
  private static int[][] dropsByDay(Anomalies anomalies, ActorDictionary dictionary, LocalDate first, int days) {
    int[][] out = new int[days][];
    for (Anomalies.Drop drop : anomalies.drops()) {
      int d = (int) ChronoUnit.DAYS.between(first, drop.day());
      int a = dictionary.actors().indexOf(dictionary.byId(drop.actorId()));
      out[d] = out[d] == null ? new int[] {a} : append(out[d], a);
    }
    return out;
  }

  private static int[] append(int[] a, int x) {
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = x;
    return b;
  }

  /** A composer for one thread; articles depend only on the seed and their number. */
  ArticleComposer newComposer() {
    return new ArticleComposer(catalog, library, popularity, plan, options.seed(), drops, namesakes);
  }

  Result run() throws IOException {
    long started = System.nanoTime();
    List<ShardWriter.Shard> shards = shards();
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), shards.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadLocal<ArticleComposer> composers = ThreadLocal.withInitial(this::newComposer);
    Truth truth = new Truth(plan.days(), catalog.actors().size());
    try {
      List<Future<Truth>> parts = new ArrayList<>();
      for (ShardWriter.Shard shard : shards) {
        parts.add(pool.submit(() -> ShardWriter.write(shard, composers.get(), plan, catalog.actors(), copies,
            wire, options.format())));
      }
      for (Future<Truth> part : parts) {
        truth.addAll(part.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    long bytes = 0;
    int files = 0;
    for (ShardWriter.Shard shard : shards) {
      try (Stream<Path> written = Files.walk(shard.file())) { // a news-please shard is a folder of files
        for (Path file : (Iterable<Path>) written.filter(Files::isRegularFile)::iterator) {
          bytes += Files.size(file);
          files++;
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Result result = new Result(options.articles(), files, bytes, seconds, truth);
    writeTruth(result);
    return result;
  }

  /** The part files and their article ranges, by the layout. */
  List<ShardWriter.Shard> shards() {
    List<ShardWriter.Shard> out = new ArrayList<>();
    if (options.layout().equals(FLAT)) {
      int k = options.shards() > 0 ? options.shards() : defaultShards(options.articles(), 2);
      addParts(out, options.output(), 0, options.articles(), k);
    } else {
      long busiest = 0;
      for (int d = 0; d < plan.days(); d++) {
        busiest = Math.max(busiest, plan.count(d));
      }
      int k = options.shards() > 0 ? options.shards() : defaultShards(busiest, 1);
      for (int d = 0; d < plan.days(); d++) {
        addParts(out, options.output().resolve(plan.date(d).toString()), plan.start(d), plan.count(d), k);
      }
    }
    return out;
  }

  private static int defaultShards(long articles, int min) {
    return (int) Math.max(min, Math.min(64, (articles + ARTICLES_PER_SHARD - 1) / ARTICLES_PER_SHARD));
  }

  private void addParts(List<ShardWriter.Shard> out, Path dir, long from, long count, int parts) {
    for (int j = 0; j < parts; j++) {
      long a = from + count * j / parts;
      long b = from + count * (j + 1) / parts;
      if (b > a) {
        out.add(new ShardWriter.Shard(dir.resolve(String.format("part-%05d", j) + options.format().suffix()), a, b));
      }
    }
  }

  private void writeTruth(Result result) throws IOException {
    Path dir = options.output().resolve("_truth");
    Files.createDirectories(dir);
    result.truth().writeActorDaily(dir.resolve("actor_daily.csv"), plan, catalog.actors(), copies.active());
    result.truth().writeCorpusDaily(dir.resolve("corpus_daily.csv"), plan, copies.active());
    if (copies.active()) {
      result.truth().writeStories(dir.resolve("stories.csv"));
      result.truth().writeReports(dir.resolve("reports.csv"));
    }
    options.anomalies().write(dir.resolve("planted.csv"));
    if (namesakes.active()) {
      result.truth().writeNamesakes(dir.resolve("namesakes.csv"));
      result.truth().writeNamesakeArticles(dir.resolve("namesake_articles.csv"));
    }
    Files.writeString(dir.resolve("README.md"), readme(result), StandardCharsets.UTF_8);
  }

  private String readme(Result result) {
    long mentions = 0;
    for (int d = 0; d < plan.days(); d++) {
      for (int a = 0; a < catalog.actors().size(); a++) {
        mentions += result.truth().mentions(d, a);
      }
    }
    LocalDate last = options.start().plusDays(options.days() - 1L);
    return "# Ground truth of a generated corpus\n\n"
        + "Written by `actor-trends generate` from its own plan, not by running the extractor:\n\n"
        + "```\njava -jar actor-trends.jar generate --articles=" + options.articles() + " --days=" + options.days()
        + " --seed=" + options.seed() + " --start=" + options.start() + " --layout=" + options.layout()
        + (options.format() != OutputFormat.JSONL ? " --format=" + options.format().option() : "")
        + (options.shards() > 0 ? " --shards=" + options.shards() : "")
        + (options.stories() != Popularity.STORIES_A_DAY ? " --stories=" + options.stories() : "")
        + options.anomalies().commandLine()
        + (namesakes.active() ? " --namesakes=" + options.namesakes() : "")
        + (copies.active() ? " --copies=" + options.copies() : "") + " --output=DIR\n```\n\n"
        + "| | |\n|---|---|\n"
        + "| seed | " + options.seed() + " |\n"
        + "| articles | " + result.articles() + " |\n"
        + "| days | " + options.days() + " (" + options.start() + " to " + last + ") |\n"
        + "| layout | " + options.layout() + ", " + result.files() + " files, " + result.bytes() + " bytes"
        + (options.format() != OutputFormat.JSONL ? ", " + options.format().option() : "") + " |\n"
        + "| mentions planted | " + mentions + " |\n"
        + "| big stories a day | " + options.stories() + " |\n"
        + "| spikes, sentiment drops planted | " + options.anomalies().spikes().size() + ", "
        + options.anomalies().drops().size() + " |\n"
        + (namesakes.active() ? "| namesake traps | " + result.truth().trapArticles() + " articles, "
            + result.truth().trapSpans() + " spans (--namesakes=" + options.namesakes() + ") |\n" : "")
        + (copies.active() ? "| wire stories | " + storySummary(result.truth()) + " (--copies=" + options.copies()
            + ") |\n" : "")
        + "| forms left out as unusable | " + catalog.leftOut().size() + " (listed below) |\n\n"
        + "Same options, same bytes: article n depends only on the options and n, not on the layout or shards.\n\n"
        + "## Files\n\n"
        + "- `actor_daily.csv`: `day,actor_id,mentions,articles`, sorted by day then actor id; the mentions\n"
        + "  the generator planted and the articles holding at least one. Compare with the job's `actor_daily`.\n"
        + "- `corpus_daily.csv`: `day,articles`.\n"
        + "- `planted.csv`: `kind,actor_id,day,factor`, the anomalies asked for (only the header when none):\n"
        + "  `spike` (`--spike`): that day the actor's popularity weight is multiplied by `factor`, so it is in\n"
        + "  more articles; `sentiment_drop` (`--sentiment-drop`, no factor): that day every praise, criticism or\n"
        + "  neutral reaction that names the actor is criticism, so its mentions score lower while their number\n"
        + "  stays about the same (its quotes keep the article's stance). Besides these, each day has\n"
        + "  `--stories` big stories: random actors six times as popular as usual that day.\n"
        + (namesakes.active() ? NAMESAKE_FILES : "") + (copies.active() ? COPY_FILES : "") + "\n"
        + "## What counts\n\n"
        + "Every article is published at midday UTC (`12:MM:00Z`), so its day is the same in any time zone\n"
        + "within eleven hours of UTC.\n\n"
        + "Counted: full names and aliases; short forms where the article names the actor in full and no other\n"
        + "actor claiming the form is in it (or the form is unique); honorific + short form; role titles on days\n"
        + "they have exactly one holder; a title right before its holder's name (one mention); a title that\n"
        + "begins with another actor in the possessive (both); each side of a hyphenated pair; possessives;\n"
        + "names in captions.\n\n"
        + "Not counted: site boilerplate lines; lower-case common words (\"trump card\"); titles after\n"
        + "former/ex-/then and the like; short forms several actors claim when none of them is named;\n"
        + "everyday-word short forms without an honorific.\n\n"
        + "## Forms not planted\n\n"
        + "Forms of the dictionary the generator does not write, with the reason its own statement of the rules\n"
        + "gives (the text would not name exactly the actor meant, or would read badly); no count above includes\n"
        + "them:\n\n"
        + leftOutList();
  }

  private String storySummary(Truth truth) {
    long articles = 0;
    long stories = 0;
    for (int d = 0; d < plan.days(); d++) {
      articles += truth.dayArticles(d);
      stories += truth.dayStories(d);
    }
    return (articles - stories) + " copies in " + truth.storyArticles() + " articles of wire stories; "
        + truth.reports() + " different reports; " + stories + " stories in all";
  }

  private static final String COPY_FILES =
      "- With `--copies`, `actor_daily.csv` and `corpus_daily.csv` have a last column `stories`: the distinct\n"
      + "  stories naming the actor that day, the distinct stories of the day. A story is a wire story (an\n"
      + "  original and its copies) or any other article on its own.\n"
      + "- `stories.csv`: `article_id,story_id` for every article of a wire story (2 to 6 articles), in article\n"
      + "  order; the original's row too (its own id). `story_id` is the id of the story's first copy: the\n"
      + "  original, published on the minute (`12:MM:00Z`), its copies later the same day (`12:MM:SSZ`, the same\n"
      + "  or a later minute, 1 to 59 seconds), each by another outlet with its own id and URL. Every article not\n"
      + "  listed is a story of its own.\n"
      + "- `reports.csv`: `article_id,story_id`: a different report of the event of that wire story (same day, same\n"
      + "  cast, same theme, words composed anew). It is a story of its own and must stay one.\n"
      + "- A copy is the original with one or more edits: the headline UPPER-CASED (only one that names no actor)\n"
      + "  or replaced by one of our own that names no one; the wire credited in the dateline\n"
      + "  (\"WASHINGTON (Continental Wire) —\"); a credit line of made-up names appended (\"Reporting by ...;\n"
      + "  editing by ...\"); the last paragraph dropped; double quotes restyled (curly or straight). Copies are\n"
      + "  articles: every mention they hold counts, and a dropped paragraph's or headline's mentions do not.\n"
      + "  `--articles` counts them: N articles in all, copies and reports included; `--copies` is the share of\n"
      + "  them that are copies (per day, rounded; fewer on a day too small for the next story).\n";

  private static final String NAMESAKE_FILES =
      "- `namesakes.csv`: `article_id,surface,actor_id_it_is_not`, one row per namesake trap span, in article\n"
      + "  order. A trap is a short sports or business item about a made-up person who shares a surname\n"
      + "  (\"Jimmy Bennett\", then \"Bennett\") or a first name (\"Kim Sorensen\", then \"Kim\") with a dictionary\n"
      + "  person, set in an article that never names that person. These spans are not that actor, nor anyone:\n"
      + "  no count in `actor_daily.csv` includes them.\n"
      + "- `namesake_articles.csv`: `article_id,actor_id,mentions`, what each trap article does mention (its\n"
      + "  real cast), to measure the mention precision on trap articles (`verify` does, with the mentions table).\n";

  private String leftOutList() {
    if (catalog.leftOut().isEmpty()) {
      return "- none\n";
    }
    StringBuilder b = new StringBuilder();
    for (String form : catalog.leftOut()) {
      b.append("- ").append(form).append('\n');
    }
    return b.toString();
  }

  static void checkWritable(Path output) {
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new IllegalArgumentException("--output " + output + " is a file");
    }
    if (Files.isDirectory(output)) {
      try (var entries = Files.list(output)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("--output " + output + " is not empty");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
