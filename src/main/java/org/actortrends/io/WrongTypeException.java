package org.actortrends.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** A JSON field holds a value of the wrong type, e.g. a number where text belongs. */
final class WrongTypeException extends Exception {

    private static final long serialVersionUID = 1L;

    WrongTypeException(String field, String expected, JsonNode found) {
        // No stack trace: this is an expected outcome for bad input, not a bug.
        super(field + ": expected " + expected + ", found " + typeName(found), null, false, false);
    }

    static String typeName(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
