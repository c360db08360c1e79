package org.actortrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.actortrends.report.ActorTrend.Label;
import org.actortrends.report.ActorTrend.SentimentShift;
import org.actortrends.report.DailyTables.ActorDay;
import org.actortrends.report.DailyTables.CorpusDay;
import org.junit.jupiter.api.Test;

class TrendsTest {
  static final LocalDate DAY = LocalDate.of(2025, 8, 4);
  static final TrendRules RULES = TrendRules.defaults(28);

  /** A window of days with a corpus of {@code articles} a day (weekends fewer) and the given actor rows. */
  static final class Tables {
    final List<ActorDay> actors = new ArrayList<>();
    final List<CorpusDay> corpus = new ArrayList<>();

    final boolean quietWeekends;

    /** The same number of articles every day. */
    Tables(int articles) {
      this(articles, false);
    }

    Tables(int articlesOnWeekdays, boolean quietWeekends) {
      this.quietWeekends = quietWeekends;
      for (int d = 28; d >= 0; d--) {
        LocalDate day = DAY.minusDays(d);
        corpus.add(new CorpusDay(day, articles(day, articlesOnWeekdays), 10, 100_000, -1.0));
      }
    }

    long articles(LocalDate day, int weekday) {
      return quietWeekends && day.getDayOfWeek().getValue() >= 6 ? weekday / 2 : weekday;
    }

    /** Mentions on each day: {@code perDay[0]} is 28 days ago, the last is today; articles = mentions / 3. */
    Tables actor(String id, long[] perDay, double sentiment, double todaySentiment) {
      for (int i = 0; i < perDay.length; i++) {
        if (perDay[i] > 0) {
          boolean today = i == perDay.length - 1;
          actors.add(new ActorDay(DAY.minusDays(perDay.length - 1 - i), id, "Name of " + id, "person", perDay[i],
              Math.max(1, perDay[i] / 3), 5, today ? todaySentiment : sentiment, 0.4));
        }
      }
      return this;
    }

    TrendReport report() {
      return Trends.compute(new DailyTables(DAY, 28, actors, corpus, List.of()), RULES);
    }
  }

  static long[] steady(long perDay, long today) {
    long[] m = new long[29];
    java.util.Arrays.fill(m, perDay);
    m[28] = today;
    return m;
  }

