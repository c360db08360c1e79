package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Asserts that two runs wrote the same rows in every table, the same rejections and the same counts. */
final class SameOutput {
  static final List<String> TABLES = List.of("actor_daily", "actor_pairs_daily", "corpus_daily", "names_daily",
      "mentions", "articles");
  private static final double TOLERANCE = 1e-9;

  private SameOutput() {}

  static void assertSame(Path expected, Path actual) throws Exception {
    for (String table : TABLES) {
      assertSameRows(table, rows(expected.resolve(table)), rows(actual.resolve(table)));
    }
    assertEquals(rejectedLines(expected), rejectedLines(actual), "rejected records");
    ObjectMapper json = new ObjectMapper();
    JsonNode want = json.readTree(expected.resolve("_run/summary.json").toFile());
    JsonNode got = json.readTree(actual.resolve("_run/summary.json").toFile());
    for (String field : List.of("read", "accepted", "rejected", "rejected_by_reason", "outside_days",
        "outside_languages", "outside_languages_by_language", "days", "actors", "balanced")) {
      assertEquals(want.get(field), got.get(field), "summary " + field);
    }
  }

  /** Same rows in the same canonical order, doubles equal to {@value #TOLERANCE}. */
  static void assertSameRows(String table, List<List<Object>> want, List<List<Object>> got) {
    assertTrue(!want.isEmpty(), table + " is empty");
    assertEquals(want.size(), got.size(), table + ": row count");
    for (int r = 0; r < want.size(); r++) {
      List<Object> w = want.get(r);
      List<Object> g = got.get(r);
      for (int c = 0; c < w.size(); c++) {
        if (w.get(c) instanceof Double d) {
          assertEquals(d, (Double) g.get(c), TOLERANCE, table + " row " + r + " column " + c);
        } else {
          assertEquals(w.get(c), g.get(c), table + " row " + r + " column " + c + ": " + w + " vs " + g);
        }
      }
    }
  }

  /** Every row of a table, in a canonical order, as DuckDB reads it by default ({@code day} from the partition path). */
  static List<List<Object>> rows(Path tableDir) throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + tableDir + "/**/*.parquet') ORDER BY ALL")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
          Object v = rs.getObject(c);
          row.add(v instanceof Number n && !(v instanceof Double) ? (Object) n.longValue() : v);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  static List<String> rejectedLines(Path output) throws Exception {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(output.resolve("_rejected"))) {
      for (Path f : files.toList()) {
        lines.addAll(Files.readAllLines(f));
      }
    }
    lines.sort(null);
    return lines;
  }
}
