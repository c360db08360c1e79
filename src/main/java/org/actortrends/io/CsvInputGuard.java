package org.actortrends.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Sits between the input text and the CSV parser, for two reasons. It limits how much text the parser may take for
 * one record, so that an unterminated quote cannot pull the rest of a large file into memory. And it marks failures
 * of the underlying stream, which the CSV parser would otherwise report just like CSV syntax errors.
 */
final class CsvInputGuard extends FilterReader {

    /** The underlying stream failed. */
    static final class SourceFailure extends IOException {
        private static final long serialVersionUID = 1L;

        SourceFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** One record took more text than allowed. */
    static final class RecordTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLong(long maxChars) {
            super("a record took more than " + maxChars + " characters");
        }
    }

    private final long maxCharsPerRecord;
    private long charsSinceRecordStart;

    CsvInputGuard(Reader in, long maxCharsPerRecord) {
        super(in);
        this.maxCharsPerRecord = maxCharsPerRecord;
    }

    /** Call before the parser reads each record. */
    void startRecord() {
        charsSinceRecordStart = 0;
    }

    @Override
    public int read() throws IOException {
        int c;
        try {
            c = super.read();
        } catch (IOException e) {
            throw new SourceFailure(e);
        }
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count;
        try {
            count = super.read(buffer, offset, length);
        } catch (IOException e) {
            throw new SourceFailure(e);
        }
        count(Math.max(count, 0));
        return count;
    }

    private void count(int chars) throws RecordTooLong {
        charsSinceRecordStart += chars;
        if (charsSinceRecordStart > maxCharsPerRecord) {
            throw new RecordTooLong(maxCharsPerRecord);
        }
    }
}
