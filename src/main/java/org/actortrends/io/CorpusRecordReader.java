package org.actortrends.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;

/** Streams the records of one corpus file, turning each into exactly one {@link ParsedRecord}. */
public final class CorpusRecordReader {

    private CorpusRecordReader() {
    }

    /**
     * Reads records from an already decompressed stream and passes one outcome per record to {@code sink}, in order.
     * Holds at most about one record in memory. The text is read as UTF-8, with invalid bytes replaced and a leading
     * byte order mark dropped. The stream is not closed.
     *
     * <p>When the stream fails part way (say a truncated gzip file), the failure is passed on as one
     * {@link RejectReason#READ_ERROR} outcome and reading stops, so the records before it still count. Likewise a CSV
     * syntax error that hides where the next record starts gives one {@link RejectReason#CSV_MALFORMED} outcome and
     * stops.
     * Repeated ids are left to the pipeline, which deduplicates across all files without holding ids here.
     *
     * @throws IOException not thrown today, as stream failures become outcomes; declared so callers need not change
     *                     if that ever changes
     */
    public static void read(InputStream in, CorpusFormat format, ArticleParser parser, Consumer<ParsedRecord> sink)
            throws IOException {
        read(in, format, parser, sink, NO_LISTENER);
    }

    /** A listener that ignores what is not an article in WARC files. */
    public static final WarcReader.Listener NO_LISTENER = new WarcReader.Listener() {
        @Override
        public void skipped(String kind) {
        }

        @Override
        public void datedByCrawlTime() {
        }
    };

    /**
     * As {@link #read(InputStream, CorpusFormat, ArticleParser, Consumer)}; WARC records that are not articles, and
     * WARC articles dated by their crawl time, are told to {@code warc} (see {@link WarcReader}).
     */
    public static void read(InputStream in, CorpusFormat format, ArticleParser parser, Consumer<ParsedRecord> sink,
            WarcReader.Listener warc) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(sink, "sink");
        if (format == CorpusFormat.WARC) {
            WarcReader.read(in, parser, sink, Objects.requireNonNull(warc, "warc"));
            return;
        }
        // InputStreamReader replaces malformed UTF-8 rather than failing, which is what we want for scraped text.
        Reader text = new BomSkippingReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        switch (format) {
            case JSON_LINES -> JsonDocumentReader.read(text, parser, sink);
            case CSV -> CsvCorpusReader.read(text, parser, sink);
            default -> throw new IllegalArgumentException("unsupported format " + format
                    + " (Parquet is read from a seekable file by ParquetCorpusReader)");
        }
    }
}
