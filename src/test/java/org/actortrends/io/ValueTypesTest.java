package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    private static Article article(String id) {
        return new Article(id, null, "example.com", 0L, LocalDate.of(2025, 8, 13), null, "text");
    }

    @Test
    void articleTitleDefaultsToEmptyAndUrlMayBeNull() {
        Article article = article("a");

        assertEquals("", article.getTitle());
        assertNull(article.getUrl());
    }

    @Test
    void articlesAreEqualByValue() {
        assertEquals(article("a"), article("a"));
        assertEquals(article("a").hashCode(), article("a").hashCode());
        assertNotEquals(article("a"), article("b"));
    }

    @Test
    void articleRequiresIdSourceDayAndText() {
        LocalDate day = LocalDate.of(2025, 8, 13);
        assertThrows(NullPointerException.class, () -> new Article(null, null, "s", 0, day, null, "t"));
        assertThrows(NullPointerException.class, () -> new Article("i", null, null, 0, day, null, "t"));
        assertThrows(NullPointerException.class, () -> new Article("i", null, "s", 0, null, null, "t"));
        assertThrows(NullPointerException.class, () -> new Article("i", null, "s", 0, day, null, null));
    }

    @Test
    void rejectReasonCodesAreLowerSnakeCase() {
        assertEquals("invalid_json", RejectReason.INVALID_JSON.code());
        assertEquals("missing_published_at", RejectReason.MISSING_PUBLISHED_AT.code());
        assertEquals("duplicate_id", RejectReason.DUPLICATE_ID.code());
    }

    @Test
    void parsedRecordIsEitherAcceptedOrRejected() {
        ParsedRecord accepted = ParsedRecord.accepted(3, "{}", article("a"));
        ParsedRecord rejected = ParsedRecord.rejected(4, "x", RejectReason.INVALID_JSON, "bad");

        assertTrue(accepted.accepted());
        assertFalse(rejected.accepted());
        assertThrows(IllegalArgumentException.class,
                () -> new ParsedRecord(1, "", article("a"), RejectReason.TOO_LARGE, null));
        assertThrows(IllegalArgumentException.class, () -> new ParsedRecord(1, "", null, null, null));
    }

    @Test
    void sourceAndTextFallBackOnlyFromTheDefaultNames() {
        assertEquals(List.of("source", "domain", "source_domain"), FieldNames.defaults().sourceNames());
        assertEquals(List.of("text", "maintext"), FieldNames.defaults().textNames());
        FieldNames custom = new FieldNames("id", "url", "outlet", "published_at", "title", "body");
        assertEquals(List.of("outlet"), custom.sourceNames());
        assertEquals(List.of("body"), custom.textNames());
    }

    @Test
    void publishedAtFallsBackOnlyFromTheDefaultName() {
        assertEquals(List.of("published_at", "date", "published", "publish_date", "date_publish"),
                FieldNames.defaults().publishedAtNames());
        FieldNames custom = new FieldNames("id", "url", "source", "pubDate", "title", "text");
        assertEquals(List.of("pubDate"), custom.publishedAtNames());
    }

    @Test
    void fieldNamesMustNotBeBlank() {
        assertThrows(IllegalArgumentException.class, () -> new FieldNames("id", "url", " ", "p", "t", "x"));
        assertThrows(NullPointerException.class, () -> new FieldNames("id", "url", "s", null, "t", "x"));
    }
}
