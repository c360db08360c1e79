package org.actortrends.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.actortrends.io.html.HtmlArticle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval html}: {@link HtmlArticle}'s main text against the true article bodies of labelled news pages (the
 * article-extraction benchmark's format: {@code pages/KEY.html.gz} and {@code {KEY: {"articleBody", "url"}}}). Scores
 * as the benchmark's {@code score.py} does: the texts are cut into word tokens, runs of 4 are shingles, per page the
 * true and false positives and false negatives are counted over shingles; precision and recall are means over pages
 * and F1 combines the two means. Writes the predictions in score.py's format when asked.
 */
@Command(name = "html", mixinStandardHelpOptions = true,
    description = "Main-text extraction from news HTML against labelled pages (shingle precision, recall, F1).")
final class HtmlCommand implements Callable<Integer> {
  static final String DEFAULT_PAGES = "../shared/eval/html/pages";
  static final String DEFAULT_TRUTH = "../shared/eval/html/ground-truth.dev.json";
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--pages", paramLabel = "DIR", description = "Pages KEY.html.gz (default: " + DEFAULT_PAGES + ").")
  Path pages = Path.of(DEFAULT_PAGES);

  @Option(names = "--truth", paramLabel = "FILE",
      description = "Ground truth {KEY: {articleBody, url}} (default: " + DEFAULT_TRUTH + ").")
  Path truth = Path.of(DEFAULT_TRUTH);

  @Option(names = "--predictions", paramLabel = "OUT",
      description = "Write the extracted bodies here as {KEY: {articleBody}}, the input of score.py.")
  Path predictions;

  @Option(names = "--differences", arity = "0..1", fallbackValue = "10", paramLabel = "N",
      description = "Also print the N worst pages (default N: 10).")
  int differences;

  private final PrintStream out;

  HtmlCommand(PrintStream out) {
    this.out = out;
  }

  /** Precision, recall and F1 over pages, the way score.py computes them. */
  record Score(double precision, double recall, double f1, int pages) {}

  /** One page's shares of true positives, false positives and false negatives among its shingles. */
  record PageScore(double tp, double fp, double fn) {
    double f1() {
      return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
    }
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    int n = Math.max(1, tokens.size() - 3);
    for (int i = 0; i < n && !tokens.isEmpty(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + 4))), 1, Integer::sum);
    }
    return counts;
  }

  static PageScore page(String truth, String predicted) {
    Map<List<String>, Integer> a = shingles(truth);
    Map<List<String>, Integer> b = shingles(predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<List<String>, Integer> e : a.entrySet()) {
      int other = b.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), other);
      fn += Math.max(0, e.getValue() - other);
    }
    for (Map.Entry<List<String>, Integer> e : b.entrySet()) {
      fp += Math.max(0, e.getValue() - a.getOrDefault(e.getKey(), 0));
    }
    double s = tp + fp + fn;
    return s == 0 ? new PageScore(0, 0, 0) : new PageScore(tp / s, fp / s, fn / s);
  }

  /** score.py's aggregate: pages without shingles on one side do not count toward that side's mean. */
  static Score aggregate(List<PageScore> pages) {
    double p = 0;
    double r = 0;
    int np = 0;
    int nr = 0;
    for (PageScore s : pages) {
      boolean exact = s.fp() == 0 && s.fn() == 0;
      if (s.tp() + s.fp() > 0) {
        p += exact ? 1 : s.tp() / (s.tp() + s.fp());
        np++;
      }
      if (s.tp() + s.fn() > 0) {
        r += exact ? 1 : s.tp() / (s.tp() + s.fn());
        nr++;
      }
    }
    p = np == 0 ? 0 : p / np;
    r = nr == 0 ? 0 : r / nr;
    return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), pages.size());
  }

  static String readPage(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public Integer call() throws IOException {
    EvalCommand.requireFile(spec, truth);
    if (!Files.isDirectory(pages)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "pages directory not found: " + pages);
    }
    JsonNode truths = JSON.readTree(truth.toFile());
    ObjectNode predicted = JSON.createObjectNode();
    List<PageScore> scores = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<Double> f1s = new ArrayList<>();
    long nanos = 0;
    long bytes = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = truths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path file = pages.resolve(e.getKey() + ".html.gz");
      if (!Files.isRegularFile(file)) {
        throw new IOException("no page for " + e.getKey() + ": " + file);
      }
      String html = readPage(file);
      bytes += html.length();
      long t0 = System.nanoTime();
      HtmlArticle article = HtmlArticle.extract(html, e.getValue().path("url").asText(""));
      nanos += System.nanoTime() - t0;
      predicted.putObject(e.getKey()).put("articleBody", article.text());
      PageScore s = page(e.getValue().path("articleBody").asText(""), article.text());
      scores.add(s);
      f1s.add(s.f1());
      lines.add(String.format(Locale.ROOT, "%.3f  p=%.3f r=%.3f  %s  %s", s.f1(),
          s.tp() + s.fp() == 0 ? 0 : s.tp() / (s.tp() + s.fp()), s.tp() + s.fn() == 0 ? 0 : s.tp() / (s.tp()
          + s.fn()), e.getKey().substring(0, Math.min(12, e.getKey().length())), e.getValue().path("url").asText()));
    }
    if (predictions != null) {
      JSON.writerWithDefaultPrettyPrinter().writeValue(predictions.toFile(), predicted);
    }
    Score total = aggregate(scores);
    out.printf(Locale.ROOT, "%s: %d pages, precision %.3f recall %.3f F1 %.3f (4-word shingles, means over "
        + "pages, as score.py)%n", truth.getFileName(), total.pages(), total.precision(), total.recall(), total.f1());
    out.printf(Locale.ROOT, "  cost: %.1f ms/page (wall clock, first pass, %d KB of HTML per page on average)%n",
        scores.isEmpty() ? 0 : nanos / 1e6 / scores.size(), scores.isEmpty() ? 0 : bytes / 1024 / scores.size());
    if (predictions != null) {
      out.println("  predictions: " + predictions);
    }
    if (differences > 0) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparingDouble(f1s::get));
      for (int i = 0; i < Math.min(differences, order.size()); i++) {
        out.println("  worst: " + lines.get(order.get(i)));
      }
    }
    return 0;
  }
}
