package org.actortrends.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.actortrends.report.ActorTrend.Label;
import org.actortrends.report.ActorTrend.SentimentShift;
import org.actortrends.report.DailyTables.ActorDay;
import org.actortrends.report.DailyTables.CorpusDay;
import org.actortrends.report.DailyTables.PairDay;

/**
 * The statistics of a report: for every actor, today's mentions against what the window leads one to expect, and
 * today's mean sentiment against the window's. Plain Java over the rows of {@link DailyTables}.
 *
 * <p>Mentions are compared after adjusting for the corpus's volume (a Monday has more articles than a Sunday): the
 * window's days are scaled to today's number of articles. The score compares the actor's articles (not mentions,
 * which come in clumps) with the expected number by the exact Poisson tail, as a z-score; when the window itself
 * swings more than Poisson, the counts are scaled down by that excess dispersion. Sentiment is compared with a standard error that
 * counts articles, not mentions, because the mentions of one article share its stance.
 */
public final class Trends {
  static final int TOP_PAIRS = 10;

  private Trends() {}

  public static TrendReport compute(DailyTables tables, TrendRules rules) {
    LocalDate first = tables.day().minusDays(rules.window());
    int days = rules.window() + 1;
    CorpusDay[] corpus = new CorpusDay[days];
    for (CorpusDay c : tables.corpus()) {
      corpus[offset(first, c.day())] = c;
    }
    Map<String, ActorDay[]> byActor = new TreeMap<>();
    for (ActorDay a : tables.actors()) {
      byActor.computeIfAbsent(a.actorId(), k -> new ActorDay[days])[offset(first, a.day())] = a;
    }
    List<ActorTrend> trends = new ArrayList<>();
    for (ActorDay[] series : byActor.values()) {
      trends.add(trend(series, corpus, rules));
    }
    trends.sort(Comparator.comparingLong(ActorTrend::mentions).reversed()
        .thenComparing(Comparator.comparingDouble(ActorTrend::expected).reversed())
        .thenComparing(ActorTrend::actorId));
    List<ActorTrend> ranked = new ArrayList<>();
    for (int i = 0; i < trends.size(); i++) {
      ActorTrend t = trends.get(i);
      ranked.add(t.mentions() == 0 ? t : t.withRank(i + 1));
    }
    return new TrendReport(tables.day(), rules, Arrays.asList(corpus), List.copyOf(ranked), pairs(tables, ranked));
  }

  private static int offset(LocalDate first, LocalDate day) {
    return (int) (day.toEpochDay() - first.toEpochDay());
  }

