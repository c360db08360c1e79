package org.actortrends.extract;

import java.util.Arrays;

/**
 * The name spans of one document, in parallel primitive arrays of token indices into its {@link Tokens}; reused
 * for every document (see {@link NameFinder#find}). A span is its title ("Police Chief", "Mr.") followed by its
 * core, the name itself ("Chris Wagner"); a span without a title has {@code coreFirst == first}.
 */
public final class Names {
  int size;
  int[] first = new int[32];
  int[] end = new int[32];
  int[] coreFirst = new int[32];
  byte[] type = new byte[32];

  public int size() {
    return size;
  }

  /** First token of span {@code i}, its title included. */
  public int first(int i) {
    return first[i];
  }

  /** One past the last token of span {@code i} (also the end of its core). */
  public int end(int i) {
    return end[i];
  }

  /** First token of the name core of span {@code i}, after any title. */
  public int coreFirst(int i) {
    return coreFirst[i];
  }

  public NameType type(int i) {
    return NameType.of(type[i]);
  }

  /** The original text of the core of span {@code i}; allocates, so for output, not for matching. */
  public String coreText(Tokens tokens, int i) {
    return tokens.text().subSequence(tokens.start(coreFirst[i]), tokens.end(end[i] - 1)).toString();
  }

  void clear() {
    size = 0;
  }

  void add(int spanFirst, int core, int spanEnd, NameType t) {
    if (size == first.length) {
      int n = size * 2;
      first = Arrays.copyOf(first, n);
      end = Arrays.copyOf(end, n);
      coreFirst = Arrays.copyOf(coreFirst, n);
      type = Arrays.copyOf(type, n);
    }
    first[size] = spanFirst;
    coreFirst[size] = core;
    end[size] = spanEnd;
    type[size] = (byte) t.ordinal();
    size++;
  }
}
