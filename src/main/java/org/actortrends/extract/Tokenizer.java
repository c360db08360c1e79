package org.actortrends.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word, number and punctuation tokens and the tokens into sentences, in one pass over the
 * characters, with no regular expressions and no allocation per token.
 *
 * <ul>
 *   <li>Words keep inner apostrophes ("don't", "O'Brien"); a possessive "'s" or trailing "'" is cut off and
 *       flagged ("Trump’s" is "trump"), unless the vocabulary knows the whole form ("it's").
 *   <li>Hyphens split words but flag the right side ("Trump-Putin" is two words, both matchable).
 *   <li>Dotted acronyms are one word without dots ("U.S." folds to "us"); decimals are one number ("3.5").
 *   <li>Sentences end at . ! ? … (with any closing quotes) before a capital, a quote or a new line, but not after
 *       abbreviations (Mr., Dr., Jan.) or initials ("Donald J. Trump"); every line break ends a sentence.
 * </ul>
 *
 * <p>Not thread-safe: one instance per thread, reused for every text.
 */
public final class Tokenizer {
  private static final List<String> ABBREVIATIONS = List.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "st", "jr", "sr", "lt", "col", "capt", "sgt",
      "rev", "hon", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec", "inc", "ltd", "co", "corp", "fig", "approx", "ca", "cf", "adm", "maj", "brig", "pres", "supt",
      "dept", "est", "mt", "ft");
  /** Capitalised words that start a sentence even after an abbreviation, initial or acronym ("U.S. The"). */
  private static final List<String> SENTENCE_STARTERS = List.of(
      "the", "a", "an", "he", "she", "it", "we", "they", "i", "but", "in", "on", "this", "that", "there", "and",
      "his", "her", "their", "its", "our", "after", "as", "at", "for", "if", "when", "while", "however",
      "meanwhile", "yet", "so", "then", "some", "many", "most", "no");

  private final Vocabulary vocabulary;
  private final boolean[] abbreviation;
  private final boolean[] sentenceStarter;
  private final int noId;
  private char[] buf = new char[64];
  /** The text being tokenized, copied once: array reads instead of a CharSequence call per character. */
  private char[] chars = new char[4096];
  private int len;
  private int wordFlags;

  /** Adds the abbreviations it needs to {@code vocabulary}; build it before the vocabulary is shared. */
  public Tokenizer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    abbreviation = idSet(vocabulary, ABBREVIATIONS);
    sentenceStarter = idSet(vocabulary, SENTENCE_STARTERS);
    noId = vocabulary.add("no");
  }

  private static boolean[] idSet(Vocabulary vocabulary, List<String> words) {
    int[] ids = words.stream().mapToInt(vocabulary::add).toArray();
    boolean[] set = new boolean[java.util.Arrays.stream(ids).max().orElse(0) + 1];
    for (int id : ids) {
      set[id] = true;
    }
    return set;
  }

  private static boolean in(boolean[] set, int id) {
    return id >= 0 && id < set.length && set[id];
  }

  /** Tokenizes {@code text} into {@code out}, replacing what it held. */
  public void tokenize(CharSequence text, Tokens out) {
    out.clear(text);
    int n = text.length();
    char[] a = copy(text);
    int i = 0;
    boolean lineStart = true;
    int pendingFlags = 0;
    while (i < n) {
      char c = a[i];
      if (c == '\n' || c == '\r') {
        lineStart = true;
        i++;
        continue;
      }
      if (TextFold.isSpace(c)) {
        i++;
        continue;
      }
      if (lineStart) {
        int skipTo = Boilerplate.skip(text, i);
        if (skipTo != i) {
          i = skipTo;
          if (i >= n || a[i] == '\n' || a[i] == '\r') {
            continue; // a whole boilerplate line
          }
          pendingFlags = Tokens.LINE_START;
          lineStart = false;
          continue; // caption: read on after the prefix
        }
        pendingFlags = Tokens.LINE_START;
        lineStart = false;
      }
      if (TextFold.isWordChar(c)) {
        int consumed = scanWord(a, n, i);
        int end = tokenEnd;
        int flags = pendingFlags | wordFlags;
        byte type = (wordFlags & LETTERS) != 0 ? Tokens.WORD : Tokens.NUMBER;
        int hash = wordHash;
        out.add(i, end, vocabulary.id(buf, 0, len, hash), hash, type, flags & PUBLIC_FLAGS, '\0');
        if (type == Tokens.WORD) {
          out.words++;
        }
        pendingFlags = 0;
        i = consumed;
        // A hyphen straight between two words joins them.
        if (i + 1 < n && TextFold.isJoiningHyphen(a[i]) && TextFold.isWordChar(a[i + 1])) {
          pendingFlags = Tokens.AFTER_HYPHEN;
          i++;
        }
        continue;
      }
      char p = c;
      if (TextFold.isDoubleQuote(c)) {
        p = '"';
      } else if (TextFold.isApostrophe(c)) {
        p = '\'';
      }
      if (!TextFold.isCombiningMark(c)) {
        out.add(i, i + 1, -1, 0, Tokens.PUNCT, pendingFlags, p);
        pendingFlags = 0;
      }
      i++;
    }
    splitSentences(out);
  }

  /** The folded words of a dictionary phrase, as the tokenizer would see them in text. */
  public List<String> foldedWords(String phrase) {
    List<String> words = new ArrayList<>();
    char[] a = phrase.toCharArray();
    int i = 0;
    while (i < a.length) {
      if (Character.isLetterOrDigit(a[i])) {
        i = scanWord(a, a.length, i);
        words.add(new String(buf, 0, len));
      } else {
        i++;
      }
    }
    return words;
  }

  private static final int LETTERS = 1 << 20;
  private static final int PUBLIC_FLAGS = (1 << 16) - 1;
  private int tokenEnd;
  /** {@link Vocabulary#hash} of the word {@link #scanWord} left in {@code buf}, computed as it was folded. */
  private int wordHash;

  /**
   * Reads one word or number starting at {@code from}, leaving its folded form in {@code buf[0, len)}, its end
   * offset in {@code tokenEnd}, its hash in {@code wordHash} and its flags in {@code wordFlags}. Returns where scanning continues (after a
   * possessive suffix, that is past the token end).
   */
  private int scanWord(char[] text, int n, int from) {
    len = 0;
    wordFlags = 0;
    int h = Vocabulary.HASH_START; // of buf[0, len)
    int letters = 0;
    int upper = 0;
    boolean acronym = false;
    int j = from;
    int continueAt = -1;
    int possessiveAt = -1;
    while (j < n) {
      char ch = text[j];
      if (TextFold.isWordChar(ch)) {
        // A run of letters and digits, with the buffer in locals: the tokenizer's hottest loop.
        char[] b = buf;
        int l = len;
        do {
          if (TextFold.isLetter(ch)) {
            letters++;
            if (TextFold.isUpper(ch)) {
              upper++;
            }
          }
          char folded = TextFold.fold(ch);
          if (l == b.length) {
            b = buf = java.util.Arrays.copyOf(b, l * 2);
          }
          b[l++] = folded;
          h = Vocabulary.hashStep(h, folded);
        } while (++j < n && TextFold.isWordChar(ch = text[j]));
        len = l;
      } else if (TextFold.isCombiningMark(ch)) {
        j++; // a combining accent: folded away
      } else if (TextFold.isApostrophe(ch) && len > 0) {
        boolean nextIsLetter = j + 1 < n && Character.isLetter(text[j + 1]);
        if (nextIsLetter) {
          char s = text[j + 1];
          boolean endsAfterS = (s == 's' || s == 'S') && (j + 2 >= n || !Character.isLetterOrDigit(text[j + 2]));
          if (endsAfterS) {
            append('\'');
            append('s');
            if (vocabulary.id(buf, 0, len) >= 0) { // a known contraction such as "it's"
              h = Vocabulary.hashStep(Vocabulary.hashStep(h, '\''), 's');
              j += 2;
              continue;
            }
            len -= 2;
            wordFlags |= Tokens.POSSESSIVE;
            possessiveAt = j;
            continueAt = j + 2;
            break;
          }
          h = append('\'', h);
          j++;
        } else if (buf[len - 1] == 's' && letters > 1) { // "the Sanders' plan"
          wordFlags |= Tokens.POSSESSIVE;
          possessiveAt = j;
          continueAt = j + 1;
          break;
        } else {
          break;
        }
      } else if ((ch == '.' || ch == ',') && letters == 0 && j + 1 < n && Character.isDigit(text[j + 1])) {
        h = append(ch, h); // 3.5, 1,000
        j++;
      } else if (ch == '.' && isAcronymDot(text, n, j, from, acronym)) {
        acronym = true;
        j++;
        if (j >= n || !Character.isLetter(text[j])) {
          break; // the final dot of "U.S." belongs to the acronym
        }
      } else if (ch == '.' && acronym) {
        j++;
        break;
      } else {
        break;
      }
    }
    tokenEnd = possessiveAt >= 0 ? possessiveAt : j;
    wordHash = Vocabulary.hashEnd(h);
    if (letters > 0) {
      wordFlags |= LETTERS;
      char first = text[from];
      if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
        wordFlags |= Tokens.CAPITALIZED;
      }
      if (letters >= 2 && upper == letters) {
        wordFlags |= Tokens.ALL_CAPS;
      }
    }
    return continueAt >= 0 ? continueAt : j;
  }

  /** A dot inside a dotted acronym: single letters separated by dots ("U.S.", "U.N.", "e.g."). */
  private static boolean isAcronymDot(char[] text, int n, int dot, int from, boolean acronymSoFar) {
    int segment = dot - from;
    if (!acronymSoFar && segment != 1) {
      return false;
    }
    if (acronymSoFar && !Character.isLetter(text[dot - 1])) {
      return false;
    }
    boolean letterThenDot = dot + 2 < n && Character.isLetter(text[dot + 1]) && text[dot + 2] == '.';
    return letterThenDot || (acronymSoFar && (dot + 1 >= n || !Character.isLetter(text[dot + 1])));
  }

  /** {@code text} in {@link #chars}, grown as needed. */
  private char[] copy(CharSequence text) {
    int n = text.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    if (text instanceof String s) {
      s.getChars(0, n, chars, 0);
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = text.charAt(i);
      }
    }
    return chars;
  }

  private void append(char c) {
    if (len == buf.length) {
      buf = java.util.Arrays.copyOf(buf, len * 2);
    }
    buf[len++] = c;
  }

  /** Appends {@code c} and returns hash {@code h} of what was before it stepped over {@code c}. */
  private int append(char c, int h) {
    append(c);
    return Vocabulary.hashStep(h, c);
  }

  private void splitSentences(Tokens t) {
    int sentenceStart = 0;
    int size = t.size;
    for (int i = 0; i < size; i++) {
      if (i > sentenceStart && t.has(i, Tokens.LINE_START)) {
        t.addSentence(sentenceStart, i);
        sentenceStart = i;
      }
      boolean acronymDot = t.type[i] == Tokens.WORD && chars[t.end[i] - 1] == '.';
      if (acronymDot) {
        // "U.S." swallowed its dot: a new sentence only if a typical sentence opener follows ("U.S. The ...").
        if (i + 1 < size && !t.has(i + 1, Tokens.LINE_START) && isStarter(t, i + 1)) {
          t.addSentence(sentenceStart, i + 1);
          sentenceStart = i + 1;
        }
        continue;
      }
      if (t.type[i] != Tokens.PUNCT || !isTerminal(t.punct[i])) {
        continue;
      }
      int j = i + 1;
      while (j < size && t.type[j] == Tokens.PUNCT && !t.has(j, Tokens.LINE_START)
          && (isTerminal(t.punct[j]) || isClosing(t, j))) {
        j++;
      }
      boolean ends = j >= size || t.has(j, Tokens.LINE_START) || startsSentence(t, j);
      if (ends && t.punct[i] == '.' && j == i + 1 && j < size && !t.has(j, Tokens.LINE_START)
          && isAbbreviationOrInitial(t, i)) {
        ends = isStarter(t, j); // "Mr. Putin" goes on; "Plan B. The vote" ends
      }
      if (ends) {
        t.addSentence(sentenceStart, j);
        sentenceStart = j;
        i = j - 1;
      }
    }
    if (sentenceStart < size) {
      t.addSentence(sentenceStart, size);
    }
  }

  private boolean isStarter(Tokens t, int j) {
    return t.type[j] == Tokens.WORD && t.has(j, Tokens.CAPITALIZED) && in(sentenceStarter, t.id[j]);
  }

  private static boolean isTerminal(char p) {
    return p == '.' || p == '!' || p == '?' || p == '…';
  }

  /** A quote, bracket or apostrophe written straight after the previous token closes it. */
  private static boolean isClosing(Tokens t, int j) {
    char p = t.punct[j];
    return (p == '"' || p == '\'' || p == ')' || p == ']') && t.start[j] == t.end[j - 1];
  }

  private boolean startsSentence(Tokens t, int j) {
    if (t.type[j] == Tokens.PUNCT) {
      char p = t.punct[j];
      return p == '"' || p == '\'' || p == '(' || p == '[' || p == '-' || p == '—';
    }
    return t.type[j] == Tokens.NUMBER || t.has(j, Tokens.CAPITALIZED)
        || !Character.isLowerCase(chars[t.start[j]]);
  }

  private boolean isAbbreviationOrInitial(Tokens t, int dot) {
    if (dot == 0 || t.end[dot - 1] != t.start[dot] || t.type[dot - 1] != Tokens.WORD) {
      return false;
    }
    int prev = dot - 1;
    int id = t.id[prev];
    if (in(abbreviation, id)) {
      return true;
    }
    if (id == noId) {
      return dot + 1 < t.size && t.type[dot + 1] == Tokens.NUMBER; // "No. 10"
    }
    return t.end[prev] - t.start[prev] == 1 && t.has(prev, Tokens.CAPITALIZED);
  }
}
