package org.actortrends.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weights of the target sentiment model: a multinomial logistic regression over {@link TargetFeatures}, with
 * the classes negative, neutral and positive. Written and read as TSV, one feature a line:
 * {@code name<TAB>negative<TAB>neutral<TAB>positive}, where the name is {@code bias}, {@code num:NAME} for a
 * numeric feature or {@code TEMPLATE:word} for a word (folded) in a position relative to the target; lines
 * starting with '#' are comments. Immutable once read: one instance serves every thread.
 */
public final class TargetModel {
  /** The model shipped in the jar, written by {@code train-targets}. */
  public static final String RESOURCE = "/sentiment/target-model.tsv";
  public static final int NEGATIVE = 0;
  public static final int NEUTRAL = 1;
  public static final int POSITIVE = 2;
  static final int CLASSES = 3;
  /** Weights are written with this many decimals. */
  static final int DECIMALS = 3;

  final double[] bias;
  /** {@code numeric[f * CLASSES + c]}. */
  final double[] numeric;
  final int[] wordTemplate;
  final String[] word;
  /** {@code wordWeights[row * CLASSES + c]}. */
  final double[] wordWeights;
  private final List<String> comments;

  TargetModel(double[] bias, double[] numeric, int[] wordTemplate, String[] word, double[] wordWeights,
      List<String> comments) {
    this.bias = bias;
    this.numeric = numeric;
    this.wordTemplate = wordTemplate;
    this.word = word;
    this.wordWeights = wordWeights;
    this.comments = List.copyOf(comments);
  }

  private static final class StandardHolder {
    static final TargetModel INSTANCE = readResource(RESOURCE);
  }

  /** The bundled model, read once per JVM (class loader) and shared by every extractor. */
  public static TargetModel standard() {
    return StandardHolder.INSTANCE;
  }

  /** Word features (lines besides the bias and the numeric ones). */
  public int wordFeatures() {
    return word.length;
  }

