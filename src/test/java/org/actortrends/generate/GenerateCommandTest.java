package org.actortrends.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.actortrends.extract.ActorDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate command end to end: files, layouts, truth tables, determinism and usage errors. */
class GenerateCommandTest {
  @TempDir
  Path tmp;

  private Path generate(String name, String... options) {
    Path dir = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of(options));
    args.add("--output=" + dir);
    GeneratedFiles.Run run = GeneratedFiles.generate(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("generated "), run.out());
    return dir;
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
    Path a = generate("a", "--articles=300", "--days=4", "--seed=5");
    Path b = generate("b", "--articles=300", "--days=4", "--seed=5");
    Path c = generate("c", "--articles=300", "--days=4", "--seed=6");
    List<Path> files = GeneratedFiles.allFiles(a);
    assertEquals(files, GeneratedFiles.allFiles(b));
    for (Path f : files) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
    }
    assertEquals(files, GeneratedFiles.allFiles(c));
    for (Path f : GeneratedFiles.parts(a)) {
      Path same = c.resolve(a.relativize(f));
      assertFalse(java.util.Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(same)), f.toString());
    }
    assertFalse(Files.readString(a.resolve("_truth/actor_daily.csv"))
        .equals(Files.readString(c.resolve("_truth/actor_daily.csv"))));
  }

  @Test
  void shardsAndLayoutChangeWhereArticlesGoNotWhatTheySay() {
    List<String> one = lines(generate("one", "--articles=250", "--days=3", "--shards=1"));
    List<String> three = lines(generate("three", "--articles=250", "--days=3", "--shards=3"));
    List<String> byDay = lines(generate("by-day", "--articles=250", "--days=3", "--layout=by-day"));
    assertEquals(250, one.size());
    assertEquals(one, three);
    assertEquals(one, byDay);
  }

  private static List<String> lines(Path dir) {
    List<String> out = new ArrayList<>();
    for (Path part : GeneratedFiles.parts(dir)) {
      GeneratedFiles.articles(part).forEach(a -> out.add(a.toString()));
    }
    return out;
  }

  @Test
  void byDayLayoutPutsEachArticleInItsDaysFolder() {
    Path dir = generate("corpus", "--articles=400", "--days=5", "--layout=by-day", "--shards=2",
        "--start=2024-02-27");
    Set<String> ids = new HashSet<>();
    Set<String> folders = new HashSet<>();
    for (Path part : GeneratedFiles.parts(dir)) {
      String folder = dir.relativize(part).getName(0).toString();
      assertTrue(folder.matches("2024-0[23]-\\d\\d"), folder);
      assertTrue(part.getFileName().toString().matches("part-0000[01]\\.jsonl\\.gz"), part.toString());
      folders.add(folder);
      for (JsonNode a : GeneratedFiles.articles(part)) {
        assertEquals(folder + "T12:", a.get("published_at").asText().substring(0, 14));
        assertTrue(a.get("published_at").asText().endsWith(":00Z"));
        assertTrue(ids.add(a.get("id").asText()), "duplicate id " + a.get("id"));
      }
    }
    assertEquals(Set.of("2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"), folders);
    assertEquals(400, ids.size());
  }

  @Test
  void truthTablesAddUpToWhatTheFilesHold() {
    Path dir = generate("corpus", "--articles=500", "--days=6", "--seed=9");
    Map<String, Integer> perDay = new TreeMap<>();
    for (Path part : GeneratedFiles.parts(dir)) {
      for (JsonNode a : GeneratedFiles.articles(part)) {
        perDay.merge(a.get("published_at").asText().substring(0, 10), 1, Integer::sum);
      }
    }
    List<String> corpus = GeneratedFiles.csv(dir.resolve("_truth/corpus_daily.csv"));
    assertEquals("day,articles", corpus.get(0));
    Map<String, Integer> truthPerDay = new TreeMap<>();
    corpus.stream().skip(1).forEach(l -> truthPerDay.put(l.split(",")[0], Integer.parseInt(l.split(",")[1])));
    assertEquals(perDay, truthPerDay);
    assertEquals(500, perDay.values().stream().mapToInt(Integer::intValue).sum());

    ActorDictionary dictionary = ActorDictionary.loadDefault();
    List<String> actorDaily = GeneratedFiles.csv(dir.resolve("_truth/actor_daily.csv"));
    assertEquals("day,actor_id,mentions,articles", actorDaily.get(0));
    String previous = "";
    for (String line : actorDaily.subList(1, actorDaily.size())) {
      String[] f = line.split(",");
      String key = f[0] + "," + f[1];
      assertTrue(key.compareTo(previous) > 0, "sorted by day then actor: " + key);
      previous = key;
      assertTrue(dictionary.byId(f[1]) != null, f[1]);
      long mentions = Long.parseLong(f[2]);
      long articles = Long.parseLong(f[3]);
      assertTrue(articles >= 1 && articles <= mentions && articles <= perDay.get(f[0]), line);
    }
    assertTrue(Files.exists(dir.resolve("_truth/README.md")));
  }

  @Test
  void articlesHaveTheFieldsAndBetween300And1500Words() {
    Path dir = generate("corpus", "--articles=400", "--days=2", "--seed=11");
    long chars = 0;
    int n = 0;
    Set<String> sources = new HashSet<>();
    for (Path part : GeneratedFiles.parts(dir)) {
      for (JsonNode a : GeneratedFiles.articles(part)) {
        for (String field : List.of("id", "url", "source", "published_at", "title", "text")) {
          assertFalse(a.path(field).asText().isBlank(), field + " of " + a);
        }
        String text = a.get("text").asText();
        int words = text.trim().split("\\s+").length;
        assertTrue(words >= 300 && words <= 1500, words + " words in " + a.get("id"));
        assertTrue(text.contains("\n\n"), "paragraphs");
        assertTrue(a.get("url").asText().startsWith("https://"), a.get("url").asText());
        sources.add(a.get("source").asText());
        chars += text.length();
        n++;
      }
    }
    assertTrue(sources.size() >= 8, sources.toString());
    double average = chars / (double) n;
    assertTrue(average > 4000 && average < 6500, "average " + average + " characters");
  }

  @Test
  void usageErrorsAreOneLineAndExitTwo() throws IOException {
    Path full = Files.createDirectories(tmp.resolve("full"));
    Files.writeString(full.resolve("x.txt"), "x");
    List<String[]> bad = List.of(
        new String[] {"--days=2", "--output=" + tmp.resolve("o1")},
        new String[] {"--articles=0", "--days=2", "--output=" + tmp.resolve("o2")},
        new String[] {"--articles=5", "--days=2", "--layout=nested", "--output=" + tmp.resolve("o3")},
        new String[] {"--articles=5", "--days=2", "--start=2025-13-01", "--output=" + tmp.resolve("o4")},
        new String[] {"--articles=5", "--days=2", "--output=" + full},
        new String[] {"--articles=5", "--days=2", "--bogus", "--output=" + tmp.resolve("o5")});
    for (String[] args : bad) {
      GeneratedFiles.Run run = GeneratedFiles.generate(args);
      assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
      assertTrue(run.err().startsWith("error: "), run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
    }
  }

  @Test
  void helpDescribesTheOptions() {
    GeneratedFiles.Run run = GeneratedFiles.generate("--help");
    assertEquals(0, run.exit());
    for (String option : List.of("--articles", "--days", "--seed", "--output", "--layout", "--start", "--shards")) {
      assertTrue(run.out().contains(option), option);
    }
  }
}
