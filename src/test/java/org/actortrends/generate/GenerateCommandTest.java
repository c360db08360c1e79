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
        new String[] {"--articles=5", "--days=2", "--bogus", "--output=" + tmp.resolve("o5")},
        new String[] {"--articles=5", "--days=2", "--stories=-1", "--output=" + tmp.resolve("o6")},
        new String[] {"--articles=5", "--days=2", "--stories=x", "--output=" + tmp.resolve("o6")});
    for (String[] args : bad) {
      GeneratedFiles.Run run = GeneratedFiles.generate(args);
      assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
      assertTrue(run.err().startsWith("error: "), run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
    }
  }

  @Test
  void badAnomaliesAreUsageErrorsThatSayWhatIsWrong() {
    String days = "--start=2025-07-01";
    Map<String, String> bad = new TreeMap<>(Map.ofEntries(
        Map.entry("--spike=nobody_at_all:2025-07-02:6", "unknown actor id 'nobody_at_all'"),
        Map.entry("--spike=jd_vance:2025-07-04:6", "2025-07-04 is outside the generated days 2025-07-01 to 2025-07-03"),
        Map.entry("--spike=jd_vance:2025-06-30:6", "outside the generated days"),
        Map.entry("--spike=jd_vance:2025-07-02:0", "greater than 0"),
        Map.entry("--spike=jd_vance:2025-07-02:-3", "greater than 0"),
        Map.entry("--spike=jd_vance:2025-07-02:1001", "at most 1000"),
        Map.entry("--spike=jd_vance:2025-07-02:NaN", "not 'NaN'"),
        Map.entry("--spike=jd_vance:2025-07-02:6x", "not '6x'"),
        Map.entry("--spike=jd_vance:2025-07-02:", "not ''"),
        Map.entry("--spike=jd_vance:2025-07-02", "must be ACTOR_ID:YYYY-MM-DD:FACTOR"),
        Map.entry("--spike=jd_vance:2025-07-02:6:7", "must be ACTOR_ID:YYYY-MM-DD:FACTOR"),
        Map.entry("--spike=jd_vance:2025-7-2:6", "'2025-7-2' is not a day"),
        Map.entry("--sentiment-drop=jd_vance", "must be ACTOR_ID:YYYY-MM-DD"),
        Map.entry("--sentiment-drop=jd_vance:2025-07-02:6", "must be ACTOR_ID:YYYY-MM-DD"),
        Map.entry("--sentiment-drop=JD_Vance:2025-07-02", "unknown actor id 'JD_Vance'"),
        Map.entry("--sentiment-drop=jd_vance:2025-08-01", "outside the generated days")));
    int n = 0;
    for (Map.Entry<String, String> e : bad.entrySet()) {
      GeneratedFiles.Run run = GeneratedFiles.generate("--articles=5", "--days=3", days, e.getKey(),
          "--output=" + tmp.resolve("bad" + n++));
      assertEquals(2, run.exit(), e.getKey() + ": " + run.err());
      assertTrue(run.err().startsWith("error: ") && run.err().contains(e.getValue()), e.getKey() + ": " + run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
    }
    for (String[] twice : List.of(new String[] {"--spike=jd_vance:2025-07-02:6", "--spike=jd_vance:2025-07-02:2"},
        new String[] {"--sentiment-drop=jd_vance:2025-07-02", "--sentiment-drop=jd_vance:2025-07-02"})) {
      GeneratedFiles.Run run = GeneratedFiles.generate("--articles=5", "--days=3", days, twice[0], twice[1],
          "--output=" + tmp.resolve("bad" + n++));
      assertEquals(2, run.exit(), run.err());
      assertTrue(run.err().contains("jd_vance on 2025-07-02 is given twice"), run.err());
    }
    assertFalse(Files.exists(tmp.resolve("bad0")));
  }

  @Test
  void plantedAnomaliesAreListedInTheTruth() throws IOException {
    Path dir = generate("corpus", "--articles=60", "--days=3", "--start=2025-07-01", "--stories=0",
        "--sentiment-drop=donald_tusk:2025-07-02", "--spike=kash_patel:2025-07-03:2.50",
        "--spike=jd_vance:2025-07-03:6", "--spike=donald_tusk:2025-07-01:1e1");
    assertEquals(List.of("kind,actor_id,day,factor", "spike,donald_tusk,2025-07-01,10", "spike,jd_vance,2025-07-03,6",
        "spike,kash_patel,2025-07-03,2.5", "sentiment_drop,donald_tusk,2025-07-02,"),
        GeneratedFiles.csv(dir.resolve("_truth/planted.csv")));
    String readme = Files.readString(dir.resolve("_truth/README.md"));
    assertTrue(readme.contains(" --stories=0 --spike=donald_tusk:2025-07-01:10 --spike=jd_vance:2025-07-03:6"
        + " --spike=kash_patel:2025-07-03:2.5 --sentiment-drop=donald_tusk:2025-07-02 --output=DIR"), readme);
    assertTrue(readme.contains("| spikes, sentiment drops planted | 3, 1 |"), readme);
    assertTrue(readme.contains("`planted.csv`"), readme);

    Path plain = generate("plain", "--articles=60", "--days=3");
    assertEquals(List.of("kind,actor_id,day,factor"), GeneratedFiles.csv(plain.resolve("_truth/planted.csv")));
    assertFalse(Files.readString(plain.resolve("_truth/README.md")).contains(" --stories="));
  }

  @Test
  void anomaliesChangeOnlyTheirDays() {
    List<String> plain = lines(generate("plain", "--articles=400", "--days=4", "--stories=0"));
    List<String> planted = lines(generate("planted", "--articles=400", "--days=4", "--stories=0",
        "--spike=jd_vance:2025-08-03:6", "--sentiment-drop=donald_tusk:2025-08-03"));
    assertEquals(plain.size(), planted.size());
    int changed = 0;
    for (int i = 0; i < plain.size(); i++) {
      boolean anomalyDay = plain.get(i).contains("\"published_at\":\"2025-08-03T");
      if (!anomalyDay) {
        assertEquals(plain.get(i), planted.get(i));
      } else if (!plain.get(i).equals(planted.get(i))) {
        changed++;
      }
    }
    assertTrue(changed > 0);
  }

  @Test
  void helpDescribesTheOptions() {
    GeneratedFiles.Run run = GeneratedFiles.generate("--help");
    assertEquals(0, run.exit());
    for (String option : List.of("--articles", "--days", "--seed", "--output", "--layout", "--start", "--shards",
        "--stories", "--spike", "--sentiment-drop", "--format")) {
      assertTrue(run.out().contains(option), option);
    }
  }
}
