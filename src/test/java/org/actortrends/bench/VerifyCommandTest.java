package org.actortrends.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.actortrends.io.ParquetTables;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} on hand-built tables: the old truth without stories, stories per actor-day and per day, and the
 * pairwise precision and recall of "same story" over the articles table.
 */
class VerifyCommandTest {
  private static final LocalDate D1 = LocalDate.parse("2025-08-01");
  private static final LocalDate D2 = LocalDate.parse("2025-08-02");
  private static final Schema ACTOR_DAILY = SchemaBuilder.record("actor_daily").fields()
      .requiredString("actor_id").requiredLong("mentions").requiredLong("articles").endRecord();
  private static final Schema ACTOR_DAILY_STORIES = SchemaBuilder.record("actor_daily").fields()
      .requiredString("actor_id").requiredLong("mentions").requiredLong("articles").requiredLong("stories")
      .endRecord();
  private static final Schema CORPUS_DAILY = SchemaBuilder.record("corpus_daily").fields()
      .requiredLong("articles").requiredLong("stories").endRecord();
  private static final Schema ARTICLES = SchemaBuilder.record("articles").fields()
      .requiredString("article_id").requiredString("source").optionalString("url").requiredString("title")
      .requiredString("language").requiredString("story_id").requiredLong("words").optionalDouble("tone")
      .requiredLong("mentions").endRecord();

  @TempDir
  Path tmp;

  private record Result(int exit, String out) {}

