package org.actortrends.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actortrends.io.ParquetTables;

/**
 * The namesake traps of a generated corpus ({@code _truth/namesakes.csv}) against a run: how many trap articles and
 * spans there are and, when the run wrote its mentions table, how many trap spans it linked and its mention
 * precision on the trap articles (mentions the truth counts, from {@code namesake_articles.csv}, over all it found
 * there). The exact check of actor_daily stays the measure; this says where a difference comes from.
 */
final class NamesakeCheck {
  private NamesakeCheck() {}

  static String summary(Path truthDir, Path output) throws IOException {
    Map<String, Set<String>> trapActors = new HashMap<>();
    long spans = 0;
    for (String[] f : rows(truthDir.resolve("namesakes.csv"))) {
      trapActors.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[2]);
      spans++;
    }
    String line = "namesake traps: " + trapActors.size() + " articles, " + spans + " spans";
    Path mentions = output.resolve("mentions");
    Path counted = truthDir.resolve("namesake_articles.csv");
    if (!Files.isDirectory(mentions) || !Files.isRegularFile(counted)) {
      return line + " (no mentions table: run with --writeMentions for the precision on them)";
    }
    Map<String, Long> truth = new HashMap<>();
    for (String[] f : rows(counted)) {
      truth.put(f[0] + "," + f[1], Long.parseLong(f[2]));
    }
    Map<String, Long> found = new HashMap<>();
    long[] linkedTraps = {0};
    ParquetTables.forEachRow(mentions, (day, r) -> {
      String article = String.valueOf(r.get("article_id"));
      Set<String> actors = trapActors.get(article);
      if (actors != null) {
        String actor = String.valueOf(r.get("actor_id"));
        found.merge(article + "," + actor, 1L, Long::sum);
        if (actors.contains(actor)) {
          linkedTraps[0]++;
        }
      }
    });
    long all = 0;
    long right = 0;
    for (Map.Entry<String, Long> e : found.entrySet()) {
      all += e.getValue();
      right += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0L));
    }
    return line + String.format(Locale.ROOT, "; linked by the job: %d; mention precision on trap articles: %.4f"
        + " (%d of %d)", linkedTraps[0], all == 0 ? 1.0 : (double) right / all, right, all);
  }

  /** The fields of a CSV's rows after its header (no quoted commas: ids and names only). */
  private static List<String[]> rows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
  }
}
