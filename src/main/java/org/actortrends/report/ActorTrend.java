package org.actortrends.report;

/**
 * How one actor's day compares with its window: a row of the {@code trends} table.
 *
 * @param rank 1 for the most mentioned actor of the day; 0 when not mentioned today
 * @param series mentions on each day of the window and today (oldest first, today last); -1 where the corpus has no
 *     data for that day
 * @param baselineMean mean mentions a day over the window's days with data
 * @param baselineStddev their sample standard deviation
 * @param expected mentions expected today: the window's share of articles times today's articles
 * @param expectedArticles articles naming the actor expected today, likewise
 * @param score how unusual today's articles are against the (volume-adjusted) window: the z-score of the Poisson tail
 * @param changeRatio (mentions + smoothing) / (expected + smoothing)
 * @param sentiment mean mention sentiment today (NaN without mentions)
 * @param baselineSentiment mean mention sentiment over the window (NaN without mentions)
 * @param sentimentScore the sentiment change in standard errors (NaN when either side has no mentions)
 * @param sentimentSeries mean mention sentiment on each day of the window and today; NaN without mentions
 */
public record ActorTrend(String actorId, String name, String type, int rank, long mentions, long articles,
    long sources, int baselineDays, double baselineMean, double baselineStddev, double expected,
    double expectedArticles, double score, double changeRatio, double sentiment, double baselineSentiment,
    double sentimentScore, Label label, SentimentShift sentimentShift, long[] series, double[] sentimentSeries) {

  /** How the day's mentions compare with the window. */
  public enum Label {
    RISING, FALLING, NEW, STEADY;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How the day's sentiment compares with the window. */
  public enum SentimentShift {
    DOWN, UP, NONE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The same trend with its rank among the day's actors. */
  ActorTrend withRank(int newRank) {
    return new ActorTrend(actorId, name, type, newRank, mentions, articles, sources, baselineDays, baselineMean,
        baselineStddev, expected, expectedArticles, score, changeRatio, sentiment, baselineSentiment, sentimentScore,
        label, sentimentShift, series, sentimentSeries);
  }

  public double sentimentChange() {
    return sentiment - baselineSentiment;
  }
}
