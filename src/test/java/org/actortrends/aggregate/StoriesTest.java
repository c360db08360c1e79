package org.actortrends.aggregate;

import static org.actortrends.aggregate.DailyTablesTest.DAY;
import static org.actortrends.aggregate.DailyTablesTest.article;
import static org.actortrends.aggregate.DailyTablesTest.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.extract.CopySketchTest;
import org.actortrends.io.WriteTable;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wire copies folded into stories: FindCopies, story ids through DedupById, and the stories columns. */
class StoriesTest {
  private static final long HOUR = 3_600_000L;
  private static final long NOON = LocalDate.ofEpochDay(DAY).toEpochDay() * 86_400_000L + 12 * HOUR;

  @TempDir
  static Path tmp;

  private final TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
  private final ArticleExtractor extractor = new ArticleExtractor(ActorDictionary.loadDefault());

  private ArticleSignals withText(ArticleSignals s, long publishedAt, String text) {
    extractor.analyze(ArticleExtractor.document("", text), LocalDate.ofEpochDay(s.day));
    s.copySketch = extractor.copySketch(0);
    s.publishedAt = publishedAt;
    return s;
  }

  /**
   * The summit story from the wire (w1) and five outlets' copies published later; the same story a day later
   * (another day: its own story); another report of the summit; a too short brief; and a copy (c0) that was
   * published before the "original" it was found with, so it is the story's first copy.
   */
  private List<ArticleSignals> corpus() throws Exception {
    String text = CopySketchTest.handwritten("cw-2025-08-15-001");
    List<ArticleSignals> articles = new ArrayList<>();
    articles.add(withText(article("w1", "f", 1, "Wire", 100, 1.0, "putin", 2, 0.0), NOON, text));
    List<String> copies = CopySketchTest.copies(text);
    for (int i = 0; i < copies.size(); i++) {
      boolean dropsPutin = i == 0; // say the dropped last paragraph was where Putin was named
      ArticleSignals copy = dropsPutin ? article("c" + (i + 1), "f", 10 + i, "Outlet" + i, 90, 1.0)
          : article("c" + (i + 1), "f", 10 + i, "Outlet" + i, 100, 1.0, "putin", 2, 0.0);
      articles.add(withText(copy, NOON + (i + 1) * HOUR, copies.get(i)));
    }
    articles.add(withText(article("c0", "f", 20, "Early", 100, 1.0, "putin", 1, 0.0), NOON - HOUR, text));
    ArticleSignals nextDay = article("n1", "f", 30, "Wire", 100, 1.0, "putin", 2, 0.0);
    nextDay.day = DAY + 1;
    articles.add(withText(nextDay, NOON + 24 * HOUR, text));
    articles.add(withText(article("r1", "f", 40, "Ledger", 100, 1.0, "putin", 1, 0.0), NOON,
        CopySketchTest.handwritten("dl-2025-08-14-001")));
    articles.add(withText(article("b1", "f", 50, "Ledger", 5, 1.0, "putin", 1, 0.0), NOON, "Putin spoke."));
    return articles;
  }

  @Test
  void copiesGetTheIdOfTheStorysFirstCopy() throws Exception {
    PCollection<ArticleSignals> in = p.apply(Create.of(corpus()));
    PCollection<KV<String, String>> storyOf = in.apply(new FindCopies());
    PCollection<String> stories = in.apply("Dedup", new DedupById(storyOf)).get(DedupById.UNIQUE)
        .apply(MapElements.into(TypeDescriptors.strings()).via(a -> a.articleId + ">" + a.story()));
    PAssert.that(stories).containsInAnyOrder("c0>c0", "w1>c0", "c1>c0", "c2>c0", "c3>c0", "c4>c0", "c5>c0",
        "n1>n1", "r1>r1", "b1>b1");
    p.run().waitUntilFinish();
  }

  @Test
  void storiesCountEachStoryOncePerDayAndActor() throws Exception {
    Path dictionary = tmp.resolve("actors.yaml");
    Files.writeString(dictionary, DailyTablesTest.DICTIONARY);
    PCollection<ArticleSignals> in = p.apply(Create.of(corpus()));
    PCollection<ArticleSignals> articles =
        in.apply("Dedup", new DedupById(in.apply(new FindCopies()))).get(DedupById.UNIQUE);
    PAssert.that(articles.apply(new CorpusDaily()).apply("CorpusDailyRows1", new WriteTable.Rows())
            .apply("CorpusRows", MapElements.into(TypeDescriptors.strings())
                .via(r -> row(r, "day", "articles", "stories"))))
        .containsInAnyOrder(DAY + " 9 3", (DAY + 1) + " 1 1");
    // putin: named in 8 articles of the summit story's day (c1 dropped him), in 3 stories (summit, r1, b1)
    PAssert.that(articles.apply(new ActorDaily(dictionary.toString())).apply("ActorDailyRows2", new WriteTable.Rows())
            .apply("ActorRows", MapElements.into(TypeDescriptors.strings())
                .via(r -> row(r, "day", "actor_id", "articles", "stories"))))
        .containsInAnyOrder(DAY + " putin 8 3", (DAY + 1) + " putin 1 1");
    p.run().waitUntilFinish();
  }

  @Test
  void twoThousandCopiesOfOneArticleAreOneStory() throws Exception {
    String text = CopySketchTest.handwritten("cw-2025-08-15-001");
    ArticleSignals first = withText(article("x00000", "f", 0, "Wire", 100, 1.0), NOON, text);
    List<ArticleSignals> articles = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      ArticleSignals copy = article(String.format("x%05d", i), "f", i, "Outlet" + i % 50, 100, 1.0);
      copy.copySketch = first.copySketch;
      copy.publishedAt = NOON + i;
      articles.add(copy);
    }
    PCollection<ArticleSignals> in = p.apply(Create.of(articles));
    PCollection<ArticleSignals> unique =
        in.apply("Dedup", new DedupById(in.apply(new FindCopies()))).get(DedupById.UNIQUE);
    PAssert.that(unique.apply(new CorpusDaily()).apply("CorpusDailyRows3", new WriteTable.Rows())
            .apply("CorpusRows", MapElements.into(TypeDescriptors.strings())
                .via(r -> row(r, "day", "articles", "stories"))))
        .containsInAnyOrder(DAY + " 2000 1");
    p.run().waitUntilFinish();
  }
}
