package org.actortrends.aggregate;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.actortrends.aggregate.ArticleSignals.ActorSignal;
import org.actortrends.extract.Actor;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.io.WriteTable;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * The {@code actor_daily} table: per day and actor, mentions, articles, sources, sentiment, share of voice, and how
 * often and in what tone the actor speaks.
 * Combines per day (see {@link DayStats}); the day's total of mentions for share of voice is then at hand.
 */
public class ActorDaily extends PTransform<PCollection<ArticleSignals>, PCollection<KV<Integer, Iterable<GenericRecord>>>> {
  /** Variances below this are the rounding of E[x^2] - E[x]^2, not spread. */
  private static final double VARIANCE_ROUNDING = 1e-12;

  public static final Schema SCHEMA = TableSchemas.table("actor_daily", "Mentions of each actor per day")
      .name("actor_id").doc("Stable actor id from the dictionary").type().stringType().noDefault()
      .name("actor_name").doc("Display name from the dictionary").type().stringType().noDefault()
      .name("actor_type").doc("person or organization").type().stringType().noDefault()
      .name("mentions").doc("Mentions that day").type().longType().noDefault()
      .name("articles").doc("Articles with at least one mention").type().longType().noDefault()
      .name("sources").doc("Distinct sources of those articles").type().longType().noDefault()
      .name("stories").doc("Distinct stories naming the actor: wire copies of one story count once").type()
      .longType().noDefault()
      .name("sentiment_mean").doc("Mean mention sentiment in [-1, 1], over the mentions with a score (positive +"
          + " negative + neutral); null when none has one (languages without a sentiment model)").type().optional()
      .doubleType()
      .name("sentiment_stddev").doc("Population standard deviation of mention sentiment; null as sentiment_mean")
      .type().optional().doubleType()
      .name("positive_mentions").doc("Mentions with sentiment > 0.05").type().longType().noDefault()
      .name("negative_mentions").doc("Mentions with sentiment < -0.05").type().longType().noDefault()
      .name("neutral_mentions").doc("The other mentions with a sentiment score").type().longType().noDefault()
      .name("share_of_voice").doc("This actor's mentions / all actor mentions that day").type().doubleType()
      .noDefault()
      .name("quoted").doc("Quotes and reported statements attributed to the actor that day").type().longType()
      .noDefault()
      .name("expressed_sentiment_mean").doc("Mean sentiment of what the actor says (the sentence score of each"
          + " quote or statement attributed to them) in [-1, 1]; null when quoted is 0").type().optional()
      .doubleType()
      .endRecord();

  static final int MENTIONS = 0;
  static final int ARTICLES = 1;
  static final int POSITIVE = 2;
  static final int NEGATIVE = 3;
  static final int NEUTRAL = 4;
  static final int QUOTED = 5;
  static final int STORIES = 6;
  private static final int COUNTS = 7;
  private static final int SUMS = 3;
  static final int SENTIMENT_SUM = 0;
  static final int SENTIMENT_SQUARES = 1;
  static final int EXPRESSED_SUM = 2;

  /** Where the dictionary is (null: the bundled one), for actor names and types. */
  private final String dictionaryFile;

  /** Buckets of stories with copies (see {@link StoryActors}). */
  private final int buckets;

  public ActorDaily(String dictionaryFile, int buckets) {
    this.dictionaryFile = dictionaryFile;
    this.buckets = buckets;
  }

  public ActorDaily(String dictionaryFile) {
    this(dictionaryFile, DedupById.DEFAULT_BUCKETS);
  }

  @Override
  public PCollection<KV<Integer, Iterable<GenericRecord>>> expand(PCollection<ArticleSignals> signals) {
    PCollection<KV<Integer, DayStats>> perArticle = signals
        .apply("PerDay", ParDo.of(new ToDayStats()))
        .setCoder(DayStats.contributionCoder());
    PCollection<KV<Integer, DayStats>> storiesWithCopies = signals.apply("StoriesWithCopies", new StoryActors(buckets));
    return PCollectionList.of(perArticle).and(storiesWithCopies)
        .apply("AllContributions", Flatten.pCollections())
        .apply("Combine", DayStats.perDay())
        .apply("ToRows", ParDo.of(new ToRows(dictionaryFile)))
        .setCoder(WriteTable.dayTablesCoder(SCHEMA));
  }

