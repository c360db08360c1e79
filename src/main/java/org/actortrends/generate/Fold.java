package org.actortrends.generate;

import java.text.Normalizer;
import java.util.Map;

/**
 * Case and diacritics, as the counting rules ignore them ("Erdoğan" = "Erdogan", "Trump’s" = "Trump's": README,
 * "How extraction works", and the answer key's rule 1): lower case, accents taken off, every apostrophe one. The
 * generator's own statement, used to decide which of its forms could be read as which dictionary phrase.
 */
final class Fold {
  /** Letters with no accent to take off but an obvious base letter. */
  private static final Map<Character, Character> BASE_LETTERS = Map.ofEntries(
      Map.entry('ł', 'l'), Map.entry('ø', 'o'), Map.entry('đ', 'd'), Map.entry('ß', 's'), Map.entry('æ', 'a'),
      Map.entry('œ', 'o'), Map.entry('ı', 'i'), Map.entry('ħ', 'h'), Map.entry('þ', 't'));

  private Fold() {}

  static char fold(char c) {
    if (isApostrophe(c)) {
      return '\'';
    }
    char lower = Character.toLowerCase(c);
    Character base = BASE_LETTERS.get(lower);
    if (base != null) {
      return base;
    }
    String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
    return decomposed.isEmpty() ? lower : decomposed.charAt(0);
  }

  static String fold(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(fold(s.charAt(i)));
    }
    return b.toString();
  }

  /** An accent written as a character of its own: ignored, like the accent of a composed letter. */
  static boolean isAccent(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032';
  }
}
