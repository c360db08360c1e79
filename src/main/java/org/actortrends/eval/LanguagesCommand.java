package org.actortrends.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.actortrends.extract.LanguageDetector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval languages}: {@link LanguageDetector} against articles labelled with their language (JSON Lines in the
 * job's input format plus {@code true_language}, ISO 639-1). Prints accuracy overall and per language, what each
 * wrong one was called, how many articles took the English fast path, a robustness line on the title alone and on
 * the first sentence alone (for information, not a target), and the cost per article of each path.
 */
@Command(name = "languages", mixinStandardHelpOptions = true,
    description = "Accuracy of the language detector against articles labelled with true_language (JSON Lines).")
final class LanguagesCommand implements Callable<Integer> {
  static final String DEFAULT_INPUT = "sample-data/languages/articles.jsonl";

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "Labelled JSON Lines (default: " + DEFAULT_INPUT + ").")
  Path input = Path.of(DEFAULT_INPUT);

  @Option(names = "--differences", description = "Also print every article detected wrongly.")
  boolean differences;

  @Option(names = "--repeat", defaultValue = "20", paramLabel = "N",
      description = "Passes over the file to time the model (200 times as many for the fast path), after as many "
          + "to warm up; 0 skips timing (default: ${DEFAULT-VALUE}).")
  int repeat;

  private final PrintStream out;

  LanguagesCommand(PrintStream out) {
    this.out = out;
  }

  /** One labelled article. */
  record Item(String id, String title, String text, String language) {}

  static List<Item> read(Path file) throws IOException {
    List<Item> items = new ArrayList<>();
    JsonLinesRows.forEach(file, (row, line, where) -> {
      String id = row.path("id").asText(null);
      String language = row.path("true_language").asText(null);
      if (id == null || language == null || !row.path("text").isTextual()) {
        throw new IOException(where + "needs id, text and true_language");
      }
      String normalized = LanguageDetector.normalize(language);
      if (normalized == null) {
        throw new IOException(where + "true_language is not a language code: " + language);
      }
      items.add(new Item(id, row.path("title").asText(""), row.path("text").asText(), normalized));
    });
    return items;
  }

  /** The text up to the end of its first sentence (., ! or ? then a space, or a line break), at least 20 chars. */
  static String firstSentence(String text) {
    for (int i = 20; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1)))) {
        return text.substring(0, c == '\n' ? i : i + 1);
      }
    }
    return text;
  }

  @Override
  public Integer call() throws IOException {
    EvalCommand.requireFile(spec, input);
    if (repeat < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be 0 or more");
    }
    List<Item> items = read(input);
    LanguageDetector detector = new LanguageDetector();
    double loadMs = LanguageDetector.preload();

    Map<String, int[]> perLanguage = new TreeMap<>(); // right, all
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    int right = 0;
    int fast = 0;
    int fastWrong = 0;
    int undetermined = 0;
    int titleRight = 0;
    int titleUnd = 0;
    int sentenceRight = 0;
    int sentenceUnd = 0;
    for (Item item : items) {
      String found = detector.detect(item.title(), item.text());
      if (detector.lastTookFastPath()) {
        fast++;
        if (!item.language().equals("en")) {
          fastWrong++;
        }
      }
      undetermined += found.equals(LanguageDetector.UNDETERMINED) ? 1 : 0;
      int[] counts = perLanguage.computeIfAbsent(item.language(), k -> new int[2]);
      counts[1]++;
      if (found.equals(item.language())) {
        right++;
        counts[0]++;
      } else {
        confusion.computeIfAbsent(item.language(), k -> new TreeMap<>()).merge(found, 1, Integer::sum);
        wrong.add(item.id() + "\t" + item.language() + " -> " + found + "\t" + item.title());
      }
      String byTitle = detector.detect(item.title(), "");
      titleRight += byTitle.equals(item.language()) ? 1 : 0;
      titleUnd += byTitle.equals(LanguageDetector.UNDETERMINED) ? 1 : 0;
      String bySentence = detector.detect("", firstSentence(item.text()));
      sentenceRight += bySentence.equals(item.language()) ? 1 : 0;
      sentenceUnd += bySentence.equals(LanguageDetector.UNDETERMINED) ? 1 : 0;
    }
    int n = items.size();
    out.printf(Locale.ROOT, "%s: %d articles, %d languages%n", input.getFileName(), n, perLanguage.size());
    out.printf(Locale.ROOT, "  accuracy %.3f (%d of %d); English fast path %d articles (%d not English), "
        + "the model %d, too little text (und) %d%n", ratio(right, n), right, n, fast, fastWrong,
        n - fast - undetermined, undetermined);
    StringBuilder line = new StringBuilder("  per language:");
    for (Map.Entry<String, int[]> e : perLanguage.entrySet()) {
      line.append(String.format(Locale.ROOT, " %s %.2f (%d/%d)", e.getKey(), ratio(e.getValue()[0],
          e.getValue()[1]), e.getValue()[0], e.getValue()[1]));
    }
    out.println(line);
    if (confusion.isEmpty()) {
      out.println("  confusion: none");
    } else {
      StringBuilder c = new StringBuilder("  confusion (true -> detected):");
      confusion.forEach((truth, called) -> called.forEach((as, count) ->
          c.append(' ').append(truth).append("->").append(as).append(' ').append(count)));
      out.println(c);
    }
    out.printf(Locale.ROOT, "  robustness (not a target): title only %.3f (%d und), first sentence only %.3f "
        + "(%d und)%n", ratio(titleRight, n), titleUnd, ratio(sentenceRight, n), sentenceUnd);
    if (repeat > 0) {
      printCost(items, detector, loadMs);
    }
    if (differences) {
      wrong.forEach(w -> out.println("  wrong: " + w));
    }
    return 0;
  }

  /**
   * Mean microseconds per article of each path: the articles are split by the path they take, then each group is
   * run many times in a row (the fast path 200 x {@code repeat} passes, the model {@code repeat}), after as many
   * passes again to warm up (the JIT compiler needs a few thousand calls), so one path's timing is not disturbed by
   * the other's allocation. The time is this thread's CPU time where the JVM measures it (other processes on a busy
   * machine disturb it less than the wall clock), else the wall clock.
   */
  private void printCost(List<Item> items, LanguageDetector detector, double loadMs) {
    List<Item> fast = new ArrayList<>();
    List<Item> model = new ArrayList<>();
    for (Item item : items) {
      detector.detect(item.title(), item.text());
      (detector.lastTookFastPath() ? fast : model).add(item);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    double fastMicros = time(fast, detector, repeat * 200, cpu);
    double modelMicros = time(model, detector, repeat, cpu);
    out.printf(Locale.ROOT, "  cost (%s): English fast path %.1f µs/article (%d articles x %d), the model %.0f "
        + "µs/article (%d articles x %d); model load %.0f ms%n", cpu ? "thread CPU time" : "wall clock", fastMicros,
        fast.size(), repeat * 200, modelMicros, model.size(), repeat, loadMs);
  }

  private static double time(List<Item> items, LanguageDetector detector, int passes, boolean cpu) {
    if (items.isEmpty()) {
      return 0;
    }
    for (int pass = 0; pass < passes; pass++) {
      for (Item item : items) {
        detector.detect(item.title(), item.text()); // warm up
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    for (int pass = 0; pass < passes; pass++) {
      for (Item item : items) {
        detector.detect(item.title(), item.text());
      }
    }
    long t = (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
    return t / 1000.0 / passes / items.size();
  }

  private static double micros(long nanos, long count) {
    return count == 0 ? 0 : nanos / 1000.0 / count;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
