package org.actortrends.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GMB-style JSON Lines of tokenized sentences with entity spans: {@code {"id", "tokens": [...], "entities":
 * [{"type", "start", "end", "text"}]}}, spans as token indices with {@code end} exclusive.
 */
public final class TaggedSentences {
  public record Entity(String type, int start, int end) {}

  public record Sentence(String id, List<String> tokens, List<Entity> entities) {}

  private TaggedSentences() {}

  public static List<Sentence> read(Path file) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    JsonLinesRows.forEach(file, (row, lineNumber, where) -> {
      if (!row.path("tokens").isArray() || !row.path("entities").isArray()) {
        throw new IOException(where + "expected a tokens list and an entities list");
      }
      List<String> tokens = new ArrayList<>();
      row.get("tokens").forEach(t -> tokens.add(t.asText()));
      List<Entity> entities = new ArrayList<>();
      for (JsonNode e : row.get("entities")) {
        int start = e.path("start").asInt(-1);
        int end = e.path("end").asInt(-1);
        if (start < 0 || end <= start || end > tokens.size()) {
          throw new IOException(where + "entity span " + start + ".." + end + " outside the sentence");
        }
        entities.add(new Entity(e.path("type").asText(""), start, end));
      }
      sentences.add(new Sentence(row.path("id").asText(String.valueOf(lineNumber)), tokens, entities));
    });
    return sentences;
  }
}
