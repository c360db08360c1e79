package org.actortrends.extract;

/**
 * GDELT-style tone of a document: the share of its words that are positive and negative, in percent of all its
 * words. {@code tone} is positive minus negative, {@code polarity} positive plus negative (how emotional the text
 * is, whichever way).
 */
public record Tone(double positivePct, double negativePct, double tone, double polarity, int wordCount) {
  public static final Tone EMPTY = new Tone(0, 0, 0, 0, 0);

  /** The tone of text in a language without a sentiment lexicon: its words counted, every share NaN. */
  public static Tone unscored(int wordCount) {
    return new Tone(Double.NaN, Double.NaN, Double.NaN, Double.NaN, wordCount);
  }

  public boolean scored() {
    return !Double.isNaN(tone);
  }

  /** The tone of {@code wordCount} words, {@code positiveWords} of them positive and {@code negativeWords} negative. */
  public static Tone of(int positiveWords, int negativeWords, int wordCount) {
    if (wordCount == 0) {
      return EMPTY;
    }
    double positive = 100.0 * positiveWords / wordCount;
    double negative = 100.0 * negativeWords / wordCount;
    return new Tone(positive, negative, positive - negative, positive + negative, wordCount);
  }
}
