package org.actortrends.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleAnalysis;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.extract.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wire copies ({@code --copies}): the edits one by one, the copies' planted counts against the extractor, and the
 * truth tables of a small corpus recomputed article by article.
 */
class WireCopiesTest {
  @TempDir
  Path tmp;

  @Test
  void quotesAreRestyledBothWays() {
    String curly = "He said: \u201CWe will act.\u201D (\u201CNo,\u201D she said.)";
    String straight = "He said: \"We will act.\" (\"No,\" she said.)";
    assertEquals(straight, WireCopies.straightQuotes(curly));
    assertEquals(curly, WireCopies.curlyQuotes(straight));
    assertEquals("\u201CQuoted\u201D\n\n\u201CAgain.\u201D", WireCopies.curlyQuotes("\"Quoted\"\n\n\"Again.\""));
  }

  @Test
  void aCopyIsPublishedLaterTheSameDay() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int minute = 0; minute < 60; minute++) {
      String original = "2025-08-01T12:" + (minute < 10 ? "0" : "") + minute + ":00Z";
      for (int k = 0; k < 50; k++) {
        String copy = WireCopies.later(original, rng);
        assertTrue(copy.compareTo(original) > 0 && copy.startsWith("2025-08-01T12:") && copy.length() == 20,
            original + " -> " + copy);
        assertTrue(java.time.Instant.parse(copy).isAfter(java.time.Instant.parse(original)), copy);
      }
    }
  }

  @Test
  void theCopiesOfAStoryComeFromDistinctOtherOutlets() {
    for (Outlets.Outlet first : Outlets.ALL) {
      for (long original = 0; original < 40; original++) {
        Set<Outlets.Outlet> seen = new HashSet<>();
        for (int c = 0; c < 5; c++) {
          Outlets.Outlet o = WireCopies.outlet(7, original, first, c);
          assertNotEquals(first, o);
          assertTrue(seen.add(o), "copy " + c + " repeats " + o.name());
        }
      }
    }
  }

  @Test
  void theWordsACopyAddsHoldNoDictionaryPhrase() {
    PhraseTrie trie = new PhraseTrie(ActorDictionary.loadDefault());
    WireCopies wire = new WireCopies(trie);
    for (String h : WireCopies.HEADLINES) {
      assertTrue(wire.clean(h.toUpperCase(Locale.ROOT)), h);
    }
    assertFalse(wire.clean("VLADIMIR PUTIN SPEAKS"), "the scan finds an upper-cased name");
    assertFalse(wire.clean("Reporting by Vladimir Putin"));
  }

  /**
   * Article by article in a corpus that is half copies: the extractor finds exactly what each original, copy and
   * report planted; a copy names no actor its original does not, and no more often; every edit is made somewhere.
   */
  @Test
  void theExtractorFindsWhatCopiesPlanted() {
    int articles = 600;
    CorpusGenerator generator = new CorpusGenerator(new CorpusGenerator.Options(articles, 3, 21, Path.of("unused"),
        CorpusGenerator.FLAT, LocalDate.parse("2024-06-01"), 0, Popularity.STORIES_A_DAY, Anomalies.NONE, 0.1,
        0.5));
    ArticleComposer composer = generator.newComposer();
    ActorDictionary dictionary = ActorDictionary.loadDefault();
    ArticleExtractor extractor = new ArticleExtractor(dictionary);
    Map<CopyPlan.Kind, Integer> kinds = new TreeMap<>();
    int edits = 0;
    int removedSome = 0;
    for (int i = 0; i < articles; i++) {
      CopyPlan.Role role = generator.copies().role(i);
      kinds.merge(role.kind(), 1, Integer::sum);
      ArticleComposer.Article a;
      Map<String, Long> original = null;
      if (role.kind() == CopyPlan.Kind.COPY) {
        composer.compose(role.source());
        original = planted(composer, dictionary);
        WireCopies.Copy copy = composer.composeCopy(i, role.source(), role.copyNo(), generator.wire());
        assertTrue(copy.edits() != 0, "a copy has at least one edit");
        edits |= copy.edits();
        removedSome += copy.removed().isEmpty() ? 0 : 1;
        a = copy.article();
      } else if (role.kind() == CopyPlan.Kind.REPORT) {
        a = composer.composeReport(i, role.source());
      } else {
        a = composer.compose(i);
      }
      ArticleAnalysis analysis = extractor.analyze(ArticleExtractor.document(a.title(), a.text()), a.day());
      Map<String, Long> found = analysis.mentions().stream().collect(Collectors.groupingBy(
          m -> dictionary.actors().get(m.actor()).id(), TreeMap::new, Collectors.counting()));
      Map<String, Long> planted = planted(composer, dictionary);
      String surfaces = analysis.mentions().stream().map(Mention::surface).collect(Collectors.joining(" | "));
      assertEquals(planted, found, role + " " + a.id() + "\n" + a.title() + "\n" + a.text() + "\n\nfound: "
          + surfaces);
      if (original != null) {
        for (Map.Entry<String, Long> e : planted.entrySet()) {
          assertTrue(e.getValue() <= original.getOrDefault(e.getKey(), 0L), "copy names more: " + e);
        }
      }
    }
    assertEquals(WireCopies.HEADLINE | WireCopies.DATELINE | WireCopies.CREDIT | WireCopies.DROP
        | WireCopies.QUOTES, edits, "every edit is made");
    assertTrue(removedSome > 10, "copies that lost mentions: " + removedSome);
    assertTrue(kinds.get(CopyPlan.Kind.COPY) >= 290 && kinds.get(CopyPlan.Kind.COPY) <= 310, kinds.toString());
    assertTrue(kinds.get(CopyPlan.Kind.REPORT) > 10, kinds.toString());
  }

  private static Map<String, Long> planted(ArticleComposer composer, ActorDictionary dictionary) {
    Map<String, Long> out = new TreeMap<>();
    for (int actor : composer.plantedActors()) {
      out.put(dictionary.actors().get(actor).id(), (long) composer.planted(actor));
    }
    return out;
  }

  /**
   * A small corpus through the command: stories.csv names stories whose first copy is the original, published
   * strictly first, the same day, by another outlet; and actor_daily.csv and corpus_daily.csv, stories included,
   * are what the extractor finds article by article, folded by stories.csv.
   */
  @Test
  void theTruthTablesAreTheArticlesFoldedByStory() {
    Path dir = tmp.resolve("corpus");
    GeneratedFiles.Run run = GeneratedFiles.generate("--articles=500", "--days=3", "--seed=4", "--copies=0.3",
        "--output=" + dir);
    assertEquals(0, run.exit(), run.err());
    Map<String, JsonNode> byId = new HashMap<>();
    for (Path part : GeneratedFiles.parts(dir)) {
      for (JsonNode a : GeneratedFiles.articles(part)) {
        byId.put(a.get("id").asText(), a);
      }
    }
    assertEquals(500, byId.size());
    Map<String, String> storyOf = new HashMap<>();
    List<String> stories = GeneratedFiles.csv(dir.resolve("_truth/stories.csv"));
    assertEquals("article_id,story_id", stories.get(0));
    for (String line : stories.subList(1, stories.size())) {
      String[] f = line.split(",");
      storyOf.put(f[0], f[1]);
    }
    Map<String, List<String>> members = new HashMap<>();
    storyOf.forEach((article, story) -> members.computeIfAbsent(story, s -> new ArrayList<>()).add(article));
    for (Map.Entry<String, List<String>> e : members.entrySet()) {
      JsonNode first = byId.get(e.getKey());
      assertEquals(e.getKey(), storyOf.get(e.getKey()), "the original is in its story");
      assertTrue(e.getValue().size() >= 2 && e.getValue().size() <= 6, e.toString());
      Set<String> sources = new HashSet<>();
      for (String id : e.getValue()) {
        JsonNode a = byId.get(id);
        assertTrue(sources.add(a.get("source").asText()), "one copy per outlet: " + e);
        assertEquals(first.get("published_at").asText().substring(0, 10), a.get("published_at").asText()
            .substring(0, 10));
        if (!id.equals(e.getKey())) {
          assertTrue(a.get("published_at").asText().compareTo(first.get("published_at").asText()) > 0, id);
          assertNotEquals(first.get("url").asText(), a.get("url").asText());
        }
      }
    }
    List<String> reports = GeneratedFiles.csv(dir.resolve("_truth/reports.csv"));
    assertEquals("article_id,story_id", reports.get(0));
    for (String line : reports.subList(1, reports.size())) {
      String[] f = line.split(",");
      assertFalse(storyOf.containsKey(f[0]), "a different report is a story of its own");
      assertEquals(f[1], storyOf.get(f[1]));
    }

    ActorDictionary dictionary = ActorDictionary.loadDefault();
    ArticleExtractor extractor = new ArticleExtractor(dictionary);
    Map<String, long[]> actorDaily = new TreeMap<>();
    Map<String, Set<String>> actorStories = new HashMap<>();
    Map<String, long[]> corpusDaily = new TreeMap<>();
    Map<String, Set<String>> dayStories = new HashMap<>();
    for (JsonNode a : byId.values()) {
      String day = a.get("published_at").asText().substring(0, 10);
      String id = a.get("id").asText();
      String story = storyOf.getOrDefault(id, id);
      corpusDaily.computeIfAbsent(day, d -> new long[2])[0]++;
      dayStories.computeIfAbsent(day, d -> new HashSet<>()).add(story);
      ArticleAnalysis analysis = extractor.analyze(ArticleExtractor.document(a.get("title").asText(),
          a.get("text").asText()), LocalDate.parse(day));
      Map<String, Long> found = analysis.mentions().stream().collect(Collectors.groupingBy(
          m -> dictionary.actors().get(m.actor()).id(), Collectors.counting()));
      found.forEach((actor, n) -> {
        long[] row = actorDaily.computeIfAbsent(day + "," + actor, k -> new long[3]);
        row[0] += n;
        row[1]++;
        actorStories.computeIfAbsent(day + "," + actor, k -> new HashSet<>()).add(story);
      });
    }
    List<String> expected = new ArrayList<>(List.of("day,actor_id,mentions,articles,stories"));
    actorDaily.forEach((k, v) -> expected.add(k + "," + v[0] + "," + v[1] + "," + actorStories.get(k).size()));
    assertEquals(expected, GeneratedFiles.csv(dir.resolve("_truth/actor_daily.csv")));
    List<String> expectedDays = new ArrayList<>(List.of("day,articles,stories"));
    corpusDaily.forEach((d, v) -> expectedDays.add(d + "," + v[0] + "," + dayStories.get(d).size()));
    assertEquals(expectedDays, GeneratedFiles.csv(dir.resolve("_truth/corpus_daily.csv")));
  }

  @Test
  void withoutCopiesTheCorpusIsTheSameBytes() throws Exception {
    Path plain = tmp.resolve("plain");
    Path zero = tmp.resolve("zero");
    assertEquals(0, GeneratedFiles.generate("--articles=200", "--days=2", "--output=" + plain).exit());
    assertEquals(0, GeneratedFiles.generate("--articles=200", "--days=2", "--copies=0", "--output=" + zero).exit());
    for (Path f : GeneratedFiles.allFiles(plain)) {
      assertEquals(java.nio.file.Files.readString(plain.resolve(f), java.nio.charset.StandardCharsets.ISO_8859_1),
          java.nio.file.Files.readString(zero.resolve(f), java.nio.charset.StandardCharsets.ISO_8859_1),
          f.toString());
    }
    assertEquals(GeneratedFiles.allFiles(plain), GeneratedFiles.allFiles(zero));
  }

  @Test
  void tooManyCopiesIsAUsageError() {
    GeneratedFiles.Run run = GeneratedFiles.generate("--articles=20", "--days=2", "--copies=0.9",
        "--output=" + tmp.resolve("bad"));
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--copies must be between 0 and 0.6"), run.err());
  }
}
