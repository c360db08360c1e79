package org.actortrends.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the {@link TargetModel} on labelled targets (NewsMTSC JSON Lines): a multinomial logistic regression over
 * {@link TargetFeatures}, fitted by AdaGrad with L2, in a fixed order from a fixed seed, so the same data and
 * settings give the same weights, to the last bit. Word features seen fewer than {@code minCount} times are left
 * out. Besides a weight per word feature it learns, per template, weights over the summed {@link WordVectors} of the
 * template's words, and folds them into word rows for every stem with a vector ({@link Fit#toModel}), so that the
 * model still reads rows only. The class biases are then shifted so the macro-F1 of the out-of-fold predictions of
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
   * over two subsets that stand for NewsMTSC's {@code mt} files: the targets of sentences with several targets
   * ({@code several}), and of those whose targets do not all have the same class ({@code mixed}).
   */
  public record CrossValidation(List<TargetMetrics> folds, TargetMetrics pooled, TargetMetrics several,
      TargetMetrics mixed) {}

  /**
   * Trains on all folds but one (article rank modulo {@code folds}) and measures the model on that one, for each
   * fold: what training on these examples predicts for articles it has not seen.
   */
  public static CrossValidation crossValidate(List<Example> examples, Settings settings, int folds) {
    List<TargetMetrics> perFold = new ArrayList<>();
    TargetMetrics pooled = new TargetMetrics();
    TargetMetrics several = new TargetMetrics();
    TargetMetrics mixed = new TargetMetrics();
    // Targets and classes per sentence (of an article: the same text in two articles is two sentences).
    Map<String, Integer> targets = new HashMap<>();
    Map<String, Integer> classes = new HashMap<>();
    for (Example e : examples) {
      String key = e.group() + "\t" + e.sentence();
      targets.merge(key, 1, Integer::sum);
      classes.merge(key, 1 << e.label(), (a, b) -> a | b);
    }
    for (int fold = 0; fold < folds; fold++) {
      List<Example> train = new ArrayList<>();
      List<Example> held = new ArrayList<>();
      for (Example e : examples) {
        (e.group() % folds == fold ? held : train).add(e);
      }
      TargetSpanScorer scorer = new TargetSpanScorer(train(train, settings, List.of()).model());
      TargetMetrics m = new TargetMetrics();
      for (Example e : held) {
        double score = scorer.score(e.sentence(), e.from(), e.to());
        m.addScore(e.label(), score);
        pooled.addScore(e.label(), score);
        String key = e.group() + "\t" + e.sentence();
        if (targets.get(key) > 1) {
          several.addScore(e.label(), score);
        }
        if (Integer.bitCount(classes.get(key)) > 1) {
          mixed.addScore(e.label(), score);
        }
      }
      perFold.add(m);
    }
    return new CrossValidation(perFold, pooled, several, mixed);
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
    Encoder encoder = new Encoder(examples, vectors);
    List<Encoded> data = new ArrayList<>();
    for (Example e : examples) {
      data.add(encoder.encode(e));
    }
    // Out-of-fold logits.
    double[][] oof = new double[data.size()][];
    for (int fold = 0; fold < settings.folds(); fold++) {
      List<Encoded> train = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        if (innerFold(examples.get(i).group(), settings.folds()) == fold) {
          held.add(i);
        } else {
          train.add(data.get(i));
        }
      }
      Fit fit = fit(train, settings);
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
    Fit all = fit(data, settings);
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

  /**
   * A target as features: numeric values and word keys {@code template << 32 | stem id} of the encoder's stems. With
   * word vectors, the numeric values go on with one block per template: the sum of the vectors of its words.
   */
  static final class Encoded {
    final double[] numeric;
    final long[] words;
    final int label;

    Encoded(double[] numeric, long[] words, int label) {
      this.numeric = numeric;
      this.words = words;
      this.label = label;
    }
  }

  /** Tokenizes with a vocabulary that knows every word of the examples, so each word has an id. */
  static final class Encoder {
    final Vocabulary vocabulary = new Vocabulary();
    final WordStems stems = WordStems.learning(vocabulary);
    private final Tokenizer tokenizer;
    private final TargetFeatures features;
    private final Tokens tokens = new Tokens();
    private final WordVectors vectors;
    private final int numeric;
    /** Vectors by stem id, filled as stems are met; {@code NONE} for a stem without one. */
    private float[][] vectorOfStem = new float[0][];
    private static final float[] NONE = new float[0];
    private String current;

    Encoder(List<Example> examples, WordVectors vectors) {
      this.vectors = vectors;
      this.numeric = numericFeatures(vectors == null ? 0 : vectors.dims);
      SentimentScorer scorer = new SentimentScorer(vocabulary);
      features = new TargetFeatures(vocabulary, scorer, stems);
      tokenizer = new Tokenizer(vocabulary);
      Set<String> sentences = new LinkedHashSet<>();
      for (Example e : examples) {
        sentences.add(e.sentence());
      }
      for (String s : sentences) {
        tokenizer.tokenize(s, tokens);
        for (int i = 0; i < tokens.size(); i++) {
          if (tokens.isWord(i) && tokens.id(i) < 0) {
            for (String w : tokenizer.foldedWords(tokens.surface(i))) {
              if (!w.endsWith("'s")) {
                vocabulary.add(w);
              }
            }
          }
        }
      }
    }

    Encoded encode(Example e) {
      if (!e.sentence().equals(current)) {
        tokenizer.tokenize(e.sentence(), tokens);
        features.sentence(tokens, 0, tokens.size());
        current = e.sentence();
      }
      int[] span = TargetSentiment.tokenSpan(tokens, e.from(), e.to());
      features.target(span[0], span[1]);
      long[] words = new long[features.wordFeatures];
      double[] x = Arrays.copyOf(features.numeric, numeric);
      for (int j = 0; j < words.length; j++) {
        words[j] = ((long) features.wordTemplate[j] << 32) | features.wordId[j];
        float[] v = vectorOf(features.wordId[j]);
        int base = TargetFeatures.NUMERIC.size() + features.wordTemplate[j] * v.length;
        for (int d = 0; d < v.length; d++) {
          x[base + d] += v[d];
        }
      }
      return new Encoded(x, words, e.label());
    }

    private float[] vectorOf(int stem) {
      if (vectors == null) {
        return NONE;
      }
      if (stem >= vectorOfStem.length) {
        vectorOfStem = Arrays.copyOf(vectorOfStem, Math.max(stem + 1, vectorOfStem.length * 2));
      }
      if (vectorOfStem[stem] == null) {
        float[] v = vectors.of(stems.stem(stem));
        vectorOfStem[stem] = v == null ? NONE : v;
      }
      return vectorOfStem[stem];
    }
  }

  /** Numeric features of a target: TargetFeatures' own, then a block of word vector sums per template. */
  static int numericFeatures(int vectorDims) {
    return TargetFeatures.NUMERIC.size() + TargetFeatures.TEMPLATES.size() * vectorDims;
  }

  /** Fitted weights over one feature index. */
  static final class Fit {
    /** Numeric features ({@link #numericFeatures}), whose weights come before the words'. */
    final int numeric;
    final Map<Long, Integer> index;
    final long[] keys;
    final double[] bias = new double[3];
    final double[] w;

    Fit(int numeric, Map<Long, Integer> index, long[] keys) {
      this.numeric = numeric;
      this.index = index;
      this.keys = keys;
      this.w = new double[(numeric + keys.length) * 3];
    }

    double[] logits(Encoded e) {
      double[] z = bias.clone();
      for (int k = 0; k < numeric; k++) {
        double v = e.numeric[k];
        if (v != 0) {
          for (int c = 0; c < 3; c++) {
            z[c] += v * w[k * 3 + c];
          }
        }
      }
      for (long key : e.words) {
        Integer f = index.get(key);
        if (f != null) {
          for (int c = 0; c < 3; c++) {
            z[c] += w[(numeric + f) * 3 + c];
          }
        }
      }
      return z;
    }

    /**
     * The model: each row centred (classes sum to 0), rounded; word rows of no weight left out, sorted by name. The
     * weights over word vectors are folded into word rows: a word of template t gains {@code W_t · v} for its
     * stem's vector v, so every stem with a vector gets a row per template, seen in training or not, and the job
     * reads rows only.
     */
    TargetModel toModel(WordStems stems, WordVectors vectors, double prune, List<String> comments) {
      int own = TargetFeatures.NUMERIC.size();
      double[] b = centred(bias, 0);
      double[] num = new double[own * 3];
      for (int k = 0; k < own; k++) {
        System.arraycopy(centred(w, k * 3), 0, num, k * 3, 3);
      }
      Map<String, double[]> rows = new HashMap<>();
      for (int f = 0; f < keys.length; f++) {
        String name = TargetFeatures.TEMPLATES.get((int) (keys[f] >>> 32)) + ":"
            + stems.stem((int) keys[f]);
        rows.put(name, Arrays.copyOfRange(w, (numeric + f) * 3, (numeric + f) * 3 + 3));
      }
      if (vectors != null) {
        for (int t = 0; t < TargetFeatures.TEMPLATES.size(); t++) {
          int base = own + t * vectors.dims;
          for (Map.Entry<String, float[]> stem : vectors.stems()) {
            double[] row = rows.computeIfAbsent(TargetFeatures.TEMPLATES.get(t) + ":" + stem.getKey(),
                k -> new double[3]);
            float[] v = stem.getValue();
            for (int d = 0; d < v.length; d++) {
              for (int c = 0; c < 3; c++) {
                row[c] += v[d] * w[(base + d) * 3 + c];
              }
            }
          }
        }
      }
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, double[]> row : rows.entrySet()) {
        double[] centred = centred(row.getValue(), 0);
        row.setValue(centred);
        if (Math.max(Math.abs(centred[0]), Math.max(Math.abs(centred[1]), Math.abs(centred[2]))) >= prune) {
          names.add(row.getKey());
        }
      }
      names.sort(null);
      int[] templates = new int[names.size()];
      String[] words = new String[names.size()];
      double[] weights = new double[names.size() * 3];
      for (int r = 0; r < names.size(); r++) {
        String name = names.get(r);
        int colon = name.indexOf(':');
        templates[r] = TargetFeatures.TEMPLATES.indexOf(name.substring(0, colon));
        words[r] = name.substring(colon + 1);
        System.arraycopy(rows.get(name), 0, weights, r * 3, 3);
      }
      return new TargetModel(round(b), round(num), templates, words, round(weights), comments);
    }

    private static double[] centred(double[] a, int offset) {
      double mean = (a[offset] + a[offset + 1] + a[offset + 2]) / 3;
      return new double[] {a[offset] - mean, a[offset + 1] - mean, a[offset + 2] - mean};
    }

    private static double[] round(double[] a) {
      double[] r = new double[a.length];
      for (int i = 0; i < a.length; i++) {
        r[i] = Double.parseDouble(TargetModel.format(a[i]));
      }
      return r;
    }
  }

  /** AdaGrad over the softmax loss with L2 on the weights a target uses; a fixed shuffle per epoch. */
  static Fit fit(List<Encoded> data, Settings s) {
    Map<Long, Integer> counts = new HashMap<>();
    for (Encoded e : data) {
      for (long key : e.words) {
        counts.merge(key, 1, Integer::sum);
      }
    }
    long[] keys = counts.entrySet().stream().filter(en -> en.getValue() >= s.minCount())
        .mapToLong(Map.Entry::getKey).sorted().toArray();
    Map<Long, Integer> index = new HashMap<>();
    for (int f = 0; f < keys.length; f++) {
      index.put(keys[f], f);
    }
    Fit fit = new Fit(numericFeatures(s.vectorDims()), index, keys);
    int numeric = fit.numeric;
    // Each target as (index, value) pairs over numeric then word features.
    int[][] idx = new int[data.size()][];
    double[][] val = new double[data.size()][];
    for (int i = 0; i < data.size(); i++) {
      Encoded e = data.get(i);
      Map<Integer, Double> x = new HashMap<>();
      for (int k = 0; k < numeric; k++) {
        if (e.numeric[k] != 0) {
          x.put(k, e.numeric[k]);
        }
      }
      for (long key : e.words) {
        Integer f = index.get(key);
        if (f != null) {
          x.merge(numeric + f, 1.0, Double::sum);
        }
      }
      int[] ix = x.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      double[] vx = new double[ix.length];
      for (int j = 0; j < ix.length; j++) {
        vx[j] = x.get(ix[j]);
      }
      idx[i] = ix;
      val[i] = vx;
    }
    adagrad(fit.w, fit.bias, idx, val, data, s);
    return fit;
  }

  /** AdaGrad over the softmax loss, the targets in a new random order (from the seed) every epoch. */
  private static void adagrad(double[] w, double[] b, int[][] idx, double[][] val, List<Encoded> data, Settings s) {
    int numeric = TargetFeatures.NUMERIC.size();
    int withVectors = numericFeatures(s.vectorDims());
    double[] g2 = new double[w.length];
    double[] gb2 = new double[3];
    double[] z = new double[3];
    double[] p = new double[3];
    int[] order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(s.seed());
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int o : order) {
        int[] ix = idx[o];
        double[] vx = val[o];
        System.arraycopy(b, 0, z, 0, 3);
        for (int j = 0; j < ix.length; j++) {
          int base = ix[j] * 3;
          z[0] += vx[j] * w[base];
          z[1] += vx[j] * w[base + 1];
          z[2] += vx[j] * w[base + 2];
        }
        TargetSentiment.softmax(z, p);
        int label = data.get(o).label;
        for (int c = 0; c < 3; c++) {
          double g = p[c] - (c == label ? 1 : 0);
          gb2[c] += g * g;
          b[c] -= s.numericRate() * g / Math.sqrt(gb2[c] + 1e-8);
          for (int j = 0; j < ix.length; j++) {
            int k = ix[j] * 3 + c;
            double grad = g * vx[j] + s.l2() * w[k];
            g2[k] += grad * grad;
            double rate = ix[j] < numeric ? s.numericRate() : ix[j] < withVectors ? s.vectorRate() : s.rate();
            w[k] -= rate * grad / Math.sqrt(g2[k] + 1e-8);
          }
        }
      }
    }
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
