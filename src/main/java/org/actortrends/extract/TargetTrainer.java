package org.actortrends.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the {@link TargetModel} on labelled targets (NewsMTSC JSON Lines): a multinomial logistic regression over
 * {@link TargetFeatures}, fitted by AdaGrad with L2, in a fixed order from a fixed seed, so the same data and
 * settings give the same weights, to the last bit. Word features seen fewer than {@code minCount} times are left
 * out. Besides a weight per word feature it learns, per template, weights over the summed {@link WordVectors} of the
 * template's words, and folds them into word rows for every stem with a vector ({@link TargetFit#toModel}), so that
 * the model still reads rows only. The class biases are then shifted so the macro-F1 of the out-of-fold predictions of
 * a k-fold cross-validation (folds by article) is highest; those predictions are the held-out figures it reports.
 */
public final class TargetTrainer {
  /**
   * One labelled target: characters {@code [from, to)} of {@code sentence}; {@code group} is its article (the rank
   * of {@link #articleOf its article} in file order), so that folds never split an article.
   */
  public record Example(String sentence, int from, int to, int label, int group) {}

  /**
   * @param epochs passes over the targets
   * @param rate AdaGrad learning rate of the word weights
   * @param numericRate that of the numeric features and biases, which every target has (so their accumulated
   *     gradients grow fast)
   * @param l2 L2 penalty on the weights a target uses, at each of its updates
   * @param minCount word features seen fewer times in the training targets are left out
   * @param prune word rows whose largest weight (centred) is smaller are left out of the written model
   * @param folds cross-validation folds of the bias shift search, by article (see {@link #innerFold})
   * @param seed of the shuffles
   * @param vectorDims dimensions of the word vectors ({@link WordVectors}); 0 for none
   * @param vectorRate AdaGrad learning rate of the weights over word vectors
   */
  public record Settings(int epochs, double rate, double numericRate, double l2, int minCount, double prune,
      int folds, long seed, int vectorDims, double vectorRate) {
    public static final Settings DEFAULT = new Settings(12, 0.01, 0.1, 1e-4, 2, 0.01, 5, 17, 32, 0.01);

    /**
     * The settings {@code train-targets --select} compares around DEFAULT. An earlier grid over word forms (L2 3e-5
     * to 1e-3, minCount 2 to 8, rate 0.01 and 0.03) gave F1m by article 0.661 to 0.678; L2 hardly matters, rate
     * 0.01 beats 0.03, and minCount 2 beat 4 by less than the spread over folds with twice the words and lower dev
     * figures. Over stems ({@link WordStems}) minCount 2 is better than 3 and 4 on every fold and on both dev
     * files (README: Accuracy); this grid (epochs, rates) found nothing better either.
     */
    public static List<Settings> grid() {
      List<Settings> grid = new ArrayList<>();
      for (int epochs : new int[] {12, 24}) {
        for (double rate : new double[] {0.003, 0.01}) {
          for (double numericRate : new double[] {0.03, 0.1, 0.3}) {
            grid.add(new Settings(epochs, rate, numericRate, 1e-3, 2, DEFAULT.prune(), DEFAULT.folds(),
                DEFAULT.seed(), DEFAULT.vectorDims(), DEFAULT.vectorRate()));
          }
        }
      }
      return grid;
    }
  }

  /** What training gives: the model and its cross-validated figures on the training data. */
  public record Result(TargetModel model, TargetMetrics crossValidated, double[] biasShift, int examples,
      double[] heldOutScores) {}

  /** A trained model and its TSV text, as {@code train-targets} writes it. */
  public record Trained(Result result, String tsv) {}

  /** The command that writes the bundled model; its text is in the model's header. */
  public static final String COMMAND = "java -jar target/actor-trends.jar train-targets "
      + "--input=../shared/eval/targeted/newsmtsc.train.jsonl --output=src/main/resources/sentiment/target-model.tsv";

  /**
   * Trains on the targets of a NewsMTSC file and renders the model as TSV, with a header naming the input (file
   * name and SHA-256), the settings and the cross-validated figures: the same file gives the same bytes.
   */
  public static Trained trainFile(Path input, Settings settings) throws IOException {
    List<Example> examples = readNewsMtsc(input);
    List<String> header = List.of(
        "# Target sentiment model of actor-trends (TargetSentiment): multinomial logistic regression over",
        "# TargetFeatures; feature<TAB>negative<TAB>neutral<TAB>positive weights, each row centred.",
        "# Written by: " + COMMAND,
        "# Input: " + input.getFileName() + ", sha256 " + sha256(input));
    Result result = train(examples, settings, header);
    java.io.StringWriter text = new java.io.StringWriter();
    result.model().write(text);
    return new Trained(result, text.toString());
  }

