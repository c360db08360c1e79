package org.actortrends.extract;

import java.util.Arrays;

/**
 * The pieces of speech {@link QuoteAttribution} has found in the current article: where their words lie, who says
 * them and through which mention, and where their attribution (the frame: subject and verb) ends. Kept as parallel
 * int arrays reused from article to article and doubled when an article has more, so adding speech allocates
 * nothing once they are large enough. Pieces are numbered as added (verbs first, in text order, then the quotes no
 * verb claimed) until {@link #sortByStart} orders them by where their words start.
 */
final class SpeechSpans {
  private static final Speech.Kind[] KINDS = Speech.Kind.values();

  private int count;
  private int[] from = new int[16];
  private int[] to = new int[16];
  private int[] speaker = new int[16];
  private int[] mention = new int[16];
  private int[] frameEnd = new int[16];
  private int[] frameSentence = new int[16];
  private int[] pronoun = new int[16];
  private int[] link = new int[16];
  private byte[] kind = new byte[16];
  private int[] order = new int[16];
  private int[] firstSentence = new int[16];
  /** A sentence at or near where the words of the speech start, to find theirs quickly. */
  private int[] hint = new int[16];
  private int[] lastSentence = new int[16];
  // The sentence firstFramedIn was last asked about, and its answer.
  private int framedSentence;
  private int framedFirst;

  void clear() {
    count = 0;
    framedSentence = -1;
  }

  int count() {
    return count;
  }

  /**
   * Adds speech whose words are tokens {@code [from, to)}; {@code mention} names its speaker (-1: none, or not yet
   * known), {@code pronoun} is the token of its "he"/"she" subject, {@code link} the speech it continues; the frame
   * ends at token {@code frameEnd} in sentence {@code frameSentence}. Returns its number.
   */
  int add(Speech.Kind speechKind, int from, int to, int mention, int speaker, int pronoun, int link, int frameEnd,
      int frameSentence) {
    if (count == this.from.length) {
      grow(count * 2);
    }
    int k = count++;
    this.from[k] = from;
    this.to[k] = to;
    this.mention[k] = mention;
    this.speaker[k] = speaker;
    this.pronoun[k] = pronoun;
    this.link[k] = link;
    this.frameEnd[k] = frameEnd;
    this.frameSentence[k] = frameSentence;
    this.hint[k] = frameSentence;
    this.kind[k] = (byte) speechKind.ordinal();
    return k;
  }

  private void grow(int size) {
    from = Arrays.copyOf(from, size);
    to = Arrays.copyOf(to, size);
    speaker = Arrays.copyOf(speaker, size);
    mention = Arrays.copyOf(mention, size);
    frameEnd = Arrays.copyOf(frameEnd, size);
    frameSentence = Arrays.copyOf(frameSentence, size);
    pronoun = Arrays.copyOf(pronoun, size);
    link = Arrays.copyOf(link, size);
    kind = Arrays.copyOf(kind, size);
    order = Arrays.copyOf(order, size);
    firstSentence = Arrays.copyOf(firstSentence, size);
    hint = Arrays.copyOf(hint, size);
    lastSentence = Arrays.copyOf(lastSentence, size);
  }

  int from(int k) {
    return from[k];
  }

  int to(int k) {
    return to[k];
  }

  void setTo(int k, int end) {
    to[k] = end;
  }

  int speaker(int k) {
    return speaker[k];
  }

  void setSpeaker(int k, int actor) {
    speaker[k] = actor;
  }

  int mention(int k) {
    return mention[k];
  }

  int frameEnd(int k) {
    return frameEnd[k];
  }

  int frameSentence(int k) {
    return frameSentence[k];
  }

  int pronoun(int k) {
    return pronoun[k];
  }

  int link(int k) {
    return link[k];
  }

  Speech.Kind kind(int k) {
    return KINDS[kind[k]];
  }

  boolean isAttributed(int k) {
    return kind[k] != Speech.Kind.UNATTRIBUTED.ordinal();
  }

  int hint(int k) {
    return hint[k];
  }

  void setHint(int k, int sentence) {
    hint[k] = sentence;
  }

  int firstSentence(int k) {
    return firstSentence[k];
  }

  int lastSentence(int k) {
    return lastSentence[k];
  }

  void setSentences(int k, int first, int last) {
    firstSentence[k] = first;
    lastSentence[k] = last;
  }

  /** The {@code i}th piece in text order, once {@link #sortByStart} has run. */
  int ordered(int i) {
    return order[i];
  }

  /** Orders the speech by where its words start. */
  void sortByStart() {
    for (int k = 0; k < count; k++) {
      order[k] = k;
    }
    for (int i = 1; i < count; i++) { // insertion sort by start: a few pieces per article
      int k = order[i];
      int j = i - 1;
      while (j >= 0 && from[order[j]] > from[k]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = k;
    }
  }

  /** Whether any speech has "he" or "she" as subject. */
  boolean hasPronoun() {
    for (int k = 0; k < count; k++) {
      if (pronoun[k] >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The first speech whose words hold token {@code i}, or -1. */
  int holding(int i) {
    for (int k = 0; k < count; k++) {
      if (from[k] <= i && i < to[k]) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The first speech that may be framed in sentence {@code s}: verbs are handled in text order, so the speech of a
   * sentence is added after that of the sentences before it.
   */
  int firstFramedIn(int s) {
    if (s != framedSentence) {
      framedSentence = s;
      framedFirst = count;
    }
    return framedFirst;
  }

  boolean hasSpeechFramedIn(int s) {
    for (int k = firstFramedIn(s); k < count; k++) {
      if (frameSentence[k] == s) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code v} lies in the words of speech found earlier in sentence {@code s}. */
  boolean insideEarlierSpeech(int s, int v) {
    for (int k = firstFramedIn(s); k < count; k++) {
      if (frameSentence[k] == s && from[k] <= v && v < to[k]) {
        return true;
      }
    }
    return false;
  }
}
