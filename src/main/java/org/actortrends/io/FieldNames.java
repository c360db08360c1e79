package org.actortrends.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The names of the input fields (JSON keys or CSV columns) that hold each part of an article. */
public record FieldNames(String id, String url, String source, String publishedAt, String title, String text,
    String language) implements java.io.Serializable {

    /** The value of {@code --languageField} that ignores any language field: every article's language is detected. */
    public static final String NO_LANGUAGE_FIELD = "none";

    private static final String DEFAULT_PUBLISHED_AT = "published_at";
    /** Names other corpora commonly use for the publication time; tried only when the default name is absent. */
    private static final List<String> PUBLISHED_AT_FALLBACKS = List.of("date", "published", "publish_date");

    public FieldNames {
        requireName(id, "id");
        requireName(url, "url");
        requireName(source, "source");
        requireName(publishedAt, "publishedAt");
        requireName(title, "title");
        requireName(text, "text");
        requireName(language, "language");
    }

    /** With the default language field, {@code language}. */
    public FieldNames(String id, String url, String source, String publishedAt, String title, String text) {
        this(id, url, source, publishedAt, title, text, "language");
    }

    /** The field holding the record's own language code, or null when the language is always detected. */
    public String languageOrNull() {
        return language.equals(NO_LANGUAGE_FIELD) ? null : language;
    }

    /** id, url, source, published_at, title, text, language. */
    public static FieldNames defaults() {
        return new FieldNames("id", "url", "source", DEFAULT_PUBLISHED_AT, "title", "text", "language");
    }

    /**
     * The names to look up for the publication time, in order: the configured name, followed by the common
     * alternatives when the configured name is the default (a deliberately configured name gets no guessing).
     */
    public List<String> publishedAtNames() {
        if (!publishedAt.equals(DEFAULT_PUBLISHED_AT)) {
            return List.of(publishedAt);
        }
        List<String> names = new ArrayList<>();
        names.add(publishedAt);
        names.addAll(PUBLISHED_AT_FALLBACKS);
        return List.copyOf(names);
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException("field name for " + what + " must not be blank");
        }
    }
}
