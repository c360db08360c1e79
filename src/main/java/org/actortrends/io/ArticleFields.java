package org.actortrends.io;

import java.util.Map;

/**
 * The parts of an article as found in one record, before validation. Blank values are null, and all values
 * but the text are stripped of surrounding whitespace.
 *
 * @param publishedAtName the field name the publication time was found under (for messages)
 */
record ArticleFields(String id, String url, String source, String publishedAtName, String publishedAt, String title,
        String text, String language) {

    ArticleFields {
        id = strippedOrNull(id);
        url = strippedOrNull(url);
        source = strippedOrNull(source);
        publishedAt = strippedOrNull(publishedAt);
        title = strippedOrNull(title);
        language = strippedOrNull(language);
    }

    /** Reads a CSV row; an empty cell counts as missing. */
    static ArticleFields fromMap(Map<String, String> values, FieldNames names) {
        String publishedAtName = names.publishedAt();
        String publishedAt = null;
        for (String name : names.publishedAtNames()) {
            String value = values.get(name);
            if (value != null && !value.isBlank()) {
                publishedAtName = name;
                publishedAt = value;
                break;
            }
        }
        String text = firstPresent(values, names.textNames());
        return new ArticleFields(values.get(names.id()), values.get(names.url()),
                firstPresent(values, names.sourceNames()),
                publishedAtName, publishedAt, values.get(names.title()), text == null || text.isEmpty() ? null : text,
                names.languageOrNull() == null ? null : values.get(names.languageOrNull()));
    }

    /** The value under the first name that holds a non-blank value, else the first name's value. */
    private static String firstPresent(Map<String, String> values, java.util.List<String> names) {
        for (String name : names) {
            String value = values.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return values.get(names.get(0));
    }

    private static String strippedOrNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
