package org.actortrends.aggregate;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/** The {@code corpus_daily} table: the size and tone of each day's corpus, the denominator for every trend. */
public class CorpusDaily extends PTransform<PCollection<ArticleSignals>, PCollection<GenericRecord>> {
  public static final Schema SCHEMA = TableSchemas.table("corpus_daily", "Corpus totals per day")
      .name("articles").doc("Accepted articles").type().longType().noDefault()
      .name("sources").doc("Distinct sources").type().longType().noDefault()
      .name("words").doc("Words read (boilerplate lines excluded)").type().longType().noDefault()
      .name("tone_mean").doc("Mean document tone (positive % - negative %)").type().doubleType().noDefault()
      .name("articles_with_actors").doc("Articles mentioning at least one actor").type().longType().noDefault()
      .endRecord();

  private static final int ARTICLES = 0;
  private static final int WORDS = 1;
  private static final int WITH_ACTORS = 2;
  private static final int TONE_SUM = 0;

  @Override
  public PCollection<GenericRecord> expand(PCollection<ArticleSignals> signals) {
    return signals
        .apply("PerDay", ParDo.of(new DayContributionFn() {
          @Override
          void contribute(ArticleSignals a, DayStats day) {
            DailyStats stats = new DailyStats(3, 1)
                .addCount(ARTICLES, 1).addCount(WORDS, a.words).addCount(WITH_ACTORS, a.actors.isEmpty() ? 0 : 1)
                .addSum(TONE_SUM, a.tone).addSource(a.source);
            day.add("", stats);
          }
        }))
        .setCoder(DayStats.contributionCoder())
        .apply("Combine", DayStats.perDay())
        .apply("ToRows", ParDo.of(new DoFn<KV<Integer, DayStats>, GenericRecord>() {
          @ProcessElement
          public void process(@Element KV<Integer, DayStats> kv, OutputReceiver<GenericRecord> out) {
            DailyStats s = kv.getValue().rows().get("");
            GenericRecord r = new GenericData.Record(SCHEMA);
            r.put("day", kv.getKey());
            r.put("articles", s.count(ARTICLES));
            r.put("sources", (long) s.sourceCount());
            r.put("words", s.count(WORDS));
            r.put("tone_mean", s.count(ARTICLES) == 0 ? 0.0 : s.sum(TONE_SUM) / s.count(ARTICLES));
            r.put("articles_with_actors", s.count(WITH_ACTORS));
            out.output(r);
          }
        }))
        .setCoder(AvroCoder.of(SCHEMA));
  }
}
