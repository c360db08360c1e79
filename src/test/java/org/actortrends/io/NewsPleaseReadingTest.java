package org.actortrends.io;

import static org.actortrends.io.Inputs.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NewsPleaseReadingTest {

    private static final String NEWS_PLEASE = """
            {
                "authors": [
                    "Staff Writer"
                ],
                "date_download": "2025-08-10 09:00:00",
                "date_modify": null,
                "date_publish": "2025-08-12 10:15:00",
                "description": "A summary.",
                "filename": "x.json",
                "image_url": "https://example-news.org/img.jpg",
                "language": "en",
                "localpath": null,
                "maintext": "Emmanuel Macron travelled to Rome.\\nHe met Giorgia Meloni.",
                "source_domain": "example-news.org",
                "title": "Macron travels to Rome",
                "title_page": null,
                "title_rss": null,
                "url": "https://example-news.org/np/1"
            }
            """;

    @Test
    void readsOnePrettyPrintedObjectWithNewsPleaseFieldNames() throws IOException {
        List<ParsedRecord> outcomes = read(NEWS_PLEASE, CorpusFormat.JSON_LINES);

        assertEquals(1, outcomes.size());
        ParsedRecord outcome = outcomes.get(0);
        assertTrue(outcome.accepted(), outcome.toString());
        assertEquals(1L, outcome.line());
        Article article = outcome.article();
        assertEquals("Emmanuel Macron travelled to Rome.\nHe met Giorgia Meloni.", article.getText());
        assertEquals("example-news.org", article.getSource());
        assertEquals("Macron travels to Rome", article.getTitle());
        assertEquals("https://example-news.org/np/1", article.getUrl());
        assertEquals("en", article.getLanguage());
        // "2025-08-12 10:15:00" is a local date-time, read in the job's zone (UTC here).
        assertEquals(Instant.parse("2025-08-12T10:15:00Z").toEpochMilli(), article.getPublishedAtMillis());
    }

    @Test
    void theDateWithASpaceIsALocalDateTime() {
        assertEquals(Instant.parse("2017-01-01T12:00:00Z").toEpochMilli(),
                PublicationTimes.parse("2017-01-01 12:00:00", ZoneOffset.UTC).epochMillis());
    }

    @Test
    void configuredNamesGetNoNewsPleaseFallbacks() throws IOException {
        FieldNames names = new FieldNames("id", "url", "outlet", "when", "title", "body");
        ArticleParser parser = new ArticleParser(names, ZoneOffset.UTC, 100_000);
        ParsedRecord outcome = Inputs.read(Inputs.utf8(NEWS_PLEASE), CorpusFormat.JSON_LINES, parser).get(0);
        assertEquals(RejectReason.MISSING_TEXT, outcome.reason());
    }

    @Test
    void aFileHoldingAnArrayIsRejectedSayingSo() throws IOException {
        List<ParsedRecord> outcomes = read("[\n" + NEWS_PLEASE + ",\n" + NEWS_PLEASE + "]\n", CorpusFormat.JSON_LINES);

        assertEquals(1, outcomes.size());
        assertEquals(RejectReason.NOT_AN_OBJECT, outcomes.get(0).reason());
        assertTrue(outcomes.get(0).detail().contains("holds a JSON array"), outcomes.get(0).detail());
    }

    @Test
    void aBrokenDocumentIsOneInvalidJsonRecord() throws IOException {
        List<ParsedRecord> outcomes = read("{\n  \"maintext\": \"cut", CorpusFormat.JSON_LINES);
        assertEquals(1, outcomes.size());
        assertEquals(RejectReason.INVALID_JSON, outcomes.get(0).reason());
    }

    @Test
    void aDocumentLargerThanTheLimitIsTooLarge() throws IOException {
        ArticleParser parser = new ArticleParser(FieldNames.defaults(), ZoneOffset.UTC, 200);
        List<ParsedRecord> outcomes = Inputs.read(Inputs.utf8(NEWS_PLEASE), CorpusFormat.JSON_LINES, parser);
        assertEquals(1, outcomes.size());
        assertEquals(RejectReason.TOO_LARGE, outcomes.get(0).reason());
    }

    @Test
    void jsonLinesStillReadLineByLine() throws IOException {
        String line = "{\"maintext\":\"T\",\"source_domain\":\"s\",\"date_publish\":\"2025-08-12 10:15:00\"}";
        List<ParsedRecord> outcomes = read(line + "\n" + line + "\n", CorpusFormat.JSON_LINES);
        assertEquals(List.of(1L, 2L), outcomes.stream().map(ParsedRecord::line).toList());
        assertTrue(outcomes.stream().allMatch(ParsedRecord::accepted));
    }

    @Test
    void theSampleTreeReads() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("sample-data/news-please"))) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(5, files.size());
        for (Path file : files) {
            List<ParsedRecord> outcomes = Inputs.read(Files.newInputStream(file), CorpusFormat.JSON_LINES,
                    Inputs.PARSER);
            assertEquals(1, outcomes.size(), file.toString());
            assertTrue(outcomes.get(0).accepted(), file + ": " + outcomes);
        }
    }
}
