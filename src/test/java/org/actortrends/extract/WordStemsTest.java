package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordStemsTest {
  private final Vocabulary vocabulary = new Vocabulary();
  private final Tokens tokens = new Tokens();

  private Tokens tokenize(String text) {
    new Tokenizer(vocabulary).tokenize(text, tokens);
    return tokens;
  }

  @Test
  void formsOfOneWordShareAStemWhetherTheVocabularyKnowsThemOrNot() {
    vocabulary.add("criticized");
    WordStems stems = WordStems.learning(vocabulary);
    Tokens t = tokenize("Criticized, criticizes, CRITICIZING; the U.S. criticize");
    int stem = stems.of(t, 0);
    assertTrue(t.id(0) >= 0);
    assertEquals("critic", stems.stem(stem));
    for (int i : new int[] {2, 4, 8}) {
      assertEquals(-1, t.id(i), t.surface(i));
      assertEquals(stem, stems.of(t, i), t.surface(i));
    }
    assertEquals("us", stems.stem(stems.of(t, 7)), "the dots of an acronym are not part of its word");
  }

  @Test
  void possessivesAndAccentsAreFoldedAsTheTokenizerFoldsThem() {
    WordStems stems = WordStems.learning(vocabulary);
    Tokens t = tokenize("The minister\u2019s café");
    assertEquals("minist", stems.stem(stems.of(t, 1)));
    assertEquals("cafe", stems.stem(stems.of(t, 2)));
  }

  @Test
  void aKnownTableGivesNoIdToAStemItDoesNotHold() {
    Vocabulary known = new Vocabulary();
    known.add("prais");
    WordStems stems = WordStems.known(vocabulary, known);
    Tokens t = tokenize("They praised and praise him");
    assertEquals(0, stems.of(t, 1));
    assertEquals(0, stems.of(t, 3));
    assertEquals(-1, stems.of(t, 2));
    assertEquals(1, known.size(), "looking up adds nothing");
  }

  @Test
  void unknownWordsKeepTheirStemsWhenTheMemoFillsUp() {
    WordStems stems = WordStems.learning(vocabulary);
    Tokens t = tokenize("grumbled grumbles");
    int grumbl = stems.of(t, 0);
    assertEquals(grumbl, stems.of(t, 1));
    StringBuilder many = new StringBuilder();
    for (int w = 0; w < WordStems.MEMO_WORDS + 10; w++) {
      many.append("zq").append(Integer.toString(w, 26).replace('0', 'x')).append(' ');
    }
    Tokens t2 = tokenize(many.toString());
    for (int i = 0; i < t2.size(); i++) {
      stems.of(t2, i);
    }
    t = tokenize("grumbles grumbled");
    assertEquals(grumbl, stems.of(t, 0));
    assertEquals(grumbl, stems.of(t, 1));
  }
}
