package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * A run's tables as the three readers users reach for read them, each with its default call, as README shows:
 * DuckDB {@code read_parquet('T/**}{@code /*.parquet')} (its JDBC driver, in this JVM), Spark in local mode
 * {@code spark.read.parquet('T')} and pandas {@code pd.read_parquet('T')} (each in its own process, from
 * {@code src/test/readers/}). All three must see the same rows, with {@code day} once: a DATE in DuckDB, a date in
 * Spark, and in pandas a category of day strings that README's one step turns into {@code datetime64[s]}.
 *
 * <p>Spark's classpath comes from {@code src/test/readers/spark/pom.xml} through Maven; pandas and pyarrow from
 * {@code python3} ({@code .ci/run} installs them). On CI ({@code CI=true}) a missing reader fails the test with the
 * reason; elsewhere the test is skipped, saying which reader is missing.
 */
final class TableReaders {
  static final List<String> TABLES = List.of("actor_daily", "actor_pairs_daily", "corpus_daily", "names_daily",
      "mentions", "articles", "trends");
  private static final Path READERS = Paths.get("src/test/readers");
  private static final Path SPARK_CLASSPATH = Paths.get("target/readers/spark.classpath");
  private static final double TOLERANCE = 1e-9;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** What Spark's own launcher opens on Java 17 (Spark's JavaModuleOptions). */
  private static final List<String> SPARK_JVM_OPTIONS = List.of(
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
      "-Djdk.reflect.useDirectMethodHandle=false");

  /** One table as one reader saw it: the type it gave {@code day}, its columns, and its rows without nulls. */
  record TableRead(String dayType, List<String> columns, List<Map<String, Object>> rows) {}

  private TableReaders() {}

  /** Fails unless DuckDB, Spark and pandas each read every table of {@code output} the same, day typed as said. */
  static void assertEveryReaderReads(Path output, Path scratch) throws Exception {
    List<Path> dirs = new ArrayList<>();
    for (String table : TABLES) {
      assertTrue(Files.isDirectory(output.resolve(table)), "no table " + table + " in " + output);
      dirs.add(output.resolve(table).toAbsolutePath());
    }
    Path pandasOut = runPandas(dirs, scratch);
    Path sparkOut = runSpark(dirs, scratch);
    Map<String, TableRead> pandas = parse(pandasOut);
    Map<String, TableRead> spark = parse(sparkOut);
    for (String table : TABLES) {
      TableRead duck = duckDb(output.resolve(table));
      assertEquals("DATE", duck.dayType(), "DuckDB's type of day in " + table);
      assertEquals("date", spark.get(table).dayType(), "Spark's type of day in " + table);
      assertEquals("category -> datetime64[s]", pandas.get(table).dayType(), "pandas' type of day in " + table);
      assertEquals(1, duck.columns().stream().filter("day"::equals).count(), table + ": day once " + duck.columns());
      for (Map.Entry<String, TableRead> reader : Map.of("Spark", spark.get(table), "pandas", pandas.get(table))
          .entrySet()) {
        assertEquals(new TreeSet<>(duck.columns()), new TreeSet<>(reader.getValue().columns()),
            reader.getKey() + " columns of " + table);
        assertSameRows(table + " (DuckDB vs " + reader.getKey() + ")", duck.rows(), reader.getValue().rows());
      }
    }
  }

  /** {@code SELECT * FROM read_parquet('T/**}{@code /*.parquet')}, nothing else said. */
  static TableRead duckDb(Path tableDir) throws Exception {
    List<String> columns = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    String dayType = null;
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + tableDir.toAbsolutePath()
            + "/**/*.parquet')")) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        columns.add(meta.getColumnName(c));
        if (meta.getColumnName(c).equals("day")) {
          dayType = meta.getColumnTypeName(c);
        }
      }
      while (rs.next()) {
        Map<String, Object> row = new TreeMap<>();
        for (int c = 1; c <= columns.size(); c++) {
          Object v = rs.getObject(c);
          if (v instanceof Map<?, ?> map) {
            row.put(columns.get(c - 1), new TreeMap<>(map).toString()); // a MAP column, as "{k=v, ...}"
          } else if (v != null) {
            row.put(columns.get(c - 1), v instanceof Number || v instanceof String ? v : v.toString());
          }
        }
        rows.add(row);
      }
    }
    return new TableRead(dayType, columns, rows);
  }

  private static Path runPandas(List<Path> dirs, Path scratch) throws Exception {
    if (exec(scratch, "pandas-check", List.of("python3", "-c", "import pandas, pyarrow")) != 0) {
      missing("pandas with pyarrow (pip install pandas pyarrow; .ci/run does)", scratch.resolve("pandas-check.err"));
    }
    List<String> cmd = new ArrayList<>(List.of("python3", READERS.resolve("pandas/pandas_read.py").toString()));
    dirs.forEach(d -> cmd.add(d.toString()));
    assertEquals(0, exec(scratch, "pandas", cmd), "pandas: " + tail(scratch.resolve("pandas.err")));
    return scratch.resolve("pandas.out");
  }

  private static Path runSpark(List<Path> dirs, Path scratch) throws Exception {
    if (!Files.isRegularFile(SPARK_CLASSPATH)) {
      String maven = System.getProperty("maven.home") != null
          ? Paths.get(System.getProperty("maven.home"), "bin", "mvn").toString() : "mvn";
      int resolved = exec(scratch, "spark-classpath", List.of(maven, "-B", "-f",
          READERS.resolve("spark/pom.xml").toString(), "dependency:build-classpath",
          "-Dmdep.outputFile=" + SPARK_CLASSPATH.toAbsolutePath()));
      if (resolved != 0 || !Files.isRegularFile(SPARK_CLASSPATH)) {
        missing("Spark's classpath (Maven resolves src/test/readers/spark/pom.xml)",
            scratch.resolve("spark-classpath.out"));
      }
    }
    Path local = Files.createDirectories(scratch.resolve("spark-local"));
    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Djava.io.tmpdir=" + local));
    cmd.addAll(SPARK_JVM_OPTIONS);
    cmd.addAll(List.of("-cp", Files.readString(SPARK_CLASSPATH).trim(),
        READERS.resolve("spark/SparkRead.java").toString(), local.toString()));
    dirs.forEach(d -> cmd.add(d.toString()));
    assertEquals(0, exec(scratch, "spark", cmd), "Spark: " + tail(scratch.resolve("spark.err")));
    return scratch.resolve("spark.out");
  }

  /** Fails on CI, where every reader must be there; skips elsewhere ({@link Required}). */
  private static void missing(String what, Path log) throws Exception {
    Required.missing(what + "; its last output: " + tail(log));
  }

  private static int exec(Path scratch, String name, List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectOutput(scratch.resolve(name + ".out").toFile())
        .redirectError(scratch.resolve(name + ".err").toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail(name + " did not finish in 10 minutes: " + cmd);
    }
    return p.exitValue();
  }

  private static String tail(Path log) throws Exception {
    if (!Files.exists(log)) {
      return "(no output)";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }

  /**
   * A MAP column as "{k=v, ...}" sorted by key, as DuckDB's is rendered: Spark writes it as a JSON object, pandas
   * (pyarrow) as a list of [key, value] pairs.
   */
  private static String mapText(JsonNode v) {
    TreeMap<String, Object> map = new TreeMap<>();
    if (v.isObject()) {
      v.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asLong()));
    } else {
      v.forEach(pair -> map.put(pair.get(0).asText(), pair.get(1).asLong()));
    }
    return map.toString();
  }

  /** The JSON lines of a reader script: one object per table. */
  private static Map<String, TableRead> parse(Path out) throws Exception {
    Map<String, TableRead> tables = new TreeMap<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      if (!line.startsWith("{")) {
        continue;
      }
      JsonNode t = JSON.readTree(line);
      String dayType = t.get("day_type").asText()
          + (t.has("day_type_converted") ? " -> " + t.get("day_type_converted").asText() : "");
      List<String> columns = new ArrayList<>();
      t.get("columns").forEach(c -> columns.add(c.asText()));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (JsonNode r : t.get("rows")) {
        Map<String, Object> row = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> cell = it.next();
          JsonNode v = cell.getValue();
          if (v.isObject() || v.isArray()) {
            row.put(cell.getKey(), mapText(v));
          } else if (!v.isNull()) {
            row.put(cell.getKey(), v.isIntegralNumber() ? (Object) v.asLong() : v.isNumber() ? v.asDouble() : v.asText());
          }
        }
        rows.add(row);
      }
      tables.put(t.get("table").asText(), new TableRead(dayType, columns, rows));
    }
    assertEquals(new TreeSet<>(TABLES), tables.keySet(), "tables read by " + out.getFileName());
    return tables;
  }

  /** Same rows in a canonical order; numbers compared as numbers (pandas reads a nullable INT32 as float). */
  static void assertSameRows(String what, List<Map<String, Object>> want, List<Map<String, Object>> got) {
    assertTrue(!want.isEmpty(), what + ": no rows");
    assertEquals(want.size(), got.size(), what + ": row count");
    List<Map<String, Object>> w = sorted(want);
    List<Map<String, Object>> g = sorted(got);
    for (int r = 0; r < w.size(); r++) {
      assertEquals(w.get(r).keySet(), g.get(r).keySet(), what + " row " + r + ": " + w.get(r) + " vs " + g.get(r));
      for (Map.Entry<String, Object> cell : w.get(r).entrySet()) {
        Object a = cell.getValue();
        Object b = g.get(r).get(cell.getKey());
        if (a instanceof Number x && b instanceof Number y) {
          assertEquals(x.doubleValue(), y.doubleValue(), TOLERANCE * Math.max(1, Math.abs(x.doubleValue())),
              what + " row " + r + " " + cell.getKey());
        } else {
          assertEquals(a, b, what + " row " + r + " " + cell.getKey() + ": " + w.get(r) + " vs " + g.get(r));
        }
      }
    }
  }

  private static List<Map<String, Object>> sorted(List<Map<String, Object>> rows) {
    List<Map<String, Object>> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(TableReaders::sortKey));
    return copy;
  }

  /** Every cell, numbers rounded so that readers' last digits do not reorder rows. */
  private static String sortKey(Map<String, Object> row) {
    StringBuilder key = new StringBuilder();
    for (Map.Entry<String, Object> cell : row.entrySet()) { // a TreeMap: by column name
      Object v = cell.getValue();
      key.append(cell.getKey()).append('=')
          .append(v instanceof Number n ? String.format("%.6f", n.doubleValue()) : v).append('\u0001');
    }
    return key.toString();
  }
}
