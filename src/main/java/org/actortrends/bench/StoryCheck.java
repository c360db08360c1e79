package org.actortrends.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actortrends.io.ParquetTables;

/**
 * How well a run folded wire copies into stories, against a generated corpus's {@code _truth/stories.csv}
 * ({@code article_id,story_id}, every article not listed a story of its own): pairwise precision and recall of
 * "same story" over the run's {@code articles} table. A pair is two articles of the same day with the same
 * {@code story_id}; the counts come from the contingency of (day, output story, truth story), never from the pairs.
 */
final class StoryCheck {
  /** Pairs the run put together, pairs the truth has, pairs both have. */
  record Pairs(long output, long truth, long both) {
    double precision() {
      return output == 0 ? 1.0 : (double) both / output;
    }

    double recall() {
      return truth == 0 ? 1.0 : (double) both / truth;
    }

    boolean exact() {
      return both == output && both == truth;
    }
  }

  private StoryCheck() {}

  /** article_id -> story_id of {@code stories.csv}. */
  static Map<String, String> readStories(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).trim().equals("article_id,story_id")) {
      throw new IOException(file + ": expected the header article_id,story_id");
    }
    Map<String, String> out = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] f = line.trim().split(",");
        out.put(f[0], f[1]);
      }
    }
    return out;
  }

  /** The pairs of the run's {@code articles} table against {@code truth} (article_id -> story_id). */
  static Pairs pairs(Path articlesTable, Map<String, String> truth) throws IOException {
    Map<String, Long> cells = new HashMap<>();
    Map<String, Long> outputStories = new HashMap<>();
    ParquetTables.forEachRow(articlesTable, (day, r) -> {
      String article = String.valueOf(r.get("article_id"));
      String story = String.valueOf(r.get("story_id"));
      String outputKey = day + "\u0000" + story;
      outputStories.merge(outputKey, 1L, Long::sum);
      cells.merge(outputKey + "\u0000" + truth.getOrDefault(article, article), 1L, Long::sum);
    });
    Map<String, Long> truthStories = new HashMap<>();
    for (String story : truth.values()) {
      truthStories.merge(story, 1L, Long::sum);
    }
    return new Pairs(pairs(outputStories), pairs(truthStories), pairs(cells));
  }

  private static long pairs(Map<String, Long> sizes) {
    long n = 0;
    for (long k : sizes.values()) {
      n += k * (k - 1) / 2;
    }
    return n;
  }
}
