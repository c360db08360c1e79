package org.actortrends.io;

import static org.actortrends.io.Inputs.lines;
import static org.actortrends.io.Inputs.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReadingTest {

    private static final String HEADER = "id,url,source,published_at,title,text";

    private static List<ParsedRecord> readCsv(String text) throws IOException {
        return read(text, CorpusFormat.CSV);
    }

    private static void assertEnded(ParsedRecord outcome, RejectReason reason, long line) {
        assertEquals(reason, outcome.reason(), outcome.detail());
        assertEquals(line, outcome.line());
        assertEquals("", outcome.raw());
        assertTrue(outcome.detail().endsWith("the rest of the file was not read"), outcome.detail());
    }

    @Test
    void mapsColumnsByHeaderName() throws IOException {
        String csv = "text,published_at,source,id,title,url\n"
                + "Body,2025-08-13T23:30:00Z,Example,a1,Title,https://example.com/a\n";

        List<ParsedRecord> outcomes = readCsv(csv);

        assertEquals(1, outcomes.size());
        Article article = outcomes.get(0).article();
        assertEquals(new Article("a1", "https://example.com/a", "Example", article.getPublishedAtMillis(),
                LocalDate.of(2025, 8, 13), "Title", "Body"), article);
        assertEquals(2, outcomes.get(0).line());
    }

    @Test
    void quotedFieldsMaySpanLinesAndLineNumbersAreWhereRecordsStart() throws IOException {
        String csv = HEADER + "\r\n"
                + "a,,s,2025-08-13,\"Title, with comma\",\"First line\r\nsecond line\nthird \"\"quoted\"\"\"\r\n"
                + "b,,s,2025-08-13,,plain\r\n";

        List<ParsedRecord> outcomes = readCsv(csv);

        assertEquals(List.of(2L, 5L), lines(outcomes));
        Article first = outcomes.get(0).article();
        assertEquals("Title, with comma", first.getTitle());
        assertEquals("First line\r\nsecond line\nthird \"quoted\"", first.getText());
        assertEquals("plain", outcomes.get(1).article().getText());
    }

    @Test
    void rowsWithMissingOrExtraColumnsAreMalformedAndReadingGoesOn() throws IOException {
        String csv = HEADER + "\n"
                + "a,,s,2025-08-13,t,one\n"
                + "b,,s,2025-08-13,t\n"
                + "c,,s,2025-08-13,t,three,extra\n"
                + "d,,s,2025-08-13,t,four\n";

        List<ParsedRecord> outcomes = readCsv(csv);

        assertEquals(Map.of("accepted", 2, "csv_malformed", 2), Inputs.tally(outcomes));
        ParsedRecord missing = outcomes.get(1);
        assertEquals(3, missing.line());
        assertEquals("expected 6 columns as in the header, found 5", missing.detail());
        assertEquals("b,,s,2025-08-13,t", missing.raw());
        assertEquals("expected 6 columns as in the header, found 7", outcomes.get(2).detail());
        assertEquals("d", outcomes.get(3).article().getId());
    }

    @Test
    void emptyCellsAreMissing() throws IOException {
        List<ParsedRecord> outcomes = readCsv(HEADER + "\n"
                + ",https://www.example.org/x,,2025-08-13,,body\n"
                + "b,,s,2025-08-13,t,\n"
                + "c,,s,,t,body\n");

        Article article = outcomes.get(0).article();
        assertEquals("example.org", article.getSource());
        assertTrue(article.getId().startsWith("h-"));
        assertEquals(RejectReason.MISSING_TEXT, outcomes.get(1).reason());
        assertEquals(RejectReason.MISSING_PUBLISHED_AT, outcomes.get(2).reason());
    }

    @Test
    void bomBlankLinesCrlfAndLoneCr() throws IOException {
        String csv = "\uFEFF" + HEADER + "\r\n"
                + "a,,s,2025-08-13,t,one\r\n"
                + "\r\n"
                + "b,,s,2025-08-13,t,two\r"
                + "c,,s,2025-08-13,t,three\n"
                + "\n";

        List<ParsedRecord> outcomes = readCsv(csv);

        assertEquals(Map.of("accepted", 3), Inputs.tally(outcomes));
        assertEquals(List.of(2L, 4L, 5L), lines(outcomes));
    }

    @Test
    void unnamedColumnsLikeAPandasIndexAreIgnored() throws IOException {
        List<ParsedRecord> outcomes = readCsv("," + HEADER + "\n0,a,,s,2025-08-13,t,one\n");

        assertEquals("a", outcomes.get(0).article().getId());
    }

    @Test
    void headerOnlyOrEmptyFilesHaveNoRecords() throws IOException {
        assertEquals(List.of(), readCsv(HEADER + "\n"));
        assertEquals(List.of(), readCsv(""));
    }

    @Test
    void aSyntaxErrorEndsTheFileWithOneMalformedOutcome() throws IOException {
        List<ParsedRecord> outcomes = readCsv(HEADER + "\n"
                + "a,,s,2025-08-13,t,one\n"
                + "b,,s,2025-08-13,t,\"quoted\"trailing\n"
                + "c,,s,2025-08-13,t,three\n");

        assertEquals(2, outcomes.size());
        assertTrue(outcomes.get(0).accepted());
        assertEnded(outcomes.get(1), RejectReason.CSV_MALFORMED, 3);
        assertTrue(outcomes.get(1).detail().contains("Invalid character"), outcomes.get(1).detail());
    }

    @Test
    void anUnterminatedQuoteEndsTheFileWithOneMalformedOutcome() throws IOException {
        List<ParsedRecord> outcomes = readCsv(HEADER + "\n"
                + "a,,s,2025-08-13,t,one\n"
                + "b,,s,2025-08-13,t,\"never closed\n"
                + "c,,s,2025-08-13,t,three\n");

        assertEquals(2, outcomes.size());
        assertEnded(outcomes.get(1), RejectReason.CSV_MALFORMED, 3);
    }

    @Test
    void duplicateHeaderNamesMakeTheFileMalformed() throws IOException {
        List<ParsedRecord> outcomes = readCsv("id,text,text\na,b,c\n");

        assertEquals(1, outcomes.size());
        assertEnded(outcomes.get(0), RejectReason.CSV_MALFORMED, 1);
        assertTrue(outcomes.get(0).detail().startsWith("header: "), outcomes.get(0).detail());
    }

    @Test
    void aLargeRowIsRejectedAndReadingGoesOn() throws IOException {
        ArticleParser parser = new ArticleParser(FieldNames.defaults(), ZoneOffset.UTC, 100);
        String csv = HEADER + "\n"
                + "a,,s,2025-08-13,t," + "x".repeat(200) + "\n"
                + "b,,s,2025-08-13,t,short\n";

        List<ParsedRecord> outcomes = read(Inputs.utf8(csv), CorpusFormat.CSV, parser);

        assertEquals(RejectReason.TOO_LARGE, outcomes.get(0).reason());
        assertTrue(outcomes.get(1).accepted());
    }

    @Test
    void aHugeUnterminatedRecordIsNotPulledIntoMemory() throws IOException {
        ArticleParser parser = new ArticleParser(FieldNames.defaults(), ZoneOffset.UTC, 1000);
        String start = HEADER + "\na,,s,2025-08-13,t,one\nb,,s,2025-08-13,t,\"";

        List<ParsedRecord> outcomes =
                read(Inputs.repeated(start, 'x', 50_000_000), CorpusFormat.CSV, parser);

        assertEquals(2, outcomes.size());
        assertTrue(outcomes.get(0).accepted());
        assertEnded(outcomes.get(1), RejectReason.TOO_LARGE, 3);
    }

    @Test
    void aStreamFailureEndsTheFileWithOneReadError() throws IOException {
        List<ParsedRecord> outcomes = read(Inputs.failingAfter(HEADER + "\na,,s,2025-08-13,t,one\nb,,s,20"),
                CorpusFormat.CSV, Inputs.PARSER);

        assertEquals(2, outcomes.size());
        assertTrue(outcomes.get(0).accepted());
        assertEnded(outcomes.get(1), RejectReason.READ_ERROR, 3);
        assertTrue(outcomes.get(1).detail().contains("Unexpected end of ZLIB input stream"), outcomes.get(1).detail());
    }

    @Test
    void aFailureWhileReadingTheHeaderIsAReadError() throws IOException {
        List<ParsedRecord> outcomes = read(Inputs.failingAfter("id,te"), CorpusFormat.CSV, Inputs.PARSER);

        assertEquals(1, outcomes.size());
        assertEnded(outcomes.get(0), RejectReason.READ_ERROR, 1);
    }

    @Test
    void aMixedFileGivesOneOutcomePerRecord() throws IOException {
        String csv = HEADER + "\n"
                + "a,,s,2025-08-13,t,one\n"                     // accepted
                + "b,,s,2025-08-13,t\n"                         // csv_malformed
                + "c,,s,2025-08-13,t,\n"                        // missing_text
                + "d,,s,2025-08-13,t,\"  \"\n"                  // empty_text
                + "e,,s,,t,five\n"                              // missing_published_at
                + "f,,s,yesterday,t,six\n"                      // bad_published_at
                + "g,,,2025-08-13,t,seven\n"                    // missing_source
                + "a,,s,2025-08-13,t,\"eight\nwith two lines\"\n" // accepted (repeated ids are the pipeline's job)
                + "\n"                                          // not a record
                + "i,https://www.example.com/i,,1755077400,,nine\n"; // accepted

        List<ParsedRecord> outcomes = readCsv(csv);

        assertEquals(9, outcomes.size());
        assertEquals(Map.of("accepted", 3, "csv_malformed", 1, "missing_text", 1, "empty_text", 1,
                "missing_published_at", 1, "bad_published_at", 1, "missing_source", 1),
                Inputs.tally(outcomes));
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 12L), lines(outcomes));
    }
}
