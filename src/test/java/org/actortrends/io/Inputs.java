package org.actortrends.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test inputs and helpers for reading them. */
final class Inputs {

    static final ArticleParser PARSER = new ArticleParser(FieldNames.defaults(), java.time.ZoneOffset.UTC, 100_000);

    private Inputs() {
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<ParsedRecord> read(String text, CorpusFormat format) throws IOException {
        return read(utf8(text), format, PARSER);
    }

    static List<ParsedRecord> read(InputStream in, CorpusFormat format, ArticleParser parser) throws IOException {
        List<ParsedRecord> outcomes = new ArrayList<>();
        CorpusRecordReader.read(in, format, parser, outcomes::add);
        return outcomes;
    }

    /** Reject reason codes by count, with "accepted" for accepted records. */
    static Map<String, Integer> tally(List<ParsedRecord> outcomes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ParsedRecord outcome : outcomes) {
            counts.merge(outcome.accepted() ? "accepted" : outcome.reason().code(), 1, Integer::sum);
        }
        return counts;
    }

    static List<Long> lines(List<ParsedRecord> outcomes) {
        return outcomes.stream().map(ParsedRecord::line).toList();
    }

    /** The given text, then a failure, as from a truncated gzip file. */
    static InputStream failingAfter(String text) {
        InputStream failure = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Unexpected end of ZLIB input stream");
            }
        };
        return new SequenceInputStream(utf8(text), failure);
    }

    /** {@code count} copies of {@code fill} after {@code prefix}, made on the fly so they never sit in memory. */
    static InputStream repeated(String prefix, char fill, long count) {
        byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                long total = start.length + count;
                if (position >= total) {
                    return -1;
                }
                int n = (int) Math.min(length, total - position);
                for (int i = 0; i < n; i++) {
                    long at = position + i;
                    buffer[offset + i] = at < start.length ? start[(int) at] : (byte) fill;
                }
                position += n;
                return n;
            }
        };
    }
}
