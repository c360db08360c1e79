package org.actortrends.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actortrends.extract.Actor;
import org.actortrends.extract.ActorDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Namesake traps: the truth lists every planted span, the text holds them as planted (the made-up person in full
 * first, then the shared word alone), the trap actor is named nowhere else in the article, and the counts and every
 * article without a trap are the same as without {@code --namesakes}.
 */
class NamesakeTrapsTest {
  @TempDir
  Path tmp;

  private Path generate(String name, String... options) {
    Path dir = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of(options));
    args.add("--output=" + dir);
    GeneratedFiles.Run run = GeneratedFiles.generate(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    return dir;
  }

  @Test
  void trapsAreListedInTheTruthAndWrittenAsPlanted() throws Exception {
    Path traps = generate("traps", "--articles=600", "--days=5", "--seed=3", "--namesakes=0.2");
    Path plain = generate("plain", "--articles=600", "--days=5", "--seed=3");
    ActorDictionary dictionary = ActorDictionary.loadDefault();

    Map<String, List<String[]>> spansByArticle = new LinkedHashMap<>();
    List<String> rows = GeneratedFiles.csv(traps.resolve("_truth/namesakes.csv"));
    assertEquals("article_id,surface,actor_id_it_is_not", rows.get(0));
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      assertEquals(3, f.length, row);
      spansByArticle.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
    }
    assertTrue(spansByArticle.size() > 60 && spansByArticle.size() < 180, "trap articles: " + spansByArticle.size());
    assertTrue(Files.readString(traps.resolve("_truth/README.md")).contains("namesakes.csv"));

    Map<String, JsonNode> withTraps = articles(traps);
    Map<String, JsonNode> without = articles(plain);
    boolean firstNameTrap = false;
    for (Map.Entry<String, List<String[]>> e : spansByArticle.entrySet()) {
      JsonNode article = withTraps.get(e.getKey());
      String text = article.get("text").asText();
      String document = article.get("title").asText() + "\n\n" + text;
      List<String[]> spans = e.getValue();
      String full = spans.get(0)[1];
      String word = spans.get(1)[1];
      Actor actor = dictionary.byId(spans.get(0)[2]);
      assertTrue(full.split(" ").length == 2 && (full.endsWith(" " + word) || full.startsWith(word + " ")), full);
      firstNameTrap |= full.startsWith(word + " ");
      for (String[] span : spans.subList(1, spans.size())) {
        assertEquals(word, span[1]);
        assertEquals(actor.id(), span[2]);
      }
      // The shared word appears exactly as often as planted, the first time inside the full name.
      List<Integer> at = wholeWord(document, word);
      assertEquals(spans.size(), at.size(), e.getKey() + ": " + word);
      int fullAt = document.indexOf(full);
      assertTrue(fullAt >= 0 && fullAt <= at.get(0) && at.get(0) < fullAt + full.length(), full);
      assertFalse(document.contains(actor.name()), actor.name());
      assertFalse(without.get(e.getKey()).get("text").asText().equals(text));
    }
    assertTrue(firstNameTrap, "no first-name trap among " + spansByArticle.size());

    for (Map.Entry<String, JsonNode> e : without.entrySet()) {
      if (!spansByArticle.containsKey(e.getKey())) {
        assertEquals(e.getValue(), withTraps.get(e.getKey()), e.getKey());
      }
    }
    assertEquals(GeneratedFiles.csv(plain.resolve("_truth/actor_daily.csv")),
        GeneratedFiles.csv(traps.resolve("_truth/actor_daily.csv")));
    assertFalse(Files.exists(plain.resolve("_truth/namesakes.csv")));
  }

  @Test
  void aFractionOutsideZeroToOneIsAUsageError() {
    GeneratedFiles.Run run = GeneratedFiles.generate("--articles=10", "--days=1", "--namesakes=1.5",
        "--output=" + tmp.resolve("bad"));
    assertEquals(GenerateCommand.USAGE, run.exit());
    assertTrue(run.err().contains("--namesakes"), run.err());
  }

  private static Map<String, JsonNode> articles(Path dir) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Path part : GeneratedFiles.parts(dir)) {
      for (JsonNode a : GeneratedFiles.articles(part)) {
        out.put(a.get("id").asText(), a);
      }
    }
    return out;
  }

  private static List<Integer> wholeWord(String text, String word) {
    List<Integer> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}'’-])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}-])").matcher(text);
    while (m.find()) {
      out.add(m.start());
    }
    return out;
  }
}
