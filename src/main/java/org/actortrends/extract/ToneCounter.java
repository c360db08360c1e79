package org.actortrends.extract;

/**
 * Counts the positive and negative words of a tokenized document into a {@link Tone}. Shares the scorer's
 * lexicon; holds no scratch state, so it is safe to share between threads.
 */
public final class ToneCounter {
  private final SentimentScorer scorer;
  private final boolean respectNegation;

  /**
   * With {@code respectNegation} a word counts on the side its valence lands on after the negations and other
   * shifters before it ("not good" is negative); without, each word counts by its lexicon valence, as GDELT does.
   */
  public ToneCounter(SentimentScorer scorer, boolean respectNegation) {
    this.scorer = scorer;
    this.respectNegation = respectNegation;
  }

  /** The tone of all of {@code tokens}, in percent of {@link Tokens#wordCount()}. */
  public Tone count(Tokens tokens) {
    int positive = 0;
    int negative = 0;
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      int from = tokens.sentenceStart(s);
      int to = tokens.sentenceEnd(s);
      for (int i = from; i < to; i++) {
        if (!tokens.isWord(i)) {
          continue;
        }
        double v = respectNegation
            ? scorer.valence(tokens, i, from, to, false)
            : scorer.lexicon().valence(tokens.id(i));
        positive += v > 0 ? 1 : 0;
        negative += v < 0 ? 1 : 0;
      }
    }
    return Tone.of(positive, negative, tokens.wordCount());
  }
}
