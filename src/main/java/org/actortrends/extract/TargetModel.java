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
 * numeric feature or {@code TEMPLATE:stem} for a word in a position relative to the target, by its stem
 * ({@link WordStems}: Porter's, of the folded word); lines
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
  /** The stems of the word rows: filled here, then only read (shared by every thread). */
  final Vocabulary stems = new Vocabulary();
  /**
   * The word weights as the scorer reads them: {@code byStem[weightsAt(template, stem) + class]}, 0 where the model
   * has no row. Stem-major, so the templates of one word share a cache line or two, and floats, so the table of
   * 8 templates of some 27,000 stems (2.6 MB) keeps its hot words in cache; the weights have 3 decimals.
   */
  final float[] byStem;

  TargetModel(double[] bias, double[] numeric, int[] wordTemplate, String[] word, double[] wordWeights,
      List<String> comments) {
    this.bias = bias;
    this.numeric = numeric;
    this.wordTemplate = wordTemplate;
    this.word = word;
    this.wordWeights = wordWeights;
    this.comments = List.copyOf(comments);
    this.byStem = index(word, wordTemplate, wordWeights, stems);
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
    double[] w = new double[CLASSES];
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        comments.add(line);
        continue;
      }
      // By hand, not split and parseDouble: the file has over 100,000 lines, read at every JVM's start.
      int tab = line.indexOf('\t');
      String name = tab < 0 ? line : line.substring(0, tab);
      for (int c = 0; c < CLASSES; c++) {
        int next = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
        int end = next < 0 ? line.length() : next;
        if (tab < 0 || (c == CLASSES - 1) != (next < 0)) {
          throw new IllegalArgumentException(source + ":" + lineNo + ": expected 4 tab-separated fields");
        }
        w[c] = parseWeight(line, tab + 1, end);
        tab = next;
      }
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

  /**
   * A weight as written ({@link #format}: an optional minus, digits, a point, digits): the digits as a whole number
   * divided by a power of ten, which rounds as {@code Double.parseDouble} does (both exact, one correctly rounded
   * division); anything else goes to {@code Double.parseDouble}.
   */
  static double parseWeight(String s, int from, int to) {
    int i = from;
    boolean negative = i < to && s.charAt(i) == '-';
    if (negative) {
      i++;
    }
    long digits = 0;
    int decimals = -1;
    int count = 0;
    for (; i < to; i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9' && count < 15) {
        digits = digits * 10 + (ch - '0');
        count++;
        if (decimals >= 0) {
          decimals++;
        }
      } else if (ch == '.' && decimals < 0) {
        decimals = 0;
      } else {
        return Double.parseDouble(s.substring(from, to));
      }
    }
    if (count == 0) {
      return Double.parseDouble(s.substring(from, to)); // throws NumberFormatException
    }
    double v = decimals <= 0 ? digits : digits / POWERS_OF_TEN[decimals];
    return negative ? -v : v;
  }

  private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
      1e13, 1e14, 1e15};

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

  /** Where the weights of {@code template} for stem id {@code stem} ({@link #stems}) start in {@link #byStem}, or -1. */
  static int weightsAt(int template, int stem) {
    return stem < 0 ? -1 : (stem * TEMPLATES + template) * CLASSES;
  }

  private static final int TEMPLATES = TargetFeatures.TEMPLATES.size();

  /** The stems of {@code vocabulary}'s words and of unknown words, by this model's stem ids; one per thread. */
  WordStems stemsOf(Vocabulary vocabulary) {
    return WordStems.known(vocabulary, stems);
  }

  /** Gives each distinct word row's stem an id, in row order, and lays the rows out by stem ({@link #byStem}). */
  private static float[] index(String[] word, int[] wordTemplate, double[] wordWeights, Vocabulary stems) {
    int[] stemOfRow = new int[word.length];
    for (int r = 0; r < word.length; r++) {
      stemOfRow[r] = stems.add(word[r]);
    }
    float[] byStem = new float[stems.size() * TEMPLATES * CLASSES];
    for (int r = 0; r < word.length; r++) {
      int at = weightsAt(wordTemplate[r], stemOfRow[r]);
      for (int c = 0; c < CLASSES; c++) {
        byStem[at + c] = (float) wordWeights[r * CLASSES + c];
      }
    }
    return byStem;
  }
}
