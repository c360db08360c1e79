package org.actortrends.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actortrends.Required;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each {@code eval} subcommand; the sentiment ones on the shared labelled data ({@link Required#evalData}).
 * Figures are printed; the check quarters of {@code --split} are held to README "Accuracy" less {@link #MARGIN}
 * (the whole files' figures by {@code SentimentEvalTest} and {@code TargetEvalTest}), the other floors only catch a
 * broken harness.
 */
class EvalCommandTest {
  /** How far below README's figures a floor sits: room for rounding, not for a worse scorer. */
  private static final double MARGIN = 0.01;

  @TempDir
  Path tmp;

  private record Run(int exit, String out) {}

  private static Run eval(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int exit = EvalCommand.execute(args, out);
    String text = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(text);
    return new Run(exit, text);
  }

  private static double figure(String out, String name) {
    Matcher m = Pattern.compile(name + "=([0-9.]+)").matcher(out);
    assertTrue(m.find(), name + " in " + out);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void sentencesOnTheNytEditorials() throws IOException {
    Path nyt = Required.evalData("sentiment/nyt_editorials.dev.tsv");
    Path tweets = Required.evalData("sentiment/tweets.tsv");
    Path nytOut = tmp.resolve("nyt.tsv");
    Path tweetsOut = tmp.resolve("tweets.tsv");
    Run r = eval("sentences", "--input=" + nyt + "," + tweets, "--predictions=" + nytOut + "," + tweetsOut,
        "--split");
    assertEquals(0, r.exit());
    assertEquals(6, r.out().strip().lines().count(), r.out());
    assertTrue(figure(r.out(), "r") > 0.4);
    assertTrue(figure(r.out(), "F1") > 0.5);
    List<String> lines = Files.readAllLines(nytOut);
    assertEquals(Files.readAllLines(nyt).size() - 1, lines.size()); // one per sentence, no header
    assertTrue(lines.get(0).matches("1_1\t-?[0-9.E-]+"), lines.get(0));
    assertEquals(Files.readAllLines(tweets).size() - 1, Files.readAllLines(tweetsOut).size());
  }

  /** README "Accuracy", the figures in parentheses: r / weighted F1 of the check quarter of each file. */
  @Test
  void sentencesCheckQuartersHoldReadmesFigures() {
    Map<String, double[]> readme = Map.of(
        "nyt_editorials.dev.tsv", new double[] {0.702, 0.716},
        "tweets.tsv", new double[] {0.852, 0.918},
        "amazon_reviews.tsv", new double[] {0.678, 0.730},
        "movie_reviews.tsv", new double[] {0.566, 0.707});
    List<String> files = readme.keySet().stream().sorted().toList();
    String inputs = String.join(",", files.stream().map(f -> Required.evalData("sentiment/" + f).toString()).toList());
    Run r = eval("sentences", "--input=" + inputs, "--split");
    assertEquals(0, r.exit());
    for (String file : files) {
      String check = r.out().lines().filter(l -> l.startsWith(file + " check ")).findFirst()
          .orElseThrow(() -> new AssertionError("no check line of " + file + " in " + r.out()));
      double[] want = readme.get(file);
      assertTrue(figure(check, "r") >= want[0] - MARGIN, check + "; README r " + want[0]);
      assertTrue(figure(check, "F1") >= want[1] - MARGIN, check + "; README F1 " + want[1]);
    }
  }

  /** README "Accuracy": the NYT figures cross-validated by article, the model trained inside each fold. */
  @Test
  void sentencesCrossValidatedByArticleHoldReadmesFigures() {
    String others = String.join(",", List.of("tweets.tsv", "amazon_reviews.tsv", "movie_reviews.tsv").stream()
        .map(f -> Required.evalData("sentiment/" + f).toString()).toList());
    Run r = eval("sentences", "--cv=5", "--input=" + Required.evalData("sentiment/nyt_editorials.dev.tsv"),
        "--train-also=" + others);
    assertEquals(0, r.exit());
    assertEquals(5, r.out().lines().filter(l -> l.contains(" fold ")).count(), r.out());
    String mean = r.out().lines().filter(l -> l.contains("cv=5 by article")).findFirst().orElseThrow();
    assertTrue(figure(mean, "r") >= 0.605 - MARGIN, mean);
    assertTrue(figure(mean, "F1") >= 0.661 - MARGIN, mean);
    assertTrue(mean.contains(" ± "), mean);
  }

  /** README "Accuracy": macro-F1 toward the target cross-validated by article on NewsMTSC train. */
  @Test
  void targetsCrossValidatedByArticleHoldReadmesFigures() {
    Run r = eval("targets", "--cv=5", "--input=" + Required.evalData("targeted/newsmtsc.train.jsonl"));
    assertEquals(0, r.exit());
    String mean = r.out().lines().filter(l -> l.contains("cv=5 by article")).findFirst().orElseThrow();
    assertTrue(figure(mean, "F1m") >= 0.676 - MARGIN, mean);
    assertTrue(figure(mean, "accuracy") >= 0.680 - MARGIN, mean);
    // The subsets that stand for the mt files: several targets a sentence, and targets of different classes.
    String several = r.out().lines().filter(l -> l.contains("several targets")).findFirst().orElseThrow();
    assertTrue(several.contains("n=1978 "), several);
    String differ = r.out().lines().filter(l -> l.contains("targets differ")).findFirst().orElseThrow();
    assertTrue(differ.contains("n=815 "), differ);
    assertTrue(figure(differ, "macro-F1") < figure(mean, "F1m"), differ);
  }

  @Test
  void targetsOfNewsMtsc() throws IOException {
    Path rw = Required.evalData("targeted/newsmtsc-rw.dev.jsonl");
    Path mt = Required.evalData("targeted/newsmtsc-mt.dev.jsonl");
    Path predictions = tmp.resolve("mt.tsv");
    Run r = eval("targets", "--input=" + rw + "," + mt, "--predictions=" + tmp.resolve("rw.tsv") + "," + predictions);
    assertEquals(0, r.exit());
    assertEquals(2, r.out().strip().lines().count(), r.out());
    assertTrue(figure(r.out(), "accuracy") > 0.4);
    assertTrue(figure(r.out(), "F1m") > 0.4);
    long targets = 0;
    for (String line : Files.readAllLines(mt)) {
      targets += new ObjectMapper().readTree(line).get("targets").size();
    }
    List<String> lines = Files.readAllLines(predictions);
    assertEquals(targets, lines.size());
    String[] first = lines.get(0).split("\t");
    assertEquals(5, first.length);
    assertTrue(List.of("negative", "neutral", "positive").contains(first[4]), lines.get(0));
  }

  @Test
  void mentionsAgainstTheHandCheckedKey() throws IOException {
    Path predictions = tmp.resolve("mentions.tsv");
    Run r = eval("mentions", "--predictions=" + predictions);
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("50 articles"), r.out());
    assertTrue(r.out().contains("50 of the articles found"), r.out());
    // The figures README quotes over every actor (precision 0.997, recall 1.000) minus 0.01, as in EndToEndIT.
    assertTrue(figure(r.out(), "precision") >= 0.987, r.out());
    assertTrue(figure(r.out(), "recall") >= 0.990, r.out());
    assertTrue(r.out().contains("9 spans, 0 linked"), r.out());
    for (String by : List.of("name", "alias", "short", "role")) {
      assertTrue(r.out().lines().anyMatch(l -> l.startsWith(by + " ")), by + " in " + r.out());
    }
    assertTrue(Files.readAllLines(predictions).size() >= 648);
  }

  @Test
  void aBadSentimentModelIsAUsageError() throws IOException {
    Path rated = Files.writeString(tmp.resolve("rated.tsv"), "id\trating\ttext\n1_1\t1.5\tA fine day.\n");
    Path targeted = Files.writeString(tmp.resolve("targeted.jsonl"), "");
    assertEquals(2, eval("sentences", "--input=" + rated, "--sentimentModel=bert").exit());
    assertEquals(2, eval("targets", "--input=" + targeted, "--sentimentModel=bert").exit());
    // The contextual sentence model is cross-validated on the news file alone.
    assertEquals(2, eval("sentences", "--input=" + rated, "--sentimentModel=contextual", "--cv=5",
        "--train-also=" + rated).exit());
    assertEquals(2, eval("sentences", "--input=" + rated, "--sentimentModel=contextual", "--cv=3").exit());
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(2, eval().exit());
    assertEquals(2, eval("nonsense").exit());
    assertEquals(2, eval("sentences").exit());
    assertEquals(2, eval("sentences", "--input=" + tmp.resolve("absent.tsv")).exit());
    assertEquals(2, eval("targets", "--input=" + tmp.resolve("absent.jsonl")).exit());
    assertEquals(2, eval("mentions", "--key=" + tmp.resolve("absent.csv")).exit());
    assertEquals(2, eval("mentions", "--input=" + tmp.resolve("absent-dir")).exit());
    assertEquals(2, eval("sentences", "--input=a.tsv,b.tsv", "--predictions=one.tsv").exit());
    assertEquals(0, eval("--help").exit());
    assertEquals(0, eval("sentences", "--help").exit());
  }
}
