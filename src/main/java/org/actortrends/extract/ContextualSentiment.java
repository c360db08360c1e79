package org.actortrends.extract;

/**
 * The contextual sentiment scorers, which share one encoding of each sentence ({@link SentenceEncoder}): toward a
 * target, the fast model's class probabilities read again with the encoder's vectors of the target and of its
 * sentence ({@link ContextualTargetModel}); of a whole sentence, a regression on its mean vector
 * ({@link ContextualSentenceModel}). More accurate on news they were not trained on (README, "Accuracy"), and about
 * a thousand times slower per sentence: the job uses them only when asked ({@code --sentimentModel=contextual}).
 * A sentence read lately is not encoded again: its answers are kept ({@link ScoredSentences}). One per thread.
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
  /** The sentence last begun. */
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

  /** Reads a sentence (or finds it read); targets are then given by their characters in it. */
  public void beginSentence(String text) {
    current = cache.get(text);
    if (current == null) {
      encode(text);
      current = cache.add(text, sentences.score(sentence));
    }
  }

  /** The score in (-1, 1) of the sentence last read, on the scale of the fast sentence score. */
  public double sentenceScore() {
    return current.score;
  }

  /** Reads {@code text} as one sentence and gives its score. */
  public double scoreSentence(String text) {
    beginSentence(text);
    return sentenceScore();
  }

  /**
   * The class probabilities toward characters {@code [from, to)} of the sentence, given the fast model's
   * {@code fast}, into {@code out}; the fast ones when the encoder did not read that far into a long sentence.
   */
  public void probabilities(double[] fast, int from, int to, double[] out) {
    if (current.answer(from, to, fast, out)) {
      return;
    }
    if (!current.text.equals(encoded)) { // a kept sentence, with a target not asked of it before
      encode(current.text);
    }
    if (encoder.spanMean(from, to, target)) {
      ContextualTargetModel.features(fast, target, sentence, x);
      targets.probabilities(x, out);
    } else {
      System.arraycopy(fast, 0, out, 0, TargetModel.CLASSES);
    }
    current.keepAnswer(from, to, fast, out);
  }

  /** Sentences found kept, and sentences read anew (encoded), since this was made. */
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