  /** A contribution of one story to an actor's {@code stories}, and nothing else. */
  static DailyStats storyOnly() {
    return new DailyStats(COUNTS, SUMS).addCount(STORIES, 1);
  }

  /**
   * One article's contribution to each actor it mentions, on its day; an article that is a story of its own counts
   * its story here, the stories with copies are counted once each by {@link StoryActors}.
   */
  static class ToDayStats extends DayContributionFn {
    @Override
    void contribute(ArticleSignals article, DayStats day) {
      for (ActorSignal a : article.actors) {
        day.add(a.actorId, new DailyStats(COUNTS, SUMS)
            .addCount(MENTIONS, a.mentions).addCount(ARTICLES, 1).addCount(STORIES, article.hasCopies() ? 0 : 1)
            .addCount(POSITIVE, a.positive).addCount(NEGATIVE, a.negative).addCount(NEUTRAL, a.neutral)
            .addCount(QUOTED, a.quoted)
            .addSum(SENTIMENT_SUM, a.sentimentSum).addSum(SENTIMENT_SQUARES, a.sentimentSumSquares)
            .addSum(EXPRESSED_SUM, a.expressedSentimentSum)
            .addSource(article.source));
      }
    }
  }

  static class ToRows extends DayTableFn {
    private final String dictionaryFile;
    private transient ActorDictionary dictionary;

    ToRows(String dictionaryFile) {
      this.dictionaryFile = dictionaryFile;
    }

    @Setup
    public void setup() {
      dictionary = ActorDictionary.cached(dictionaryFile);
    }

    @Override
    void rows(KV<Integer, DayStats> day, Consumer<GenericRecord> out) {
      long dayTotal = 0;
      for (DailyStats s : day.getValue().rows().values()) {
        dayTotal += s.count(MENTIONS);
      }
      for (Map.Entry<String, DailyStats> row : day.getValue().rows().entrySet()) {
        DailyStats s = row.getValue();
        Actor actor = dictionary.byId(row.getKey());
        long mentions = s.count(MENTIONS);
        long scored = s.count(POSITIVE) + s.count(NEGATIVE) + s.count(NEUTRAL);
        double mean = scored == 0 ? 0 : s.sum(SENTIMENT_SUM) / scored;
        double variance = scored == 0 ? 0 : s.sum(SENTIMENT_SQUARES) / scored - mean * mean;
        // Equal scores leave a rounding residue whose size depends on the order the runner summed in, and the square
        // root would blow it up to ~1e-8: below 1e-12 (a deviation of 1e-6 on a scale of -1..1) it is zero.
        variance = variance < VARIANCE_ROUNDING ? 0 : variance;
        GenericRecord r = new GenericData.Record(SCHEMA);
        r.put("day", day.getKey());
        r.put("actor_id", row.getKey());
        r.put("actor_name", actor.name());
        r.put("actor_type", actor.type().name().toLowerCase(Locale.ROOT));
        r.put("mentions", mentions);
        r.put("articles", s.count(ARTICLES));
        r.put("sources", (long) s.sourceCount());
        r.put("stories", s.count(STORIES));
        r.put("sentiment_mean", scored == 0 ? null : mean);
        r.put("sentiment_stddev", scored == 0 ? null : Math.sqrt(variance));
        r.put("positive_mentions", s.count(POSITIVE));
        r.put("negative_mentions", s.count(NEGATIVE));
        r.put("neutral_mentions", s.count(NEUTRAL));
        r.put("share_of_voice", dayTotal == 0 ? 0.0 : (double) mentions / dayTotal);
        long quoted = s.count(QUOTED);
        r.put("quoted", quoted);
        r.put("expressed_sentiment_mean", quoted == 0 ? null : s.sum(EXPRESSED_SUM) / quoted);
        out.accept(r);
      }
    }
  }
}
