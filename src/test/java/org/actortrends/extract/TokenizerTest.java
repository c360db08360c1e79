package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Vocabulary vocabulary = new Vocabulary();
  private final Tokenizer tokenizer = new Tokenizer(vocabulary);
  private final Tokens tokens = new Tokens();

  private List<String> sentences(String text) {
    tokenizer.tokenize(text, tokens);
    List<String> out = new ArrayList<>();
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      int from = tokens.start(tokens.sentenceStart(s));
      int to = tokens.end(tokens.sentenceEnd(s) - 1);
      out.add(text.substring(from, to));
    }
    return out;
  }

  private List<String> surfaces(String text) {
    tokenizer.tokenize(text, tokens);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      out.add(tokens.surface(i));
    }
    return out;
  }

  @Test
  void splitsSentencesButNotAfterAbbreviationsInitialsOrDecimals() {
    assertEquals(List.of("Mr. Putin met Dr. Smith on Jan. 5 in the U.S. capital.", "Prices rose 3.5 percent."),
        sentences("Mr. Putin met Dr. Smith on Jan. 5 in the U.S. capital. Prices rose 3.5 percent."));
    assertEquals(List.of("Donald J. Trump spoke.", "He left."), sentences("Donald J. Trump spoke. He left."));
  }

  @Test
  void acronymsInitialsAndNoEndASentenceBeforeATypicalOpener() {
    assertEquals(List.of("Growth was strong in the U.S.", "The euro zone lagged."),
        sentences("Growth was strong in the U.S. The euro zone lagged."));
    assertEquals(List.of("They chose Plan B.", "The vote failed."), sentences("They chose Plan B. The vote failed."));
    assertEquals(List.of("Voters said no.", "The measure failed."), sentences("Voters said no. The measure failed."));
    assertEquals(List.of("He lives at No. 10 Downing Street."), sentences("He lives at No. 10 Downing Street."));
    assertEquals(List.of("U.S. President Trump spoke."), sentences("U.S. President Trump spoke."));
  }

  @Test
  void quotesStayWithTheirSentence() {
    assertEquals(List.of("\u201CWe will win,\u201D Zelensky said.", "\u201CStop!\u201D he shouted at them."),
        sentences("\u201CWe will win,\u201D Zelensky said. \u201CStop!\u201D he shouted at them."));
    assertEquals(List.of("He said: \"It is over.\"", "Then he left."),
        sentences("He said: \"It is over.\" Then he left."));
  }

  @Test
  void everyLineEndsASentence() {
    assertEquals(List.of("German chancellor Friedrich Merz (right) at the meeting", "The talks went on."),
        sentences("German chancellor Friedrich Merz (right) at the meeting\n\nThe talks went on."));
  }

  @Test
  void possessivesWithBothApostrophesAreCutOffAndFlagged() {
    assertEquals(List.of("Trump", "plan", "and", "Zelenskyy", "reply"), surfaces("Trump's plan and Zelenskyy\u2019s reply"));
    assertTrue(tokens.has(0, Tokens.POSSESSIVE));
    assertTrue(tokens.has(3, Tokens.POSSESSIVE));
    assertFalse(tokens.has(1, Tokens.POSSESSIVE));
  }

  @Test
  void knownContractionsStayWhole() {
    vocabulary.add("don't");
    vocabulary.add("it's");
    assertEquals(List.of("don\u2019t", "it's", "O'Brien"), surfaces("don\u2019t it's O'Brien"));
  }

  @Test
  void hyphensSplitAndFlagTheRightSide() {
    assertEquals(List.of("the", "Trump", "Putin", "summit"), surfaces("the Trump\u2013Putin summit"));
    assertTrue(tokens.has(2, Tokens.AFTER_HYPHEN));
    assertEquals(List.of("al", "Sharaa", "-", "a"), surfaces("al-Sharaa - a"));
  }

  @Test
  void foldsDiacriticsCaseAndDottedAcronyms() {
    int erdogan = vocabulary.add("erdogan");
    int us = vocabulary.add("us");
    tokenizer.tokenize("Erdoğan ERDOGAN U.S. US", tokens);
    assertEquals(erdogan, tokens.id(0));
    assertEquals(erdogan, tokens.id(1));
    assertEquals(us, tokens.id(2));
    assertEquals(us, tokens.id(3));
    assertTrue(tokens.has(1, Tokens.ALL_CAPS));
    assertTrue(tokens.has(0, Tokens.CAPITALIZED));
    assertEquals(-1, vocabulary.id("unknownword"));
  }

  @Test
  void boilerplateLinesAreSkippedAndCaptionPrefixesDropped() {
    List<String> s = sentences("Your support helps us report on Trump. Donate now\n"
        + "open image in gallery Merz at the summit ( Getty )\nThe talks began.");
    assertEquals(List.of("Merz at the summit ( Getty )", "The talks began."), s);
    assertEquals(8, tokens.wordCount());
  }

  @Test
  void numbersAndWords() {
    tokenizer.tokenize("It cost 1,000 dollars", tokens);
    assertEquals(Tokens.NUMBER, tokens.type(2));
    assertEquals("1,000", tokens.surface(2));
    assertEquals(3, tokens.wordCount());
  }

  @Test
  void emptyAndWhitespaceTexts() {
    tokenizer.tokenize("", tokens);
    assertEquals(0, tokens.size());
    assertEquals(0, tokens.sentenceCount());
    tokenizer.tokenize(" \n\r\n\t ", tokens);
    assertEquals(0, tokens.sentenceCount());
  }
}
