package org.actortrends.io;

import java.util.Locale;

/** Why an input record did not become an {@link Article}. */
public enum RejectReason {
    INVALID_JSON,
    DUPLICATE_FIELD,
    NOT_AN_OBJECT,
    MISSING_TEXT,
    EMPTY_TEXT,
    WRONG_TYPE,
    MISSING_PUBLISHED_AT,
    BAD_PUBLISHED_AT,
    MISSING_SOURCE,
    CSV_MALFORMED,
    TOO_LARGE,
    DUPLICATE_ID,
    READ_ERROR;

    /** The stable lower snake case name used in reports and counters, e.g. {@code invalid_json}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
