package org.actortrends.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Sentence sentiment read from the text encoder: a ridge regression of the human mean rating (-4..+4) on the mean
 * vector {@link SentenceEncoder} gives a sentence, squashed into (-1, 1) as {@link SentenceModel#squash} does the
 * fast sentence model's, so the two scores share a scale. Written and read as TSV ({@link WeightRows}): one line,
 * {@code rating<TAB>bias<TAB>w1 … w384}. Immutable once read.
 */
public final class ContextualSentenceModel {
  /** The model shipped in the jar, written by {@code train-sentences --contextual}. */
  public static final String RESOURCE = "/sentiment/sentence-contextual.tsv";
  private static final List<String> ROW = List.of("rating");

  final double bias;
  final double[] weights;

  ContextualSentenceModel(double bias, double[] weights) {
    if (weights.length != SentenceEncoder.DIMS) {
      throw new IllegalArgumentException("expected " + SentenceEncoder.DIMS + " weights, got " + weights.length);
    }
    this.bias = bias;
    this.weights = weights;
  }

  private static volatile ContextualSentenceModel standard;

  /** The bundled model, read once per JVM. */
  public static ContextualSentenceModel standard() {
    if (standard == null) {
      standard = of(WeightRows.readResource(RESOURCE, ROW, SentenceEncoder.DIMS + 1));
    }
    return standard;
  }

  /** The predicted mean rating of a sentence whose mean vector is {@code sentence}. */
  public double rating(float[] sentence) {
    double r = bias;
    for (int k = 0; k < SentenceEncoder.DIMS; k++) {
      r += weights[k] * sentence[k];
    }
    return r;
  }

  /** The sentence score in (-1, 1). */
  public double score(float[] sentence) {
    return SentenceModel.squash(rating(sentence));
  }

  /** The model as TSV, after {@code comments} (each written as a '#' line). */
  String toTsv(List<String> comments) {
    double[] row = new double[SentenceEncoder.DIMS + 1];
    row[0] = bias;
    System.arraycopy(weights, 0, row, 1, SentenceEncoder.DIMS);
    return WeightRows.write(comments, ROW, new double[][] {row});
  }

  public static ContextualSentenceModel read(InputStream in, String source) throws IOException {
    return of(WeightRows.read(in, source, ROW, SentenceEncoder.DIMS + 1));
  }

  private static ContextualSentenceModel of(double[][] rows) {
    return new ContextualSentenceModel(rows[0][0], java.util.Arrays.copyOfRange(rows[0], 1, rows[0].length));
  }
}
