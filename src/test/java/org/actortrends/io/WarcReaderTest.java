package org.actortrends.io;

import static org.actortrends.io.WarcRecords.CRAWL;
import static org.actortrends.io.WarcRecords.concat;
import static org.actortrends.io.WarcRecords.gz;
import static org.actortrends.io.WarcRecords.record;
import static org.actortrends.io.WarcRecords.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class WarcReaderTest {
  private final ArticleParser parser = new ArticleParser(FieldNames.defaults(), ZoneOffset.UTC, 1_000_000);

  private final List<ParsedRecord> records = new ArrayList<>();
  private final Map<String, Integer> skipped = new TreeMap<>();
  private int datedByCrawl;

  private final WarcReader.Listener listener = new WarcReader.Listener() {
    @Override
    public void skipped(String kind) {
      skipped.merge(kind, 1, Integer::sum);
    }

    @Override
    public void datedByCrawlTime() {
      datedByCrawl++;
    }
  };

  private static final String PAGE = "<html><head><title>Macron meets Merz</title>"
      + "<meta property=\"article:published_time\" content=\"2025-08-18T09:15:00Z\"></head><body>"
      + "<nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Macron meets Merz</h1>"
      + "<p>Emmanuel Macron met Friedrich Merz in Strasbourg on Monday to talk about a joint fund for defence.</p>"
      + "<p>The two leaders said the size of the fund would be settled in the autumn once budgets are known.</p>"
      + "</article><footer>Copyright</footer></body></html>";

  @Test
  void htmlResponsesBecomeArticlesAndOtherRecordsAreSkippedByKind() throws IOException {
    byte[] warc = concat(
        gz(record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8))),
        gz(record("request", "https://a.example/x", "application/http; msgtype=request",
            "GET /x HTTP/1.1\r\nHost: a.example\r\n\r\n".getBytes(StandardCharsets.UTF_8))),
        gz(response("https://www.a.example/x", 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8))),
        gz(response("https://a.example/gone", 404, "text/html", "<html>Not found</html>".getBytes(StandardCharsets.UTF_8))),
        gz(response("https://a.example/p.jpg", 200, "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2})),
        gz(record("metadata", "https://a.example/x", "application/warc-fields", "fetchTimeMs: 12\r\n".getBytes(StandardCharsets.UTF_8))));
    read(warc);
    assertEquals(1, records.size(), records.toString());
    ParsedRecord r = records.get(0);
    assertTrue(r.accepted(), r.toString());
    assertEquals(3, r.line(), "the record's ordinal in the file");
    Article a = r.article();
    assertEquals("Macron meets Merz", a.getTitle());
    assertTrue(a.getText().startsWith("Emmanuel Macron met Friedrich Merz"), a.getText());
    assertFalse(a.getText().contains("Copyright"), a.getText());
    assertEquals("https://www.a.example/x", a.getUrl());
    assertEquals("a.example", a.getSource().replaceFirst("^www\\.", ""));
    assertEquals(Instant.parse("2025-08-18T09:15:00Z").toEpochMilli(), a.getPublishedAtMillis());
    assertEquals(LocalDate.of(2025, 8, 18), a.getDay());
    assertEquals(StableIds.of("https://www.a.example/x"), a.getId());
    assertTrue(r.raw().contains("WARC-Target-URI: https://www.a.example/x"), r.raw());
    assertFalse(r.raw().contains("Emmanuel"), "raw holds the headers, not the body");
    assertEquals(Map.of("warcinfo", 1, "request", 1, "response_404", 1, "response_not_html", 1, "metadata", 1),
        skipped);
    assertEquals(0, datedByCrawl);
  }

  @Test
  void aPageWithoutADateIsDatedByTheCrawlAndCounted() throws IOException {
    String html = "<html><head><title>Meloni</title></head><body><p>Giorgia Meloni presented a migration plan in"
        + " Rome on a day of heavy rain, and several mayors welcomed it.</p></body></html>";
    read(gz(response("https://b.example/m", 200, "text/html", html.getBytes(StandardCharsets.UTF_8))));
    assertTrue(records.get(0).accepted(), records.toString());
    assertEquals(Instant.parse(CRAWL).toEpochMilli(), records.get(0).article().getPublishedAtMillis());
    assertEquals(1, datedByCrawl);
  }

  @Test
  void charsetFromTheHttpHeaderElseTheMetaElseUtf8() throws IOException {
    String text = "<html><head>%s<title>Caf\u00e9</title></head><body><p>Friedrich Merz visited a caf\u00e9 near"
        + " the Assembl\u00e9e nationale in Paris and spoke of a new d\u00e9tente.</p></body></html>";
    read(concat(
        gz(response("https://c.example/1", 200, "text/html; charset=ISO-8859-1",
            String.format(text, "").getBytes(StandardCharsets.ISO_8859_1))),
        gz(response("https://c.example/2", 200, "text/html",
            String.format(text, "<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.ISO_8859_1))),
        gz(response("https://c.example/3", 200, "text/html",
            String.format(text, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")
                .getBytes(StandardCharsets.ISO_8859_1))),
        gz(response("https://c.example/4", 200, "application/xhtml+xml",
            String.format(text, "").getBytes(StandardCharsets.UTF_8)))));
    assertEquals(4, records.size(), records.toString());
    for (ParsedRecord r : records) {
      assertTrue(r.accepted(), r.toString());
      assertEquals("Caf\u00e9", r.article().getTitle(), r.raw());
      assertTrue(r.article().getText().contains("Assembl\u00e9e nationale"), r.article().getText());
    }
  }

  @Test
  void aPageWithoutTextIsRejectedAsEmptyTextWithItsUrl() throws IOException {
    read(gz(response("https://d.example/empty", 200, "text/html", "<html><body><nav>Home</nav></body></html>"
        .getBytes(StandardCharsets.UTF_8))));
    assertEquals(RejectReason.EMPTY_TEXT, records.get(0).reason());
    assertTrue(records.get(0).detail().contains("https://d.example/empty"), records.get(0).detail());
  }

  @Test
  void aTruncatedFileGivesOneReadErrorAndKeepsTheRecordsBeforeIt() throws IOException {
    byte[] first = gz(response("https://e.example/1", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
    byte[] second = gz(response("https://e.example/2", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
    byte[] file = concat(first, Arrays.copyOf(second, second.length / 2));
    // decompressed as the pipeline does (multi-member gzip), failing at the cut
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file))) {
      WarcReader.read(in, parser, records::add, listener);
    }
    assertEquals(2, records.size(), records.toString());
    assertTrue(records.get(0).accepted());
    assertEquals(RejectReason.READ_ERROR, records.get(1).reason());
    assertEquals(2, records.get(1).line());
  }

  @Test
  void aFiftyMegabytePageIsRejectedAsTooLargeWithoutHoldingIt() throws IOException {
    Path big = Files.createTempFile("big", ".warc");
    try {
      int size = 50 * 1024 * 1024;
      String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + size + "\r\n\r\n";
      long length = head.length() + (long) size;
      try (var out = Files.newOutputStream(big)) {
        out.write(WarcRecords.head("response", "https://f.example/big", "application/http; msgtype=response", length));
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = "<div><p>word word word word</p></div>\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        for (long written = 0; written < size; ) {
          int n = (int) Math.min(chunk.length, size - written);
          out.write(chunk, 0, n);
          written += n;
        }
        out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.write(response("https://f.example/small", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
      }
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        try (InputStream in = Files.newInputStream(big)) {
          WarcReader.read(in, parser, records::add, listener);
        }
      });
      assertEquals(2, records.size(), records.toString());
      assertEquals(RejectReason.TOO_LARGE, records.get(0).reason());
      assertTrue(records.get(0).detail().contains("https://f.example/big"));
      assertTrue(records.get(1).accepted(), "the record after it is read");
    } finally {
      Files.delete(big);
    }
  }

  @Test
  void anHtmlBombOfNestedDivsFinishesQuickly() throws IOException {
    String bomb = "<html><body>" + "<div>".repeat(100_000) + "<p>Emmanuel Macron spoke in Paris about the budget"
        + " and the fund for defence, and said more would follow.</p>" + "</div>".repeat(100_000) + "</body></html>";
    byte[] warc = gz(response("https://g.example/bomb", 200, "text/html", bomb.getBytes(StandardCharsets.UTF_8)));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(warc));
    assertEquals(1, records.size());
  }

  @Test
  void theSampleFileReadsSixArticlesAndSkipsTheRest() throws IOException {
    Path sample = Path.of("sample-data/warc/cc-news-sample.warc.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(sample))) {
      WarcReader.read(in, parser, records::add, listener);
    }
    assertEquals(6, records.size(), records.toString());
    for (ParsedRecord r : records) {
      assertTrue(r.accepted(), r.toString());
    }
    assertEquals(Map.of("warcinfo", 1, "request", 1, "response_404", 1, "response_not_html", 1), skipped);
    assertEquals(1, datedByCrawl);
    Article latin1 = records.stream().map(ParsedRecord::article)
        .filter(a -> a.getUrl().contains("nordic-ledger")).findFirst().orElseThrow();
    assertTrue(latin1.getText().contains("caf\u00e9 near the Assembl\u00e9e nationale"), latin1.getText());
    assertEquals(LocalDate.of(2025, 8, 17), latin1.getDay());
    Article soup = records.stream().map(ParsedRecord::article)
        .filter(a -> a.getUrl().contains("lowland-courier")).findFirst().orElseThrow();
    assertTrue(soup.getText().contains("Volodymyr Zelensky"), soup.getText());
    assertFalse(soup.getText().contains("First! Great article"), soup.getText());
    assertEquals(LocalDate.of(2025, 8, 19), soup.getDay());
  }

  private void read(byte[] warc) throws IOException {
    // jwarc reads gzip framing too; the pipeline hands it decompressed bytes (Beam's Compression.AUTO)
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(warc))) {
      WarcReader.read(in, parser, records::add, listener);
    }
  }
}
