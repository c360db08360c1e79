package org.actortrends.aggregate;

import org.actortrends.aggregate.ArticleSignals.PairSignal;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/** The {@code actor_pairs_daily} table: how often two actors appear in one article and in one sentence. */
public class PairsDaily extends PTransform<PCollection<ArticleSignals>, PCollection<GenericRecord>> {
  public static final Schema SCHEMA = TableSchemas.table("actor_pairs_daily", "Co-mentions of two actors per day")
      .name("actor_a").doc("The smaller actor id of the pair").type().stringType().noDefault()
      .name("actor_b").doc("The larger actor id of the pair").type().stringType().noDefault()
      .name("articles").doc("Articles mentioning both").type().longType().noDefault()
      .name("sentences").doc("Sentences mentioning both").type().longType().noDefault()
      .endRecord();

  private static final int ARTICLES = 0;
  private static final int SENTENCES = 1;

  @Override
  public PCollection<GenericRecord> expand(PCollection<ArticleSignals> signals) {
    return signals
        .apply("PerPairDay", ParDo.of(new DoFn<ArticleSignals, KV<String, DailyStats>>() {
          @ProcessElement
          public void process(@Element ArticleSignals article, OutputReceiver<KV<String, DailyStats>> out) {
            for (PairSignal p : article.pairs) {
              DailyStats stats = new DailyStats(2, 0).addCount(ARTICLES, 1).addCount(SENTENCES, p.sentences);
              out.output(KV.of(DayKeys.of(article.day, p.actorA, p.actorB), stats));
            }
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), DailyStats.StatsCoder.of()))
        .apply("Combine", Combine.perKey(new DailyStats.Sum(2, 0)))
        .apply("ToRows", ParDo.of(new DoFn<KV<String, DailyStats>, GenericRecord>() {
          @ProcessElement
          public void process(@Element KV<String, DailyStats> kv, OutputReceiver<GenericRecord> out) {
            GenericRecord r = new GenericData.Record(SCHEMA);
            r.put("day", DayKeys.day(kv.getKey()));
            r.put("actor_a", DayKeys.part(kv.getKey(), 0));
            r.put("actor_b", DayKeys.part(kv.getKey(), 1));
            r.put("articles", kv.getValue().count(ARTICLES));
            r.put("sentences", kv.getValue().count(SENTENCES));
            out.output(r);
          }
        }))
        .setCoder(AvroCoder.of(SCHEMA));
  }
}