  public static TargetModel readResource(String resource) {
    InputStream in = TargetModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Target sentiment model resource not found: " + resource);
    }
    try (in) {
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  public static TargetModel read(InputStream in, String source) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    double[] bias = new double[CLASSES];
    double[] numeric = new double[TargetFeatures.NUMERIC.size() * CLASSES];
    Map<String, Integer> numericIndex = index(TargetFeatures.NUMERIC);
    Map<String, Integer> templateIndex = index(TargetFeatures.TEMPLATES);
    List<Integer> templates = new ArrayList<>();
    List<String> words = new ArrayList<>();
    double[] weights = new double[1024];
    List<String> comments = new ArrayList<>();
    int lineNo = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        comments.add(line);
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 1 + CLASSES) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": expected 4 tab-separated fields");
      }
      double[] w = new double[CLASSES];
      for (int c = 0; c < CLASSES; c++) {
        w[c] = Double.parseDouble(f[1 + c]);
      }
      String name = f[0];
      int colon = name.indexOf(':');
      if (name.equals("bias")) {
        System.arraycopy(w, 0, bias, 0, CLASSES);
      } else if (name.startsWith("num:")) {
        Integer k = numericIndex.get(name.substring(4));
        if (k == null) {
          throw new IllegalArgumentException(source + ":" + lineNo + ": unknown numeric feature " + name);
        }
        System.arraycopy(w, 0, numeric, k * CLASSES, CLASSES);
      } else if (colon > 0 && templateIndex.containsKey(name.substring(0, colon)) && colon + 1 < name.length()) {
        int row = words.size();
        templates.add(templateIndex.get(name.substring(0, colon)));
        words.add(name.substring(colon + 1));
        if ((row + 1) * CLASSES > weights.length) {
          weights = Arrays.copyOf(weights, weights.length * 2);
        }
        System.arraycopy(w, 0, weights, row * CLASSES, CLASSES);
      } else {
        throw new IllegalArgumentException(source + ":" + lineNo + ": unknown feature " + name);
      }
    }
    return new TargetModel(bias, numeric, templates.stream().mapToInt(Integer::intValue).toArray(),
        words.toArray(new String[0]), Arrays.copyOf(weights, words.size() * CLASSES), comments);
  }

  private static Map<String, Integer> index(List<String> names) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      m.put(names.get(i), i);
    }
    return m;
  }

  /** Writes the model as TSV with {@link #DECIMALS} decimals; the same model gives the same bytes. */
  public void write(Writer out) throws IOException {
    for (String c : comments) {
      out.write(c);
      out.write('\n');
    }
    line(out, "bias", bias, 0);
    for (int k = 0; k < TargetFeatures.NUMERIC.size(); k++) {
      line(out, "num:" + TargetFeatures.NUMERIC.get(k), numeric, k * CLASSES);
    }
    for (int r = 0; r < word.length; r++) {
      line(out, TargetFeatures.TEMPLATES.get(wordTemplate[r]) + ":" + word[r], wordWeights, r * CLASSES);
    }
  }

  private static void line(Writer out, String name, double[] w, int offset) throws IOException {
    out.write(name);
    for (int c = 0; c < CLASSES; c++) {
      out.write('\t');
      out.write(format(w[offset + c]));
    }
    out.write('\n');
  }

  static String format(double v) {
    String s = String.format(Locale.ROOT, "%." + DECIMALS + "f", v);
    return s.equals("-0." + "0".repeat(DECIMALS)) ? s.substring(1) : s;
  }

  /** The weights bound to the ids of one vocabulary, for fast scoring: see {@link #bind}. */
  static final class Bound {
    final double[] bias;
    final double[] numeric;
    /** Model word index of each vocabulary id, or -1. */
    final int[] wordOfId;
    /** {@code rowOf[template][modelWord]}: the weight row, or -1. */
    final int[][] rowOf;
    final double[] weights;
    /** The SL and SR rows by vocabulary id (-1 for none), looked up for every word of a sentence. */
    final int[] leftRowOfId;
    final int[] rightRowOfId;

    Bound(double[] bias, double[] numeric, int[] wordOfId, int[][] rowOf, double[] weights) {
      this.bias = bias;
      this.numeric = numeric;
      this.wordOfId = wordOfId;
      this.rowOf = rowOf;
      this.weights = weights;
      leftRowOfId = new int[wordOfId.length];
      rightRowOfId = new int[wordOfId.length];
      for (int id = 0; id < wordOfId.length; id++) {
        leftRowOfId[id] = row(TargetFeatures.T_SENTENCE_LEFT, id);
        rightRowOfId[id] = row(TargetFeatures.T_SENTENCE_RIGHT, id);
      }
    }

    /** The SL row of vocabulary id {@code id}, or -1. */
    int leftRow(int id) {
      return id >= 0 && id < leftRowOfId.length ? leftRowOfId[id] : -1;
    }

    /** The SR row of vocabulary id {@code id}, or -1. */
    int rightRow(int id) {
      return id >= 0 && id < rightRowOfId.length ? rightRowOfId[id] : -1;
    }

    int row(int template, int id) {
      if (id < 0 || id >= wordOfId.length) {
        return -1;
      }
      int w = wordOfId[id];
      return w < 0 ? -1 : rowOf[template][w];
    }
  }

  /**
   * Adds the model's words to {@code vocabulary} (so call it while the kernel is built, before any text is
   * tokenized) and indexes the weights by their ids. A form ending in "'s" the vocabulary does not know yet is left
   * out: adding it would change how the tokenizer splits possessives.
   */
  Bound bind(Vocabulary vocabulary) {
    Map<String, Integer> modelWord = new HashMap<>();
    int[] idOfModelWord = new int[word.length];
    int distinct = 0;
    int[] wordIndexOfRow = new int[word.length];
    for (int r = 0; r < word.length; r++) {
      Integer w = modelWord.get(word[r]);
      if (w == null) {
        int id = vocabulary.id(word[r]);
        if (id < 0 && !word[r].endsWith("'s")) {
          id = vocabulary.add(word[r]);
        }
        w = distinct++;
        modelWord.put(word[r], w);
        idOfModelWord[w] = id;
      }
      wordIndexOfRow[r] = w;
    }
    int[] wordOfId = new int[vocabulary.size()];
    Arrays.fill(wordOfId, -1);
    for (int w = 0; w < distinct; w++) {
      if (idOfModelWord[w] >= 0) {
        wordOfId[idOfModelWord[w]] = w;
      }
    }
    int[][] rowOf = new int[TargetFeatures.TEMPLATES.size()][distinct];
    for (int[] rows : rowOf) {
      Arrays.fill(rows, -1);
    }
    for (int r = 0; r < word.length; r++) {
      rowOf[wordTemplate[r]][wordIndexOfRow[r]] = r;
    }
    return new Bound(bias, numeric, wordOfId, rowOf, wordWeights);
  }
}
