package org.actortrends.report;

/**
 * The thresholds of the trend statistics (see {@link Trends} and README's "How trends are called"). The defaults
 * are chosen for some 300 actors tested every day, in both directions: noise must seldom be called a trend.
 *
 * @param window baseline days before the report's day (today excluded)
 * @param smoothing pseudo-mentions added to today and to the expectation in the change ratio, so 1 → 3 is not +200%
 * @param threshold |score| an actor must reach to be rising or falling
 * @param sentimentThreshold |sentiment score| (in standard errors counted over articles) of a sentiment shift
 * @param minRatio smoothed change ratio a rising actor must reach (falling: at most 1 / minRatio)
 * @param minMentions mentions today (rising) or expected today (falling) before anything is called a trend
 * @param minArticles articles today before an actor is called rising or a sentiment shift is reported
 * @param minBaselineDays days with data in the window before anything is called a trend or new
 * @param newMinMentions mentions today of an actor absent from the whole window before it is called new
 * @param newMinArticles articles today of such an actor
 * @param minSentimentChange smallest change of mean sentiment reported as a shift
 * @param minBaselineArticles articles in the window before a sentiment baseline is trusted
 */
public record TrendRules(int window, double smoothing, double threshold, double sentimentThreshold, double minRatio, long minMentions,
    long minArticles, int minBaselineDays, long newMinMentions, long newMinArticles, double minSentimentChange,
    long minBaselineArticles) {

  public static final int DEFAULT_WINDOW = 28;

  public static TrendRules defaults(int window) {
    return new TrendRules(window, 5, 4.0, 3.0, 1.5, 10, 3, Math.min(7, window), 5, 2, 0.1, 20);
  }
}
