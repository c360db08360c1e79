package org.actortrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.actortrends.aggregate.ArticleSignals.ActorSignal;
import org.actortrends.aggregate.ArticleSignals.PairSignal;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleAnalysis;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.io.RejectedRecord;
import org.actortrends.io.WriteTable;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-day transforms on hand-made signals, with TestPipeline and PAssert. */
class DailyTablesTest {
  static final int DAY = (int) LocalDate.parse("2025-08-13").toEpochDay();
  static final String DICTIONARY = """
      actors:
        - {id: putin, name: Vladimir Putin, type: person, country: RU}
        - {id: zelensky, name: Volodymyr Zelensky, type: person, country: UA}
        - {id: nato, name: NATO, type: organization, country: INT}
      """;

  @TempDir
  static Path tmp;

  private final TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);

  static ArticleSignals article(String id, String file, long line, String source, int words, double tone,
      Object... actorMentionsSentiment) {
    ArticleSignals s = new ArticleSignals();
    s.articleId = id;
    s.file = file;
    s.line = line;
    s.day = DAY;
    s.source = source;
    s.words = words;
    s.tone = tone;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < actorMentionsSentiment.length; i += 3) {
      ActorSignal a = new ActorSignal();
      a.actorId = (String) actorMentionsSentiment[i];
      a.mentions = (Integer) actorMentionsSentiment[i + 1];
      double sentiment = (Double) actorMentionsSentiment[i + 2];
      a.sentimentSum = sentiment * a.mentions;
      a.sentimentSumSquares = sentiment * sentiment * a.mentions;
      if (sentiment > 0.05) {
        a.positive = a.mentions;
      } else if (sentiment < -0.05) {
        a.negative = a.mentions;
      } else {
        a.neutral = a.mentions;
      }
      s.actors.add(a);
      ids.add(a.actorId);
    }
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        PairSignal pair = new PairSignal();
        pair.actorA = ids.get(i).compareTo(ids.get(j)) < 0 ? ids.get(i) : ids.get(j);
        pair.actorB = ids.get(i).compareTo(ids.get(j)) < 0 ? ids.get(j) : ids.get(i);
        pair.sentences = 1;
        s.pairs.add(pair);
      }
    }
    return s;
  }

  static String row(GenericRecord r, String... fields) {
    StringBuilder b = new StringBuilder();
    for (String f : fields) {
      Object v = r.get(f);
      b.append(v instanceof Double d ? String.format("%.4f", d) : String.valueOf(v)).append(' ');
    }
    return b.toString().trim();
  }

  @Test
  void actorDailyCombinesArticlesSourcesSentimentAndShareOfVoice() throws Exception {
    PCollection<ArticleSignals> in = p.apply(Create.of(
        article("a1", "f", 1, "Ledger", 100, 1.0, "putin", 2, -0.5, "zelensky", 1, 0.5),
        article("a2", "f", 2, "Ledger", 100, 1.0, "putin", 1, 0.1),
        article("a3", "f", 3, "Wire", 100, 1.0, "putin", 1, 0.0)));
    Path dictionary = tmp.resolve("actors.yaml");
    Files.writeString(dictionary, DICTIONARY);
    PCollection<String> rows = in.apply(new ActorDaily(dictionary.toString()))
        .apply("ActorDailyRows1", new WriteTable.Rows())
        .apply(MapElements.into(TypeDescriptors.strings()).via(r -> row(r, "day", "actor_id", "actor_name",
            "mentions", "articles", "sources", "sentiment_mean", "positive_mentions", "negative_mentions",
            "neutral_mentions", "share_of_voice")));
    // putin: sentiments -0.5, -0.5, 0.1, 0.0 -> mean -0.225; share 4 of 5 mentions
    PAssert.that(rows).containsInAnyOrder(
        DAY + " putin Vladimir Putin 4 3 2 -0.2250 1 2 1 0.8000",
        DAY + " zelensky Volodymyr Zelensky 1 1 1 0.5000 1 0 0 0.2000");
    p.run().waitUntilFinish();
  }

  private static ArticleSignals withName(ArticleSignals s, String name, String type, int mentions, double sum) {
    ArticleSignals.NameSignal n = new ArticleSignals.NameSignal();
    n.name = name;
    n.type = type;
    n.mentions = mentions;
    n.scored = mentions;
    n.sentimentSum = sum;
    s.names.add(n);
    return s;
  }

  @Test
  void namesDailyAddsUpNamesByTheirFullestFormAndTakesTheMostGivenType() throws Exception {
    PCollection<ArticleSignals> in = p.apply(Create.of(
        withName(article("a1", "f", 1, "Ledger", 100, 1.0), "Rui Costa", "person", 2, -0.4),
        withName(article("a2", "f", 2, "Wire", 100, 1.0), "Rui Costa", "unknown", 1, 0.1),
        withName(article("a3", "f", 3, "Wire", 100, 1.0), "Rui Costa", "person", 1, 0.0),
        withName(article("a4", "f", 4, "Wire", 100, 1.0), "Acme Holdings", "organization", 1, 0.2)));
    PCollection<String> rows = in.apply(new NamesDaily()).apply("NamesDailyRows2", new WriteTable.Rows())
        .apply(MapElements.into(TypeDescriptors.strings()).via(r -> row(r, "day", "name", "type", "mentions",
            "articles", "sources", "sentiment_mean")));
    PAssert.that(rows).containsInAnyOrder(
        DAY + " Rui Costa person 4 3 2 -0.0750",
        DAY + " Acme Holdings organization 1 1 1 0.2000");
    p.run().waitUntilFinish();
  }

  /** Sets what {@code actorId} says in {@code s}: one piece of speech per sentiment given. */
  private static ArticleSignals speaks(ArticleSignals s, String actorId, double... expressed) {
    for (ActorSignal a : s.actors) {
      if (a.actorId.equals(actorId)) {
        a.quoted = expressed.length;
        for (double e : expressed) {
          a.expressedSentimentSum += e;
        }
      }
    }
    return s;
  }

  @Test
  void actorDailyCountsQuotesAndTheirSentiment() throws Exception {
    PCollection<ArticleSignals> in = p.apply(Create.of(
        speaks(article("a1", "f", 1, "Ledger", 100, 1.0, "putin", 2, -0.5, "zelensky", 3, 0.5), "zelensky", 0.6,
            -0.2),
        speaks(article("a2", "f", 2, "Wire", 100, 1.0, "zelensky", 1, 0.1, "nato", 1, 0.0), "zelensky", 0.5),
        article("a3", "f", 3, "Wire", 100, 1.0, "putin", 1, 0.0)));
    Path dictionary = tmp.resolve("actors-quoted.yaml");
    Files.writeString(dictionary, DICTIONARY);
    PCollection<String> rows = in.apply(new ActorDaily(dictionary.toString()))
        .apply("ActorDailyRows3", new WriteTable.Rows())
        .apply(MapElements.into(TypeDescriptors.strings()).via(r -> row(r, "actor_id", "mentions", "sentiment_mean",
            "quoted", "expressed_sentiment_mean")));
    // zelensky says 0.6, -0.2 and 0.5: mean 0.3, whatever is said about him (mean 0.4); putin and nato say nothing
    PAssert.that(rows).containsInAnyOrder(
        "putin 3 -0.3333 0 null",
        "zelensky 4 0.4000 3 0.3000",
        "nato 1 0.0000 0 null");
    p.run().waitUntilFinish();
  }

  @Test
  void fromTextToDailyRowsAndMentionRoles() {
    ArticleExtractor extractor = new ArticleExtractor(ActorDictionary.loadDefault());
    LocalDate day = LocalDate.ofEpochDay(DAY);
    String one = "\"We are ready,\" Merz said. \"Europe will not wait for anyone.\"\n\n"
        + "Zelensky said Putin was bluffing.";
    String two = "\"This is a wonderful day for peace,\" Merz said after meeting Zelensky.";
    ArticleAnalysis first = extractor.analyze(one, day);
    ArticleAnalysis second = extractor.analyze(two, day);
    double merzExpected = (first.speech().get(0).sentiment() + first.speech().get(1).sentiment()
        + second.speech().get(0).sentiment()) / 3;
    PCollection<ArticleSignals> in = p.apply(Create.of(
        Signals.of("t1", "f", 1, day, "Ledger", first, extractor.dictionary(), true),
        Signals.of("t2", "f", 2, day, "Wire", second, extractor.dictionary(), true)));
    PAssert.that(in.apply(new ActorDaily(null)).apply("ActorDailyRows4", new WriteTable.Rows())
            .apply("Daily", MapElements.into(TypeDescriptors.strings())
                .via(r -> row(r, "actor_id", "mentions", "quoted", "expressed_sentiment_mean"))))
        .containsInAnyOrder(
            "friedrich_merz 2 3 " + String.format("%.4f", merzExpected),
            "volodymyr_zelensky 2 1 " + String.format("%.4f", first.speech().get(2).sentiment()),
            "vladimir_putin 1 0 null");
    PAssert.that(in.apply(new MentionsTable())
            .apply("Mentions", MapElements.into(TypeDescriptors.strings())
                .via(r -> row(r, "article_id", "surface", "role"))))
        .containsInAnyOrder("t1 Merz speaker", "t1 Zelensky speaker", "t1 Putin target", "t2 Merz speaker",
            "t2 Zelensky other");
    p.run().waitUntilFinish();
  }

  @Test
  void pairsAndCorpusTotals() {
    PCollection<ArticleSignals> in = p.apply(Create.of(
        article("a1", "f", 1, "Ledger", 100, 2.0, "putin", 1, 0.0, "zelensky", 1, 0.0, "nato", 1, 0.0),
        article("a2", "f", 2, "Wire", 50, -1.0, "putin", 1, 0.0, "zelensky", 1, 0.0),
        article("a3", "f", 3, "Wire", 30, 0.5)));
    PAssert.that(in.apply(new PairsDaily()).apply("PairsDailyRows5", new WriteTable.Rows())
            .apply("PairRows", MapElements.into(TypeDescriptors.strings())
                .via(r -> row(r, "actor_a", "actor_b", "articles", "sentences"))))
        .containsInAnyOrder("nato putin 1 1", "nato zelensky 1 1", "putin zelensky 2 2");
    PAssert.that(in.apply(new CorpusDaily()).apply("CorpusDailyRows6", new WriteTable.Rows())
            .apply("CorpusRows", MapElements.into(TypeDescriptors.strings())
                .via(r -> row(r, "day", "articles", "sources", "words", "tone_mean", "articles_with_actors"))))
        .containsInAnyOrder(DAY + " 3 2 180 0.5000 2");
    p.run().waitUntilFinish();
  }

  private PCollection<KV<String, String>> noStories() {
    return p.apply("NoStories", Create.empty(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
  }

  @Test
  void dedupKeepsTheCopyReadFirstAndRejectsTheOthers() {
    PCollectionTuple out = p.apply(Create.of(
            article("same", "b.jsonl", 1, "Wire", 10, 0, "putin", 1, 0.0),
            article("same", "a.jsonl", 7, "Ledger", 10, 0, "putin", 1, 0.0),
            article("same", "a.jsonl", 9, "Ledger", 10, 0, "putin", 1, 0.0),
            article("other", "a.jsonl", 8, "Ledger", 10, 0)))
        .apply(new DedupById(noStories(), 1)); // one bucket: the same result as many (see below)
    PAssert.that(out.get(DedupById.UNIQUE)
            .apply("Kept", MapElements.into(TypeDescriptors.strings()).via(s -> s.articleId + "@" + s.file + ":" + s.line)))
        .containsInAnyOrder("same@a.jsonl:7", "other@a.jsonl:8");
    PAssert.that(out.get(DedupById.DUPLICATES)
            .apply("Rejected", MapElements.into(TypeDescriptors.strings()).via(RejectedRecord::toJson)))
        .satisfies(rejected -> {
          List<String> all = new ArrayList<>();
          rejected.forEach(all::add);
          assertEquals(2, all.size());
          all.forEach(json -> assertEquals(true, json.contains("\"reason\":\"duplicate_id\"")
              && json.contains("first read at a.jsonl:7")));
          return null;
        });
    p.run().waitUntilFinish();
  }

  @Test
  void fourGroupsPerWorkerThreadAndAtLeastEight() {
    assertEquals(8, DedupById.groupsFor(1));
    assertEquals(12, DedupById.groupsFor(3));
    assertEquals(256, DedupById.groupsFor(64));
  }

  @Test
  void theBucketsChangeNothingButTheGrouping() {
    List<ArticleSignals> articles = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      articles.add(article("id" + (i % 25), "f" + (i % 3) + ".jsonl", i, "Wire", 10, 0, "putin", 1, 0.0));
    }
    for (int buckets : new int[] {1, 7, 512}) {
      PCollection<String> kept = p.apply("In" + buckets, Create.of(articles))
          .apply("Dedup" + buckets, new DedupById(p.apply("None" + buckets,
              Create.empty(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))), buckets))
          .get(DedupById.UNIQUE)
          .apply("Kept" + buckets, MapElements.into(TypeDescriptors.strings()).via(s -> s.articleId + "@" + s.file + ":" + s.line));
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        // the copy read first: smallest file name, then line
        int first = i;
        for (int j = i; j < 40; j += 25) {
          String fj = "f" + (j % 3), ff = "f" + (first % 3);
          if (fj.compareTo(ff) < 0 || (fj.equals(ff) && j < first)) {
            first = j;
          }
        }
        expected.add("id" + i + "@f" + (first % 3) + ".jsonl:" + first);
      }
      PAssert.that(kept).containsInAnyOrder(expected);
    }
    p.run().waitUntilFinish();
  }
}
