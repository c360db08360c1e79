package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.actortrends.io.ParquetRows;
import org.actortrends.io.ParquetTables;
import org.actortrends.io.WarcRecords;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on inputs real corpora and hostile senders produce: every case finishes, every record is accounted for
 * ({@code read == accepted + rejected + outside_languages}) and every rejected one has its precise reason; ten
 * thousand copies of one article are one story; web archives (truncated, a 50 MB page, an HTML bomb, wrong charsets),
 * Parquet of wrong column types and a news-please file holding an array end as read, accepted or rejected; a corrupt file fails the run
 * with one line by default and is one read error with {@code --onCorruptFile=skip}; a gzip bomb stops at the limits;
 * inputs are left as they were and nothing is written outside the output directory.
 */
class HostileInputIT {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;
  static Path corpus;
  static Path out;
  static JobJar.Result run;
  static Map<String, String> hashesBefore;
  static TreeSet<String> filesBefore;

  /** An article of ours whose title names an actor, so every accepted one shows up in the mentions table. */
  static String article(String id, String publishedAt, String text) {
    return "{\"id\":\"" + id + "\",\"source\":\"Test Wire\",\"published_at\":\"" + publishedAt + "\","
        + "\"title\":\"Volodymyr Zelensky meets Emmanuel Macron\",\"text\":\"" + text + "\"}"; // full names: every day
  }

  static String article(String id) {
    return article(id, "2025-08-13T10:00:00Z", "Volodymyr Zelensky met Emmanuel Macron in Paris.");
  }

