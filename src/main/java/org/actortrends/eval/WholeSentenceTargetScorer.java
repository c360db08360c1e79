package org.actortrends.eval;

/**
 * Today's behaviour of the job: a mention's sentiment is its sentence's score, whatever the target (the kernel's
 * {@code SentimentScorer.scoreSentence} over the whole sentence). The baseline for target-dependent scorers.
 */
public final class WholeSentenceTargetScorer implements TargetScorer {
  private final LineScorer lines = new LineScorer();
  private String lastSentence;
  private double lastScore;

  @Override
  public double score(String sentence, int from, int to) {
    if (!sentence.equals(lastSentence)) { // several targets of one sentence come one after another
      lastScore = lines.score(sentence);
      lastSentence = sentence;
    }
    return lastScore;
  }
}
