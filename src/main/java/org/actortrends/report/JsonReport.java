package org.actortrends.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.actortrends.report.ActorTrend.Label;

/** {@code report.json}: what the HTML shows, as data, for dashboards and alerting. */
final class JsonReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  static String render(TrendReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("day", r.day().toString());
    root.put("window", r.rules().window());
    root.put("first_day", r.firstDay().toString());
    DailyTables.CorpusDay today = r.today();
    ObjectNode corpus = root.putObject("corpus");
    corpus.put("articles", today == null ? 0 : today.articles());
    corpus.put("sources", today == null ? 0 : today.sources());
    put(corpus, "tone_mean", today == null ? Double.NaN : today.toneMean());
    corpus.put("baseline_articles", r.baselineArticles());
    ArrayNode volume = root.putArray("volume");
    for (int i = 0; i < r.corpus().size(); i++) {
      DailyTables.CorpusDay c = r.corpus().get(i);
      ObjectNode d = volume.addObject();
      d.put("day", r.firstDay().plusDays(i).toString());
      if (c == null) {
        d.putNull("articles");
      } else {
        d.put("articles", c.articles());
      }
    }
    actors(root.putArray("rising"), r.withLabel(Label.RISING));
    actors(root.putArray("falling"), r.withLabel(Label.FALLING));
    actors(root.putArray("sentiment_shifts"), r.sentimentShifts());
    actors(root.putArray("new"), r.withLabel(Label.NEW));
    actors(root.putArray("top"), r.top(HtmlReport.TOP));
    ArrayNode pairs = root.putArray("pairs");
    for (TrendReport.Pair p : r.pairs()) {
      pairs.addObject().put("actor_a", p.actorA()).put("name_a", p.nameA()).put("actor_b", p.actorB())
          .put("name_b", p.nameB()).put("articles", p.articles()).put("sentences", p.sentences());
    }
    ObjectNode rules = root.putObject("rules");
    TrendRules t = r.rules();
    rules.put("threshold", t.threshold()).put("sentiment_threshold", t.sentimentThreshold()).put("min_ratio", t.minRatio()).put("smoothing", t.smoothing())
        .put("min_mentions", t.minMentions()).put("min_articles", t.minArticles())
        .put("min_baseline_days", t.minBaselineDays()).put("new_min_mentions", t.newMinMentions())
        .put("new_min_articles", t.newMinArticles()).put("min_sentiment_change", t.minSentimentChange())
        .put("min_baseline_articles", t.minBaselineArticles());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void actors(ArrayNode array, List<ActorTrend> list) {
    for (ActorTrend t : list) {
      ObjectNode n = array.addObject();
      n.put("actor_id", t.actorId());
      n.put("actor_name", t.name());
      n.put("rank", t.rank());
      n.put("mentions", t.mentions());
      n.put("articles", t.articles());
      n.put("expected", round(t.expected()));
      n.put("expected_articles", round(t.expectedArticles()));
      n.put("baseline_mean", round(t.baselineMean()));
      n.put("score", round(t.score()));
      n.put("change_ratio", round(t.changeRatio()));
      put(n, "sentiment", t.sentiment());
      put(n, "baseline_sentiment", t.baselineSentiment());
      put(n, "sentiment_score", t.sentimentScore());
      n.put("label", t.label().id());
      n.put("sentiment_shift", t.sentimentShift().id());
      ArrayNode series = n.putArray("series");
      for (long v : t.series()) {
        if (v < 0) {
          series.addNull();
        } else {
          series.add(v);
        }
      }
    }
  }

  private static void put(ObjectNode n, String field, double v) {
    if (Double.isNaN(v)) {
      n.putNull(field);
    } else {
      n.put(field, round(v));
    }
  }

  private static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }
}
