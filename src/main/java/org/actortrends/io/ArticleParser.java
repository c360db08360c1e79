package org.actortrends.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns one raw record into an {@link Article} or a rejection with its reason.
 *
 * <p>Thread-safe: build one per worker and share it.
 */
public final class ArticleParser {

    /** How much of a bad value to quote in a message. */
    private static final int MAX_QUOTED_CHARS = 80;

    private final FieldNames fields;
    private final ZoneId zone;
    private final int maxArticleBytes;
    private final ObjectMapper mapper;

    /**
     * @param zone            the zone in which publication days are counted
     * @param maxArticleBytes records whose text is larger than this in UTF-8 are rejected unparsed
     */
    public ArticleParser(FieldNames fields, ZoneId zone, int maxArticleBytes) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (maxArticleBytes <= 0) {
            throw new IllegalArgumentException("maxArticleBytes must be positive, got " + maxArticleBytes);
        }
        this.maxArticleBytes = maxArticleBytes;
        this.mapper = newMapper(maxArticleBytes);
    }

    /** The field names records are read with. */
    public FieldNames fields() {
        return fields;
    }

    public int maxArticleBytes() {
        return maxArticleBytes;
    }

    /** Parses one JSON Lines record. */
    public ParsedRecord parseJson(long line, String raw) {
        Objects.requireNonNull(raw, "raw");
        if (Utf8.isLongerThan(raw, maxArticleBytes)) {
            return tooLarge(line, raw);
        }
        JsonNode node;
        try {
            node = mapper.readTree(raw);
        } catch (JsonProcessingException e) {
            boolean duplicate = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
            return ParsedRecord.rejected(line, raw, duplicate ? RejectReason.DUPLICATE_FIELD : RejectReason.INVALID_JSON,
                    describe(e));
        }
        if (node == null || node.isMissingNode()) {
            return ParsedRecord.rejected(line, raw, RejectReason.INVALID_JSON, "no JSON value");
        }
        if (!node.isObject()) {
            return ParsedRecord.rejected(line, raw, RejectReason.NOT_AN_OBJECT,
                    "expected a JSON object, found " + WrongTypeException.typeName(node));
        }
        try {
            return validate(line, raw, JsonArticleFields.read((ObjectNode) node, fields));
        } catch (WrongTypeException e) {
            return ParsedRecord.rejected(line, raw, RejectReason.WRONG_TYPE, e.getMessage());
        }
    }

    /**
     * Parses one record given as named values, such as a CSV row; an empty value counts as missing.
     *
     * @param raw the record text, used for the size check and kept in the outcome
     */
    public ParsedRecord parseFields(long line, String raw, Map<String, String> values) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(values, "values");
        if (Utf8.isLongerThan(raw, maxArticleBytes)) {
            return tooLarge(line, raw);
        }
        return validate(line, raw, ArticleFields.fromMap(values, fields));
    }

    private ParsedRecord validate(long line, String raw, ArticleFields found) {
        if (found.text() == null) {
            return ParsedRecord.rejected(line, raw, RejectReason.MISSING_TEXT, fields.text() + ": missing");
        }
        if (found.text().isBlank()) {
            return ParsedRecord.rejected(line, raw, RejectReason.EMPTY_TEXT, fields.text() + ": blank");
        }
        if (found.publishedAt() == null) {
            return ParsedRecord.rejected(line, raw, RejectReason.MISSING_PUBLISHED_AT, missingPublishedAtDetail());
        }
        PublicationTimes.Parsed time;
        try {
            time = PublicationTimes.parse(found.publishedAt(), zone);
        } catch (DateTimeException | IllegalArgumentException e) {
            return ParsedRecord.rejected(line, raw, RejectReason.BAD_PUBLISHED_AT,
                    found.publishedAtName() + ": cannot parse " + quoted(found.publishedAt()) + whyNot(e));
        }
        String source = found.source() != null ? found.source() : hostOrNull(found.url());
        if (source == null) {
            return ParsedRecord.rejected(line, raw, RejectReason.MISSING_SOURCE,
                    fields.source() + ": missing, and no host in " + fields.url() + " to use instead");
        }
        // Hashing the URL first keeps the id stable when the same article is re-crawled with edited text.
        String id = found.id() != null ? found.id() : StableIds.of(found.url() != null ? found.url() : found.text());
        Article article = new Article(id, found.url(), source, time.epochMillis(), time.day(), found.title(),
                found.text(), found.language());
        return ParsedRecord.accepted(line, raw, article);
    }

    private String missingPublishedAtDetail() {
        List<String> names = fields.publishedAtNames();
        if (names.size() == 1) {
            return fields.publishedAt() + ": missing";
        }
        return fields.publishedAt() + ": missing (also looked for "
                + String.join(", ", names.subList(1, names.size())) + ")";
    }

    private ParsedRecord tooLarge(long line, String raw) {
        return ParsedRecord.rejected(line, raw, RejectReason.TOO_LARGE,
                "record is larger than the limit of " + maxArticleBytes + " bytes");
    }

    private static String hostOrNull(String url) {
        return url == null ? null : UrlHosts.hostOf(url);
    }

    private static ObjectMapper newMapper(int maxArticleBytes) {
        // A single string may be as long as a whole record; Jackson's default cap could otherwise be lower.
        int maxStringLength = Math.max(maxArticleBytes, StreamReadConstraints.DEFAULT_MAX_STRING_LEN);
        // A key given twice leaves it open which value was meant: rejected, never silently the last one.
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxStringLength).build())
                .build();
        // A line holds exactly one value; '{"a":1} {"b":2}' is a broken line, not the first object.
        return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null || location.getColumnNr() < 1 ? "" : " (column " + location.getColumnNr() + ")";
        return e.getOriginalMessage() + where;
    }

    /** The specific problem for values that looked like a time but are impossible; nothing for plain gibberish. */
    private static String whyNot(RuntimeException e) {
        if (e instanceof DateTimeParseException) {
            return e.getCause() == null ? "" : ": " + e.getCause().getMessage();
        }
        return ": " + e.getMessage();
    }

    private static String quoted(String value) {
        String shown = value.length() <= MAX_QUOTED_CHARS ? value : value.substring(0, MAX_QUOTED_CHARS) + "...";
        return "'" + shown + "'";
    }
}
