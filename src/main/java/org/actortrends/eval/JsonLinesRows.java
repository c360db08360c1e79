package org.actortrends.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The rows of a labelled JSON Lines file, one object a line (blank lines skipped), for the eval readers. */
final class JsonLinesRows {
  /** What to do with one row; {@code where} ("FILE:LINE: ") starts its error messages. */
  interface RowHandler {
    void row(JsonNode row, int lineNumber, String where) throws IOException;
  }

  private JsonLinesRows() {}

  static void forEach(Path file, RowHandler handler) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + lineNumber + ": ";
        JsonNode row;
        try {
          row = json.readTree(line);
        } catch (JsonProcessingException e) {
          throw new IOException(where + "invalid JSON: " + e.getOriginalMessage(), e);
        }
        handler.row(row, lineNumber, where);
      }
    }
  }
}
