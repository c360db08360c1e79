package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetReadingTest {

    @TempDir
    Path dir;

    private static final ArticleParser PARSER = new ArticleParser(FieldNames.defaults(), ZoneOffset.UTC, 100_000);

    private Path write(String name, Schema schema, List<Map<String, Object>> rows) throws IOException {
        return ParquetRows.write(dir.resolve(name), schema, rows);
    }

    private static List<ParsedRecord> read(Path file, ArticleParser parser, FieldNames names) throws IOException {
        List<ParsedRecord> outcomes = new ArrayList<>();
        Consumer<ParsedRecord> sink = outcomes::add;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ParquetCorpusReader.read(new SeekableChannelInputFile(channel), parser, names, sink);
        }
        return outcomes;
    }

    private static List<ParsedRecord> read(Path file) throws IOException {
        return read(file, PARSER, FieldNames.defaults());
    }

    private static Schema optionalStrings(String... names) {
        SchemaBuilder.FieldAssembler<Schema> fields = SchemaBuilder.record("row").fields();
        for (String name : names) {
            fields = fields.optionalString(name);
        }
        return fields.endRecord();
    }

    @Test
    void huggingFaceColumnsWorkWithoutOptions() throws IOException {
        Schema schema = optionalStrings("title", "text", "domain", "date", "url");
        Path file = write("hf.parquet", schema, List.of(
                Map.of("title", "T1", "text", "Emmanuel Macron spoke.", "domain", "example.org", "date", "2025-08-04",
                        "url", "https://example.org/1"),
                Map.of("title", "T2", "text", "Second.", "date", "2025-08-05", "url", "https://host.example/2")));

        List<ParsedRecord> outcomes = read(file);

        assertEquals(List.of(1L, 2L), outcomes.stream().map(ParsedRecord::line).toList());
        assertTrue(outcomes.stream().allMatch(ParsedRecord::accepted), outcomes.toString());
        Article first = outcomes.get(0).article();
        assertEquals("example.org", first.getSource());
        assertEquals("T1", first.getTitle());
        assertEquals("Emmanuel Macron spoke.", first.getText());
        assertEquals(LocalDate.parse("2025-08-04"), first.getDay());
        assertEquals("host.example", outcomes.get(1).article().getSource()); // no domain: the URL's host
        assertFalse(outcomes.get(0).raw().contains("Emmanuel"), "the raw rendering leaves out the text");
    }

    @Test
    void mapsConfiguredColumnsTimestampsDatesAndIntegerIds() throws IOException {
        Schema millis = LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
        Schema micros = LogicalTypes.timestampMicros().addToSchema(Schema.create(Schema.Type.LONG));
        Schema date = LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
        Schema schema = SchemaBuilder.record("row").fields()
                .name("doc_id").type().longType().noDefault()
                .name("body").type().stringType().noDefault()
                .name("outlet").type().stringType().noDefault()
                .name("ts_ms").type(millis).noDefault()
                .name("ts_us").type(micros).noDefault()
                .name("day").type(date).noDefault()
                .name("epoch").type().longType().noDefault()
                .endRecord();
        long ms = Instant.parse("2025-08-13T10:15:30Z").toEpochMilli();
        Path file = write("typed.parquet", schema, List.of(Map.of("doc_id", 42L, "body", "Text", "outlet", "o",
                "ts_ms", ms, "ts_us", ms * 1000, "day", (int) LocalDate.parse("2025-08-11").toEpochDay(),
                "epoch", ms / 1000)));

        for (String timeColumn : List.of("ts_ms", "ts_us", "epoch")) {
            FieldNames names = new FieldNames("doc_id", "url", "outlet", timeColumn, "title", "body");
            ParsedRecord outcome = read(file, new ArticleParser(names, ZoneOffset.UTC, 100_000), names).get(0);
            assertTrue(outcome.accepted(), timeColumn + ": " + outcome);
            assertEquals("42", outcome.article().getId());
            assertEquals("o", outcome.article().getSource());
            assertEquals(ms, outcome.article().getPublishedAtMillis(), timeColumn);
        }
        FieldNames names = new FieldNames("doc_id", "url", "outlet", "day", "title", "body");
        ParsedRecord byDay = read(file, new ArticleParser(names, ZoneOffset.UTC, 100_000), names).get(0);
        assertEquals(LocalDate.parse("2025-08-11"), byDay.article().getDay());
    }

    @Test
    void wrongColumnTypesRejectEachRowWithTheColumnNamed() throws IOException {
        Schema schema = SchemaBuilder.record("row").fields()
                .name("text").type().intType().noDefault()
                .name("source").type().stringType().noDefault()
                .name("published_at").type().stringType().noDefault()
                .endRecord();
        Path file = write("wrong.parquet", schema, List.of(
                Map.of("text", 1, "source", "s", "published_at", "2025-08-13"),
                Map.of("text", 2, "source", "s", "published_at", "2025-08-13")));

        List<ParsedRecord> outcomes = read(file);

        assertEquals(2, outcomes.size());
        for (ParsedRecord outcome : outcomes) {
            assertEquals(RejectReason.WRONG_TYPE, outcome.reason());
            assertEquals("text: expected a string column, found int32", outcome.detail());
        }

        Schema inner = SchemaBuilder.record("inner").fields().requiredString("a").endRecord();
        Schema structs = SchemaBuilder.record("row").fields()
                .name("text").type().stringType().noDefault()
                .name("source").type(inner).noDefault()
                .name("published_at").type().stringType().noDefault()
                .endRecord();
        GenericRecord value = new GenericData.Record(inner);
        value.put("a", "x");
        Path structFile = write("struct.parquet", structs,
                List.of(Map.of("text", "T", "source", value, "published_at", "2025-08-13")));
        ParsedRecord outcome = read(structFile).get(0);
        assertEquals(RejectReason.WRONG_TYPE, outcome.reason());
        assertEquals("source: expected a string column, found struct", outcome.detail());
    }

    @Test
    void aTruncatedFileIsOneReadError() throws IOException {
        Schema schema = optionalStrings("text", "source", "published_at");
        Path file = write("whole.parquet", schema,
                List.of(Map.of("text", "T", "source", "s", "published_at", "2025-08-13")));
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = dir.resolve("truncated.parquet");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        Path notParquet = dir.resolve("not.parquet");
        Files.writeString(notParquet, "{\"text\":\"hello\"}\n");

        for (Path bad : List.of(truncated, notParquet)) {
            List<ParsedRecord> outcomes = read(bad);
            assertEquals(1, outcomes.size(), bad + ": " + outcomes);
            assertEquals(RejectReason.READ_ERROR, outcomes.get(0).reason());
            assertTrue(outcomes.get(0).detail().endsWith("the rest of the file was not read"), outcomes.toString());
        }
    }

    @Test
    void aTextLargerThanTheLimitIsTooLarge() throws IOException {
        Schema schema = optionalStrings("text", "source", "published_at");
        Path file = write("big.parquet", schema,
                List.of(Map.of("text", "x".repeat(2000), "source", "s", "published_at", "2025-08-13")));
        ParsedRecord outcome = read(file, new ArticleParser(FieldNames.defaults(), ZoneOffset.UTC, 1000),
                FieldNames.defaults()).get(0);
        assertEquals(RejectReason.TOO_LARGE, outcome.reason());
    }

    /** Written by pyarrow: pandas' TIMESTAMP(NANOS), and the deprecated INT96 of older Spark and Hive files. */
    @Test
    void readsNanosecondAndInt96Timestamps() throws IOException {
        ParsedRecord nanos = read(Path.of("src/test/resources/parquet/timestamp-nanos.parquet")).get(0);
        assertTrue(nanos.accepted(), nanos.toString());
        assertEquals(Instant.parse("2025-08-13T10:00:00Z").toEpochMilli(), nanos.article().getPublishedAtMillis());
        assertEquals("a.org", nanos.article().getSource());
        ParsedRecord int96 = read(Path.of("src/test/resources/parquet/timestamp-int96.parquet")).get(0);
        assertTrue(int96.accepted(), int96.toString());
        assertEquals(Instant.parse("2025-08-14T10:00:00Z").toEpochMilli(), int96.article().getPublishedAtMillis());
    }

    @Test
    void theSampleFileReads() throws IOException {
        List<ParsedRecord> outcomes = read(Path.of("sample-data/parquet/articles.parquet"));
        assertEquals(8, outcomes.size());
        assertTrue(outcomes.stream().allMatch(ParsedRecord::accepted), outcomes.toString());
    }
}
