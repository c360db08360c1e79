package org.actortrends.extract;

import java.util.Arrays;

/**
 * The quotes of the current article, as {@link QuoteAttribution}'s scan pairs their marks: in text order, each with
 * its opening mark, its closing mark (-1 when the paragraph ended first), the token after it, the sentence it opens
 * in and the speech it became part of. Parallel int arrays reused from article to article, so that finding the
 * quote around a token is a binary search with no allocation.
 */
final class SpeechQuotes {
  private int count;
  private int[] open = new int[16];
  private int[] close = new int[16];
  private int[] end = new int[16];
  private int[] span = new int[16];
  private int[] sentence = new int[16];

  void clear() {
    count = 0;
  }

  int count() {
    return count;
  }

  /** Adds a quote that opens at token {@code open} in sentence {@code sentence}; no speech holds it yet. */
  void add(int open, int close, int end, int sentence) {
    if (count == this.open.length) {
      int size = count * 2;
      this.open = Arrays.copyOf(this.open, size);
      this.close = Arrays.copyOf(this.close, size);
      this.end = Arrays.copyOf(this.end, size);
      span = Arrays.copyOf(span, size);
      this.sentence = Arrays.copyOf(this.sentence, size);
    }
    this.sentence[count] = sentence;
    this.open[count] = open;
    this.close[count] = close;
    this.end[count] = end;
    span[count] = -1;
    count++;
  }

  int open(int q) {
    return open[q];
  }

  int close(int q) {
    return close[q];
  }

  /** The token after the quote: after its closing mark, or where its paragraph or the text ends. */
  int end(int q) {
    return end[q];
  }

  int sentence(int q) {
    return sentence[q];
  }

  /** The speech ({@link SpeechSpans}) the quote is part of, or -1. */
  int span(int q) {
    return span[q];
  }

  void setSpan(int q, int k) {
    span[q] = k;
  }

  /** The quote whose marks enclose token {@code i} (the marks included), or -1. */
  int at(int i) {
    int lo = 0;
    int hi = count - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (end[mid] <= i) {
        lo = mid + 1;
      } else if (open[mid] > i) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The quote whose closing mark is token {@code i} of {@code t}, or -1. */
  int closedAt(Tokens t, int i) {
    if (i < 0 || t.type(i) != Tokens.PUNCT || t.punct(i) != '"') {
      return -1;
    }
    int q = at(i);
    return q >= 0 && close[q] == i ? q : -1;
  }
}
