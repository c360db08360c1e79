package org.actortrends.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.actortrends.io.ParquetTables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verify}: compares the job's {@code actor_daily} table with a generated corpus's ground truth
 * ({@code _truth/actor_daily.csv}: day, actor_id, mentions, articles, and with wire copies stories) and prints
 * {@code exact: yes} or the rows that differ. When the truth has stories (a corpus generated with {@code --copies})
 * it also compares the stories per actor-day and per day ({@code corpus_daily}) where the output has them, and the
 * story of each article ({@code _truth/stories.csv}) with the run's {@code articles} table as pairwise precision and
 * recall. {@code exact: yes} means everything compared is equal.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Compare the actor_daily table of a run with a generated corpus's _truth/actor_daily.csv (and, "
        + "for a corpus with wire copies, the stories per actor-day, per day and per article).")
public final class VerifyCommand implements Callable<Integer> {
  private static final String HEADER = "day,actor_id,mentions,articles";
  private static final String STORIES = "stories";

  @Option(names = "--output", required = true, description = "The run's output directory (holds actor_daily/).")
  Path output;

  @Option(names = "--truth", required = true,
      description = "The truth file, or the generated corpus directory holding _truth/actor_daily.csv.")
  Path truth;

  @Option(names = "--show", defaultValue = "50", description = "How many differing rows to print (default: 50).")
  int show;

  private final PrintStream out;

  VerifyCommand(PrintStream out) {
    this.out = out;
  }

  public static int execute(String[] args) {
    return Commands.execute(new VerifyCommand(System.out), args);
  }

  /** A truth table: key -> "mentions,articles" (or "articles"), and key -> stories when it has the column. */
  record Table(TreeMap<String, String> rows, TreeMap<String, String> stories) {
    boolean hasStories() {
      return stories != null;
    }
  }

  @Override
  public Integer call() throws IOException {
    Path truthFile = Files.isDirectory(truth) ? truth.resolve("_truth/actor_daily.csv") : truth;
    if (!Files.isRegularFile(truthFile)) {
      throw new CommandLine.ParameterException(new CommandLine(this), "truth file not found: " + truthFile);
    }
    Table expected = readTruth(truthFile);
    TreeMap<String, String> actual = new TreeMap<>();
    TreeMap<String, String> actualStories = new TreeMap<>();
    boolean[] outputHasStories = {true};
    ParquetTables.forEachRow(output.resolve("actor_daily"), (day, r) -> {
      String key = day + "," + r.get("actor_id");
      actual.put(key, r.get("mentions") + "," + r.get("articles"));
      if (r.getSchema().getField(STORIES) == null) {
        outputHasStories[0] = false;
      } else {
        actualStories.put(key, String.valueOf(r.get(STORIES)));
      }
    });
    boolean actorStories = expected.hasStories() && outputHasStories[0] && !actual.isEmpty();
    List<String> differences = differences(actorStories ? withStories(expected.rows(), expected.stories())
        : expected.rows(), actorStories ? withStories(actual, actualStories) : actual);
    out.printf("rows: truth %d, output %d%n", expected.rows().size(), actual.size());
    Path truthDir = truthFile.getParent();
    if (truthDir != null && Files.isRegularFile(truthDir.resolve("namesakes.csv"))) {
      out.println(NamesakeCheck.summary(truthDir, output));
    }
    List<String> dayDifferences = new ArrayList<>();
    boolean storiesExact = true;
    if (expected.hasStories()) {
      StringBuilder line = new StringBuilder("stories: actor-days ");
      line.append(actorStories ? (differences.isEmpty() ? "exact yes" : "compared (see the rows)")
          : "not compared (the output's actor_daily has no stories column)");
      Table days = truthDir == null ? null : readCorpusDaily(truthDir.resolve("corpus_daily.csv"));
      if (days != null && days.hasStories()) {
        TreeMap<String, String> got = outputDayStories(output.resolve("corpus_daily"));
        if (got == null) {
          line.append("; days not compared (the output's corpus_daily has no stories column)");
        } else {
          dayDifferences = differences(days.stories(), got);
          line.append("; days exact ").append(dayDifferences.isEmpty() ? "yes" : "no");
        }
      }
      Path storiesFile = truthDir == null ? null : truthDir.resolve("stories.csv");
      if (storiesFile != null && Files.isRegularFile(storiesFile)) {
        if (Files.isDirectory(output.resolve("articles"))) {
          StoryCheck.Pairs p = StoryCheck.pairs(output.resolve("articles"), StoryCheck.readStories(storiesFile));
          line.append(String.format(Locale.ROOT, "; pairs precision %.3f recall %.3f (truth pairs %d, output %d,"
              + " both %d)", p.precision(), p.recall(), p.truth(), p.output(), p.both()));
          storiesExact = p.exact();
        } else {
          line.append("; pairs not compared (no articles table: run with --writeArticles)");
        }
      }
      out.println(line);
    }
    if (differences.isEmpty() && dayDifferences.isEmpty() && storiesExact) {
      out.println("exact: yes");
      return 0;
    }
    if (!differences.isEmpty()) {
      String columns = actorStories ? "mentions,articles,stories" : "mentions,articles";
      out.println("day,actor_id: truth " + columns + " | output " + columns);
      differences.stream().limit(show).forEach(out::println);
    }
    if (!dayDifferences.isEmpty()) {
      out.println("day: truth stories | output stories");
      dayDifferences.stream().limit(show).forEach(out::println);
    }
    out.printf("exact: no (%d rows differ%s%s)%n", differences.size(),
        dayDifferences.isEmpty() ? "" : ", " + dayDifferences.size() + " days' stories differ",
        storiesExact ? "" : ", the stories of the articles differ");
    return 1;
  }

