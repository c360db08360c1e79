package org.actortrends.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Reads a {@code .json} file either as JSON Lines or, when it holds one pretty-printed document as news-please
 * writes them, as one record.
 *
 * <p>The file is one document when its first non-blank line is just {@code {} or {@code [} (a JSON Lines record
 * cannot be): the whole file is then read as one record, bounded by {@code --maxArticleBytes} (beyond it,
 * {@link RejectReason#TOO_LARGE}). A document holding an array is rejected as {@link RejectReason#NOT_AN_OBJECT}
 * saying so. Everything else is read line by line as before.
 */
final class JsonDocumentReader {

    /** How far to look for the first non-blank line before deciding it is JSON Lines. */
    private static final int PEEK_CHARS = 64 * 1024;

    private JsonDocumentReader() {
    }

    static void read(Reader text, ArticleParser parser, Consumer<ParsedRecord> sink) {
        BufferedReader in = new BufferedReader(text, PEEK_CHARS + 1);
        String opening;
        try {
            in.mark(PEEK_CHARS);
            opening = firstLineStart(in);
            in.reset();
        } catch (IOException e) {
            sink.accept(ReadErrors.outcome(1, e));
            return;
        }
        if (opening == null) {
            JsonLinesReader.read(in, parser, sink);
            return;
        }
        readDocument(in, opening, parser, sink);
    }

    /** "{" or "[" when the first non-blank line is only that, else null. */
    private static String firstLineStart(Reader in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < PEEK_CHARS - 1; i++) {
            int c = in.read();
            if (c < 0 || c == '\n' || c == '\r') {
                String stripped = line.toString().strip();
                if (!stripped.isEmpty() || c < 0) {
                    return stripped.equals("{") || stripped.equals("[") ? stripped : null;
                }
                line.setLength(0);
            } else {
                line.append((char) c);
                if (line.length() > 16 && !line.toString().isBlank()) {
                    return null;
                }
            }
        }
        return null;
    }

    private static void readDocument(BufferedReader in, String opening, ArticleParser parser,
            Consumer<ParsedRecord> sink) {
        long keep = Math.min(Integer.MAX_VALUE - 8L, parser.maxArticleBytes() + 1L);
        StringBuilder document = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                int take = (int) Math.min(n, keep - document.length());
                document.append(buffer, 0, take);
                if (document.length() >= keep) {
                    break; // over the limit: parseJson rejects it as too large from what is kept
                }
            }
        } catch (IOException e) {
            sink.accept(ReadErrors.outcome(1, e));
            return;
        }
        String raw = document.toString();
        if (opening.equals("[") && !Utf8.isLongerThan(raw, parser.maxArticleBytes())) {
            sink.accept(ParsedRecord.rejected(1, raw, RejectReason.NOT_AN_OBJECT,
                    "the file holds a JSON array; a .json file must hold one object (news-please) or one object a"
                            + " line (JSON Lines)"));
            return;
        }
        sink.accept(parser.parseJson(1, raw));
    }
}