  static void write(String name, byte[] bytes) throws IOException {
    Files.write(corpus.resolve(name), bytes);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  @BeforeAll
  static void writeTheCasesAndRun() throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    out = tmp.resolve("out");
    byte[] invalid = utf8(article("utf8-1", "2025-08-13T10:00:00Z", "Zelensky in PARIS."));
    int at = new String(invalid, StandardCharsets.ISO_8859_1).indexOf("PARIS");
    invalid[at] = (byte) 0xff;
    invalid[at + 1] = (byte) 0xfe;
    write("invalid_utf8.jsonl", concat(invalid, utf8("\n" + article("utf8-2") + "\n")));
    write("bom.jsonl", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
        utf8(article("bom-1") + "\n" + article("bom-2") + "\n")));
    write("crlf.jsonl", utf8(article("crlf-1") + "\r\n" + article("crlf-2") + "\r\n"));
    write("lone_cr.jsonl", utf8(article("cr-1") + "\r" + article("cr-2") + "\r"));
    write("nul.jsonl", concat(utf8(article("nul-1", "2025-08-13", "Zelensky\\u0000 met Macron.") + "\n"),
        new byte[] {0, 0, '\n'}, utf8(article("nul-3") + "\n")));
    write("one_word.jsonl", utf8(article("word-1", "2025-08-13", "a".repeat(1024 * 1024)) + "\n"));
    try (OutputStream big = Files.newOutputStream(corpus.resolve("big.jsonl"))) {
      big.write(utf8(article("big-1", "2025-08-13", "Zelensky spoke. ".repeat(50 * 1024 * 1024 / 16)) + "\n"));
    }
    write("empty.jsonl", new byte[0]);
    write("whitespace.jsonl", utf8("   \n\t\n  \r\n \n"));
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    write("bad_json.jsonl", utf8(String.join("\n",
        "{\"id\":\"j1\",\"source\":\"x\",\"published_at\":\"2025-08-13\",\"text\":\"Zelensky met",
        "{\"id\":\"j2\",\"source\":\"x\",\"published_at\":\"2025-08-13\",\"text\":{\"a\":[\"Zelensky\"]}}",
        "{\"id\":\"j3\",\"source\":\"x\",\"published_at\":\"2025-08-13\",\"text\":42}",
        "{\"id\":\"j4\",\"source\":\"x\",\"published_at\":[],\"text\":\"Zelensky\"}",
        "{\"id\":\"j5\",\"source\":\"x\",\"published_at\":\"2025-08-13\",\"text\":\"Zelensky\",\"text\":\"Macron\"}",
        deep,
        "{\"id\":\"j7\",\"source\":\"x\",\"published_at\":\"2025-08-13\",\"nested\":" + deep + ",\"text\":\"Zelensky\"}",
        article("j8", "2025-08-13", "[".repeat(10_000)),
        "}{", "") ));
    write("quoted.csv", utf8("id,source,published_at,title,text\n"
        + "csv-1,x,2025-08-13,Zelensky,\"Zelensky said:\n\"\"we will\"\"\nwin\"\n"
        + "csv-2,x,2025-08-13,Zelensky\n"
        + "csv-3,x,2025-08-13,Zelensky,Macron,extra,more\n"));
    write("dates.jsonl", utf8(String.join("\n", article("d-0001", "0001-01-01T00:00:00Z", "x"),
        article("d-9999", "9999-12-31T23:59:59Z", "x"), article("d-feb30", "2025-02-30", "x"),
        article("d-plus14", "2025-08-13T10:00:00+14:00", "x"),
        article("d-gap", "2025-03-30T02:30:00", "x"), "")));
    byte[] many = utf8(String.join("\n", java.util.stream.IntStream.range(0, 2000)
        .mapToObj(i -> article("gz-" + i)).toList()) + "\n");
    byte[] gz = gzip(many);
    write("truncated.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
    try (OutputStream bomb = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("bomb.jsonl.gz")))) {
      bomb.write(utf8("{\"id\":\"bomb\",\"source\":\"x\",\"published_at\":\"2025-08-13\",\"text\":\""));
      byte[] a = new byte[1 << 20];
      Arrays.fill(a, (byte) 'A');
      for (int i = 0; i < 300; i++) {
        bomb.write(a);
      }
      bomb.write(utf8("\"}\n"));
    }
    // One article in ten thousand copies (other ids and outlets, the same minute): one story.
    String wire = "Volodymyr Zelensky met Emmanuel Macron in Paris on Wednesday to discuss air defence, new"
        + " sanctions and the repair of the power grid before the winter.";
    write("copies.jsonl", utf8(String.join("\n", java.util.stream.IntStream.range(0, 10_000)
        .mapToObj(i -> article(String.format("copy-%05d", i), "2025-08-14T09:00:00Z", wire)
            .replace("Test Wire", "Outlet " + (i % 97))).toList()) + "\n"));
    // A text of one repeated word, twice: too little text to be anyone's copy, so two stories.
    write("repeated.jsonl", utf8(article("rep-1", "2025-08-14T10:00:00Z", "peace ".repeat(5000)) + "\n"
        + article("rep-2", "2025-08-14T11:00:00Z", "peace ".repeat(5000)) + "\n"));
    // Another language (set aside with the default --languages=en), a language field that is no language code
    // (detected instead: English), and one of the wrong JSON type (a rejection, as for every field).
    write("languages.jsonl", utf8(String.join("\n",
        "{\"id\":\"lang-de\",\"source\":\"Test Wire\",\"published_at\":\"2025-08-14T10:00:00Z\","
            + "\"title\":\"Merz und Macron beraten über den Frieden\",\"text\":\"Bundeskanzler Friedrich Merz hat am"
            + " Mittwoch mit dem französischen Präsidenten Emmanuel Macron über einen möglichen Frieden in der"
            + " Ukraine gesprochen. Beide wollen die Unterstützung für Kiew fortsetzen.\"}",
        article("lang-bad", "2025-08-14T10:00:00Z", "Volodymyr Zelensky met Emmanuel Macron in Paris.")
            .replace("}", ",\"language\":\"not a language\"}"),
        article("lang-type", "2025-08-14T10:00:00Z", "Volodymyr Zelensky met Emmanuel Macron in Paris.")
            .replace("}", ",\"language\":42}"), "")));
    writeFormatCases();
    hashesBefore = hashes(corpus);
    filesBefore = filesUnder(tmp);
    run = JobJar.run(tmp, "run", "--input=" + corpus, "--output=" + out, "--writeMentions", "--writeArticles",
        "--timezone=Europe/Berlin", "--onCorruptFile=skip", "--maxFileBytes=200000000",
        "--maxRejectedFraction=1");
  }

  /** A news page of ours published on 2025-08-15 naming two actors, with this much room for hostile parts. */
  static String page(String title, String published, String inside) {
    return "<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\""
        + published + "\"></head><body><nav><a href=/>Home</a></nav><article>" + inside + "<p>Emmanuel Macron met"
        + " Volodymyr Zelensky in Paris on Friday to talk about air defence, sanctions and the winter.</p>"
        + "<p>Both said that more help would follow before the end of the year.</p></article></body></html>";
  }

  static final String ON_THE_15TH = "2025-08-15T10:00:00Z";

  /**
   * WARC, Parquet and news-please cases: a truncated WARC, a 50 MB page, an HTML bomb, pages whose charset is
   * wrong or unknown, a Parquet file with the text in an int column and a news-please file holding an array.
   */
  static void writeFormatCases() throws IOException {
    ByteArrayOutputStream pages = new ByteArrayOutputStream();
    // Pages of a few KB: readers read ahead, so the last buffer before the cut is lost with it.
    for (int i = 0; i < 200; i++) {
      pages.writeBytes(WarcRecords.gz(WarcRecords.response("https://cut.example/" + i, 200, "text/html",
          utf8(page("Page " + i, ON_THE_15TH, ("<p>Report number " + i + " of two hundred on the talks.</p>")
              .repeat(40))))));
    }
    write("truncated.warc.gz", Arrays.copyOf(pages.toByteArray(), pages.size() / 2));

    try (OutputStream big = Files.newOutputStream(corpus.resolve("page50mb.warc"))) {
      int size = 50 * 1024 * 1024;
      byte[] head = utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + size + "\r\n\r\n");
      big.write(WarcRecords.head("response", "https://big.example/page", "application/http; msgtype=response",
          head.length + (long) size));
      big.write(head);
      byte[] chunk = utf8("<div><p>Macron word word word</p></div>\n".repeat(1024));
      for (long written = 0; written < size; written += chunk.length) {
        big.write(chunk, 0, (int) Math.min(chunk.length, size - written));
      }
      big.write(utf8("\r\n\r\n"));
      big.write(WarcRecords.response("https://big.example/after", 200, "text/html",
          utf8(page("After the big page", ON_THE_15TH, ""))));
    }

    String bomb = "<div>".repeat(100_000) + "<b>deep</b>" + "</div>".repeat(100_000);
    byte[] latin1 = page("Caf\u00e9 in Z\u00fcrich", ON_THE_15TH, "<p>Un caf\u00e9 pr\u00e8s de Z\u00fcrich.</p>")
        .getBytes(StandardCharsets.ISO_8859_1);
    write("html.warc.gz", concat(
        WarcRecords.gz(WarcRecords.response("https://bomb.example/nested", 200, "text/html",
            utf8(page("Nested", ON_THE_15TH, bomb)))),
        WarcRecords.gz(WarcRecords.response("https://charset.example/latin1-said-utf8", 200,
            "text/html; charset=utf-8", latin1)),
        WarcRecords.gz(WarcRecords.response("https://charset.example/unknown", 200, "text/html; charset=x-klingon",
            utf8(page("Unknown charset", ON_THE_15TH, "")))),
        WarcRecords.gz(WarcRecords.response("https://charset.example/utf8-said-latin1", 200,
            "text/html; charset=iso-8859-1", utf8(page("Z\u00fcrich", ON_THE_15TH, ""))))));

    Schema intText = SchemaBuilder.record("row").fields().requiredInt("text").requiredString("domain")
        .requiredString("date").requiredString("url").endRecord();
    ParquetRows.write(corpus.resolve("wrong_types.parquet"), intText, List.of(
        Map.of("text", 1, "domain", "p.example", "date", "2025-08-15", "url", "https://p.example/1"),
        Map.of("text", 2, "domain", "p.example", "date", "2025-08-15", "url", "https://p.example/2")));
    Path newsPlease = Files.createDirectories(corpus.resolve("news-please/p.example"));
    Files.writeString(newsPlease.resolve("array.json"), "[\n  {\n    \"maintext\": \"Emmanuel Macron spoke.\",\n"
        + "    \"date_publish\": \"2025-08-15 10:00:00\",\n    \"source_domain\": \"p.example\"\n  }\n]\n");
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(b)) {
      g.write(data);
    }
    return b.toByteArray();
  }

  /** file name + line -> reason, of every rejected record. */
  static Map<String, String> rejected() throws IOException {
    Map<String, String> reasons = new TreeMap<>();
    try (Stream<Path> files = Files.list(out.resolve("_rejected"))) {
      for (Path f : files.toList()) {
        for (String line : Files.readAllLines(f)) {
          JsonNode r = JSON.readTree(line);
          String file = Path.of(r.get("file").asText()).getFileName().toString();
          reasons.put(file + ":" + r.get("line").asLong(), r.get("reason").asText() + " " + r.get("detail").asText());
        }
      }
    }
    return reasons;
  }

  static TreeSet<String> acceptedIds() throws Exception {
    TreeSet<String> ids = new TreeSet<>();
    for (GenericRecord r : ParquetTables.readAll(out.resolve("articles"))) {
      ids.add(r.get("article_id").toString());
    }
    return ids;
  }

  @Test
  void theRunFinishesAndAccountsForEveryRecord() throws Exception {
    assertEquals(0, run.exit(), run.stderr());
    JsonNode summary = JSON.readTree(out.resolve("_run/summary.json").toFile());
    System.out.println("hostile inputs: " + summary);
    assertTrue(summary.get("balanced").asBoolean());
    assertEquals(summary.get("read").asLong(), summary.get("accepted").asLong() + summary.get("rejected").asLong()
        + summary.get("outside_languages").asLong());
    assertEquals("{\"de\":1}", summary.get("outside_languages_by_language").toString());
    assertEquals(summary.get("rejected").asLong(), rejected().size(), "one rejected record per rejection");
  }

  @Test
  void eachRejectedRecordHasItsPreciseReason() throws Exception {
    Map<String, String> r = rejected();
    r.forEach((k, v) -> System.out.println("  rejected " + k + " " + v.substring(0, Math.min(v.length(), 140))));
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("nul.jsonl:2", "invalid_json"),
        Map.entry("big.jsonl:1", "too_large"),
        Map.entry("bad_json.jsonl:1", "invalid_json"),
        Map.entry("bad_json.jsonl:2", "wrong_type"),
        Map.entry("bad_json.jsonl:3", "wrong_type"),
        Map.entry("bad_json.jsonl:4", "wrong_type"),
        Map.entry("bad_json.jsonl:5", "duplicate_field"),
        Map.entry("bad_json.jsonl:6", "invalid_json"),
        Map.entry("bad_json.jsonl:7", "invalid_json"),
        Map.entry("bad_json.jsonl:9", "invalid_json"),
        Map.entry("quoted.csv:5", "csv_malformed"),
        Map.entry("quoted.csv:6", "csv_malformed"),
        Map.entry("dates.jsonl:2", "bad_published_at"),
        Map.entry("dates.jsonl:3", "bad_published_at"),
        Map.entry("bomb.jsonl.gz:1", "read_error"),
        Map.entry("languages.jsonl:3", "wrong_type"),
        Map.entry("page50mb.warc:1", "too_large"),
        Map.entry("wrong_types.parquet:1", "wrong_type"),
        Map.entry("wrong_types.parquet:2", "wrong_type"),
        Map.entry("array.json:1", "not_an_object")));
    String truncated = r.keySet().stream().filter(k -> k.startsWith("truncated.jsonl.gz:")).findFirst().orElseThrow();
    expected.put(truncated, "read_error");
    String truncatedWarc = r.keySet().stream().filter(k -> k.startsWith("truncated.warc.gz:")).findFirst()
        .orElseThrow();
    expected.put(truncatedWarc, "read_error");
    assertEquals(expected.keySet(), r.keySet());
    expected.forEach((k, reason) -> assertTrue(r.get(k).startsWith(reason + " "), k + ": " + r.get(k)));
    assertTrue(r.get("bad_json.jsonl:2").contains("text: expected a string, found object"));
    assertTrue(r.get("bad_json.jsonl:4").contains("published_at: expected a string or an epoch number, found array"));
    assertTrue(r.get("bad_json.jsonl:5").contains("Duplicate field 'text'"));
    assertTrue(r.get("bad_json.jsonl:6").contains("nesting depth"));
    assertTrue(r.get("bomb.jsonl.gz:1").contains("inflates past --maxFileBytes=200000000"));
    assertTrue(r.get(truncated).matches("read_error .*; \\d+ records read before it"), r.get(truncated));
    assertTrue(r.get("page50mb.warc:1").contains("https://big.example/page is larger than the limit"));
    assertTrue(r.get("wrong_types.parquet:1").contains("text: expected a string column, found int32"));
  }

  @Test
  void webArchivesParquetAndNewsPleaseEndAsReadAcceptedOrRejected() throws Exception {
    Map<String, String> titleOf = new TreeMap<>();
    for (GenericRecord a : ParquetTables.readAll(out.resolve("articles"))) {
      if (a.get("url") != null && a.get("url").toString().matches("https://[a-z]+\\.example/.*")) {
        titleOf.put(a.get("url").toString(), String.valueOf(a.get("title")));
      }
    }
    assertEquals("After the big page", titleOf.get("https://big.example/after"), "the record after 50 MB is read");
    assertEquals("Nested", titleOf.get("https://bomb.example/nested"), "100,000 nested divs");
    assertEquals("Caf\u00e9 in Z\u00fcrich", titleOf.get("https://charset.example/latin1-said-utf8"));
    assertEquals("Z\u00fcrich", titleOf.get("https://charset.example/utf8-said-latin1"));
    assertEquals("Unknown charset", titleOf.get("https://charset.example/unknown"));
    String truncated = rejected().entrySet().stream().filter(e -> e.getKey().startsWith("truncated.warc.gz:"))
        .findFirst().orElseThrow().getValue();
    long before = Long.parseLong(truncated.replaceAll(".*; (\\d+) records read before it", "$1"));
    assertTrue(before > 20 && before < 200, truncated);
    assertEquals(before, titleOf.keySet().stream().filter(u -> u.startsWith("https://cut.example/")).count());
    Map<String, Long> actorsOnThe15th = new TreeMap<>();
    for (GenericRecord row : ParquetTables.readAll(out.resolve("actor_daily/day=2025-08-15"))) {
      actorsOnThe15th.put(row.get("actor_id").toString(), (Long) row.get("articles"));
    }
    assertEquals(before + 5, actorsOnThe15th.get("emmanuel_macron"), "every accepted page names Macron: "
        + actorsOnThe15th);
  }

  @Test
  void everyOtherRecordIsAcceptedIncludingTheRecordsBeforeTheCorruption() throws Exception {
    TreeSet<String> ids = acceptedIds();
    for (String id : List.of("utf8-1", "utf8-2", "bom-1", "bom-2", "crlf-1", "crlf-2", "cr-1", "cr-2", "nul-1",
        "nul-3", "word-1", "j8", "csv-1", "d-0001", "d-plus14", "d-gap")) {
      assertTrue(ids.contains(id), id + " accepted; accepted ids without gz-*: "
          + ids.stream().filter(i -> !i.startsWith("gz-")).toList());
    }
    String truncated = rejected().entrySet().stream().filter(e -> e.getKey().startsWith("truncated"))
        .findFirst().orElseThrow().getValue();
    long before = Long.parseLong(truncated.replaceAll(".*; (\\d+) records read before it", "$1"));
    assertTrue(before > 0 && before < 2000, truncated);
    assertEquals(before, ids.stream().filter(id -> id.startsWith("gz-")).count());
    assertFalse(ids.contains("bomb"));
    assertTrue(Files.isDirectory(out.resolve("corpus_daily/day=0001-01-01")));
    assertTrue(rejected().get("dates.jsonl:2").contains("outside the years 0001 to 9999"),
        "9999-12-31T23:59:59Z is already the year 10000 in Berlin");
    assertTrue(Files.isDirectory(out.resolve("corpus_daily/day=2025-08-12")), "+14:00 is the day before in Berlin");
    assertTrue(Files.isDirectory(out.resolve("corpus_daily/day=2025-03-30")), "a local time in the DST gap");
    assertTrue(ids.contains("lang-bad") && !ids.contains("lang-de"), "German set aside, a bad language field ignored");
  }

  @Test
  void tenThousandCopiesAreOneStoryAndRepeatedWordsAreNobodysCopy() throws Exception {
    Map<String, String> storyOf = new TreeMap<>();
    for (GenericRecord r : ParquetTables.readAll(out.resolve("articles"))) {
      storyOf.put(r.get("article_id").toString(), r.get("story_id").toString());
    }
    for (int i = 0; i < 10_000; i++) {
      assertEquals("copy-00000", storyOf.get(String.format("copy-%05d", i)), "copy " + i);
    }
    assertEquals("rep-1", storyOf.get("rep-1"));
    assertEquals("rep-2", storyOf.get("rep-2"));
    GenericRecord day = ParquetTables.readAll(out.resolve("corpus_daily/day=2025-08-14")).get(0);
    assertEquals(10_000 + 2 + 1 + 0L, day.get("articles"), "copies, repeated words, lang-bad (lang-type rejected)");
    assertEquals(1 + 2 + 1L, day.get("stories"));
  }

  @Test
  void inputsAreOnlyReadAndNothingIsWrittenOutsideTheOutput() throws Exception {
    assertEquals(hashesBefore, hashes(corpus), "the input files are unchanged");
    TreeSet<String> after = filesUnder(tmp);
    after.removeIf(p -> p.equals("out") || p.startsWith("out/") || p.equals("failed") || p.startsWith("failed/")
        || p.matches("(out|err).*\\.txt"));
    TreeSet<String> before = new TreeSet<>(filesBefore);
    before.removeIf(p -> p.matches("(out|err).*\\.txt"));
    assertEquals(before, after, "no file appears outside the output directory");
  }

  @Test
  void aCorruptFileFailsTheRunWithOneLineByDefault() throws Exception {
    Path failed = tmp.resolve("failed");
    JobJar.Result r = JobJar.run(tmp, "run", "--input=" + corpus.resolve("truncated.jsonl.gz") + ","
        + corpus.resolve("crlf.jsonl"), "--output=" + failed);
    assertEquals(1, r.exit());
    List<String> lines = r.stderr().lines().filter(l -> !l.isBlank() && !l.startsWith("progress: ")).toList();
    assertEquals(1, lines.size(), r.stderr());
    assertTrue(lines.get(0).startsWith("error: the job failed: cannot read ") && lines.get(0).contains(
        "truncated.jsonl.gz at line ") && lines.get(0).contains("--onCorruptFile=skip"), lines.get(0));
    assertFalse(Files.exists(failed.resolve("corpus_daily")), "nothing published");
  }

  static Map<String, String> hashes(Path dir) throws Exception {
    Map<String, String> h = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(f)) {
          byte[] buf = new byte[1 << 16];
          for (int n; (n = in.read(buf)) > 0; ) {
            sha.update(buf, 0, n);
          }
        }
        h.put(dir.relativize(f).toString(), HexFormat.of().formatHex(sha.digest()) + " " + Files.getLastModifiedTime(f));
      }
    }
    return h;
  }

  static TreeSet<String> filesUnder(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString()).filter(s -> !s.isEmpty())
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }
}
