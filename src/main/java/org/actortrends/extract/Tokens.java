package org.actortrends.extract;

import java.util.Arrays;

/**
 * The tokens and sentences of one text, in parallel primitive arrays. One instance is reused for every text a
 * worker thread handles (see {@link Tokenizer#tokenize}), so tokenizing allocates nothing once the arrays are
 * large enough.
 */
public final class Tokens {
  public static final byte WORD = 0;
  public static final byte NUMBER = 1;
  public static final byte PUNCT = 2;

  /** First letter is upper case. */
  public static final int CAPITALIZED = 1;
  /** Two or more letters, all upper case ("NATO", "STOP"). */
  public static final int ALL_CAPS = 1 << 1;
  /** A possessive "'s" or "'" followed the word and was cut off ("Trump's" is the token "trump"). */
  public static final int POSSESSIVE = 1 << 2;
  /** Joined to the previous word by a hyphen without spaces ("Putin" in "Trump-Putin"). */
  public static final int AFTER_HYPHEN = 1 << 3;
  /** First token of a line (paragraph). */
  public static final int LINE_START = 1 << 4;

  CharSequence text = "";
  int size;
  int[] start = new int[256];
  int[] end = new int[256];
  int[] id = new int[256];
  /** A 32-bit hash of the folded token (words and numbers; 0 for punctuation), for shingles. */
  int[] hash = new int[256];
  byte[] type = new byte[256];
  int[] flags = new int[256];
  char[] punct = new char[256];

  int sentenceCount;
  int[] sentenceStart = new int[32];
  int[] sentenceEnd = new int[32];

  /** Characters of the text that were read (boilerplate lines excluded), for word and byte counts. */
  int words;

  public CharSequence text() {
    return text;
  }

  public int size() {
    return size;
  }

  /** Start offset (inclusive) of token {@code i} in {@link #text()}. */
  public int start(int i) {
    return start[i];
  }

  /** End offset (exclusive) of token {@code i} in {@link #text()}. */
  public int end(int i) {
    return end[i];
  }

  /** Vocabulary id of the folded token, or -1 when the vocabulary does not know it. */
  public int id(int i) {
    return id[i];
  }

  /** Hash of the folded form of token {@code i}, known or not to the vocabulary (0 for punctuation). */
  public int hash(int i) {
    return hash[i];
  }

  public byte type(int i) {
    return type[i];
  }

  public boolean isWord(int i) {
    return type[i] == WORD;
  }

  public boolean has(int i, int flag) {
    return (flags[i] & flag) != 0;
  }

  /** The character of a PUNCT token, with quotes unified to '"' and apostrophes to '\''. */
  public char punct(int i) {
    return punct[i];
  }

  /** Word tokens (not numbers or punctuation) outside boilerplate. */
  public int wordCount() {
    return words;
  }

  public int sentenceCount() {
    return sentenceCount;
  }

  /** First token of sentence {@code s}. */
  public int sentenceStart(int s) {
    return sentenceStart[s];
  }

  /** One past the last token of sentence {@code s}. */
  public int sentenceEnd(int s) {
    return sentenceEnd[s];
  }

  /** The original text of token {@code i}; allocates, so for output, not for matching. */
  public String surface(int i) {
    return text.subSequence(start[i], end[i]).toString();
  }

  void clear(CharSequence newText) {
    text = newText;
    size = 0;
    sentenceCount = 0;
    words = 0;
  }

  void add(int s, int e, int vocabId, int h, byte t, int f, char p) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      id = Arrays.copyOf(id, n);
      hash = Arrays.copyOf(hash, n);
      type = Arrays.copyOf(type, n);
      flags = Arrays.copyOf(flags, n);
      punct = Arrays.copyOf(punct, n);
    }
    start[size] = s;
    end[size] = e;
    id[size] = vocabId;
    hash[size] = h;
    type[size] = t;
    flags[size] = f;
    punct[size] = p;
    size++;
  }

  void addSentence(int from, int to) {
    if (sentenceCount == sentenceStart.length) {
      sentenceStart = Arrays.copyOf(sentenceStart, sentenceCount * 2);
      sentenceEnd = Arrays.copyOf(sentenceEnd, sentenceCount * 2);
    }
    sentenceStart[sentenceCount] = from;
    sentenceEnd[sentenceCount] = to;
    sentenceCount++;
  }
}
