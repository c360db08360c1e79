package org.actortrends.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads physical lines ending in LF, CRLF or a lone CR. Keeps at most {@code maxChars} of a line so that a file
 * without line breaks cannot exhaust memory; the rest of such a line is skipped.
 */
final class LineReader {

    /**
     * @param number    1-based
     * @param truncated whether the line was longer than the limit and {@code text} is only its start
     */
    record Line(long number, String text, boolean truncated) {
    }

    private static final int BUFFER_CHARS = 8192;

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[BUFFER_CHARS];
    private final StringBuilder current = new StringBuilder();
    private int position;
    private int limit;
    private long linesRead;
    /** Set after a CR, so that the LF of a CRLF pair split across reads does not end a second line. */
    private boolean skipLineFeed;

    LineReader(Reader in, int maxChars) {
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars must not be negative, got " + maxChars);
        }
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its line break, or null at the end of the text. */
    Line next() throws IOException {
        current.setLength(0);
        boolean started = false;
        boolean truncated = false;
        while (hasBufferedChars()) {
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            started = true;
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            truncated |= keep(start, position);
            if (position < limit) {
                skipLineFeed = buffer[position] == '\r';
                position++;
                return finishLine(truncated);
            }
        }
        return started ? finishLine(truncated) : null;
    }

    /** How many lines were returned so far; a read failure happened on the line after these. */
    long linesRead() {
        return linesRead;
    }

    private boolean hasBufferedChars() throws IOException {
        if (position < limit) {
            return true;
        }
        int count = in.read(buffer, 0, buffer.length);
        if (count <= 0) {
            return false;
        }
        position = 0;
        limit = count;
        return true;
    }

    /** Appends what fits under the limit; returns whether something had to be dropped. */
    private boolean keep(int start, int end) {
        int room = maxChars - current.length();
        int length = end - start;
        if (length <= room) {
            current.append(buffer, start, length);
            return false;
        }
        current.append(buffer, start, room);
        return true;
    }

    private Line finishLine(boolean truncated) {
        linesRead++;
        return new Line(linesRead, current.toString(), truncated);
    }
}
