package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"news.jsonl", "news.ndjson", "news.json", "gs://bucket/2025/news.jsonl.gz",
        "NEWS.JSONL.BZ2", "news.ndjson.zst", "news.json.deflate", "news.jsonl.zip"})
    void jsonLinesNames(String name) {
        assertEquals(CorpusFormat.JSON_LINES, CorpusFormat.forFileName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"news.csv", "/data/news.CSV.gz", "news.csv.bz2", "news.csv.zst"})
    void csvNames(String name) {
        assertEquals(CorpusFormat.CSV, CorpusFormat.forFileName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CC-NEWS-20250820.warc.gz", "crawl.warc", "/data/x.WARC.GZ"})
    void warcNames(String name) {
        assertEquals(CorpusFormat.WARC, CorpusFormat.forFileName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"news.parquet", "/data/part-0001.PARQUET"})
    void parquetNames(String name) {
        assertEquals(CorpusFormat.PARQUET, CorpusFormat.forFileName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"news.txt", "news.gz", "news.parquet.gz", "news.csv.gz.gz", "news", "jsonl"})
    void unknownNamesAreRejectedWithTheName(String name) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CorpusFormat.forFileName(name));
        assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(".jsonl"), e.getMessage());
    }

    @Test
    void formatOptionNamesOneFormatForAllFilesOrNoneForAuto() {
        assertEquals(java.util.Optional.empty(), CorpusFormat.forOption("auto"));
        assertEquals(java.util.Optional.of(CorpusFormat.WARC), CorpusFormat.forOption("WARC"));
        assertEquals(java.util.Optional.of(CorpusFormat.JSON_LINES), CorpusFormat.forOption("json"));
        assertEquals(CorpusFormat.PARQUET, CorpusFormat.of("dump.bin", CorpusFormat.PARQUET));
        assertEquals(CorpusFormat.CSV, CorpusFormat.of("news.csv.gz", null));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CorpusFormat.forOption("xml"));
        assertEquals("--format must be auto, json, csv, warc or parquet, not 'xml'", e.getMessage());
    }
}