  private static TreeMap<String, String> withStories(TreeMap<String, String> rows, TreeMap<String, String> stories) {
    TreeMap<String, String> out = new TreeMap<>();
    rows.forEach((k, v) -> out.put(k, v + "," + stories.getOrDefault(k, "-")));
    return out;
  }

  /** day -> stories of the run's corpus_daily, or null when it has no stories column (or no rows). */
  private static TreeMap<String, String> outputDayStories(Path table) throws IOException {
    TreeMap<String, String> out = new TreeMap<>();
    boolean[] has = {true};
    ParquetTables.forEachRow(table, (day, r) -> {
      if (r.getSchema().getField(STORIES) == null) {
        has[0] = false;
      } else {
        out.put(String.valueOf(day), String.valueOf(r.get(STORIES)));
      }
    });
    return has[0] && !out.isEmpty() ? out : null;
  }

  /** Rows that differ, as "day,actor: truth | output" ("-" where a side has no row). */
  static List<String> differences(TreeMap<String, String> expected, TreeMap<String, String> actual) {
    TreeSet<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    List<String> diffs = new ArrayList<>();
    for (String k : keys) {
      String want = expected.getOrDefault(k, "-");
      String got = actual.getOrDefault(k, "-");
      if (!want.equals(got)) {
        diffs.add(k + ": " + want + " | " + got);
      }
    }
    return diffs;
  }

  /**
   * day,actor_id -> "mentions,articles" from a CSV with the header day,actor_id,mentions,articles, and the stories
   * when it has a last column stories.
   */
  static Table readTruth(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String header = lines.isEmpty() ? "" : lines.get(0).trim();
    boolean stories = header.equals(HEADER + "," + STORIES);
    if (!header.equals(HEADER) && !stories) {
      throw new IOException(file + ": expected the header " + HEADER + " (or " + HEADER + "," + STORIES + ")");
    }
    TreeMap<String, String> rows = new TreeMap<>();
    TreeMap<String, String> storyRows = stories ? new TreeMap<>() : null;
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split(",");
      rows.put(f[0] + "," + f[1], f[2] + "," + f[3]);
      if (stories) {
        storyRows.put(f[0] + "," + f[1], f[4]);
      }
    }
    return new Table(rows, storyRows);
  }

  /** day -> articles (and stories) of corpus_daily.csv, or null when the file is missing. */
  static Table readCorpusDaily(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String header = lines.isEmpty() ? "" : lines.get(0).trim();
    boolean stories = header.equals("day,articles," + STORIES);
    if (!header.equals("day,articles") && !stories) {
      throw new IOException(file + ": expected the header day,articles (or day,articles,stories)");
    }
    TreeMap<String, String> rows = new TreeMap<>();
    TreeMap<String, String> storyRows = stories ? new TreeMap<>() : null;
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] f = line.trim().split(",");
        rows.put(f[0], f[1]);
        if (stories) {
          storyRows.put(f[0], f[2]);
        }
      }
    }
    return new Table(rows, storyRows);
  }
}
