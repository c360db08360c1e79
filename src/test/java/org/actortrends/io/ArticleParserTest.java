package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ArticleParser parser = new ArticleParser(FieldNames.defaults(), BERLIN, 10_000);

    private ParsedRecord json(String raw) {
        return parser.parseJson(7, raw);
    }

    private static void assertRejected(ParsedRecord outcome, RejectReason reason, String detailPart) {
        assertFalse(outcome.accepted(), () -> "expected " + reason + " but accepted " + outcome);
        assertEquals(reason, outcome.reason(), outcome::detail);
        assertNull(outcome.article());
        assertTrue(outcome.detail().contains(detailPart), () -> outcome.detail() + " lacks " + detailPart);
    }

    private static String sha256Prefix(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "h-" + HexFormat.of().formatHex(digest).substring(0, 16);
    }

    @Test
    void acceptsACompleteArticle() {
        String raw = "{\"id\":\"a1\",\"url\":\"https://www.example.com/x\",\"source\":\" Example News \","
                + "\"published_at\":\"2025-08-13T23:30:00Z\",\"title\":\" Hello \",\"text\":\"Body text.\"}";

        ParsedRecord outcome = json(raw);

        assertTrue(outcome.accepted(), outcome::detail);
        assertEquals(7, outcome.line());
        assertEquals(raw, outcome.raw());
        assertNull(outcome.reason());
        assertEquals(new Article("a1", "https://www.example.com/x", "Example News",
                Instant.parse("2025-08-13T23:30:00Z").toEpochMilli(), LocalDate.of(2025, 8, 14), "Hello",
                "Body text."), outcome.article());
    }

    @Test
    void optionalFieldsMayBeMissingOrNull() {
        Article article = json("{\"source\":\"s\",\"published_at\":\"2025-08-13\",\"text\":\"t\",\"title\":null,"
                + "\"url\":null}").article();

        assertEquals("", article.getTitle());
        assertNull(article.getUrl());
        assertEquals(LocalDate.of(2025, 8, 13), article.getDay());
    }

    @Test
    void integerIdsBecomeStrings() {
        assertEquals("42", json("{\"id\":42,\"source\":\"s\",\"published_at\":1755077400,\"text\":\"t\"}")
                .article().getId());
        assertEquals("123456789012345678901234567890",
                json("{\"id\":123456789012345678901234567890,\"source\":\"s\",\"published_at\":1,\"text\":\"t\"}")
                        .article().getId());
    }

    @Test
    void missingIdIsAStableHashOfTheUrl() throws Exception {
        String url = "https://example.com/story";
        ParsedRecord first = json("{\"url\":\"" + url + "\",\"published_at\":\"2025-08-13\",\"text\":\"one\"}");
        ParsedRecord second = json("{\"url\":\"" + url + "\",\"published_at\":\"2025-08-14\",\"text\":\"two\"}");

        assertEquals(sha256Prefix(url), first.article().getId());
        assertEquals(first.article().getId(), second.article().getId());
        assertEquals(18, first.article().getId().length());
    }

    @Test
    void missingIdAndUrlHashTheText() throws Exception {
        ParsedRecord outcome =
                json("{\"id\":\"  \",\"source\":\"s\",\"published_at\":\"2025-08-13\",\"text\":\"Body\"}");

        assertEquals(sha256Prefix("Body"), outcome.article().getId());
        assertNotEquals(outcome.article().getId(),
                json("{\"source\":\"s\",\"published_at\":\"2025-08-13\",\"text\":\"Other\"}").article().getId());
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.example.com/a/b?c=d,       example.com",
        "http://News.Example.co.uk:8080/x,      news.example.co.uk",
        "https://user:pw@www.example.org#frag,  example.org",
        "//cdn.example.net/x,                   cdn.example.net",
        "https://example.com.,                  example.com",
    })
    void sourceFallsBackToTheUrlHost(String url, String host) {
        ParsedRecord outcome = json("{\"url\":\"" + url + "\",\"source\":\"\",\"published_at\":\"2025-08-13\","
                + "\"text\":\"t\"}");

        assertEquals(host, outcome.article().getSource());
    }

    @Test
    void publishedAtFallsBackToOtherCommonNames() {
        assertEquals(LocalDate.of(2025, 8, 13),
                json("{\"source\":\"s\",\"date\":\"2025-08-13\",\"text\":\"t\"}").article().getDay());
        assertEquals(LocalDate.of(2025, 8, 14),
                json("{\"source\":\"s\",\"published\":\"2025-08-14\",\"text\":\"t\"}").article().getDay());
        assertEquals(LocalDate.of(2025, 8, 15),
                json("{\"source\":\"s\",\"published_at\":\"\",\"publish_date\":\"2025-08-15\",\"text\":\"t\"}")
                        .article().getDay());
    }

    @Test
    void publishedAtMayBeAnEpochNumber() {
        long expected = Instant.parse("2025-08-13T09:30:00Z").toEpochMilli();
        assertEquals(expected, json("{\"source\":\"s\",\"published_at\":1755077400,\"text\":\"t\"}")
                .article().getPublishedAtMillis());
        assertEquals(expected, json("{\"source\":\"s\",\"published_at\":1755077400000,\"text\":\"t\"}")
                .article().getPublishedAtMillis());
        assertEquals(expected + 250, json("{\"source\":\"s\",\"published_at\":1.75507740025E9,\"text\":\"t\"}")
                .article().getPublishedAtMillis());
        assertEquals(expected, json("{\"source\":\"s\",\"published_at\":\"1755077400\",\"text\":\"t\"}")
                .article().getPublishedAtMillis());
    }

    @Test
    void customFieldNamesAreUsedWithoutFallback() {
        FieldNames names = new FieldNames("guid", "link", "site", "pubDate", "headline", "body");
        ArticleParser custom = new ArticleParser(names, BERLIN, 10_000);

        Article article = custom.parseJson(1, "{\"guid\":\"g\",\"link\":\"https://x.org/1\",\"site\":\"X\","
                + "\"pubDate\":\"2025-08-13\",\"headline\":\"H\",\"body\":\"B\"}").article();
        ParsedRecord noFallback = custom.parseJson(2, "{\"site\":\"X\",\"date\":\"2025-08-13\",\"body\":\"B\"}");

        assertEquals(new Article("g", "https://x.org/1", "X", article.getPublishedAtMillis(),
                LocalDate.of(2025, 8, 13), "H", "B"), article);
        assertRejected(noFallback, RejectReason.MISSING_PUBLISHED_AT, "pubDate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": \"t\"", "not json", "{'text':'t'}", "{\"a\":1} {\"b\":2}", "{\"a\":1},"})
    void invalidJson(String raw) {
        assertRejected(json(raw), RejectReason.INVALID_JSON, "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[1,2] | array", "\"text\" | string", "42 | number", "null | null",
        "true | boolean"})
    void jsonThatIsNotAnObject(String raw, String type) {
        assertRejected(json(raw), RejectReason.NOT_AN_OBJECT, type);
    }

    @Test
    void missingText() {
        assertRejected(json("{\"source\":\"s\",\"published_at\":\"2025-08-13\"}"), RejectReason.MISSING_TEXT, "text");
        assertRejected(json("{\"source\":\"s\",\"published_at\":\"2025-08-13\",\"text\":null}"),
                RejectReason.MISSING_TEXT, "text");
    }

    @Test
    void emptyText() {
        assertRejected(json("{\"source\":\"s\",\"published_at\":\"2025-08-13\",\"text\":\" \\n\\t \"}"),
                RejectReason.EMPTY_TEXT, "text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"text\": 42                         | text: expected a string, found number",
        "\"text\": \"t\", \"published_at\": [] | published_at: expected a string or an epoch number, found array",
        "\"text\": \"t\", \"title\": {}        | title: expected a string, found object",
        "\"text\": \"t\", \"id\": 1.5          | id: expected a string or an integer, found number",
        "\"text\": \"t\", \"id\": true         | id: expected a string or an integer, found boolean",
        "\"text\": \"t\", \"url\": 3           | url: expected a string, found number",
        "\"text\": \"t\", \"source\": [\"s\"]  | source: expected a string, found array",
    })
    void wrongTypes(String fields, String detail) {
        // the defaults, but for the field under test: a key given twice would be rejected as a duplicate
        String source = fields.contains("\"source\"") ? "" : "\"source\":\"s\",";
        String published = fields.contains("\"published_at\"") ? "" : "\"published_at\":\"2025-08-13\",";
        String raw = "{" + source + published + fields + "}";
        assertRejected(json(raw), RejectReason.WRONG_TYPE, detail);
    }

    @Test
    void aKeyGivenTwiceIsRejected() {
        assertRejected(json("{\"source\":\"s\",\"published_at\":\"2025-08-13\",\"text\":\"a\",\"text\":\"b\"}"),
                RejectReason.DUPLICATE_FIELD, "Duplicate field 'text'");
    }

    @Test
    void missingPublishedAt() {
        assertRejected(json("{\"source\":\"s\",\"text\":\"t\"}"), RejectReason.MISSING_PUBLISHED_AT,
                "published_at: missing (also looked for date, published, publish_date, date_publish)");
    }

    @Test
    void badPublishedAt() {
        assertEquals("published_at: cannot parse 'yesterday'",
                json("{\"source\":\"s\",\"published_at\":\"yesterday\",\"text\":\"t\"}").detail());
        assertRejected(json("{\"source\":\"s\",\"published_at\":\"2025-02-30\",\"text\":\"t\"}"),
                RejectReason.BAD_PUBLISHED_AT, "published_at: cannot parse '2025-02-30': Invalid date 'FEBRUARY 30'");
        assertRejected(json("{\"source\":\"s\",\"date\":\"Feb 3rd\",\"text\":\"t\"}"),
                RejectReason.BAD_PUBLISHED_AT, "date: cannot parse 'Feb 3rd'");
        assertRejected(json("{\"source\":\"s\",\"published_at\":99999999999999999999,\"text\":\"t\"}"),
                RejectReason.BAD_PUBLISHED_AT, "published_at");
    }

    @Test
    void missingSource() {
        assertRejected(json("{\"published_at\":\"2025-08-13\",\"text\":\"t\"}"), RejectReason.MISSING_SOURCE,
                "source: missing");
        assertRejected(json("{\"url\":\"/relative/path\",\"published_at\":\"2025-08-13\",\"text\":\"t\"}"),
                RejectReason.MISSING_SOURCE, "no host in url");
    }

    @Test
    void tooLargeIsCheckedInUtf8BytesBeforeParsing() {
        ArticleParser small = new ArticleParser(FieldNames.defaults(), BERLIN, 58);
        String fits = "{\"source\":\"s\",\"published_at\":\"2025-08-13\",\"text\":\"abcd\"}";
        // Four two-byte characters instead of four one-byte ones: 56 chars still, but 60 bytes.
        String overInBytes = fits.replace("abcd", "\u00e9\u00e9\u00e9\u00e9").replace("2025-08-13", "not-a-date");

        assertEquals(56, fits.length());
        assertTrue(small.parseJson(1, fits).accepted());
        assertRejected(small.parseJson(1, overInBytes), RejectReason.TOO_LARGE, "58 bytes");
        assertRejected(small.parseJson(1, "not json but far too long to be parsed at all, we never look inside"),
                RejectReason.TOO_LARGE, "58 bytes");
    }

    @Test
    void fieldsTreatEmptyValuesAsMissing() {
        Map<String, String> row = new HashMap<>(Map.of("id", "", "url", "https://www.site.org/a", "source", "",
                "published_at", "2025-08-13 10:00", "title", "", "text", "Body"));

        Article article = parser.parseFields(3, "raw row", row).article();

        assertEquals("site.org", article.getSource());
        assertTrue(article.getId().startsWith("h-"));
        assertEquals("", article.getTitle());
        row.put("text", "");
        assertRejected(parser.parseFields(3, "raw row", row), RejectReason.MISSING_TEXT, "text");
        row.put("text", "   ");
        assertRejected(parser.parseFields(3, "raw row", row), RejectReason.EMPTY_TEXT, "text");
    }
}
