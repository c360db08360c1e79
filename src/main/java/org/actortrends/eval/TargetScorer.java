package org.actortrends.eval;

/**
 * Sentiment toward one target (a person or organisation) named in a sentence: the seam of {@code eval targets}.
 * Implementations need not be thread-safe; the command uses one instance on one thread.
 *
 * <p>To measure another scorer, return it from {@link #standard()}: that is the only place the command picks one.
 */
public interface TargetScorer {
  /**
   * The sentiment in [-1, 1] toward the target written at {@code sentence.substring(from, to)} (Java char offsets,
   * {@code to} exclusive); the command classes it negative at or below -cut, positive at or above +cut.
   */
  double score(String sentence, int from, int to);

  /** The scorer {@code eval targets} measures: the job's own, sentiment toward the target. */
  static TargetScorer standard() {
    return org.actortrends.extract.TargetSentiment::scoreSpan;
  }
}
