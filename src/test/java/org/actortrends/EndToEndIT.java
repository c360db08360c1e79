package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.io.ParquetTables;
import org.actortrends.io.ArticleParser;
import org.actortrends.io.CorpusFormat;
import org.actortrends.io.CorpusRecordReader;
import org.actortrends.io.FieldNames;
import org.actortrends.io.InputFiles;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.Compression;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar's {@code run} on sample-data with the direct runner, as a user would, and reads the
 * output back with DuckDB: types, accounting, and the hand-checked answer key.
 */
class EndToEndIT {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;
  static Path out;
  static JobJar.Result run;

  static JobJar.Result java(String... args) throws Exception {
    return JobJar.run(tmp, args);
  }

  @BeforeAll
  static void runTheJob() throws Exception {
    out = tmp.resolve("out");
    run = java("run", "--input=sample-data/articles,sample-data/malformed.jsonl", "--output=" + out,
        "--writeMentions", "--writeArticles");
    System.out.println(run.stdout());
    System.err.println(run.stderr());
  }

  @Test
  void succeedsAndAccountsForEveryRecord() throws Exception {
    assertEquals(0, run.exit(), run.stderr());
    JsonNode summary = JSON.readTree(out.resolve("_run/summary.json").toFile());
    long read = summary.get("read").asLong();
    assertEquals(read, summary.get("accepted").asLong() + summary.get("rejected").asLong()
        + summary.get("outside_days").asLong() + summary.get("outside_languages").asLong());
    assertTrue(summary.get("balanced").asBoolean());
    assertEquals(countRecords(Paths.get("sample-data/articles")) + countRecords(Paths.get("sample-data/malformed.jsonl")),
        read, "every non-blank input record is read once");
    assertEquals(summary.get("rejected").asLong(), rejectedRecords().size(),
        "every rejection is written with its reason");
  }

  /** README "Sample data" shows this command and the first part of this line. */
  @Test
  void printsReadmesCountsOfTheSampleRun() throws Exception {
    String line = "read 353, accepted 333, rejected 14 {bad_published_at=2, duplicate_id=1, empty_text=1,"
        + " invalid_json=2, missing_published_at=1, missing_source=1, missing_text=1, not_an_object=3, wrong_type=2},"
        + " in other languages 6 {de=1, es=1, fi=1, fr=1, it=1, pl=1}; 36 days, 72 actors; ";
    assertTrue(run.stdout().startsWith(line), "README's line: " + line + "\nprinted: " + run.stdout());
    JsonNode summary = JSON.readTree(out.resolve("_run/summary.json").toFile());
    assertEquals(353, summary.get("read").asLong());
    assertEquals(333, summary.get("accepted").asLong());
    assertEquals(14, summary.get("rejected").asLong());
    assertEquals(0, summary.get("outside_days").asLong());
    // the six hand-written articles in other languages (answer-key/README.md), detected: their records say nothing
    assertEquals(6, summary.get("outside_languages").asLong());
    Map<String, Long> byLanguage = new TreeMap<>();
    summary.get("outside_languages_by_language").fields()
        .forEachRemaining(e -> byLanguage.put(e.getKey(), e.getValue().asLong()));
    assertEquals(Map.of("de", 1L, "es", 1L, "fi", 1L, "fr", 1L, "it", 1L, "pl", 1L), byLanguage);
    Map<String, Long> byReason = new TreeMap<>();
    summary.get("rejected_by_reason").fields().forEachRemaining(e -> byReason.put(e.getKey(), e.getValue().asLong()));
    assertEquals(Map.of("bad_published_at", 2L, "duplicate_id", 1L, "empty_text", 1L, "invalid_json", 2L,
        "missing_published_at", 1L, "missing_source", 1L, "missing_text", 1L, "not_an_object", 3L, "wrong_type", 2L),
        byReason);
    assertEquals(36, summary.get("days").asLong());
    assertEquals(72, summary.get("actors").asLong());
  }

