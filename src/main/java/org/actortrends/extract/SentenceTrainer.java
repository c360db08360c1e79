package org.actortrends.extract;

import java.util.List;

/**
 * Learns the {@link SentenceModel}: weighted ridge regression (no intercept) of the mean human rating on the
 * signals of each rated text, solved exactly (normal equations, Gaussian elimination in a fixed order), so the same
 * texts give the same weights to the last bit. Texts of our domain (news prose) weigh 1, those of other domains
 * (tweets, reviews) {@code otherWeight}: they teach what words and marks do in general without outvoting news.
 */
public final class SentenceTrainer {
  /**
   * @param ridge L2 penalty per unit of total weight
   * @param otherWeight the weight of a text of another domain, relative to a news text
   * @param wordRidge L2 penalty of each word weight, in texts: a word seen in fewer texts stays near 0
   * @param minCount words in fewer training texts get no weight
   * @param sweeps passes of coordinate descent over the word weights
   * @param prune word weights smaller than this are left out (the model stays small)
   */
  public record Settings(double ridge, double otherWeight, double wordRidge, int minCount, int sweeps,
      double prune) {
    public static final Settings DEFAULT = new Settings(0.01, 0.1, 100, 5, 5, 0.02);
  }

  /** A text as the trainer sees it: its raw signals (no word sum) and its words, folded, in order. */
  public record Text(double[] signals, String[] words) {}

  /** Reads texts, each scored as one run of tokens (as VADER scores a line). Not thread-safe. */
  public static final class Reader {
    private final SentimentScorer scorer;
    private final Tokenizer tokenizer;
    private final Tokens tokens = new Tokens();

    public Reader() {
      Vocabulary vocabulary = new Vocabulary();
      SentenceModel noWords = SentenceModel.standard().withoutWords(); // the signals do not depend on weights
      scorer = new SentimentScorer(vocabulary, SentimentLexicon.standard(vocabulary), noWords);
      tokenizer = new Tokenizer(vocabulary);
    }

