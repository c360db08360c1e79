package org.actortrends.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** An answer key of mention counts, CSV {@code article_id,actor_id,mentions} with a header row. */
final class AnswerKey {
  private AnswerKey() {}

  /** "article_id actor_id" → mentions. */
  static Map<String, Long> read(Path file) throws IOException {
    Map<String, Long> key = new TreeMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .build())) {
      for (String column : new String[] {"article_id", "actor_id", "mentions"}) {
        if (!csv.getHeaderMap().containsKey(column)) {
          throw new IOException(file + ": no column " + column + " (expected article_id,actor_id,mentions)");
        }
      }
      for (CSVRecord row : csv) {
        try {
          key.merge(pair(row.get("article_id"), row.get("actor_id")), Long.parseLong(row.get("mentions").trim()),
              Long::sum);
        } catch (NumberFormatException e) {
          throw new IOException(file + ":" + (row.getRecordNumber() + 1) + ": mentions is not a number");
        }
      }
    }
    return key;
  }

  static String pair(String articleId, String actorId) {
    return articleId + " " + actorId;
  }

  static String article(String pair) {
    return pair.substring(0, pair.indexOf(' '));
  }

  static String actor(String pair) {
    return pair.substring(pair.indexOf(' ') + 1);
  }
}
