package org.actortrends.extract;

import java.text.Normalizer;

/**
 * Folds characters for matching: lower case, diacritics removed, typographic apostrophes, quotes and hyphens
 * unified. "Erdoğan" and "Erdogan", "Zelenskyy’s" and "Zelenskyy's" fold to the same keys.
 *
 * <p>The table is computed once from {@link Normalizer}, so the hot path is one array load per character.
 */
public final class TextFold {
  private static final int TABLE_SIZE = 0x0530; // Latin, Latin Extended A/B, IPA, Greek, Cyrillic
  private static final char[] TABLE = new char[TABLE_SIZE];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      char lower = Character.toLowerCase((char) c);
      String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
      TABLE[c] = decomposed.isEmpty() ? lower : decomposed.charAt(0);
    }
    // Letters that have no decomposition but an obvious base letter.
    fix('ł', 'l'); fix('Ł', 'l'); fix('ø', 'o'); fix('Ø', 'o'); fix('đ', 'd'); fix('Đ', 'd');
    fix('ß', 's'); fix('æ', 'a'); fix('Æ', 'a'); fix('œ', 'o'); fix('Œ', 'o'); fix('ı', 'i');
    fix('ħ', 'h'); fix('þ', 't');
  }

  // Character classes of ASCII, looked up instead of asking java.lang.Character for every character.
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte UPPER = 4;
  private static final byte SPACE = 8;
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
          | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : 0));
    }
  }

  /** A letter or digit: part of a word or number. */
  public static boolean isWordChar(char c) {
    return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
  }

  public static boolean isLetter(char c) {
    return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
  }

  /** Upper or title case. */
  public static boolean isUpper(char c) {
    return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  public static boolean isSpace(char c) {
    return c < 128 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** A combining accent written as its own character (folded away). */
  public static boolean isCombiningMark(char c) {
    return c >= 0x300 && Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static void fix(char c, char base) {
    TABLE[c] = base;
  }

  private TextFold() {}

  /** The folded form of one character (lower case, no diacritics, unified apostrophe). */
  public static char fold(char c) {
    if (c < TABLE_SIZE) {
      return TABLE[c];
    }
    if (isApostrophe(c)) {
      return '\'';
    }
    return Character.toLowerCase(c);
  }

  /** Folds a whole string; for building dictionaries, not for the per-token path. */
  public static String fold(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(fold(s.charAt(i)));
    }
    return b.toString();
  }

  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032';
  }

  /** Hyphen-like characters that join two words when written without spaces ("Trump–Putin"). */
  public static boolean isJoiningHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }

  public static boolean isDoubleQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
        || c == '\u00BB';
  }
}
