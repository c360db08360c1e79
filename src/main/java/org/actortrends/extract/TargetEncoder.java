package org.actortrends.extract;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns labelled targets into what {@link TargetFit} fits: {@link TargetFeatures} with a vocabulary that knows every
 * word of the examples, so each word has an id, and with word vectors, the sum of the vectors of each template's
 * words. For {@link TargetTrainer}; not thread-safe.
 */
final class TargetEncoder {
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

  TargetEncoder(List<TargetTrainer.Example> examples, WordVectors vectors) {
    this.vectors = vectors;
    this.numeric = numericFeatures(vectors == null ? 0 : vectors.dims);
    SentimentScorer scorer = new SentimentScorer(vocabulary);
    features = new TargetFeatures(vocabulary, scorer, stems);
    tokenizer = new Tokenizer(vocabulary);
    Set<String> sentences = new LinkedHashSet<>();
    for (TargetTrainer.Example e : examples) {
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

  Encoded encode(TargetTrainer.Example e) {
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

  /** Numeric features of a target: TargetFeatures' own, then a block of word vector sums per template. */
  static int numericFeatures(int vectorDims) {
    return TargetFeatures.NUMERIC.size() + TargetFeatures.TEMPLATES.size() * vectorDims;
  }
}
