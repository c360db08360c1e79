package org.actortrends.aggregate;

import java.util.Map;
import java.util.function.Consumer;
import org.actortrends.aggregate.ArticleSignals.PairSignal;
import org.actortrends.io.WriteTable;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/** The {@code actor_pairs_daily} table: how often two actors appear in one article and in one sentence. */
public class PairsDaily extends PTransform<PCollection<ArticleSignals>, PCollection<KV<Integer, Iterable<GenericRecord>>>> {
  public static final Schema SCHEMA = TableSchemas.table("actor_pairs_daily", "Co-mentions of two actors per day")
      .name("actor_a").doc("The smaller actor id of the pair").type().stringType().noDefault()
      .name("actor_b").doc("The larger actor id of the pair").type().stringType().noDefault()
      .name("articles").doc("Articles mentioning both").type().longType().noDefault()
      .name("sentences").doc("Sentences mentioning both").type().longType().noDefault()
      .endRecord();

  private static final int ARTICLES = 0;
  private static final int SENTENCES = 1;
  /** Joins the two ids of a pair; ids are [a-z0-9_]+, so it cannot occur inside one. */
  private static final char SEPARATOR = '|';

  @Override
  public PCollection<KV<Integer, Iterable<GenericRecord>>> expand(PCollection<ArticleSignals> signals) {
    return signals
        .apply("PerDay", ParDo.of(new DayContributionFn() {
          @Override
          void contribute(ArticleSignals article, DayStats day) {
            for (PairSignal p : article.pairs) {
              day.add(p.actorA + SEPARATOR + p.actorB,
                  new DailyStats(2, 0).addCount(ARTICLES, 1).addCount(SENTENCES, p.sentences));
            }
          }
        }))
        .setCoder(DayStats.contributionCoder())
        .apply("Combine", DayStats.perDay())
        .apply("ToRows", ParDo.of(new DayTableFn() {
          @Override
          void rows(KV<Integer, DayStats> day, Consumer<GenericRecord> out) {
            for (Map.Entry<String, DailyStats> row : day.getValue().rows().entrySet()) {
              int split = row.getKey().indexOf(SEPARATOR);
              GenericRecord r = new GenericData.Record(SCHEMA);
              r.put("day", day.getKey());
              r.put("actor_a", row.getKey().substring(0, split));
              r.put("actor_b", row.getKey().substring(split + 1));
              r.put("articles", row.getValue().count(ARTICLES));
              r.put("sentences", row.getValue().count(SENTENCES));
              out.accept(r);
            }
          }
        }))
        .setCoder(WriteTable.dayTablesCoder(SCHEMA));
  }
}
