package org.actortrends.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a report says about one day, computed from the daily tables by {@link Trends}; the writers only lay it
 * out.
 *
 * @param corpus the corpus of each day of the window and today (oldest first, today last); null where no data
 * @param trends every actor mentioned today or in the window, most mentioned today first
 * @param pairs the day's strongest co-mentions, most articles first
 */
public record TrendReport(LocalDate day, TrendRules rules, List<DailyTables.CorpusDay> corpus,
    List<ActorTrend> trends, List<Pair> pairs) {

  /** Two actors mentioned together today. */
  public record Pair(String actorA, String nameA, String actorB, String nameB, long articles, long sentences) {}

  public LocalDate firstDay() {
    return day.minusDays(rules.window());
  }

  /** Today's corpus, or null when the tables hold no articles for the day. */
  public DailyTables.CorpusDay today() {
    return corpus.get(corpus.size() - 1);
  }

  /** Mean articles a day over the window's days with data (0 without any). */
  public double baselineArticles() {
    long sum = 0;
    int days = 0;
    for (int i = 0; i < corpus.size() - 1; i++) {
      if (corpus.get(i) != null) {
        sum += corpus.get(i).articles();
        days++;
      }
    }
    return days == 0 ? 0 : (double) sum / days;
  }

  public List<ActorTrend> withLabel(ActorTrend.Label label) {
    return trends.stream().filter(t -> t.label() == label).toList();
  }

  public List<ActorTrend> sentimentShifts() {
    return trends.stream().filter(t -> t.sentimentShift() != ActorTrend.SentimentShift.NONE).toList();
  }

  public List<ActorTrend> top(int n) {
    return trends.stream().filter(t -> t.mentions() > 0).limit(n).toList();
  }
}
