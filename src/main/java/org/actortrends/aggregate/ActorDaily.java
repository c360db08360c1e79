package org.actortrends.aggregate;

import java.util.Map;
import org.actortrends.aggregate.ArticleSignals.ActorSignal;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The {@code actor_daily} table: per day and actor, mentions, articles, sources, sentiment and share of voice.
 * Combines per (day, actor); the day's total of mentions for share of voice is a small side input.
 */
public class ActorDaily extends PTransform<PCollection<ArticleSignals>, PCollection<GenericRecord>> {
  public static final Schema SCHEMA = TableSchemas.table("actor_daily", "Mentions of each actor per day")
      .name("actor_id").doc("Stable actor id from the dictionary").type().stringType().noDefault()
      .name("actor_name").doc("Display name from the dictionary").type().stringType().noDefault()
      .name("actor_type").doc("person or organization").type().stringType().noDefault()
      .name("mentions").doc("Mentions that day").type().longType().noDefault()
      .name("articles").doc("Articles with at least one mention").type().longType().noDefault()
      .name("sources").doc("Distinct sources of those articles").type().longType().noDefault()
      .name("sentiment_mean").doc("Mean mention sentiment in [-1, 1]").type().doubleType().noDefault()
      .name("sentiment_stddev").doc("Population standard deviation of mention sentiment").type().doubleType()
      .noDefault()
      .name("positive_mentions").doc("Mentions with sentiment > 0.05").type().longType().noDefault()
      .name("negative_mentions").doc("Mentions with sentiment < -0.05").type().longType().noDefault()
      .name("neutral_mentions").doc("The other mentions").type().longType().noDefault()
      .name("share_of_voice").doc("This actor's mentions / all actor mentions that day").type().doubleType()
      .noDefault()
      .endRecord();

  static final int MENTIONS = 0;
  static final int ARTICLES = 1;
  static final int POSITIVE = 2;
  static final int NEGATIVE = 3;
  static final int NEUTRAL = 4;
  static final int SENTIMENT_SUM = 0;
  static final int SENTIMENT_SQUARES = 1;

  /** id -> {name, type}, from the dictionary. */
  private final Map<String, String[]> actorInfo;

  public ActorDaily(Map<String, String[]> actorInfo) {
    this.actorInfo = actorInfo;
  }

  @Override
  public PCollection<GenericRecord> expand(PCollection<ArticleSignals> signals) {
    PCollection<KV<String, DailyStats>> perActorDay = signals
        .apply("PerActorDay", ParDo.of(new ToActorStats()))
        .setCoder(org.apache.beam.sdk.coders.KvCoder.of(
            org.apache.beam.sdk.coders.StringUtf8Coder.of(), DailyStats.StatsCoder.of()))
        .apply("Combine", Combine.perKey(new DailyStats.Sum(5, 2)));
    PCollectionView<Map<Integer, Long>> dayTotals = perActorDay
        .apply("MentionsPerDay", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptors.longs()))
            .via((KV<String, DailyStats> kv) -> KV.of(DayKeys.day(kv.getKey()), kv.getValue().count(MENTIONS))))
        .apply("SumPerDay", Sum.longsPerKey())
        .apply("AsMap", View.asMap());
    return perActorDay
        .apply("ToRows", ParDo.of(new ToRow(actorInfo, dayTotals)).withSideInputs(dayTotals))
        .setCoder(AvroCoder.of(SCHEMA));
  }

  /** One article's contribution to each (day, actor) it mentions. */
  static class ToActorStats extends DoFn<ArticleSignals, KV<String, DailyStats>> {
    @ProcessElement
    public void process(@Element ArticleSignals article, OutputReceiver<KV<String, DailyStats>> out) {
      for (ActorSignal a : article.actors) {
        DailyStats stats = new DailyStats(5, 2)
            .addCount(MENTIONS, a.mentions).addCount(ARTICLES, 1)
            .addCount(POSITIVE, a.positive).addCount(NEGATIVE, a.negative).addCount(NEUTRAL, a.neutral)
            .addSum(SENTIMENT_SUM, a.sentimentSum).addSum(SENTIMENT_SQUARES, a.sentimentSumSquares)
            .addSource(article.source);
        out.output(KV.of(DayKeys.of(article.day, a.actorId), stats));
      }
    }
  }

  static class ToRow extends DoFn<KV<String, DailyStats>, GenericRecord> {
    private final Map<String, String[]> actorInfo;
    private final PCollectionView<Map<Integer, Long>> dayTotals;

    ToRow(Map<String, String[]> actorInfo, PCollectionView<Map<Integer, Long>> dayTotals) {
      this.actorInfo = actorInfo;
      this.dayTotals = dayTotals;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      String key = c.element().getKey();
      DailyStats s = c.element().getValue();
      int day = DayKeys.day(key);
      String actorId = DayKeys.part(key, 0);
      String[] info = actorInfo.getOrDefault(actorId, new String[] {actorId, "unknown"});
      long mentions = s.count(MENTIONS);
      double mean = mentions == 0 ? 0 : s.sum(SENTIMENT_SUM) / mentions;
      double variance = mentions == 0 ? 0 : Math.max(0, s.sum(SENTIMENT_SQUARES) / mentions - mean * mean);
      long dayTotal = c.sideInput(dayTotals).getOrDefault(day, 0L);
      GenericRecord r = new GenericData.Record(SCHEMA);
      r.put("day", day);
      r.put("actor_id", actorId);
      r.put("actor_name", info[0]);
      r.put("actor_type", info[1]);
      r.put("mentions", mentions);
      r.put("articles", s.count(ARTICLES));
      r.put("sources", (long) s.sourceCount());
      r.put("sentiment_mean", mean);
      r.put("sentiment_stddev", Math.sqrt(variance));
      r.put("positive_mentions", s.count(POSITIVE));
      r.put("negative_mentions", s.count(NEGATIVE));
      r.put("neutral_mentions", s.count(NEUTRAL));
      r.put("share_of_voice", dayTotal == 0 ? 0.0 : (double) mentions / dayTotal);
      c.output(r);
    }
  }
}
