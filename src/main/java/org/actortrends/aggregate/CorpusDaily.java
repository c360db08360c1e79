package org.actortrends.aggregate;

import java.util.Map;
import java.util.function.Consumer;
import java.util.TreeMap;
import org.actortrends.io.WriteTable;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/** The {@code corpus_daily} table: the size and tone of each day's corpus, the denominator for every trend. */
public class CorpusDaily extends PTransform<PCollection<ArticleSignals>, PCollection<KV<Integer, Iterable<GenericRecord>>>> {
  public static final Schema SCHEMA = TableSchemas.table("corpus_daily", "Corpus totals per day")
      .name("articles").doc("Accepted articles").type().longType().noDefault()
      .name("stories").doc("Distinct stories: wire copies of one story count once").type().longType().noDefault()
      .name("sources").doc("Distinct sources").type().longType().noDefault()
      .name("words").doc("Words read (boilerplate lines excluded)").type().longType().noDefault()
      .name("tone_mean").doc("Mean document tone (positive % - negative %) of the articles with one; null when"
          + " none has (languages without a sentiment model)").type().optional().doubleType()
      .name("articles_with_actors").doc("Articles mentioning at least one actor").type().longType().noDefault()
      .name("articles_by_language").doc("Accepted articles per language (ISO 639-1 code -> articles)").type()
      .map().values().longType().noDefault()
      .endRecord();

  private static final int ARTICLES = 0;
  private static final int WORDS = 1;
  private static final int WITH_ACTORS = 2;
  private static final int STORIES = 3;
  private static final int WITH_TONE = 4;
  private static final int TONE_SUM = 0;
  /** Row key prefix of the per-language counts, beside the day's own row "". */
  private static final String LANGUAGE = "language:";

  @Override
  public PCollection<KV<Integer, Iterable<GenericRecord>>> expand(PCollection<ArticleSignals> signals) {
    return signals
        .apply("PerDay", ParDo.of(new DayContributionFn() {
          @Override
          void contribute(ArticleSignals a, DayStats day) {
            boolean toned = !Double.isNaN(a.tone);
            DailyStats stats = new DailyStats(5, 1)
                .addCount(ARTICLES, 1).addCount(WORDS, a.words).addCount(WITH_ACTORS, a.actors.isEmpty() ? 0 : 1)
                .addCount(STORIES, a.firstOfStory() ? 1 : 0).addCount(WITH_TONE, toned ? 1 : 0)
                .addSum(TONE_SUM, toned ? a.tone : 0).addSource(a.source);
            day.add("", stats);
            day.add(LANGUAGE + a.language, new DailyStats(1, 0).addCount(ARTICLES, 1));
          }
        }))
        .setCoder(DayStats.contributionCoder())
        .apply("Combine", DayStats.perDay())
        .apply("ToRows", ParDo.of(new DayTableFn() {
          @Override
          void rows(KV<Integer, DayStats> kv, Consumer<GenericRecord> out) {
            DailyStats s = kv.getValue().rows().get("");
            GenericRecord r = new GenericData.Record(SCHEMA);
            r.put("day", kv.getKey());
            r.put("articles", s.count(ARTICLES));
            r.put("stories", s.count(STORIES));
            r.put("sources", (long) s.sourceCount());
            r.put("words", s.count(WORDS));
            r.put("tone_mean", s.count(WITH_TONE) == 0 ? null : s.sum(TONE_SUM) / s.count(WITH_TONE));
            r.put("articles_with_actors", s.count(WITH_ACTORS));
            Map<String, Long> byLanguage = new TreeMap<>();
            kv.getValue().rows().forEach((key, row) -> {
              if (key.startsWith(LANGUAGE)) {
                byLanguage.put(key.substring(LANGUAGE.length()), row.count(ARTICLES));
              }
            });
            r.put("articles_by_language", byLanguage);
            out.accept(r);
          }
        }))
        .setCoder(WriteTable.dayTablesCoder(SCHEMA));
  }
}
