package org.actortrends.io;

import java.util.Objects;

/**
 * The outcome of reading one input record: either an accepted article or a rejection with its reason.
 *
 * @param line    the 1-based physical line where the record starts
 * @param raw     the record text; for CSV rows the row re-encoded as CSV; for a line over the size limit only its
 *                start; "" when there is no record text (a read failure, a broken CSV file)
 * @param article the article, or null when rejected
 * @param reason  why the record was rejected, or null when accepted
 * @param detail  a human-readable explanation of a rejection, or null when accepted
 */
public record ParsedRecord(long line, String raw, Article article, RejectReason reason, String detail) {

    public ParsedRecord {
        Objects.requireNonNull(raw, "raw");
        if ((article == null) == (reason == null)) {
            throw new IllegalArgumentException("a record has an article or a reject reason, not both or neither");
        }
    }

    public static ParsedRecord accepted(long line, String raw, Article article) {
        return new ParsedRecord(line, raw, Objects.requireNonNull(article, "article"), null, null);
    }

    public static ParsedRecord rejected(long line, String raw, RejectReason reason, String detail) {
        return new ParsedRecord(line, raw, null, Objects.requireNonNull(reason, "reason"), detail);
    }

    public boolean accepted() {
        return article != null;
    }
}