    public Text read(String text) {
      tokenizer.tokenize(text, tokens);
      double[] x = new double[SentenceModel.LENGTH];
      scorer.signals(tokens, 0, tokens.size(), x);
      List<String> words = new java.util.ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.type(i) == Tokens.WORD) {
          String w = TextFold.fold(tokens.surface(i));
          if (!w.endsWith("'s")) { // a new possessive form would change how the tokenizer splits them
            words.add(w);
          }
        }
      }
      return new Text(x, words.toArray(new String[0]));
    }
  }

  private SentenceTrainer() {}

  /**
   * Fits the weights on raw signals {@code x} with ratings {@code y} (-4..+4) and per-text weights {@code w}; the
   * model's score of a text is then its predicted rating, squashed ({@link SentenceModel#score}). Then the word
   * weights are fitted to what the signals leave unexplained.
   */
  public static SentenceModel fit(List<Text> texts, double[] y, double[] w, Settings settings,
      List<String> comments) {
    List<double[]> x = texts.stream().map(Text::signals).toList();
    double[] beta = round(signalWeights(x, y, w, settings));
    SentenceModel signalsOnly = new SentenceModel(beta, java.util.Map.of(), List.of());
    double[] residual = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      residual[i] = y[i] - signalsOnly.rating(x.get(i)); // no word sum in the trainer's signals
    }
    return new SentenceModel(beta, wordWeights(texts, residual, w, settings), comments);
  }

  /**
   * Ridge weights of single words fitted to what the signals leave unexplained, by coordinate descent over the
   * words in alphabetical order (so the result does not depend on hash order); rounded as written.
   */
  static java.util.Map<String, Double> wordWeights(List<Text> texts, double[] residual, double[] w,
      Settings settings) {
    java.util.Map<String, Integer> textCount = new java.util.HashMap<>();
    for (Text t : texts) {
      for (String word : new java.util.HashSet<>(java.util.Arrays.asList(t.words()))) {
        textCount.merge(word, 1, Integer::sum);
      }
    }
    List<String> vocabulary = textCount.entrySet().stream().filter(e -> e.getValue() >= settings.minCount())
        .map(java.util.Map.Entry::getKey).sorted().toList();
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int j = 0; j < vocabulary.size(); j++) {
      index.put(vocabulary.get(j), j);
    }
    // For each word, the texts it is in and how often.
    List<List<int[]>> postings = new java.util.ArrayList<>();
    for (int j = 0; j < vocabulary.size(); j++) {
      postings.add(new java.util.ArrayList<>());
    }
    for (int i = 0; i < texts.size(); i++) {
      java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
      for (String word : texts.get(i).words()) {
        Integer j = index.get(word);
        if (j != null) {
          counts.merge(j, 1, Integer::sum);
        }
      }
      for (java.util.Map.Entry<Integer, Integer> e : counts.entrySet()) {
        postings.get(e.getKey()).add(new int[] {i, e.getValue()});
      }
    }
    double[] r = residual.clone();
    double[] beta = new double[vocabulary.size()];
    for (int sweep = 0; sweep < settings.sweeps(); sweep++) {
      for (int j = 0; j < beta.length; j++) {
        double num = 0;
        double den = settings.wordRidge();
        for (int[] p : postings.get(j)) {
          num += w[p[0]] * p[1] * (r[p[0]] + p[1] * beta[j]);
          den += w[p[0]] * p[1] * p[1];
        }
        double updated = num / den;
        for (int[] p : postings.get(j)) {
          r[p[0]] -= p[1] * (updated - beta[j]);
        }
        beta[j] = updated;
      }
    }
    java.util.Map<String, Double> out = new java.util.HashMap<>();
    for (int j = 0; j < beta.length; j++) {
      double rounded = Double.parseDouble(SentenceModel.format(beta[j]));
      if (Math.abs(rounded) >= settings.prune()) {
        out.put(vocabulary.get(j), rounded);
      }
    }
    return out;
  }

  /** The ridge weights of the signals (no intercept). */
  static double[] signalWeights(List<double[]> x, double[] y, double[] w, Settings settings) {
    int k = SentenceModel.SIGNALS.size();
    double[][] a = new double[k][k + 1];
    double total = 0;
    double[] f = new double[k];
    for (int i = 0; i < x.size(); i++) {
      for (int j = 0; j < k; j++) {
        f[j] = x.get(i)[j];
      }
      for (int r = 0; r < k; r++) {
        if (f[r] == 0) {
          continue;
        }
        for (int c = 0; c < k; c++) {
          a[r][c] += w[i] * f[r] * f[c];
        }
        a[r][k] += w[i] * f[r] * y[i];
      }
      total += w[i];
    }
    for (int r = 0; r < k; r++) {
      a[r][r] += settings.ridge() * total;
    }
    return solve(a);
  }

  /** Weights as written (4 decimals), so a trained model scores exactly as the file it is written to. */
  private static double[] round(double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = Double.parseDouble(SentenceModel.format(v[i]));
    }
    return r;
  }

  /** Solves the augmented system {@code a} (k × k+1) by Gaussian elimination with partial pivoting. */
  static double[] solve(double[][] a) {
    int k = a.length;
    for (int col = 0; col < k; col++) {
      int pivot = col;
      for (int r = col + 1; r < k; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = a[col];
      a[col] = a[pivot];
      a[pivot] = t;
      for (int r = col + 1; r < k; r++) {
        double factor = a[r][col] / a[col][col];
        for (int c = col; c <= k; c++) {
          a[r][c] -= factor * a[col][c];
        }
      }
    }
    double[] b = new double[k];
    for (int r = k - 1; r >= 0; r--) {
      double s = a[r][k];
      for (int c = r + 1; c < k; c++) {
        s -= a[r][c] * b[c];
      }
      b[r] = s / a[r][r];
    }
    return b;
  }
}
