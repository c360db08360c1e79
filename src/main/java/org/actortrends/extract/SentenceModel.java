package org.actortrends.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the sentence scorer weighs its signals ({@link #SIGNALS}): a linear model of the mean human rating, learned by
 * {@code train-sentences} (see {@link SentenceTrainer}) and read from {@code name<TAB>weight} lines; '#' starts a
 * comment. The score is the predicted mean rating (the raters' scale is -4..+4), squashed into (-1, 1) (see
 * {@link #score}); the model has no intercept, so a sentence with no signal and no weighted word scores 0. Immutable: one instance serves every thread.
 */
public final class SentenceModel {
  /** The model shipped in the jar. */
  public static final String RESOURCE = "/sentiment/sentence-model.tsv";

  /**
   * The signals of a sentence, in vector order. Lexicon sums, after negations, boosters and reducers, by band of
   * the word's own valence (mild under {@link SentimentScorer#STRONG}); the signed sums before and after a "but";
   * negations and "too" with no sentiment word in reach, counted; a final single question mark; exclamation marks
   * and repeated question marks, signed as the lexicon sum; the sums of our news lexicon's words alone.
   */
  public static final List<String> SIGNALS = List.of(
      "pos_mild", "pos_strong", "neg_mild", "neg_strong", "before_contrast", "after_contrast", "bare_negation",
      "too", "question", "exclamation", "questions", "news_pos", "news_neg");
  static final int POS_MILD = 0;
  static final int POS_STRONG = 1;
  static final int NEG_MILD = 2;
  static final int NEG_STRONG = 3;
  static final int BEFORE_CONTRAST = 4;
  static final int AFTER_CONTRAST = 5;
  static final int BARE_NEGATION = 6;
  static final int TOO = 7;
  static final int QUESTION = 8;
  static final int EXCLAMATION = 9;
  static final int QUESTIONS = 10;
  static final int NEWS_POS = 11;
  static final int NEWS_NEG = 12;
  /** The name of a word weight's line: {@code word:<folded word>}. */
  static final String WORD_PREFIX = "word:";


  /**
   * Where {@link SentimentScorer#signals} puts the sum of the learned word weights, after the signals: it adds to
   * the predicted rating as it is.
   */
  public static final int WORDS = SIGNALS.size();
  /** The length of a signal vector: the signals and the word sum. */
  public static final int LENGTH = WORDS + 1;

  private final double[] weights;
  /** Learned weights of single words (folded), on the rating scale: what the signals miss about them. */
  private final java.util.SortedMap<String, Double> words;
  private final List<String> comments;

  public SentenceModel(double[] weights, java.util.Map<String, Double> words, List<String> comments) {
    if (weights.length != SIGNALS.size()) {
      throw new IllegalArgumentException(SIGNALS.size() + " weights expected, not " + weights.length);
    }
    this.weights = weights.clone();
    this.words = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(words));
    this.comments = List.copyOf(comments);
  }

  /** The learned word weights, by folded word. */
  public java.util.SortedMap<String, Double> words() {
    return words;
  }

  /** This model without its word weights: what the word weights are fitted on top of. */
  public SentenceModel withoutWords() {
    return new SentenceModel(weights, java.util.Map.of(), comments);
  }

  private static final class StandardHolder {
    static final SentenceModel INSTANCE = readResource(RESOURCE);
  }

  /** The bundled model, read once. */
  public static SentenceModel standard() {
    return StandardHolder.INSTANCE;
  }

  /**
   * The score in [-1, 1] of raw signals {@code x} (as {@link SentimentScorer#signals} fills them): the predicted
   * mean rating r squashed as r / sqrt(r² + 1), so near 0 the score is the rating itself and a rating of ±1 is
   * ±0.71, ±2 is ±0.89.
   */
  public double score(double[] x) {
    return squash(rating(x));
  }

  /** A mean rating (-4..+4) as a score in (-1, 1): r / sqrt(r² + 1). */
  public static double squash(double rating) {
    return rating / Math.sqrt(rating * rating + 1);
  }

  /** The predicted mean rating (-4..+4) of raw signals {@code x}. */
  public double rating(double[] x) {
    double rating = x[WORDS];
    for (int k = 0; k < weights.length; k++) {
      rating += weights[k] * x[k];
    }
    return rating;
  }

  public double weight(int k) {
    return weights[k];
  }

  static SentenceModel readResource(String resource) {
    InputStream in = SentenceModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Sentence model resource not found: " + resource);
    }
    try (in) {
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  public static SentenceModel read(InputStream in, String source) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    double[] w = new double[SIGNALS.size()];
    boolean[] seen = new boolean[w.length];
    java.util.Map<String, Double> words = new java.util.HashMap<>();
    List<String> comments = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.startsWith("#")) {
        comments.add(line);
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length == 2 && f[0].startsWith(WORD_PREFIX)) {
        words.put(f[0].substring(WORD_PREFIX.length()), Double.parseDouble(f[1]));
        continue;
      }
      int k = f.length == 2 ? SIGNALS.indexOf(f[0]) : -1;
      if (k < 0) {
        throw new IllegalArgumentException(source + ": expected signal<TAB>weight, not: " + line);
      }
      w[k] = Double.parseDouble(f[1]);
      seen[k] = true;
    }
    for (int k = 0; k < w.length; k++) {
      if (!seen[k]) {
        throw new IllegalArgumentException(source + ": no weight for " + SIGNALS.get(k));
      }
    }
    return new SentenceModel(w, words, comments);
  }

  /** The TSV text of the model: its comments, then one signal a line with 4 decimals; same model, same bytes. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (String c : comments) {
      b.append(c).append('\n');
    }
    for (int k = 0; k < weights.length; k++) {
      b.append(SIGNALS.get(k)).append('\t').append(format(weights[k])).append('\n');
    }
    words.forEach((word, weight) -> b.append(WORD_PREFIX).append(word).append('\t').append(format(weight))
        .append('\n'));
    return b.toString();
  }

  static String format(double v) {
    String s = String.format(Locale.ROOT, "%.4f", v);
    return s.equals("-0.0000") ? "0.0000" : s;
  }
}
