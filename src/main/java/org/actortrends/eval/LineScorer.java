package org.actortrends.eval;

import org.actortrends.extract.SentimentScorer;
import org.actortrends.extract.Tokenizer;
import org.actortrends.extract.Tokens;
import org.actortrends.extract.Vocabulary;

/**
 * The project's sentence score of a whole line of text, as VADER scores a line: tokenized by the kernel's
 * {@link Tokenizer} and scored by {@link SentimentScorer#scoreSentence} over all its tokens, even when the tokenizer
 * splits it into several sentences. Not thread-safe (it reuses one {@link Tokens}).
 */
public final class LineScorer {
  private final SentimentScorer scorer;
  private final Tokenizer tokenizer;
  private final Tokens tokens = new Tokens();

  public LineScorer() {
    // The documented order: the scorer adds its words to the vocabulary before the tokenizer reads any text.
    Vocabulary vocabulary = new Vocabulary();
    scorer = new SentimentScorer(vocabulary);
    tokenizer = new Tokenizer(vocabulary);
  }

  /** The compound score in [-1, 1] of {@code text}. */
  public double score(String text) {
    tokenizer.tokenize(text, tokens);
    return scorer.scoreSentence(tokens, 0, tokens.size());
  }
}
