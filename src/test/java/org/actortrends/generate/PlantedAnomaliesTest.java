package org.actortrends.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleAnalysis;
import org.actortrends.extract.ArticleExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anomalies planted in a stationary corpus (no big stories), as the trend report's tests use them: 35 days of some
 * 350 articles, a spike and a sentiment drop on the last day. Read back with the real extractor: the spiked actor is
 * in many more articles that day, the dropped actor's mean mention sentiment falls clearly, and the truth tables
 * still hold exactly what the extractor finds.
 */
class PlantedAnomaliesTest {
  static final String SPIKED = "jd_vance";
  static final String DROPPED = "benjamin_netanyahu";
  static final LocalDate START = LocalDate.parse("2025-07-01");
  static final int DAYS = 35;
  static final String LAST = START.plusDays(DAYS - 1L).toString();

  @TempDir
  static Path tmp;
  static Path dir;
  // What the extractor finds: day -> actor id -> {mentions, articles}; the dropped actor's sentiment per day.
  static final Map<String, Map<String, long[]>> found = new TreeMap<>();
  static final Map<String, double[]> droppedSentiment = new TreeMap<>(); // day -> {sum, mentions}

  @BeforeAll
  static void generateAndExtract() throws IOException {
    dir = tmp.resolve("corpus");
    Anomalies anomalies = Anomalies.parse(List.of(SPIKED + ":" + LAST + ":6"), List.of(DROPPED + ":" + LAST),
        ActorDictionary.loadDefault(), START, DAYS);
    new CorpusGenerator(new CorpusGenerator.Options(12_000, DAYS, 1, dir, CorpusGenerator.FLAT, START, 0, 0,
        anomalies)).run();
    ActorDictionary dictionary = ActorDictionary.loadDefault();
    ArticleExtractor extractor = new ArticleExtractor(dictionary);
    for (Path part : GeneratedFiles.parts(dir)) {
      for (JsonNode a : GeneratedFiles.articles(part)) {
        String day = a.get("published_at").asText().substring(0, 10);
        ArticleAnalysis analysis = extractor.analyze(
            ArticleExtractor.document(a.get("title").asText(), a.get("text").asText()), LocalDate.parse(day));
        Map<String, long[]> counts = found.computeIfAbsent(day, d -> new TreeMap<>());
        Map<String, Boolean> inArticle = new TreeMap<>();
        for (int m = 0; m < analysis.mentions().size(); m++) {
          String id = dictionary.actors().get(analysis.mentions().get(m).actor()).id();
          counts.computeIfAbsent(id, x -> new long[2])[0]++;
          if (inArticle.put(id, true) == null) {
            counts.get(id)[1]++;
          }
          if (id.equals(DROPPED)) {
            double[] s = droppedSentiment.computeIfAbsent(day, d -> new double[2]);
            s[0] += analysis.mentionSentiment()[m];
            s[1]++;
          }
        }
      }
    }
  }

  @Test
  void theTruthStillHoldsExactlyWhatTheExtractorFinds() {
    List<String> extracted = new ArrayList<>();
    found.forEach((day, actors) -> actors.forEach((id, c) -> extracted.add(day + "," + id + "," + c[0] + "," + c[1])));
    List<String> truth = GeneratedFiles.csv(dir.resolve("_truth/actor_daily.csv"));
    assertEquals(truth.subList(1, truth.size()), extracted);
    assertEquals(List.of("kind,actor_id,day,factor", "spike," + SPIKED + "," + LAST + ",6",
        "sentiment_drop," + DROPPED + "," + LAST + ","), GeneratedFiles.csv(dir.resolve("_truth/planted.csv")));
  }

  @Test
  void aSpikeMultipliesTheActorsArticlesOnItsDay() {
    List<Long> others = new ArrayList<>();
    long spiked = 0;
    Map<String, long[]> truth = truthOf(SPIKED);
    for (int d = 0; d < DAYS; d++) {
      String day = START.plusDays(d).toString();
      long articles = truth.containsKey(day) ? truth.get(day)[1] : 0;
      if (day.equals(LAST)) {
        spiked = articles;
      } else {
        others.add(articles);
      }
    }
    double median = median(others);
    String numbers = SPIKED + " on " + LAST + ": " + spiked + " articles, " + truth.get(LAST)[0] + " mentions; other"
        + " days: median " + median + " articles, " + others;
    System.out.println(numbers);
    assertTrue(median >= 8, numbers);
    assertTrue(spiked >= 3 * median, numbers);
  }

