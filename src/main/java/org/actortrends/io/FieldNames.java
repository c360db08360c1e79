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
    private static final List<String> PUBLISHED_AT_FALLBACKS = List.of("date", "published", "publish_date",
            "date_publish");
    private static final String DEFAULT_SOURCE = "source";
    /** Tried for the source when the default name is absent: Hugging Face news sets and news-please. */
    private static final List<String> SOURCE_FALLBACKS = List.of("domain", "source_domain");
    private static final String DEFAULT_TEXT = "text";
    /** Tried for the text when the default name is absent: news-please's main text. */
    private static final List<String> TEXT_FALLBACKS = List.of("maintext");

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
        return new FieldNames("id", "url", DEFAULT_SOURCE, DEFAULT_PUBLISHED_AT, "title", DEFAULT_TEXT, "language");
    }

    /**
     * The names to look up for the publication time, in order: the configured name, followed by the common
     * alternatives when the configured name is the default (a deliberately configured name gets no guessing).
     */
    public List<String> publishedAtNames() {
        return withFallbacks(publishedAt, DEFAULT_PUBLISHED_AT, PUBLISHED_AT_FALLBACKS);
    }

    /** The names to look up for the source: the configured name, then {@code domain} and {@code source_domain}
     * when the configured name is the default. */
    public List<String> sourceNames() {
        return withFallbacks(source, DEFAULT_SOURCE, SOURCE_FALLBACKS);
    }

    /** The names to look up for the text: the configured name, then news-please's {@code maintext} when the
     * configured name is the default. */
    public List<String> textNames() {
        return withFallbacks(text, DEFAULT_TEXT, TEXT_FALLBACKS);
    }

    private static List<String> withFallbacks(String configured, String defaultName, List<String> fallbacks) {
        if (!configured.equals(defaultName)) {
            return List.of(configured);
        }
        List<String> names = new ArrayList<>();
        names.add(configured);
        names.addAll(fallbacks);
        return List.copyOf(names);
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException("field name for " + what + " must not be blank");
        }
    }
}
