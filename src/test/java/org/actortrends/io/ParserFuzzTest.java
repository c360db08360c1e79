package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based: whatever the bytes, the record reader and the parser give exactly one outcome per record, never
 * throw and never hang. Inputs are built from the pieces that break parsers (brackets, quotes, escapes, separators,
 * line ends, NULs, invalid UTF-8, field names the parser looks for) as well as from random bytes.
 */
class ParserFuzzTest {
  private static final Duration LOOP_GUARD = Duration.ofSeconds(20);
  private final ArticleParser parser = new ArticleParser(FieldNames.defaults(), ZoneId.of("Europe/Berlin"), 4096);

  @Provide
  Arbitrary<String> jsonish() {
    Arbitrary<String> piece = Arbitraries.of("{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\u0000", "\\\"",
        "\"text\"", "\"published_at\"", "\"source\"", "\"id\"", "\"title\"", "\"url\"", "null", "true", "42", "-1e999",
        "1.5", "\"2025-08-13\"", "\"2025-02-30T25:61:00+14:00\"", "\"Wed, 13 Aug 2025 09:30:00 GMT\"",
        "1755077400000", "\"Zelensky\"", "\"\u00e9\u4e2d\ud83d\ude00\"", "\ud800", " ", "\t", "\u00a0", "\u2028");
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void parseJsonGivesOneOutcomeForAnyLine(@ForAll("jsonish") String line) {
    ParsedRecord r = assertTimeoutPreemptively(LOOP_GUARD, () -> parser.parseJson(7, line));
    assertOneOutcome(r, 7);
  }

  @Property(tries = 2000)
  void parseJsonGivesOneOutcomeForAnyString(@ForAll String line) {
    assertOneOutcome(parser.parseJson(1, line), 1);
  }

  @Provide
  Arbitrary<byte[]> files() {
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        jsonish().map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        Arbitraries.of("\n", "\r\n", "\r", "\u0000", ",", "\"\"", "\"", "id,source,published_at,text\n")
            .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(16),
        Arbitraries.just(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}),
        Arbitraries.just(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3}));
    return piece.list().ofMaxSize(40).map(parts -> {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      parts.forEach(b::writeBytes);
      return b.toByteArray();
    });
  }

  @Property(tries = 1500)
  void aFileOfAnyBytesGivesOneOutcomePerRecordInOrder(@ForAll("files") byte[] bytes,
      @ForAll boolean csv) {
    List<ParsedRecord> outcomes = new ArrayList<>();
    assertTimeoutPreemptively(LOOP_GUARD, () -> CorpusRecordReader.read(new ByteArrayInputStream(bytes),
        csv ? CorpusFormat.CSV : CorpusFormat.JSON_LINES, parser, outcomes::add));
    long lines = 1;
    for (byte b : bytes) {
      if (b == '\n' || b == '\r') {
        lines++;
      }
    }
    assertTrue(outcomes.size() <= lines, outcomes.size() + " outcomes from " + lines + " lines");
    long previous = 0;
    for (ParsedRecord r : outcomes) {
      assertOneOutcome(r, r.line());
      assertTrue(r.line() > previous, "outcomes in line order");
      previous = r.line();
    }
  }

  private static void assertOneOutcome(ParsedRecord r, long line) {
    assertNotNull(r);
    assertEquals(line, r.line());
    if (r.accepted()) {
      assertNotNull(r.article());
      assertTrue(!r.article().getText().isBlank(), "an accepted article has a text");
    } else {
      assertNotNull(r.reason());
      assertNotNull(r.detail());
    }
  }
}
