package org.actortrends.io;

import java.io.IOException;

/** The outcome reported when the input stream itself fails, e.g. a truncated gzip file. */
final class ReadErrors {

    private ReadErrors() {
    }

    static ParsedRecord outcome(long line, IOException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return ParsedRecord.rejected(line, "", RejectReason.READ_ERROR,
                e.getClass().getSimpleName() + message + "; the rest of the file was not read");
    }
}
