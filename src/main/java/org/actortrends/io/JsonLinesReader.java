package org.actortrends.io;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/** Splits JSON Lines text into records; blank lines are not records. */
final class JsonLinesReader {

    private JsonLinesReader() {
    }

    static void read(Reader text, ArticleParser parser, Consumer<ParsedRecord> sink) {
        LineReader lines = new LineReader(text, charsToKeep(parser.maxArticleBytes()));
        while (true) {
            LineReader.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                sink.accept(ReadErrors.outcome(lines.linesRead() + 1, e));
                return;
            }
            if (line == null) {
                return;
            }
            if (line.truncated() || !line.text().isBlank()) {
                sink.accept(parser.parseJson(line.number(), line.text()));
            }
        }
    }

    /**
     * One char more than the byte limit: a line that long is over the limit whatever its encoding (every char takes
     * at least one byte), so the parser rejects the kept start as too large without us holding the whole line.
     */
    private static int charsToKeep(int maxArticleBytes) {
        return (int) Math.min(Integer.MAX_VALUE - 8L, maxArticleBytes + 1L);
    }
}