  /**
   * Parquet with Hugging Face-style columns and a news-please folder tree, read without any field option (README
   * "Input records"): 8 + 5 records, the German news-please file set aside by language.
   */
  @Test
  void readsParquetAndNewsPleaseWithoutOptions() throws Exception {
    Path formats = tmp.resolve("formats");
    JobJar.Result formatsRun = java("run", "--input=sample-data/parquet,sample-data/news-please",
        "--output=" + formats, "--writeArticles");
    assertEquals(0, formatsRun.exit(), formatsRun.stderr());
    assertTrue(formatsRun.stdout().startsWith("read 13, accepted 12, rejected 0 {}, in other languages 1 {de=1};"
        + " 7 days, 6 actors; "), formatsRun.stdout());
    Set<String> sources = new TreeSet<>();
    for (GenericRecord r : ParquetTables.readAll(formats.resolve("articles"))) {
      sources.add(r.get("source").toString());
    }
    assertEquals(Set.of("daily-example.net", "example-news.org"), sources, "domain and source_domain as sources");
    Set<String> actors = new TreeSet<>();
    for (GenericRecord r : ParquetTables.readAll(formats.resolve("actor_daily"))) {
      actors.add(r.get("actor_name").toString());
    }
    assertTrue(actors.contains("Emmanuel Macron") && actors.contains("Giorgia Meloni"), actors.toString());
  }

  /**
   * --sentimentModel=contextual changes only sentiment: the same mentions, each scored in [-1, 1], English ones all
   * scored, close to the fast scores but not the same; and the same speech, scored otherwise.
   */
  @Test
  void theContextualTargetModelScoresTheSameMentions() throws Exception {
    Path contextual = tmp.resolve("contextual");
    JobJar.Result result = java("run", "--input=sample-data/articles,sample-data/malformed.jsonl",
        "--output=" + contextual, "--writeMentions", "--sentimentModel=contextual");
    assertEquals(0, result.exit(), result.stderr());
    Map<String, Double> fast = mentionSentiment(out);
    Map<String, Double> read = mentionSentiment(contextual);
    assertEquals(fast.keySet(), read.keySet(), "the same mentions");
    int differ = 0;
    double sf = 0, sc = 0, sff = 0, scc = 0, sfc = 0;
    for (Map.Entry<String, Double> e : read.entrySet()) {
      double c = e.getValue();
      double f = fast.get(e.getKey());
      assertTrue(c >= -1 && c <= 1, e.getKey() + ": " + c);
      differ += c != f ? 1 : 0;
      sf += f;
      sc += c;
      sff += f * f;
      scc += c * c;
      sfc += f * c;
    }
    int n = read.size();
    double r = (sfc - sf * sc / n) / Math.sqrt((sff - sf * sf / n) * (scc - sc * sc / n));
    System.out.printf("contextual: %d mentions, %d scored otherwise than fast; r %.3f%n", n, differ, r);
    assertTrue(differ > n / 4, differ + " of " + n + " differ");
    assertTrue(r > 0.6, "the two scorers mostly agree: r " + r);
    // What actors say is scored by the contextual sentence model: the same speech, other scores, same scale.
    Map<String, Object> fastSpeech = expressedSentiment(out);
    Map<String, Object> readSpeech = expressedSentiment(contextual);
    assertEquals(fastSpeech.keySet(), readSpeech.keySet(), "the same actor-days");
    int scored = 0;
    int changed = 0;
    for (Map.Entry<String, Object> e : readSpeech.entrySet()) {
      assertEquals(fastSpeech.get(e.getKey()) == null, e.getValue() == null, e.getKey() + ": speech in both or none");
      if (e.getValue() != null) {
        double c = (Double) e.getValue();
        assertTrue(c >= -1 && c <= 1, e.getKey() + ": " + c);
        scored++;
        changed += c != (Double) fastSpeech.get(e.getKey()) ? 1 : 0;
      }
    }
    assertTrue(scored > 20 && changed > scored / 2, changed + " of " + scored + " speech means changed");
  }

  /** expressed_sentiment_mean by day and actor (null where the actor said nothing). */
  private static Map<String, Object> expressedSentiment(Path output) throws IOException {
    Map<String, Object> sentiment = new TreeMap<>();
    ParquetTables.forEachRow(output.resolve("actor_daily"),
        (day, r) -> sentiment.put(day + " " + r.get("actor_id"), r.get("expressed_sentiment_mean")));
    return sentiment;
  }