  private Result verify(Path output, Path truth) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = Commands.execute(new VerifyCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)),
        new String[] {"--output=" + output, "--truth=" + truth});
    return new Result(exit, bytes.toString(StandardCharsets.UTF_8));
  }

  private Path truth(String actorDaily, String corpusDaily, String stories) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("corpus/_truth"));
    Files.writeString(dir.resolve("actor_daily.csv"), actorDaily);
    Files.writeString(dir.resolve("corpus_daily.csv"), corpusDaily);
    if (stories != null) {
      Files.writeString(dir.resolve("stories.csv"), stories);
    }
    return tmp.resolve("corpus");
  }

  private static GenericRecord actor(Schema schema, String id, long... values) {
    GenericRecord r = new GenericData.Record(schema);
    r.put("actor_id", id);
    r.put("mentions", values[0]);
    r.put("articles", values[1]);
    if (values.length > 2) {
      r.put("stories", values[2]);
    }
    return r;
  }

  private static GenericRecord day(long articles, long stories) {
    GenericRecord r = new GenericData.Record(CORPUS_DAILY);
    r.put("articles", articles);
    r.put("stories", stories);
    return r;
  }

  private static GenericRecord article(String id, String story) {
    GenericRecord r = new GenericData.Record(ARTICLES);
    r.put("article_id", id);
    r.put("source", "Harbor Times");
    r.put("url", null);
    r.put("title", "t");
    r.put("language", "en");
    r.put("story_id", story);
    r.put("words", 300L);
    r.put("tone", null);
    r.put("mentions", 2L);
    return r;
  }

  private static void articles(Path output, LocalDate day, Map<String, String> storyOf) throws IOException {
    List<GenericRecord> rows = new ArrayList<>();
    storyOf.forEach((id, story) -> rows.add(article(id, story)));
    ParquetTables.writePartition(output.resolve("articles"), day, ARTICLES, rows);
  }

  @Test
  void anOldTruthWithoutStoriesStillVerifies() throws IOException {
    Path truth = truth("day,actor_id,mentions,articles\n2025-08-01,a,5,2\n2025-08-01,b,1,1\n",
        "day,articles\n2025-08-01,3\n", null);
    Path output = tmp.resolve("out");
    ParquetTables.writePartition(output.resolve("actor_daily"), D1, ACTOR_DAILY_STORIES,
        List.of(actor(ACTOR_DAILY_STORIES, "a", 5, 2, 1), actor(ACTOR_DAILY_STORIES, "b", 1, 1, 1)));
    Result r = verify(output, truth);
    assertEquals(0, r.exit(), r.out());
    assertEquals("rows: truth 2, output 2\nexact: yes\n", r.out());

    ParquetTables.writePartition(output.resolve("actor_daily"), D1, ACTOR_DAILY, List.of(actor(ACTOR_DAILY, "a", 4, 2)));
    r = verify(output, truth);
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains("2025-08-01,a: 5,2 | 4,2\n2025-08-01,b: 1,1 | -\nexact: no (2 rows differ)"), r.out());
  }

  private static final String ACTORS = "day,actor_id,mentions,articles,stories\n"
      + "2025-08-01,a,9,4,2\n2025-08-01,b,2,2,2\n2025-08-02,a,1,1,1\n";
  private static final String DAYS = "day,articles,stories\n2025-08-01,5,3\n2025-08-02,2,2\n";
  // Day one: a1 with copies a2 and a3, b1 with copy b2; day two: c1 and c2, each its own story.
  private static final String STORIES = "article_id,story_id\na1,a1\na2,a1\na3,a1\nb1,b1\nb2,b1\n";

  private Path output(long storiesOfB, long storiesOfDay1, Map<String, String> day1, Map<String, String> day2)
      throws IOException {
    Path output = tmp.resolve("out-" + storiesOfB + "-" + storiesOfDay1 + "-" + day1.hashCode());
    ParquetTables.writePartition(output.resolve("actor_daily"), D1, ACTOR_DAILY_STORIES,
        List.of(actor(ACTOR_DAILY_STORIES, "a", 9, 4, 2), actor(ACTOR_DAILY_STORIES, "b", 2, 2, storiesOfB)));
    ParquetTables.writePartition(output.resolve("actor_daily"), D2, ACTOR_DAILY_STORIES,
        List.of(actor(ACTOR_DAILY_STORIES, "a", 1, 1, 1)));
    ParquetTables.writePartition(output.resolve("corpus_daily"), D1, CORPUS_DAILY, List.of(day(5, storiesOfDay1)));
    ParquetTables.writePartition(output.resolve("corpus_daily"), D2, CORPUS_DAILY, List.of(day(2, 2)));
    articles(output, D1, day1);
    articles(output, D2, day2);
    return output;
  }

  private static final Map<String, String> RIGHT_DAY1 = Map.of("a1", "a1", "a2", "a1", "a3", "a1", "b1", "b1",
      "b2", "b1");
  private static final Map<String, String> DAY2 = Map.of("c1", "c1", "c2", "c2");

  @Test
  void storiesThatMatchAreExact() throws IOException {
    Result r = verify(output(2, 3, RIGHT_DAY1, DAY2), truth(ACTORS, DAYS, STORIES));
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("stories: actor-days exact yes; days exact yes; pairs precision 1.000 recall 1.000"
        + " (truth pairs 4, output 4, both 4)\nexact: yes\n"), r.out());
  }

  @Test
  void storiesThatDifferAreShown() throws IOException {
    Result r = verify(output(1, 2, RIGHT_DAY1, DAY2), truth(ACTORS, DAYS, STORIES));
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains("day,actor_id: truth mentions,articles,stories | output mentions,articles,stories\n"
        + "2025-08-01,b: 2,2,2 | 2,2,1\n"), r.out());
    assertTrue(r.out().contains("day: truth stories | output stories\n2025-08-01: 3 | 2\n"), r.out());
    assertTrue(r.out().contains("exact: no (1 rows differ, 1 days' stories differ)"), r.out());
  }

  /**
   * The run splits a3 off a1's story and puts b1, b2 and c9 together; the same story id on another day is another
   * story: output pairs (a1,a2), (b1,b2), (b1,c9), (b2,c9) = 4; truth pairs 3 + 1 = 4; both (a1,a2), (b1,b2) = 2.
   */
  @Test
  void pairsComeFromTheContingencyOfStories() throws IOException {
    Map<String, String> day1 = Map.of("a1", "a1", "a2", "a1", "a3", "a3", "b1", "b1", "b2", "b1", "c9", "b1");
    Map<String, String> day2 = Map.of("c1", "a1", "c2", "c2");
    Result r = verify(output(2, 3, day1, day2), truth(ACTORS, DAYS, STORIES));
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains("pairs precision 0.500 recall 0.500 (truth pairs 4, output 4, both 2)"), r.out());
    assertTrue(r.out().contains("exact: no (0 rows differ, the stories of the articles differ)"), r.out());

    StoryCheck.Pairs p = StoryCheck.pairs(tmp.resolve("none"), Map.of("x", "x"));
    assertEquals(1.0, p.precision());
    assertEquals(1.0, p.recall());
  }

  @Test
  void anOutputWithoutStoriesSaysWhatItCouldNotCompare() throws IOException {
    Path output = tmp.resolve("old-out");
    ParquetTables.writePartition(output.resolve("actor_daily"), D1, ACTOR_DAILY,
        List.of(actor(ACTOR_DAILY, "a", 9, 4), actor(ACTOR_DAILY, "b", 2, 2)));
    ParquetTables.writePartition(output.resolve("actor_daily"), D2, ACTOR_DAILY, List.of(actor(ACTOR_DAILY, "a", 1, 1)));
    Result r = verify(output, truth(ACTORS, DAYS, STORIES));
    assertEquals(0, r.exit(), r.out());
    assertTrue(r.out().contains("stories: actor-days not compared (the output's actor_daily has no stories column);"
        + " days not compared (the output's corpus_daily has no stories column); pairs not compared (no articles"
        + " table: run with --writeArticles)\nexact: yes"), r.out());
  }
}
