package org.actortrends.extract;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link ContextualSentiment} gave the sentences it read lately: agency copies and boilerplate repeat sentences
 * word for word, and encoding is nearly all of the contextual scorers' cost. A sentence keeps its score and, per
 * target asked of it, the fast probabilities it was given and the probabilities it got: the encoder reads only the
 * sentence's text, so the same target with the same fast probabilities gets the same answer again. Vectors are not
 * kept (a few hundred bytes a sentence instead of kilobytes). The least recently used sentence goes first. Not
 * thread-safe: one per {@link ContextualSentiment}.
 */
final class ScoredSentences {
  /** One sentence read: its score and its targets' answers. */
  static final class Sentence {
    final String text;
    final double score;
    private long[] spans = new long[1];
    /** Per target: the fast probabilities given, then the probabilities answered. */
    private double[][] answers = new double[1][];
    private int targets;

    private Sentence(String text, double score) {
      this.text = text;
      this.score = score;
    }

    /** Copies into {@code out} the answer kept for this target and these fast probabilities; false if none. */
    boolean answer(int from, int to, double[] fast, double[] out) {
      long span = span(from, to);
      for (int t = 0; t < targets; t++) {
        double[] a = answers[t];
        if (spans[t] == span && Arrays.equals(a, 0, TargetModel.CLASSES, fast, 0, TargetModel.CLASSES)) {
          System.arraycopy(a, TargetModel.CLASSES, out, 0, TargetModel.CLASSES);
          return true;
        }
      }
      return false;
    }

    void keepAnswer(int from, int to, double[] fast, double[] answer) {
      if (targets == spans.length) {
        spans = Arrays.copyOf(spans, targets * 2);
        answers = Arrays.copyOf(answers, targets * 2);
      }
      double[] a = Arrays.copyOf(fast, 2 * TargetModel.CLASSES);
      System.arraycopy(answer, 0, a, TargetModel.CLASSES, TargetModel.CLASSES);
      spans[targets] = span(from, to);
      answers[targets++] = a;
    }

    private static long span(int from, int to) {
      return (long) from << 32 | (to & 0xffffffffL);
    }
  }

  private final Map<String, Sentence> sentences;
  private long hits;
  private long misses;

  /** Keeps up to {@code capacity} sentences; 0 keeps none. */
  ScoredSentences(int capacity) {
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

  /** The sentence kept for {@code text}, or null (then {@link #add} it once it is scored). */
  Sentence get(String text) {
    Sentence s = sentences.get(text);
    if (s != null) {
      hits++;
    }
    return s;
  }

  /** Keeps a sentence just read, with its score. */
  Sentence add(String text, double score) {
    misses++;
    Sentence s = new Sentence(text, score);
    sentences.put(text, s);
    return s;
  }

  /** Sentences found kept. */
  long hits() {
    return hits;
  }

  /** Sentences added: not found, so encoded. */
  long misses() {
    return misses;
  }
}