  /** Sentiment of each English mention by article, offset and actor. */
  private static Map<String, Double> mentionSentiment(Path output) throws IOException {
    Map<String, Double> sentiment = new TreeMap<>();
    for (GenericRecord r : ParquetTables.readAll(output.resolve("mentions"))) {
      if (r.get("language").toString().equals("en")) {
        sentiment.put(r.get("article_id") + " " + r.get("char_offset") + " " + r.get("actor_id"),
            (Double) r.get("sentiment"));
      }
    }
    return sentiment;
  }

  /** The six hand-written articles in other languages go into no table: set aside, not rejected. */
  static final Set<String> OTHER_LANGUAGES = Set.of("dl-2025-08-06-002", "co-2025-08-17-002", "cw-2025-08-18-002",
      "np-2025-08-19-003", "gd-2025-08-21-002", "eh-2025-08-24-004");
  /** The wire story of 2025-08-15 and its four copies on other outlets' sites (answer-key/README.md). */
  static final String WIRE_STORY = "cw-2025-08-15-001";
  static final Set<String> WIRE_COPIES = Set.of("co-2025-08-15-003", "dl-2025-08-15-003", "gd-2025-08-15-003",
      "ht-2025-08-15-002");

  @Test
  void articlesInOtherLanguagesGoIntoNoTable() throws Exception {
    TreeSet<String> inTables = new TreeSet<>();
    for (GenericRecord r : ParquetTables.readAll(out.resolve("articles"))) {
      inTables.add(r.get("article_id").toString());
      assertEquals("en", r.get("language").toString(), r.get("article_id").toString());
    }
    for (GenericRecord r : ParquetTables.readAll(out.resolve("mentions"))) {
      inTables.add(r.get("article_id").toString());
    }
    TreeSet<String> found = new TreeSet<>(OTHER_LANGUAGES);
    found.retainAll(inTables);
    assertEquals(Set.of(), found);
    for (JsonNode r : rejectedRecords()) {
      assertTrue(OTHER_LANGUAGES.stream().noneMatch(id -> r.get("raw").asText().contains(id)), r.toString());
    }
  }

  /**
   * The four wire copies of cw-2025-08-15-001 fold into its story: the day's stories are its articles less four, the
   * copies carry the original's story_id (the only articles whose story is not their own; the other report of the
   * summit, np-2025-08-15-003, stays its own), and the story's actors count it once in actor_daily.stories.
   */
  @Test
  void wireCopiesFoldIntoTheirOriginalsStory() throws Exception {
    List<GenericRecord> day = ParquetTables.readAll(out.resolve("corpus_daily/day=2025-08-15"));
    assertEquals(1, day.size());
    assertEquals(19L, day.get(0).get("articles"));
    assertEquals(19L - WIRE_COPIES.size(), day.get(0).get("stories"));
    Map<String, String> storyOf = new TreeMap<>();
    for (GenericRecord r : ParquetTables.readAll(out.resolve("articles"))) {
      String id = r.get("article_id").toString();
      String story = r.get("story_id").toString();
      if (!story.equals(id)) {
        storyOf.put(id, story);
      }
    }
    Map<String, String> expected = new TreeMap<>();
    WIRE_COPIES.forEach(id -> expected.put(id, WIRE_STORY));
    assertEquals(expected, storyOf, "articles whose story_id is not their own id");
    long corpusArticles = 0;
    long corpusStories = 0;
    for (GenericRecord r : ParquetTables.readAll(out.resolve("corpus_daily"))) {
      corpusArticles += (Long) r.get("articles");
      corpusStories += (Long) r.get("stories");
    }
    assertEquals(corpusArticles - WIRE_COPIES.size(), corpusStories, "no other day has copies");
    // articles, stories on 2025-08-15: the story's actors counted in all five of its articles, once as a story
    Map<String, List<Long>> actors = new TreeMap<>();
    for (GenericRecord r : ParquetTables.readAll(out.resolve("actor_daily/day=2025-08-15"))) {
      actors.put(r.get("actor_id").toString(), List.of((Long) r.get("articles"), (Long) r.get("stories")));
    }
    assertEquals(List.of(4L, 1L), actors.get("sergei_lavrov"), "the copy without the last paragraph lacks Lavrov");
    assertEquals(List.of(5L, 1L), actors.get("international_criminal_court"));
    for (String actor : List.of("donald_trump", "vladimir_putin", "volodymyr_zelensky")) {
      List<Long> counts = actors.get(actor);
      assertEquals(counts.get(0) - WIRE_COPIES.size(), counts.get(1), actor + ": articles, stories " + counts);
    }
  }