  static ActorTrend find(TrendReport r, String id) {
    return r.trends().stream().filter(t -> t.actorId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aSpikeIsRisingAndADropIsFalling() {
    TrendReport r = new Tables(300).actor("spike", steady(20, 90), 0, 0).actor("drop", steady(40, 3), 0, 0)
        .actor("same", steady(30, 31), 0, 0).report();
    assertEquals(Label.RISING, find(r, "spike").label());
    assertEquals(Label.FALLING, find(r, "drop").label());
    assertEquals(Label.STEADY, find(r, "same").label());
    assertEquals(1, find(r, "spike").rank());
  }

  @Test
  void smallCountsAreSmoothedNotCalledTrends() {
    // 1 a day, then 3: "+200%" in raw terms, nothing in ours.
    TrendReport r = new Tables(300).actor("small", steady(1, 3), 0, 0).report();
    ActorTrend t = find(r, "small");
    assertEquals(Label.STEADY, t.label());
    assertTrue(t.changeRatio() < 1.5, "smoothed ratio " + t.changeRatio());
    assertEquals((3 + 5.0) / (1 + 5.0), t.changeRatio(), 0.05);
  }

  @Test
  void moreMentionsOnABusierDayAreNotATrend() {
    // Today has twice the articles of every day of the window, and so twice the mentions: not rising.
    Tables t = new Tables(100, true);
    t.corpus.set(28, new CorpusDay(DAY, 200, 10, 200_000, -1.0));
    long[] m = new long[29];
    for (int i = 0; i < 28; i++) {
      m[i] = t.articles(DAY.minusDays(28 - i), 100) / 5;
    }
    m[28] = 40;
    ActorTrend a = find(t.actor("a", m, 0, 0).report(), "a");
    assertEquals(40, a.expected(), 0.5, "the window's share times today's articles");
    assertEquals(Label.STEADY, a.label());
  }

  @Test
  void anActorAbsentFromTheWindowIsNew() {
    long[] m = new long[29];
    m[28] = 12;
    TrendReport r = new Tables(300).actor("newcomer", m, 0, 0).actor("once", new long[] {0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 0, 0).report();
    assertEquals(Label.NEW, find(r, "newcomer").label());
    assertEquals(Label.STEADY, find(r, "once").label(), "one mention in one article is not enough to be new");
  }

  @Test
  void withoutEnoughHistoryNothingIsATrend() {
    Tables t = new Tables(300).actor("spike", steady(20, 200), 0, 0);
    t.corpus.removeIf(c -> c.day().isBefore(DAY.minusDays(3)));
    t.actors.removeIf(a -> a.day().isBefore(DAY.minusDays(3)));
    ActorTrend a = find(t.report(), "spike");
    assertEquals(3, a.baselineDays());
    assertEquals(Label.STEADY, a.label());
  }

  @Test
  void aClearDropInToneIsASentimentShiftAndNoiseIsNot() {
    TrendReport r = new Tables(300).actor("soured", steady(30, 30), 0.2, -0.3)
        .actor("wobble", steady(30, 30), 0.2, 0.15).report();
    ActorTrend soured = find(r, "soured");
    assertEquals(SentimentShift.DOWN, soured.sentimentShift());
    assertEquals(-0.5, soured.sentimentChange(), 1e-9);
    assertEquals(SentimentShift.NONE, find(r, "wobble").sentimentShift());
  }

  @Test
  void aSentimentShiftNeedsEnoughArticlesToday() {
    ActorTrend few = find(new Tables(300).actor("few", steady(30, 6), 0.2, -0.6).report(), "few");
    assertEquals(SentimentShift.NONE, few.sentimentShift(), "6 mentions in 2 articles are too few");
  }

  /** Poisson noise over 300 actors for 50 days: the rules call almost nothing a trend. */
  @Test
  void noiseIsRarelyCalledATrend() {
    SplittableRandom rng = new SplittableRandom(7);
    int labelled = 0;
    int tested = 0;
    for (int run = 0; run < 50; run++) {
      Tables t = new Tables(300, true);
      for (int a = 0; a < 300; a++) {
        double rate = 60.0 / (a + 1); // Zipf: 60 a day for the first, 0.2 for the last
        long[] m = new long[29];
        for (int d = 0; d < 29; d++) {
          // mentions come in clumps of three per article
          m[d] = 3 * poisson(rng, rate / 3 * t.articles(DAY.minusDays(28 - d), 300) / 300.0);
        }
        t.actor("a" + a, m, 0, 0);
      }
      for (ActorTrend trend : t.report().trends()) {
        tested++;
        if (trend.label() == Label.RISING || trend.label() == Label.FALLING) {
          labelled++;
        }
      }
    }
    System.out.printf("noise: %d of %d actor-days labelled rising or falling%n", labelled, tested);
    assertTrue(labelled <= 2, labelled + " of " + tested + " noise series labelled rising or falling");
  }

  private static long poisson(SplittableRandom rng, double mean) {
    long k = 0;
    double p = Math.exp(-mean);
    double s = p;
    double u = rng.nextDouble();
    while (u > s && k < 10_000) {
      k++;
      p *= mean / k;
      s += p;
    }
    return k;
  }

  @Test
  void seriesMarksDaysWithoutData() {
    Tables t = new Tables(300).actor("a", steady(10, 10), 0, 0);
    t.corpus.removeIf(c -> c.day().equals(DAY.minusDays(28)));
    t.actors.removeIf(a -> a.day().equals(DAY.minusDays(28)));
    ActorTrend a = find(t.report(), "a");
    assertEquals(-1, a.series()[0]);
    assertEquals(10, a.series()[28]);
    assertFalse(a.series().length != 29);
  }
}