  static ActorTrend trend(ActorDay[] series, CorpusDay[] corpus, TrendRules rules) {
    int today = series.length - 1;
    ActorDay now = series[today];
    ActorDay named = now;
    long[] mentionSeries = new long[series.length];
    double[] sentimentSeries = new double[series.length];
    // The window's days with data, each scaled to today's volume.
    long todayArticles = corpus[today] == null ? 0 : corpus[today].articles();
    long mentions = now == null ? 0 : now.mentions();
    long articles = now == null ? 0 : now.articles();
    int baselineDays = 0;
    double rawSum = 0;
    double rawSquares = 0;
    double scaledSum = 0;
    double scaledArticles = 0;
    double scaledArticleSquares = 0;
    long baseMentions = 0;
    long baseArticles = 0;
    double sentimentSum = 0;
    double sentimentSquares = 0;
    for (int d = 0; d < series.length; d++) {
      ActorDay a = series[d];
      if (a != null && named == null) {
        named = a;
      }
      boolean hasData = corpus[d] != null && corpus[d].articles() > 0;
      long m = a == null ? 0 : a.mentions();
      mentionSeries[d] = hasData || a != null ? m : -1;
      sentimentSeries[d] = a == null || a.mentions() == 0 ? Double.NaN : a.sentimentMean();
      if (d == today || !hasData) {
        continue;
      }
      baselineDays++;
      double scale = todayArticles > 0 ? (double) todayArticles / corpus[d].articles() : 1;
      double scaledArticlesOfDay = (a == null ? 0 : a.articles()) * scale;
      rawSum += m;
      rawSquares += (double) m * m;
      scaledSum += m * scale;
      scaledArticles += scaledArticlesOfDay;
      scaledArticleSquares += scaledArticlesOfDay * scaledArticlesOfDay;
      if (a != null) {
        baseMentions += m;
        baseArticles += a.articles();
        // Mention-weighted sums that give the window's mean and (population) variance of mention sentiment.
        sentimentSum += m * a.sentimentMean();
        sentimentSquares += m * (a.sentimentStddev() * a.sentimentStddev() + a.sentimentMean() * a.sentimentMean());
      }
    }
    if (now != null) {
      named = now; // the latest name, should the dictionary have renamed the actor
    }
    double baselineMean = baselineDays == 0 ? 0 : rawSum / baselineDays;
    double baselineStddev = sampleStddev(rawSum, rawSquares, baselineDays);
    double expected = baselineDays == 0 ? 0 : scaledSum / baselineDays;
    // The score counts articles, not mentions: one article may name its actor once or thirty times, so mentions
    // come in clumps of very different sizes, while articles are close to independent events. Today's articles
    // are scored against a Poisson of the expected articles by its exact tail; a window that swings more than
    // Poisson (a weekly rhythm, a running story) scales both counts down by its excess dispersion (quasi-Poisson).
    double expectedArticles = baselineDays == 0 ? 0 : scaledArticles / baselineDays;
    double articleSpread = sampleStddev(scaledArticles, scaledArticleSquares, baselineDays);
    double dispersion = Math.max(1, articleSpread * articleSpread / Math.max(expectedArticles, 1));
    double score = PoissonTails.score(articles / dispersion, expectedArticles / dispersion);
    double ratio = (mentions + rules.smoothing()) / (expected + rules.smoothing());

    Label label = Label.STEADY;
    boolean enoughHistory = baselineDays >= rules.minBaselineDays() && todayArticles > 0;
    if (enoughHistory && baseMentions == 0) {
      if (mentions >= rules.newMinMentions() && articles >= rules.newMinArticles()) {
        label = Label.NEW;
      }
    } else if (enoughHistory && mentions >= rules.minMentions() && articles >= rules.minArticles()
        && score >= rules.threshold() && ratio >= rules.minRatio()) {
      label = Label.RISING;
    } else if (enoughHistory && expected >= rules.minMentions() && score <= -rules.threshold()
        && ratio <= 1 / rules.minRatio()) {
      label = Label.FALLING;
    }

    double sentiment = mentions == 0 ? Double.NaN : now.sentimentMean();
    double baseSentiment = baseMentions == 0 ? Double.NaN : sentimentSum / baseMentions;
    double sentimentScore = Double.NaN;
    SentimentShift shift = SentimentShift.NONE;
    if (mentions > 0 && baseMentions > 0) {
      double baseVariance = Math.max(0, sentimentSquares / baseMentions - baseSentiment * baseSentiment);
      double todayVariance = now.sentimentStddev() * now.sentimentStddev();
      double pooled = (baseVariance * baseMentions + todayVariance * mentions) / (baseMentions + mentions);
      double standardError = Math.sqrt(Math.max(pooled, 1e-6) * (1.0 / articles + 1.0 / baseArticles));
      sentimentScore = (sentiment - baseSentiment) / standardError;
      double change = sentiment - baseSentiment;
      if (enoughHistory && mentions >= rules.minMentions() && articles >= rules.minArticles()
          && baseArticles >= rules.minBaselineArticles() && Math.abs(change) >= rules.minSentimentChange()
          && Math.abs(sentimentScore) >= rules.sentimentThreshold()) {
        shift = change < 0 ? SentimentShift.DOWN : SentimentShift.UP;
      }
    }
    return new ActorTrend(named.actorId(), named.name(), named.type(), 0, mentions, articles,
        now == null ? 0 : now.sources(), baselineDays, baselineMean, baselineStddev, expected, expectedArticles,
        score, ratio, sentiment, baseSentiment, sentimentScore, label, shift, mentionSeries, sentimentSeries);
  }

  private static double sampleStddev(double sum, double squares, int n) {
    if (n < 2) {
      return 0;
    }
    double mean = sum / n;
    return Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1)));
  }

  private static List<TrendReport.Pair> pairs(DailyTables tables, List<ActorTrend> trends) {
    Map<String, String> names = new HashMap<>();
    for (ActorTrend t : trends) {
      names.put(t.actorId(), t.name());
    }
    return tables.pairs().stream()
        .sorted(Comparator.comparingLong(PairDay::articles).reversed()
            .thenComparing(Comparator.comparingLong(PairDay::sentences).reversed())
            .thenComparing(PairDay::actorA).thenComparing(PairDay::actorB))
        .limit(TOP_PAIRS)
        .map(p -> new TrendReport.Pair(p.actorA(), names.getOrDefault(p.actorA(), p.actorA()), p.actorB(),
            names.getOrDefault(p.actorB(), p.actorB()), p.articles(), p.sentences()))
        .toList();
  }
}