  /** Each line of malformed.jsonl is rejected with the reason its README lists, and only line 12 is accepted. */
  @Test
  void eachMalformedLineIsRejectedWithTheReasonItsReadmeLists() throws Exception {
    Map<Long, String> listed = new TreeMap<>();
    Pattern row = Pattern.compile("^\\| (\\d+) \\| (\\w+) \\|");
    for (String line : Files.readAllLines(Paths.get("sample-data/malformed.README.md"))) {
      Matcher m = row.matcher(line);
      if (m.find()) {
        listed.put(Long.parseLong(m.group(1)), m.group(2));
      }
    }
    assertEquals(15, listed.size(), "malformed.README.md lists every line: " + listed);
    assertEquals("valid", listed.remove(12L));
    Map<Long, String> rejected = new TreeMap<>();
    for (JsonNode r : rejectedRecords()) {
      if (Paths.get(r.get("file").asText()).endsWith("sample-data/malformed.jsonl")) {
        assertNull(rejected.put(r.get("line").asLong(), r.get("reason").asText()), "one rejection per line: " + r);
      }
    }
    assertEquals(listed, rejected);
  }

  @Test
  void tablesOpenInDuckDbWithDayTypedDate() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      for (String table : List.of("actor_daily", "actor_pairs_daily", "corpus_daily", "mentions")) {
        try (ResultSet rs = st.executeQuery("SELECT any_value(typeof(day)), count(*), count(DISTINCT day) FROM read_parquet('"
            + out.resolve(table) + "/**/*.parquet')")) {
          assertTrue(rs.next());
          assertEquals("DATE", rs.getString(1), table);
          assertTrue(rs.getLong(2) > 0, table + " has rows");
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT actor_id, sum(mentions) m FROM read_parquet('"
          + out.resolve("actor_daily") + "/**/*.parquet') GROUP BY 1 ORDER BY m DESC LIMIT 5")) {
        System.out.println("top actors:");
        while (rs.next()) {
          System.out.println("  " + rs.getString(1) + " " + rs.getLong(2));
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT count(DISTINCT actor_id) FROM read_parquet('"
          + out.resolve("actor_daily") + "/**/*.parquet')")) {
        rs.next();
        assertTrue(rs.getLong(1) >= 25, "at least 25 actors found in sample-data");
      }
    }
  }

