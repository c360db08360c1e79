package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ToneTest {
  private final Vocabulary vocabulary = new Vocabulary();
  private final SentimentScorer scorer = new SentimentScorer(vocabulary);
  private final Tokenizer tokenizer = new Tokenizer(vocabulary);
  private final Tokens tokens = new Tokens();

  // 9 words: "good" twice (positive), "failed" (negative); the numbers and punctuation are not words.
  private static final String TEXT = "The good plan failed in 2024. It was not good!";

  @Test
  void percentagesOfAllWords() {
    tokenizer.tokenize(TEXT, tokens);
    Tone tone = new ToneCounter(scorer, false).count(tokens);
    assertEquals(9, tone.wordCount());
    assertEquals(200.0 / 9, tone.positivePct(), 1e-9);
    assertEquals(100.0 / 9, tone.negativePct(), 1e-9);
    assertEquals(100.0 / 9, tone.tone(), 1e-9);
    assertEquals(300.0 / 9, tone.polarity(), 1e-9);
  }

  @Test
  void negatedWordsCountOnTheOtherSide() {
    tokenizer.tokenize(TEXT, tokens);
    Tone tone = new ToneCounter(scorer, true).count(tokens);
    assertEquals(100.0 / 9, tone.positivePct(), 1e-9);
    assertEquals(200.0 / 9, tone.negativePct(), 1e-9);
    assertEquals(-100.0 / 9, tone.tone(), 1e-9);
  }

  @Test
  void emptyTextHasZeroTone() {
    tokenizer.tokenize("", tokens);
    assertEquals(Tone.EMPTY, new ToneCounter(scorer, true).count(tokens));
    assertEquals(Tone.EMPTY, Tone.of(0, 0, 0));
  }
}
