package org.actortrends.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator's own reading of text, rule by rule (README, "How extraction works"). */
class WordSplitterTest {
  private static final WordSplitter SPLITTER = new WordSplitter(word -> -1);

  /** Words as folded, punctuation as itself; a possessive ends in "+s", a word after a hyphen starts with "-". */
  private static List<String> read(String text) {
    SplitText split = SPLITTER.split(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < split.size(); i++) {
      String piece = split.isPunct(i) ? String.valueOf(split.punct(i)) : split.folded(i);
      piece = (split.has(i, SplitText.AFTER_HYPHEN) ? "-" : "") + piece;
      out.add(piece + (split.has(i, SplitText.POSSESSIVE) ? "+s" : ""));
    }
    return out;
  }

  @Test
  void diacriticsAndCaseAreIgnored() {
    assertEquals(List.of("erdogan", "sanchez", "walesa"), read("Erdoğan Sánchez Wałęsa"));
    assertEquals(List.of("erdogan"), read("Erdog\u0306an")); // a combining accent
  }

  @Test
  void possessivesAreCutOffWithEitherApostrophe() {
    assertEquals(List.of("trump+s", "zelenskyy+s", "sanders+s", "plan"), read("Trump's Zelenskyy’s Sanders' plan"));
    assertEquals(List.of("o'brien"), read("O’Brien"));
  }

  @Test
  void hyphensJoinWordsThatBothCount() {
    assertEquals(List.of("the", "trump", "-putin", "summit"), read("the Trump-Putin summit"));
    assertEquals(List.of("talks", "-", "now"), read("talks - now"));
  }

  @Test
  void dottedAcronymsAreOneWordButAnInitialKeepsItsDot() {
    assertEquals(List.of("the", "us", "president"), read("the U.S. president"));
    assertEquals(List.of("jd", "vance"), read("J.D. Vance"));
    assertEquals(List.of("george", "w", ".", "bush"), read("George W. Bush"));
    SplitText split = SPLITTER.split("George W. Bush");
    assertTrue(split.isInitialDot(2));
    assertEquals(List.of("3.5", "1,000", "no", "10"), read("3.5 1,000 No 10"));
  }

  @Test
  void capitalsAreSeenAndQuotesUnified() {
    SplitText split = SPLITTER.split("“Trump card” and trump");
    assertEquals(List.of("\"", "trump", "card", "\"", "and", "trump"), read("“Trump card” and trump"));
    assertTrue(split.has(1, SplitText.CAPITALIZED));
    assertFalse(split.has(5, SplitText.CAPITALIZED));
  }

  @Test
  void boilerplateLinesAreNotReadAndCaptionPrefixesAreSkipped() {
    assertEquals(List.of("before", ".", "after", "."), read("Before.\nSign up to our Trump newsletter\nAfter."));
    SplitText split = SPLITTER.split("Text.\nOpen image in gallery Merz speaks");
    assertEquals(List.of("text", ".", "merz", "speaks"), read("Text.\nOpen image in gallery Merz speaks"));
    assertTrue(split.has(2, SplitText.LINE_START));
  }
}