  @Test
  void mentionsMatchTheHandCheckedAnswerKey() throws Exception {
    // The key covers every actor of the dictionary that its 50 articles mention, so precision is scored over every
    // actor the job finds there (a pair the key does not list is expected 0), recall over the key.
    Map<String, Long> key = new TreeMap<>();
    TreeSet<String> keyArticles = new TreeSet<>();
    try (CSVParser csv = CSVParser.parse(Paths.get("sample-data/answer-key/mentions.csv"), StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      for (CSVRecord r : csv) {
        key.put(r.get("article_id") + " " + r.get("actor_id"), Long.parseLong(r.get("mentions")));
        keyArticles.add(r.get("article_id"));
      }
    }
    Map<String, Long> found = new TreeMap<>();
    List<FoundMention> foundMentions = new ArrayList<>();
    TreeSet<String> foundArticles = new TreeSet<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT article_id, actor_id, char_offset, surface FROM read_parquet('"
            + out.resolve("mentions") + "/**/*.parquet')")) {
      while (rs.next()) {
        if (keyArticles.contains(rs.getString(1))) {
          found.merge(rs.getString(1) + " " + rs.getString(2), 1L, Long::sum);
          foundMentions.add(new FoundMention(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
          foundArticles.add(rs.getString(1));
        }
      }
    }
    long truePositives = 0;
    long predicted = found.values().stream().mapToLong(Long::longValue).sum();
    long expected = key.values().stream().mapToLong(Long::longValue).sum();
    List<String> differences = new ArrayList<>();
    TreeSet<String> all = new TreeSet<>(key.keySet());
    all.addAll(found.keySet());
    for (String k : all) {
      long want = key.getOrDefault(k, 0L);
      long got = found.getOrDefault(k, 0L);
      truePositives += Math.min(want, got);
      if (want != got) {
        differences.add(k + ": key " + want + ", found " + got);
      }
    }
    double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
    double recall = expected == 0 ? 0 : (double) truePositives / expected;
    List<String> linked = linkedNotMentions(foundMentions);
    System.out.printf("answer key: %d articles, %d mentions; found %d mentions of any actor; precision %.3f"
        + " recall %.3f; not-mentions linked: %d%n", keyArticles.size(), expected, predicted, precision, recall,
        linked.size());
    differences.forEach(d -> System.out.println("  differs: " + d));
    assertEquals(50, keyArticles.size(), "the key covers all 50 hand-written articles in English");
    assertEquals(keyArticles, foundArticles, "the job found mentions in every article of the key");
    // Floors: the measured figures README quotes (precision 0.997 = 648/650, recall 1.000) minus 0.01.
    assertTrue(precision >= 0.987 && recall >= 0.990,
        String.format("precision %.3f, recall %.3f; differences: %s", precision, recall, differences));
    assertEquals(List.of(), linked, "spans of answer-key/not-mentions.csv linked to their actor");
  }

  /** A row of the job's {@code mentions} table: where in the document (title, blank line, text) it stands. */
  record FoundMention(String articleId, String actorId, int charOffset, String surface) {}

  /**
   * The rows of {@code answer-key/not-mentions.csv} the job links anyway: a mention of the row's actor that overlaps
   * an occurrence of the row's surface in the article's document. A surface not in the article is reported too.
   */
  static List<String> linkedNotMentions(List<FoundMention> found) throws IOException {
    List<CSVRecord> rows;
    try (CSVParser csv = CSVParser.parse(Paths.get("sample-data/answer-key/not-mentions.csv"),
        StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      rows = csv.getRecords();
    }
    Set<String> ids = new TreeSet<>();
    rows.forEach(r -> ids.add(r.get("article_id")));
    Map<String, String> documents = documentsOf(ids);
    List<String> linked = new ArrayList<>();
    for (CSVRecord row : rows) {
      String article = row.get("article_id");
      String actor = row.get("actor_id");
      String surface = row.get("surface");
      String document = documents.getOrDefault(article, "");
      if (!document.contains(surface)) {
        linked.add(article + " " + actor + ": \"" + surface + "\" is not in the article");
      }
      for (int at = document.indexOf(surface); at >= 0; at = document.indexOf(surface, at + 1)) {
        for (FoundMention m : found) {
          if (m.articleId().equals(article) && m.actorId().equals(actor) && m.charOffset() < at + surface.length()
              && at < m.charOffset() + m.surface().length()) {
            linked.add(article + " " + actor + ": \"" + m.surface() + "\" at " + m.charOffset());
          }
        }
      }
    }
    return linked;
  }

  /** Title, blank line and text of the given articles of sample-data/articles, as the job builds a document. */
  static Map<String, String> documentsOf(Set<String> ids) throws IOException {
    ArticleParser parser = new ArticleParser(FieldNames.defaults(), ZoneOffset.UTC, 10 * 1024 * 1024);
    Map<String, String> documents = new TreeMap<>();
    for (String file : InputFiles.expand("sample-data/articles")) {
      try (InputStream in = Channels.newInputStream(
          Compression.detect(file).readDecompressed(Files.newByteChannel(Paths.get(file))))) {
        CorpusRecordReader.read(in, CorpusFormat.forFileName(file), parser, record -> {
          if (record.accepted() && ids.contains(record.article().getId())) {
            documents.putIfAbsent(record.article().getId(),
                ArticleExtractor.document(record.article().getTitle(), record.article().getText()));
          }
        });
      }
    }
    return documents;
  }

  /** README "WARC": the WARC sample gives its six pages as articles, one of them dated by its crawl day. */
  @Test
  void readsTheWarcSample() throws Exception {
    Path warc = tmp.resolve("warc");
    JobJar.Result result = java("run", "--input=sample-data/warc", "--output=" + warc);
    assertEquals(0, result.exit(), result.stderr());
    assertTrue(result.stdout().startsWith("read 6, accepted 6, rejected 0 {}; 4 days, "), result.stdout());
    JsonNode summary = JSON.readTree(warc.resolve("_run/summary.json").toFile());
    assertEquals(6, summary.get("read").asLong(), "the request, warcinfo, 404 and jpeg records are not read");
    assertTrue(summary.get("balanced").asBoolean());
    assertEquals(1, summary.get("dated_by_crawl_time").asLong(), "the page without a date");
    assertEquals(Map.of("request", 1L, "warcinfo", 1L, "response_404", 1L, "response_not_html", 1L),
        JSON.convertValue(summary.get("warc_records_skipped_by_kind"),
            new com.fasterxml.jackson.core.type.TypeReference<Map<String, Long>>() {}));
    Map<String, Long> macron = new TreeMap<>();
    Set<String> meloniDays = new TreeSet<>();
    for (String day : List.of("2025-08-17", "2025-08-18", "2025-08-19", "2025-08-20")) {
      for (GenericRecord r : ParquetTables.readAll(warc.resolve("actor_daily/day=" + day))) {
        String actor = r.get("actor_id").toString();
        if (actor.equals("emmanuel_macron")) {
          macron.merge(day, 1L, Long::sum);
        }
        if (actor.equals("giorgia_meloni")) {
          meloniDays.add(day);
        }
      }
    }
    assertEquals(Set.of("2025-08-17", "2025-08-18"), macron.keySet(), "Macron in the Paris and Strasbourg pages");
    assertEquals(Set.of("2025-08-20"), meloniDays, "the undated page counts on its crawl day");
  }

  @Test
  void rerunningOneDayReplacesOnlyThatDayAndGivesTheSameRows() throws Exception {
    Path own = tmp.resolve("by-day");
    assertEquals(0, java("run", "--input=sample-data/articles", "--output=" + own).exit());
    List<List<Object>> before = SameOutput.rows(own.resolve("actor_daily"));
    for (int i = 0; i < 2; i++) {
      JobJar.Result day = java("run", "--input=sample-data/articles", "--output=" + own, "--day=2025-08-13");
      assertEquals(0, day.exit(), day.stderr());
    }
    SameOutput.assertSameRows("actor_daily", before, SameOutput.rows(own.resolve("actor_daily")));
    JsonNode summary = JSON.readTree(own.resolve("_run/summary.json").toFile());
    assertEquals(1, summary.get("days").asLong());
    assertTrue(summary.get("outside_days").asLong() > 0);
    assertTrue(summary.get("balanced").asBoolean());
  }

  @Test
  void usageErrorsGiveOneLineAndExitCode2() throws Exception {
    JobJar.Result unknown = java("run", "--input=sample-data/articles", "--noSuchOption=1");
    assertEquals(2, unknown.exit());
    assertEquals(1, unknown.stderr().strip().lines().count(), unknown.stderr());
    JobJar.Result missing = java("run", "--input=does/not/exist.jsonl", "--output=" + tmp.resolve("x"));
    assertEquals(2, missing.exit());
    assertTrue(missing.stderr().contains("does/not/exist.jsonl"), missing.stderr());
    assertEquals(1, missing.stderr().strip().lines().count(), missing.stderr());
    JobJar.Result model = java("run", "--input=sample-data/articles", "--sentimentModel=bert");
    assertEquals(2, model.exit());
    assertEquals("error: --sentimentModel must be fast or contextual, not 'bert' (see: run --help)",
        model.stderr().strip());
    JobJar.Result help = java("run", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.stdout().contains("--input"));
  }

  /** Non-blank JSON lines plus CSV records, counted independently of the job. */
  static long countRecords(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      }
    } else {
      files.add(path);
    }
    long n = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      boolean gz = name.endsWith(".gz");
      String base = gz ? name.substring(0, name.length() - 3) : name;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          gz ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f), StandardCharsets.UTF_8))) {
        if (base.endsWith(".csv")) {
          try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord ignored : csv) {
              n++;
            }
          }
        } else if (base.endsWith(".jsonl") || base.endsWith(".ndjson") || base.endsWith(".json")) {
          n += r.lines().filter(l -> !l.isBlank()).count();
        }
      }
    }
    return n;
  }

  /** The records of OUTPUT/_rejected/rejected-*.jsonl. */
  static List<JsonNode> rejectedRecords() throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (Stream<Path> list = Files.list(out.resolve("_rejected"))) {
      for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) {
        for (String line : Files.readAllLines(file)) {
          records.add(JSON.readTree(line));
        }
      }
    }
    return records;
  }
}
