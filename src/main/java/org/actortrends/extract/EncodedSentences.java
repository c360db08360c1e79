package org.actortrends.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sentences {@link ContextualSentiment} read lately, with the encoder's vectors of each and of the targets asked
 * of it: agency copies and boilerplate repeat sentences word for word, and encoding is nearly all of the contextual
 * scorers' cost. The encoder reads only the sentence's text, so a vector kept is the one it would give again. The
 * least recently used sentence goes first. Not thread-safe: one per {@link ContextualSentiment}.
 */
final class EncodedSentences {
  /** A target the encoder did not reach (past its pieces of a long sentence). */
  static final float[] UNREAD = new float[0];

  /** One sentence: its mean vector and the vectors of its targets, by {@link #key}. */
  static final class Sentence {
    final String text;
    final float[] mean = new float[SentenceEncoder.DIMS];
    private final Map<Long, float[]> targets = new HashMap<>(4);

    private Sentence(String text) {
      this.text = text;
    }

    /** The vector of characters {@code [from, to)}, {@link #UNREAD}, or null when not asked before. */
    float[] target(int from, int to) {
      return targets.get(key(from, to));
    }

    void putTarget(int from, int to, float[] vector) {
      targets.put(key(from, to), vector);
    }

    private static long key(int from, int to) {
      return (long) from << 32 | (to & 0xffffffffL);
    }
  }

  private final Map<String, Sentence> sentences;
  private long hits;
  private long misses;

  /** Keeps up to {@code capacity} sentences; 0 keeps none. */
  EncodedSentences(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be 0 or more: " + capacity);
    }
    sentences = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Sentence> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The sentence kept for {@code text}, or null (then {@link #add} it once it is encoded). */
  Sentence get(String text) {
    Sentence s = sentences.get(text);
    if (s == null) {
      misses++;
    } else {
      hits++;
    }
    return s;
  }

  /** A new sentence for {@code text}, kept (its vectors are to be filled by the caller). */
  Sentence add(String text) {
    Sentence s = new Sentence(text);
    sentences.put(text, s);
    return s;
  }

  /** Sentences found kept. */
  long hits() {
    return hits;
  }

  /** Sentences not found, which were encoded. */
  long misses() {
    return misses;
  }
}
