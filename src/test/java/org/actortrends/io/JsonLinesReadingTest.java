package org.actortrends.io;

import static org.actortrends.io.Inputs.lines;
import static org.actortrends.io.Inputs.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesReadingTest {

    private static String article(String id) {
        return "{\"id\":\"" + id + "\",\"source\":\"s\",\"published_at\":\"2025-08-13\",\"text\":\"Text " + id + "\"}";
    }

    private static List<ParsedRecord> readJson(String text) throws IOException {
        return read(text, CorpusFormat.JSON_LINES);
    }

    @Test
    void readsOneOutcomePerLineWithPhysicalLineNumbers() throws IOException {
        List<ParsedRecord> outcomes = readJson(article("a") + "\n" + article("b") + "\n");

        assertEquals(List.of(1L, 2L), lines(outcomes));
        assertEquals(List.of("a", "b"), outcomes.stream().map(o -> o.article().getId()).toList());
        assertEquals(article("a"), outcomes.get(0).raw());
    }

    @Test
    void blankLinesAreNotRecordsButCountAsLines() throws IOException {
        List<ParsedRecord> outcomes = readJson("\n" + article("a") + "\n   \n\t\n" + article("b") + "\n\n");

        assertEquals(List.of(2L, 5L), lines(outcomes));
        assertTrue(outcomes.stream().allMatch(ParsedRecord::accepted));
    }

    @Test
    void acceptsCrlfAndLoneCr() throws IOException {
        assertEquals(List.of(1L, 2L, 3L),
                lines(readJson(article("a") + "\r\n" + article("b") + "\r" + article("c") + "\r\n")));
    }

    @Test
    void dropsALeadingByteOrderMark() throws IOException {
        List<ParsedRecord> outcomes = readJson("\uFEFF" + article("a") + "\n" + article("b"));

        assertEquals(Inputs.tally(outcomes), Map.of("accepted", 2));
        assertEquals(article("a"), outcomes.get(0).raw());
    }

    @Test
    void invalidUtf8IsReplacedNotFatal() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\":\"a\",\"source\":\"s\",\"published_at\":\"2025-08-13\",\"text\":\"caf".getBytes(
                StandardCharsets.UTF_8));
        bytes.write(0xC3); // the first byte of a two-byte character, cut off
        bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(article("b").getBytes(StandardCharsets.UTF_8));

        List<ParsedRecord> outcomes =
                read(new ByteArrayInputStream(bytes.toByteArray()), CorpusFormat.JSON_LINES, Inputs.PARSER);

        assertEquals("caf\uFFFD", outcomes.get(0).article().getText());
        assertTrue(outcomes.get(1).accepted());
    }

    @Test
    void aStreamFailureEndsTheFileWithOneReadError() throws IOException {
        List<ParsedRecord> outcomes = read(Inputs.failingAfter(article("a") + "\n" + article("b") + "\n{\"id\":"),
                CorpusFormat.JSON_LINES, Inputs.PARSER);

        assertEquals(3, outcomes.size());
        ParsedRecord failure = outcomes.get(2);
        assertEquals(RejectReason.READ_ERROR, failure.reason());
        assertEquals(3, failure.line());
        assertEquals("", failure.raw());
        assertTrue(failure.detail().contains("Unexpected end of ZLIB input stream"), failure.detail());
    }

    @Test
    void aHugeLineIsRejectedWithoutBeingHeldInMemory() throws IOException {
        ArticleParser parser = new ArticleParser(FieldNames.defaults(), ZoneOffset.UTC, 1000);
        long hugeLength = 50_000_000;

        List<ParsedRecord> outcomes = read(Inputs.repeated(article("a") + "\n{\"text\":\"", 'x', hugeLength),
                CorpusFormat.JSON_LINES, parser);

        assertEquals(2, outcomes.size());
        assertTrue(outcomes.get(0).accepted());
        assertEquals(RejectReason.TOO_LARGE, outcomes.get(1).reason());
        assertEquals(1001, outcomes.get(1).raw().length());
    }

    @Test
    void aMixedFileGivesOneOutcomePerRecord() throws IOException {
        String input = String.join("\n",
                article("a"),                                                           // accepted
                "",                                                                     // not a record
                "{broken",                                                              // invalid_json
                "[1, 2]",                                                               // not_an_object
                "{\"source\":\"s\",\"published_at\":\"2025-08-13\"}",                   // missing_text
                "{\"source\":\"s\",\"published_at\":\"2025-08-13\",\"text\":\"\"}",     // empty_text
                "{\"source\":\"s\",\"published_at\":\"2025-08-13\",\"text\":42}",       // wrong_type
                "{\"source\":\"s\",\"text\":\"t\"}",                                    // missing_published_at
                "{\"source\":\"s\",\"published_at\":\"2025-02-30\",\"text\":\"t\"}",    // bad_published_at
                "{\"published_at\":\"2025-08-13\",\"text\":\"t\"}",                     // missing_source
                "{\"url\":\"https://www.example.com/1\",\"published_at\":1755077400,\"text\":\"t\"}", // accepted
                "   ",                                                                  // not a record
                article("a"),                                                           // accepted (dedup is the pipeline's)
                article("long").replace("Text long", "x".repeat(100_000)),            // too_large
                article("z"));                                                          // accepted
        long records = input.lines().filter(line -> !line.isBlank()).count();

        List<ParsedRecord> outcomes = readJson(input);

        assertEquals(records, outcomes.size());
        long accepted = outcomes.stream().filter(ParsedRecord::accepted).count();
        long rejected = outcomes.stream().filter(o -> !o.accepted()).count();
        assertEquals(records, accepted + rejected);
        assertEquals(Map.ofEntries(Map.entry("accepted", 4), Map.entry("invalid_json", 1),
                Map.entry("not_an_object", 1), Map.entry("missing_text", 1), Map.entry("empty_text", 1),
                Map.entry("wrong_type", 1), Map.entry("missing_published_at", 1), Map.entry("bad_published_at", 1),
                Map.entry("missing_source", 1), Map.entry("too_large", 1)),
                Inputs.tally(outcomes));
        assertEquals(List.of(1L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 13L, 14L, 15L), lines(outcomes));
    }
}