  private static String sha256(Path file) throws IOException {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The targets of a NewsMTSC file, in file order; polarity 2 is negative, 4 neutral, 6 positive. */
  public static List<Example> readNewsMtsc(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Example> examples = new ArrayList<>();
    Map<String, Integer> articles = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        String sentence = n.get("sentence_normalized").asText();
        int group = articles.computeIfAbsent(articleOf(n.path("primary_gid").asText("")), a -> articles.size());
        for (JsonNode t : n.get("targets")) {
          examples.add(new Example(sentence, t.get("from").asInt(), t.get("to").asInt(),
              labelOf(t.get("polarity").asDouble()), group));
        }
      }
    }
    return examples;
  }

  /**
   * The article of a NewsMTSC {@code primary_gid}: its fields up to the first all-digit one ("allsides_1232" of
   * "allsides_1232_492_8_Nunes_0_2", "polusa_v1_115843600" of "polusa_v1_115843600_-1_..."); the whole gid when
   * no field is a number.
   */
  static String articleOf(String gid) {
    int start = 0;
    while (start <= gid.length()) {
      int end = gid.indexOf('_', start);
      end = end < 0 ? gid.length() : end;
      if (end > start && gid.substring(start, end).chars().allMatch(c -> c >= '0' && c <= '9')) {
        return gid.substring(0, end);
      }
      start = end + 1;
    }
    return gid;
  }

  /**
   * The fold of an article in the bias shift search: a hash of its rank, not the rank modulo folds, so that the
   * search still has every fold when an outer cross-validation ({@link #crossValidate}) has taken one residue out.
   */
  static int innerFold(int group, int folds) {
    return (int) (((group * 2654435761L) >>> 12) % folds);
  }

  /**
   * The out-of-fold figures of a cross-validation by article: each fold's, all held-out targets pooled, and pooled
   * over subsets that stand for NewsMTSC's dev files: the targets of sentences with one target ({@code single},
   * as nearly all of the {@code rw} files), of sentences with several ({@code several}, as all of the {@code mt}
   * files), and of those whose targets do not all have the same class ({@code mixed}). Train is mostly single
   * targets, so the pooled figure predicts {@code rw} and {@code several} predicts {@code mt}.
   */
  public record CrossValidation(List<TargetMetrics> folds, TargetMetrics pooled, TargetMetrics single,
      TargetMetrics several, TargetMetrics mixed) {

    /** The figures of out-of-fold {@code scores} (one per example), fold = article rank modulo {@code folds}. */
    public static CrossValidation of(List<Example> examples, double[] scores, int folds) {
      // Targets and classes per sentence (of an article: the same text in two articles is two sentences).
      Map<String, Integer> targets = new HashMap<>();
      Map<String, Integer> classes = new HashMap<>();
      for (Example e : examples) {
        String key = e.group() + "\t" + e.sentence();
        targets.merge(key, 1, Integer::sum);
        classes.merge(key, 1 << e.label(), (a, b) -> a | b);
      }
      List<TargetMetrics> perFold = new ArrayList<>();
      for (int fold = 0; fold < folds; fold++) {
        perFold.add(new TargetMetrics());
      }
      CrossValidation cv = new CrossValidation(perFold, new TargetMetrics(), new TargetMetrics(),
          new TargetMetrics(), new TargetMetrics());
      for (int i = 0; i < examples.size(); i++) {
        Example e = examples.get(i);
        String key = e.group() + "\t" + e.sentence();
        perFold.get(e.group() % folds).addScore(e.label(), scores[i]);
        cv.pooled.addScore(e.label(), scores[i]);
        (targets.get(key) > 1 ? cv.several : cv.single).addScore(e.label(), scores[i]);
        if (Integer.bitCount(classes.get(key)) > 1) {
          cv.mixed.addScore(e.label(), scores[i]);
        }
      }
      return cv;
    }

    /** Each fold's macro-F1. */
    public double[] macroF1() {
      return folds.stream().mapToDouble(TargetMetrics::macroF1).toArray();
    }
  }

  /**
   * Trains on all folds but one (article rank modulo {@code folds}) and measures the model on that one, for each
   * fold: what training on these examples predicts for articles it has not seen.
   */
  public static CrossValidation crossValidate(List<Example> examples, Settings settings, int folds) {
    double[] scores = new double[examples.size()];
    for (int fold = 0; fold < folds; fold++) {
      List<Example> train = new ArrayList<>();
      for (Example e : examples) {
        if (e.group() % folds != fold) {
          train.add(e);
        }
      }
      TargetSpanScorer scorer = new TargetSpanScorer(train(train, settings, List.of()).model());
      for (int i = 0; i < examples.size(); i++) {
        Example e = examples.get(i);
        if (e.group() % folds == fold) {
          scores[i] = scorer.score(e.sentence(), e.from(), e.to());
        }
      }
    }
    return CrossValidation.of(examples, scores, folds);
  }

  static int labelOf(double polarity) {
    if (polarity == 2.0) {
      return TargetModel.NEGATIVE;
    }
    if (polarity == 4.0) {
      return TargetModel.NEUTRAL;
    }
    if (polarity == 6.0) {
      return TargetModel.POSITIVE;
    }
    throw new IllegalArgumentException("polarity " + polarity + " is not 2, 4 or 6");
  }

  private TargetTrainer() {}

  /** Trains on all {@code examples} after a cross-validation that sets the class biases. */
  public static Result train(List<Example> examples, Settings settings, List<String> comments) {
    WordVectors vectors = settings.vectorDims() > 0 ? WordVectors.minilm(settings.vectorDims()) : null;
    TargetEncoder encoder = new TargetEncoder(examples, vectors);
    List<TargetEncoder.Encoded> data = new ArrayList<>();
    for (Example e : examples) {
      data.add(encoder.encode(e));
    }
    // Out-of-fold logits.
    double[][] oof = new double[data.size()][];
    for (int fold = 0; fold < settings.folds(); fold++) {
      List<TargetEncoder.Encoded> train = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        if (innerFold(examples.get(i).group(), settings.folds()) == fold) {
          held.add(i);
        } else {
          train.add(data.get(i));
        }
      }
      TargetFit fit = TargetFit.fit(train, settings);
      for (int i : held) {
        oof[i] = fit.logits(data.get(i));
      }
    }
    int[] labels = data.stream().mapToInt(d -> d.label).toArray();
    double[] shift = bestShift(oof, labels);
    TargetMetrics cv = new TargetMetrics();
    double[] p = new double[3];
    double[] heldOut = new double[oof.length];
    for (int i = 0; i < oof.length; i++) {
      double[] z = oof[i].clone();
      z[0] += shift[0];
      z[2] += shift[2];
      TargetSentiment.softmax(z, p);
      heldOut[i] = TargetSentiment.toScore(p);
      cv.addScore(labels[i], heldOut[i]);
    }
    TargetFit all = TargetFit.fit(data, settings);
    all.bias[0] += shift[0];
    all.bias[2] += shift[2];
    List<String> header = new ArrayList<>(comments);
    header.add(String.format(Locale.ROOT,
        "# %d targets; %s; bias shift negative %s, positive %s", data.size(), settings,
        TargetModel.format(shift[0]), TargetModel.format(shift[2])));
    header.add(String.format(Locale.ROOT, "# cross-validated on the training targets: accuracy %.3f, macro-F1 %.3f",
        cv.accuracy(), cv.macroF1()));
    if (vectors != null) {
      header.add(String.format(Locale.ROOT, "# word vectors: %s, %d words in %d stems, %d principal components",
          WordVectors.SOURCE, vectors.words, vectors.size(), vectors.dims));
    }
    return new Result(all.toModel(encoder.stems, vectors, settings.prune(), header), cv, shift, data.size(),
        heldOut);
  }

  /** Step and reach of the bias shift search. */
  private static final double SHIFT_STEP = 0.025;
  private static final int SHIFT_STEPS = 40;

  /**
   * The additive shifts of the negative and positive logits (neutral stays) that give the out-of-fold predictions
   * the highest macro-F1, on a grid of {@link #SHIFT_STEP}; ties go to the smaller shift, so the search is
   * deterministic.
   */
  static double[] bestShift(double[][] logits, int[] labels) {
    double best = -1;
    int bestA = 0;
    int bestB = 0;
    for (int a = -SHIFT_STEPS; a <= SHIFT_STEPS; a++) {
      for (int b = -SHIFT_STEPS; b <= SHIFT_STEPS; b++) {
        TargetMetrics m = new TargetMetrics();
        for (int i = 0; i < logits.length; i++) {
          m.add(labels[i], decide(logits[i][0] + a * SHIFT_STEP, logits[i][1], logits[i][2] + b * SHIFT_STEP));
        }
        double f = m.macroF1();
        boolean smaller = Math.abs(a) + Math.abs(b) < Math.abs(bestA) + Math.abs(bestB);
        if (f > best + 1e-12 || (Math.abs(f - best) <= 1e-12 && smaller)) {
          best = f;
          bestA = a;
          bestB = b;
        }
      }
    }
    return new double[] {bestA * SHIFT_STEP, 0, bestB * SHIFT_STEP};
  }

  /** The class {@link TargetSentiment#toScore} gives these logits: the most likely, ties to neutral, then positive. */
  static int decide(double negative, double neutral, double positive) {
    if (neutral >= negative && neutral >= positive) {
      return TargetModel.NEUTRAL;
    }
    return positive >= negative ? TargetModel.POSITIVE : TargetModel.NEGATIVE;
  }

  /** Accuracy and macro-F1 of {@code scorer} over {@code examples}. */
  public static TargetMetrics evaluate(List<Example> examples, SpanScorer scorer) {
    TargetMetrics m = new TargetMetrics();
    for (Example e : examples) {
      m.addScore(e.label(), scorer.score(e.sentence(), e.from(), e.to()));
    }
    return m;
  }

  /** A scorer of a character span of a sentence (the shape of the evaluation seam). */
  @FunctionalInterface
  public interface SpanScorer {
    double score(String sentence, int from, int to);
  }
}
