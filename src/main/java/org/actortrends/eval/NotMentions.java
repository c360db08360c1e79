package org.actortrends.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The answer key's spans that must not be linked to an actor ({@code article_id,actor_id,surface,reason}): a
 * namesake or a common word spelled like the actor's name. Every occurrence of the surface in the article's
 * document (title, blank line, text) is such a span.
 */
final class NotMentions {
  private NotMentions() {}

  record Row(String articleId, String actorId, String surface, String reason) {}

  static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .build())) {
      for (String column : new String[] {"article_id", "actor_id", "surface", "reason"}) {
        if (!csv.getHeaderMap().containsKey(column)) {
          throw new IOException(file + ": no column " + column + " (expected article_id,actor_id,surface,reason)");
        }
      }
      for (CSVRecord row : csv) {
        rows.add(new Row(row.get("article_id"), row.get("actor_id"), row.get("surface"), row.get("reason")));
      }
    }
    return rows;
  }

  /**
   * One line per broken row: a mention of the row's actor that overlaps an occurrence of its surface, or a surface
   * that is not in the article at all (a stale row). {@code documents}: article id → document.
   */
  static List<String> violations(List<Row> rows, Map<String, String> documents,
      List<MentionsCommand.Found> found) {
    List<String> out = new ArrayList<>();
    for (Row row : rows) {
      String document = documents.get(row.articleId());
      List<int[]> places = new ArrayList<>();
      for (int at = document == null ? -1 : document.indexOf(row.surface()); at >= 0;
          at = document.indexOf(row.surface(), at + 1)) {
        places.add(new int[] {at, at + row.surface().length()});
      }
      if (places.isEmpty()) {
        out.add(row.articleId() + " " + row.actorId() + ": \"" + row.surface() + "\" is not in the article");
        continue;
      }
      for (MentionsCommand.Found m : found) {
        if (!m.articleId().equals(row.articleId()) || !m.actorId().equals(row.actorId())) {
          continue;
        }
        int end = m.charOffset() + m.surface().length();
        for (int[] place : places) {
          if (m.charOffset() < place[1] && place[0] < end) {
            out.add(row.articleId() + " " + row.actorId() + ": \"" + m.surface() + "\" at " + m.charOffset()
                + " is linked, but \"" + row.surface() + "\" is " + row.reason());
          }
        }
      }
    }
    return out;
  }
}
