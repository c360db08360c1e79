package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> lines(Reader in) throws IOException {
        LineReader reader = new LineReader(in, 1000);
        List<String> lines = new ArrayList<>();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            assertEquals(lines.size() + 1, line.number());
            lines.add(line.text());
        }
        return lines;
    }

    private static List<String> lines(String text) throws IOException {
        return lines(new StringReader(text));
    }

    /** Hands out one char per read, so every CRLF is split across two reads. */
    private static Reader oneCharAtATime(String text) {
        return new Reader() {
            private int next;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (next == text.length()) {
                    return -1;
                }
                buffer[offset] = text.charAt(next++);
                return 1;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void splitsOnLfCrlfAndLoneCr() throws IOException {
        assertEquals(List.of("a", "b", "c", "d"), lines("a\nb\r\nc\rd"));
        assertEquals(List.of("a", "", "b"), lines("a\r\rb\n"));
        assertEquals(List.of("a", "", "b", ""), lines("a\n\nb\r\n\r\n"));
    }

    @Test
    void crlfSplitAcrossReadsIsOneLineBreak() throws IOException {
        assertEquals(List.of("a", "b", "", "c"), lines(oneCharAtATime("a\r\nb\r\n\r\nc\r\n")));
    }

    @Test
    void emptyTextHasNoLines() throws IOException {
        assertEquals(List.of(), lines(""));
        assertEquals(List.of(""), lines("\n"));
    }

    @Test
    void longLinesKeepOnlyTheirStart() throws IOException {
        String longLine = "x".repeat(20_000);
        LineReader reader = new LineReader(new StringReader("short\n" + longLine + "\r\nafter"), 10);

        LineReader.Line first = reader.next();
        LineReader.Line second = reader.next();
        LineReader.Line third = reader.next();

        assertFalse(first.truncated());
        assertEquals("xxxxxxxxxx", second.text());
        assertTrue(second.truncated());
        assertEquals(new LineReader.Line(3, "after", false), third);
        assertNull(reader.next());
        assertEquals(3, reader.linesRead());
    }
}
