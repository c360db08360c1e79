package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentimentLexiconTest {
  private final Vocabulary vocabulary = new Vocabulary();
  private final SentimentLexicon lexicon = SentimentLexicon.standard(vocabulary);

  private float valence(String word) {
    return lexicon.valence(vocabulary.id(word));
  }

  @Test
  void loadsTheVaderWords() {
    assertTrue(lexicon.size() > 7000, "size " + lexicon.size());
    assertEquals(1.9f, valence("good"));
    assertEquals(-3.5f, valence("killed"));
  }

  @Test
  void newsAdditionsOverrideVader() {
    assertTrue(valence("ceasefire") > 0);
    assertTrue(valence("invasion") < 0);
    assertEquals(0f, valence("united"));
  }

  @Test
  void emoticonsAndPhrasesAreNotAddedToTheVocabulary() {
    assertEquals(-1, vocabulary.id(":)"));
    assertEquals(-1, vocabulary.id("can't stand"));
  }

  @Test
  void unknownWordsHaveNoValence() {
    assertEquals(0f, lexicon.valence(-1));
    assertEquals(0f, lexicon.valence(vocabulary.add("brussels")));
    assertEquals(0f, lexicon.valence(vocabulary.size() + 100));
  }

  @Test
  void putFoldsTheWordAndCountsIt() {
    SentimentLexicon own = new SentimentLexicon(vocabulary);
    own.put("Élan", 2f);
    assertEquals(2f, own.valence(vocabulary.id("elan")));
    assertEquals(1, own.size());
  }
}
