package org.actortrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actortrends.io.ParquetTables;
import org.actortrends.report.DailyTables.ActorDay;
import org.actortrends.report.DailyTables.PairDay;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWritersTest {
  static final String EVIL = "Jane <script>alert('x')</script> \"Doe\" & Co";

  static TrendReport report() {
    TrendsTest.Tables t = new TrendsTest.Tables(300).actor("evil", TrendsTest.steady(20, 90), 0.1, -0.4)
        .actor("calm", TrendsTest.steady(30, 30), 0.1, 0.1);
    List<ActorDay> actors = t.actors.stream().map(a -> a.actorId().equals("evil") ? new ActorDay(a.day(),
        a.actorId(), EVIL, a.type(), a.mentions(), a.articles(), a.sources(), a.sentimentMean(),
        a.sentimentStddev()) : a).toList();
    return Trends.compute(new DailyTables(TrendsTest.DAY, 28, actors, t.corpus,
        List.of(new PairDay("calm", "evil", 7, 3))), TrendsTest.RULES);
  }

  @Test
  void htmlEscapesDataAndFetchesNothing() {
    String html = HtmlReport.render(report());
    assertFalse(html.contains("<script"), "no script element may come from data");
    assertTrue(html.contains("Jane &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Doe&quot; &amp; Co"));
    assertTrue(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"));
    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing is fetched");
    for (String section : List.of("rising", "falling", "sentiment", "new", "top", "pairs", "volume")) {
      assertTrue(html.contains("<section id=\"" + section + "\""), section);
    }
    // the riser has a sparkline in its card and in the top table, the calm actor in the table; the riser's tone
    // fell, so its sentiment line is in the shifts table
    assertEquals(4, count(html, "<svg class=\"sparkline"));
    assertEquals(1, count(html, "<svg class=\"sparkline sentiment-line\""));
    assertEquals(1, count(html, "<svg class=\"volume-chart\""));
  }

  @Test
  void markdownIsShortAndEscaped() {
    String md = MarkdownReport.render(report());
    assertFalse(md.contains("<script"));
    assertTrue(md.contains("**Rising**: Jane &lt;script&gt;alert\\('x'\\)&lt;/script&gt;"), md);
    assertTrue(md.lines().count() <= 12, md);
  }

  @Test
  void jsonAndParquetCarryTheSameNumbers(@TempDir Path dir) throws Exception {
    TrendReport r = report();
    Path written = ReportCommand.write(r, dir);
    JsonNode json = new ObjectMapper().readTree(written.resolve("report.json").toFile());
    assertEquals("2025-08-04", json.get("day").asText());
    assertEquals("evil", json.get("rising").get(0).get("actor_id").asText());
    assertEquals(EVIL, json.get("rising").get(0).get("actor_name").asText());
    assertEquals(29, json.get("volume").size());
    List<LocalDate> days = new ArrayList<>();
    List<GenericRecord> rows = new ArrayList<>();
    ParquetTables.forEachRow(dir.resolve("trends"), (day, row) -> {
      days.add(day);
      rows.add(row);
    });
    assertEquals(2, rows.size());
    GenericRecord evil = rows.get(0);
    assertEquals("rising", evil.get("label").toString());
    assertEquals("down", evil.get("sentiment_shift").toString());
    assertEquals(1, evil.get("rank"));
    assertEquals(List.of(TrendsTest.DAY, TrendsTest.DAY), days, "the day is the partition's");
    assertNull(evil.getSchema().getField("day"), "the day is in the path only");
    try (var files = Files.list(written)) {
      assertEquals(List.of("report.html", "report.json", "report.md"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    try (var files = Files.list(dir.resolve("trends/day=" + TrendsTest.DAY))) {
      assertEquals(List.of("part-00000-of-00001.parquet"), files.map(p -> p.getFileName().toString()).toList(),
          "no stray files (.crc)");
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of("reports", "trends"), files.map(p -> p.getFileName().toString()).sorted()
          .filter(n -> !n.startsWith(".")).toList(), "the staging directory is gone");
    }
  }

  private static int count(String s, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
