package org.actortrends.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The generator's own reading of text into words, stated from the counting rules (README, "How extraction works";
 * the answer key's README), to decide which forms it can plant and what its own sentences could name:
 *
 * <ul>
 *   <li>a line that starts with a boilerplate phrase is not read; a caption prefix is skipped and the caption read
 *       ({@link MatchingRules#BOILERPLATE_LINE_STARTS}, {@link MatchingRules#CAPTION_PREFIXES});
 *   <li>a word is a run of letters and digits, folded ({@link Fold}); an apostrophe between letters stays in it
 *       ("O'Brien"); a final "'s", or "'" after an s, is a possessive, cut off and flagged ("Trump’s" is "trump");
 *   <li>single letters each followed by a dot are one word ("U.S." is "us", its last dot included); the dot after
 *       any other one-letter word is punctuation ("W." of "George W. Bush");
 *   <li>a hyphen straight between two words joins them, both words read ("Trump-Putin");
 *   <li>a number keeps its decimal point and thousands commas ("3.5", "1,000");
 *   <li>everything else but spaces is a punctuation mark.
 * </ul>
 *
 * <p>It reads only what the generator needs: no sentences, since no counting rule depends on them.
 */
final class WordSplitter {
  private final ToIntFunction<String> wordIds;

  /** {@code wordIds} gives the id of a folded word, or -1. */
  WordSplitter(ToIntFunction<String> wordIds) {
    this.wordIds = wordIds;
  }

  /** The folded words and numbers of a dictionary phrase. */
  List<String> foldedWords(String phrase) {
    SplitText split = split(phrase);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < split.size(); i++) {
      if (!split.isPunct(i)) {
        out.add(split.folded(i));
      }
    }
    return out;
  }

  SplitText split(String text) {
    SplitText out = new SplitText(text);
    int n = text.length();
    int i = 0;
    boolean lineStart = true;
    int flags = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lineStart = true;
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      if (lineStart) {
        lineStart = false;
        flags = SplitText.LINE_START;
        if (startsWithAny(text, i, MatchingRules.BOILERPLATE_LINE_STARTS) != null) {
          while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
          }
          continue;
        }
        String caption = startsWithAny(text, i, MatchingRules.CAPTION_PREFIXES);
        if (caption != null) {
          i += caption.length();
          continue;
        }
      }
      if (Character.isLetterOrDigit(c)) {
        i = word(text, i, flags, out);
        flags = 0;
        if (i + 1 < n && isJoiningHyphen(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
          flags = SplitText.AFTER_HYPHEN;
          i++;
        }
        continue;
      }
      if (!Fold.isAccent(c)) {
        char mark = isDoubleQuote(c) ? '"' : Fold.isApostrophe(c) ? '\'' : c;
        out.add(i, i + 1, SplitText.Type.PUNCT, null, -1, flags, mark);
        flags = 0;
      }
      i++;
    }
    return out;
  }

  /** Reads the word or number at {@code from} into {@code out}; returns where reading goes on. */
  private int word(String text, int from, int flags, SplitText out) {
    int n = text.length();
    int acronymEnd = acronymEnd(text, from);
    StringBuilder folded = new StringBuilder();
    int letters = 0;
    int end;
    int resume;
    if (acronymEnd > 0) {
      for (int j = from; j < acronymEnd; j += 2) {
        folded.append(Fold.fold(text.charAt(j)));
      }
      letters = folded.length();
      end = acronymEnd;
      resume = acronymEnd;
    } else {
      int j = from;
      int possessiveAt = -1;
      while (j < n) {
        char ch = text.charAt(j);
        if (Character.isLetterOrDigit(ch)) {
          letters += Character.isLetter(ch) ? 1 : 0;
          folded.append(Fold.fold(ch));
          j++;
        } else if (Fold.isAccent(ch)) {
          j++;
        } else if (Fold.isApostrophe(ch) && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
          boolean finalS = Character.toLowerCase(text.charAt(j + 1)) == 's'
              && (j + 2 >= n || !Character.isLetterOrDigit(text.charAt(j + 2)));
          if (finalS) {
            possessiveAt = j;
            j += 2;
            break;
          }
          folded.append('\'');
          j++;
        } else if (Fold.isApostrophe(ch) && letters > 1 && folded.charAt(folded.length() - 1) == 's') {
          possessiveAt = j; // "the Sanders' plan"
          j++;
          break;
        } else if ((ch == '.' || ch == ',') && letters == 0 && j + 1 < n && Character.isDigit(text.charAt(j + 1))) {
          folded.append(ch);
          j++;
        } else {
          break;
        }
      }
      end = possessiveAt >= 0 ? possessiveAt : j;
      resume = j;
      if (possessiveAt >= 0) {
        flags |= SplitText.POSSESSIVE;
      }
    }
    char first = text.charAt(from);
    if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
      flags |= SplitText.CAPITALIZED;
    }
    String word = folded.toString();
    SplitText.Type type = letters > 0 ? SplitText.Type.WORD : SplitText.Type.NUMBER;
    out.add(from, end, type, word, wordIds.applyAsInt(word), flags, '\0');
    return resume;
  }

  /** The end of "U.S.", "J.D.", "e.g." (two or more single letters, each with its dot) at {@code from}, or -1. */
  private static int acronymEnd(String text, int from) {
    int j = from;
    while (j + 1 < text.length() && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
        && (j + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 2))
            || j + 3 < text.length() && text.charAt(j + 3) == '.')) {
      j += 2;
    }
    return j - from >= 4 ? j : -1;
  }

  /** The folded phrase of {@code phrases} that the text starts with at {@code at}, or null. */
  private static String startsWithAny(String text, int at, List<String> phrases) {
    for (String phrase : phrases) {
      if (at + phrase.length() <= text.length() && Fold.fold(text.substring(at, at + phrase.length())).equals(phrase)) {
        return phrase;
      }
    }
    return null;
  }

  private static boolean isJoiningHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }

  private static boolean isDoubleQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
        || c == '\u00BB';
  }
}
