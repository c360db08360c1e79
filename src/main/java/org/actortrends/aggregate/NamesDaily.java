package org.actortrends.aggregate;

import java.util.Map;
import java.util.function.Consumer;
import org.actortrends.aggregate.ArticleSignals.NameSignal;
import org.actortrends.io.WriteTable;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * The {@code names_daily} table: the names articles use that link to no actor of the dictionary, per day, so users
 * see whom their dictionary misses. A name is the fullest form its article used ("Rui Costa", not "Costa"); its type
 * is the one most of its articles gave it.
 */
public class NamesDaily extends PTransform<PCollection<ArticleSignals>, PCollection<KV<Integer, Iterable<GenericRecord>>>> {
  public static final Schema SCHEMA = TableSchemas.table("names_daily", "Names that link to no actor, per day")
      .name("name").doc("The fullest form an article used").type().stringType().noDefault()
      .name("type").doc("person, organization or unknown").type().stringType().noDefault()
      .name("mentions").doc("Mentions that day (short forms count toward the full name of their article)").type()
      .longType().noDefault()
      .name("articles").doc("Articles using the name").type().longType().noDefault()
      .name("sources").doc("Distinct sources of those articles").type().longType().noDefault()
      .name("sentiment_mean").doc("Mean sentiment of the sentences of its mentions in [-1, 1]; null when none was"
          + " scored").type().optional().doubleType()
      .endRecord();

  private static final int MENTIONS = 0;
  private static final int ARTICLES = 1;
  private static final int SCORED = 2;
  /** Articles typing the name as each of {@link NameSignal#TYPES}, from this index on. */
  private static final int TYPE_VOTES = 3;
  private static final int SENTIMENT_SUM = 0;
  /** Type codes from the least to the most specific: unknown, organization, person. */
  private static final int[] TIE_ORDER = {0, 2, 1};

  @Override
  public PCollection<KV<Integer, Iterable<GenericRecord>>> expand(PCollection<ArticleSignals> signals) {
    return signals
        .apply("PerDay", ParDo.of(new DayContributionFn() {
          @Override
          void contribute(ArticleSignals article, DayStats day) {
            for (NameSignal n : article.names) {
              day.add(n.name, new DailyStats(TYPE_VOTES + NameSignal.TYPES.length, 1)
                  .addCount(MENTIONS, n.mentions).addCount(ARTICLES, 1).addCount(SCORED, n.scored)
                  .addCount(TYPE_VOTES + NameSignal.typeCode(n.type), 1)
                  .addSum(SENTIMENT_SUM, n.sentimentSum).addSource(article.source));
            }
          }
        }))
        .setCoder(DayStats.contributionCoder())
        .apply("Combine", DayStats.perDay())
        .apply("ToRows", ParDo.of(new DayTableFn() {
          @Override
          void rows(KV<Integer, DayStats> day, Consumer<GenericRecord> out) {
            for (Map.Entry<String, DailyStats> row : day.getValue().rows().entrySet()) {
              DailyStats s = row.getValue();
              GenericRecord r = new GenericData.Record(SCHEMA);
              r.put("day", day.getKey());
              r.put("name", row.getKey());
              r.put("type", majorityType(s));
              r.put("mentions", s.count(MENTIONS));
              r.put("articles", s.count(ARTICLES));
              r.put("sources", (long) s.sourceCount());
              r.put("sentiment_mean", s.count(SCORED) == 0 ? null : s.sum(SENTIMENT_SUM) / s.count(SCORED));
              out.accept(r);
            }
          }
        }))
        .setCoder(WriteTable.dayTablesCoder(SCHEMA));
  }

  /** The type most articles gave the name; a tie goes to the more specific (person, then organization). */
  static String majorityType(DailyStats s) {
    int best = TIE_ORDER[0];
    for (int t : TIE_ORDER) {
      if (s.count(TYPE_VOTES + t) >= s.count(TYPE_VOTES + best)) {
        best = t; // later in TIE_ORDER wins a tie
      }
    }
    return NameSignal.TYPES[best];
  }
}
