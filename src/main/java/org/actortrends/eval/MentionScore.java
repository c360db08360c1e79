package org.actortrends.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.actortrends.extract.MatchedBy;

/**
 * Precision and recall of mentions counted per article and actor: true positives are {@code min(key, found)} of
 * each pair. Per {@code matched_by} only bounds on the true positives are known: in a pair found {@code e} times
 * more often than the key says, any {@code e} of its mentions may be the wrong ones.
 */
record MentionScore(long expected, long predicted, long truePositives, Map<MatchedBy, ByMatch> byMatch,
    List<String> differences) {

  /**
   * Mentions of one kind: how many were found, and the fewest and most of them that can be right.
   */
  record ByMatch(long found, long lowerBound, long upperBound) {
    double precisionLow() {
      return found == 0 ? Double.NaN : (double) lowerBound / found;
    }

    double precisionHigh() {
      return found == 0 ? Double.NaN : (double) upperBound / found;
    }
  }

  double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  double recall() {
    return expected == 0 ? 0 : (double) truePositives / expected;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Scores {@code found} (the mentions of every actor in the key's articles) against {@code key}
   * ("article_id actor_id" → mentions); a pair the key does not list counts as expected 0.
   */
  static MentionScore of(Map<String, Long> key, List<MentionsCommand.Found> found) {
    Map<String, long[]> perPair = new TreeMap<>(); // counts by MatchedBy ordinal
    for (MentionsCommand.Found m : found) {
      perPair.computeIfAbsent(AnswerKey.pair(m.articleId(), m.actorId()), k -> new long[MatchedBy.values().length])
          [m.matchedBy().ordinal()]++;
    }
    long[] kindFound = new long[MatchedBy.values().length];
    long[] kindLow = new long[kindFound.length];
    long[] kindHigh = new long[kindFound.length];
    long expected = 0;
    long predicted = 0;
    long truePositives = 0;
    List<String> differences = new ArrayList<>();
    TreeSet<String> pairs = new TreeSet<>(key.keySet());
    pairs.addAll(perPair.keySet());
    for (String pair : pairs) {
      long want = key.getOrDefault(pair, 0L);
      long[] kinds = perPair.getOrDefault(pair, new long[kindFound.length]);
      long got = 0;
      for (long k : kinds) {
        got += k;
      }
      long excess = Math.max(0, got - want);
      for (int k = 0; k < kinds.length; k++) {
        kindFound[k] += kinds[k];
        kindLow[k] += Math.max(0, kinds[k] - excess);
        kindHigh[k] += Math.min(kinds[k], want);
      }
      expected += want;
      predicted += got;
      truePositives += Math.min(want, got);
      if (want != got) {
        StringBuilder how = new StringBuilder();
        for (MatchedBy by : MatchedBy.values()) {
          if (kinds[by.ordinal()] > 0) {
            how.append(how.length() == 0 ? " (" : ", ").append(by.code()).append(' ').append(kinds[by.ordinal()]);
          }
        }
        differences.add(pair + ": key " + want + ", found " + got + (how.length() == 0 ? "" : how + ")"));
      }
    }
    Map<MatchedBy, ByMatch> byMatch = new EnumMap<>(MatchedBy.class);
    for (MatchedBy by : MatchedBy.values()) {
      int k = by.ordinal();
      byMatch.put(by, new ByMatch(kindFound[k], kindLow[k], kindHigh[k]));
    }
    return new MentionScore(expected, predicted, truePositives, byMatch, differences);
  }
}
