package org.actortrends.extract;

/**
 * The contextual sentiment scorers, which share one encoding of each sentence ({@link SentenceEncoder}): toward a
 * target, the fast model's class probabilities read again with the encoder's vectors of the target and of its
 * sentence ({@link ContextualTargetModel}); of a whole sentence, a regression on its mean vector
 * ({@link ContextualSentenceModel}). More accurate on news they were not trained on (README, "Accuracy"), and about
 * a thousand times slower per sentence: the job uses them only when asked ({@code --sentimentModel=contextual}).
 * A sentence is encoded only when a target in it is one the fast model is not sure of, or its score is asked for,
 * and a sentence read lately is not encoded again: its answers are kept ({@link ScoredSentences}). One per thread.
 */
public final class ContextualSentiment implements AutoCloseable {
  /** Sentences kept scored: about 400 bytes each, some 26 MB at most a scorer. */
  public static final int CACHED_SENTENCES = 65_536;

  private final SentenceEncoder encoder = new SentenceEncoder();
  private final ContextualTargetModel targets;
  private final ContextualSentenceModel sentences;
  private final ScoredSentences cache;
  private final float[] target = new float[SentenceEncoder.DIMS];
  private final float[] sentence = new float[SentenceEncoder.DIMS];
  private final double[] x = new double[ContextualTargetModel.FEATURES];
  /** The text of the sentence last begun. */
  private String begun;
  /** Its score and answers, once read or found kept; null until then. */
  private ScoredSentences.Sentence current;
  /** The text the encoder holds (pieces, and its mean in {@link #sentence}), or null. */
  private String encoded;

  /** Scorers that keep up to {@code cachedSentences} sentences scored (0: none). */
  public ContextualSentiment(ContextualTargetModel targets, ContextualSentenceModel sentences, int cachedSentences) {
    this.targets = targets;
    this.sentences = sentences;
    this.cache = new ScoredSentences(cachedSentences);
  }

  /** The bundled models, keeping {@link #CACHED_SENTENCES} sentences. */
  public static ContextualSentiment standard() {
    return new ContextualSentiment(ContextualTargetModel.standard(), ContextualSentenceModel.standard(),
        CACHED_SENTENCES);
  }

  /**
   * Begins a sentence; targets are then given by their characters in it. It is read (encoded) only when something
   * needs it: its score, or a target the fast model is not sure of ({@link ContextualTargetModel#FAST_CONFIDENT}).
   */
  public void beginSentence(String text) {
    begun = text;
    current = cache.get(text);
  }

  /** The score in (-1, 1) of the sentence last begun, on the scale of the fast sentence score. */
  public double sentenceScore() {
    return read().score;
  }

  /** Reads {@code text} as one sentence and gives its score. */
  public double scoreSentence(String text) {
    beginSentence(text);
    return sentenceScore();
  }

  /**
   * The class probabilities toward characters {@code [from, to)} of the sentence, given the fast model's
   * {@code fast}, into {@code out}: the fast ones when the fast model is sure of them, or when the encoder did not
   * read that far into a long sentence.
   */
  public void probabilities(double[] fast, int from, int to, double[] out) {
    if (ContextualTargetModel.trustsFast(fast, ContextualTargetModel.FAST_CONFIDENT)) {
      System.arraycopy(fast, 0, out, 0, TargetModel.CLASSES);
      return;
    }
    ScoredSentences.Sentence s = read();
    if (s.answer(from, to, fast, out)) {
      return;
    }
    if (!s.text.equals(encoded)) { // a kept sentence, with a target not asked of it before
      encode(s.text);
    }
    if (encoder.spanMean(from, to, target)) {
      ContextualTargetModel.features(fast, target, sentence, x);
      targets.probabilities(x, out);
    } else {
      System.arraycopy(fast, 0, out, 0, TargetModel.CLASSES);
    }
    s.keepAnswer(from, to, fast, out);
  }

  /** The sentence begun, encoded and kept unless it was found kept. */
  private ScoredSentences.Sentence read() {
    if (current == null) {
      encode(begun);
      current = cache.add(begun, sentences.score(sentence));
    }
    return current;
  }

  /** Sentences begun and found kept, and sentences encoded and kept, since this was made. */
  public long[] cacheCounts() {
    return new long[] {cache.hits(), cache.misses()};
  }

  private void encode(String text) {
    encoder.encode(text);
    encoder.sentenceMean(sentence);
    encoded = text;
  }

  @Override
  public void close() {
    encoder.close();
  }
}