  @Test
  void aSentimentDropLowersTheActorsMeanMentionSentimentOnItsDay() {
    List<Double> others = new ArrayList<>();
    double dropped = Double.NaN;
    for (Map.Entry<String, double[]> e : droppedSentiment.entrySet()) {
      double mean = e.getValue()[0] / e.getValue()[1];
      if (e.getKey().equals(LAST)) {
        dropped = mean;
      } else {
        others.add(mean);
      }
    }
    double median = median(others);
    double lowest = Collections.min(others);
    String numbers = String.format(Locale.ROOT, "%s on %s: mean mention sentiment %.3f over %.0f mentions; other "
        + "days (%d): median %.3f, lowest %.3f, highest %.3f", DROPPED, LAST, dropped,
        droppedSentiment.get(LAST)[1], others.size(), median, lowest, Collections.max(others));
    System.out.println(numbers);
    assertTrue(others.size() >= DAYS - 3, numbers);
    assertTrue(dropped < lowest, numbers);
    assertTrue(dropped < median - 0.2, numbers);
  }

  @Test
  void aDropChangesTheToneOfItsActorOnlyAndOtherDaysNotAtAll() {
    ActorDictionary dictionary = ActorDictionary.loadDefault();
    CorpusGenerator.Options plain = new CorpusGenerator.Options(12_000, DAYS, 1, Path.of("unused"),
        CorpusGenerator.FLAT, START, 0, 0, Anomalies.NONE);
    Anomalies drop = Anomalies.parse(List.of(), List.of(DROPPED + ":" + LAST), dictionary, START, DAYS);
    ArticleComposer without = new CorpusGenerator(plain).newComposer();
    ArticleComposer with = new CorpusGenerator(new CorpusGenerator.Options(12_000, DAYS, 1, Path.of("unused"),
        CorpusGenerator.FLAT, START, 0, 0, drop)).newComposer();
    DayPlan plan = new DayPlan(12_000, DAYS, START, 1);
    for (long i = 0; i < plan.start(DAYS - 1); i += 97) {
      assertEquals(without.compose(i), with.compose(i), "article " + i);
    }
    ArticleExtractor extractor = new ArticleExtractor(dictionary);
    Map<String, double[]> before = new TreeMap<>();
    Map<String, double[]> after = new TreeMap<>();
    for (long i = plan.start(DAYS - 1); i < plan.start(DAYS - 1) + plan.count(DAYS - 1); i++) {
      sentiment(extractor, without.compose(i), before);
      sentiment(extractor, with.compose(i), after);
    }
    double[] b = before.get(DROPPED);
    double[] a = after.get(DROPPED);
    String numbers = String.format(Locale.ROOT, "%s on %s without the drop: %.3f over %.0f mentions; with: %.3f over"
        + " %.0f", DROPPED, LAST, b[0] / b[1], b[1], a[0] / a[1], a[1]);
    System.out.println(numbers);
    assertTrue(a[0] / a[1] < b[0] / b[1] - 0.3, numbers);
    assertTrue(Math.abs(a[1] - b[1]) <= 0.25 * b[1], "a drop changes the tone, not the counts: " + numbers);
    before.forEach((id, s) -> {
      double[] t = after.get(id);
      if (!id.equals(DROPPED) && s[1] >= 40) {
        assertTrue(t != null && Math.abs(t[0] / t[1] - s[0] / s[1]) < 0.05, id + ": " + s[0] / s[1] + " -> "
            + (t == null ? "none" : t[0] / t[1]));
      }
    });
  }

  /** Adds the article's mention sentiment to actor id -> {sum, mentions}. */
  private static void sentiment(ArticleExtractor extractor, ArticleComposer.Article a, Map<String, double[]> out) {
    ArticleAnalysis analysis = extractor.analyze(ArticleExtractor.document(a.title(), a.text()), a.day());
    for (int m = 0; m < analysis.mentions().size(); m++) {
      String id = extractor.dictionary().actors().get(analysis.mentions().get(m).actor()).id();
      double[] s = out.computeIfAbsent(id, x -> new double[2]);
      s[0] += analysis.mentionSentiment()[m];
      s[1]++;
    }
  }

  /** day -> {mentions, articles} of one actor in {@code _truth/actor_daily.csv}. */
  private static Map<String, long[]> truthOf(String actor) {
    Map<String, long[]> out = new TreeMap<>();
    for (String line : GeneratedFiles.csv(dir.resolve("_truth/actor_daily.csv"))) {
      String[] f = line.split(",");
      if (f[1].equals(actor)) {
        out.put(f[0], new long[] {Long.parseLong(f[2]), Long.parseLong(f[3])});
      }
    }
    return out;
  }

  private static double median(List<? extends Number> values) {
    List<Double> sorted = new ArrayList<>();
    values.forEach(v -> sorted.add(v.doubleValue()));
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
