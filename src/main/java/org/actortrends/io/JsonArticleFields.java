package org.actortrends.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads the article fields from a JSON object, checking the JSON type of each. A JSON null counts as missing. */
final class JsonArticleFields {

    private JsonArticleFields() {
    }

    static ArticleFields read(ObjectNode object, FieldNames names) throws WrongTypeException {
        String id = idValue(object, names.id());
        String url = stringValue(object, names.url());
        String source = firstStringValue(object, names.sourceNames());
        String publishedAtName = names.publishedAt();
        String publishedAt = null;
        for (String name : names.publishedAtNames()) {
            JsonNode node = object.get(name);
            if (hasValue(node)) {
                publishedAtName = name;
                publishedAt = timeValue(node, name);
                break;
            }
        }
        String title = stringValue(object, names.title());
        String text = firstStringValue(object, names.textNames());
        String language = names.languageOrNull() == null ? null : stringValue(object, names.languageOrNull());
        return new ArticleFields(id, url, source, publishedAtName, publishedAt, title, text, language);
    }

    /** A string, or an integer which becomes its decimal string. */
    private static String idValue(ObjectNode object, String name) throws WrongTypeException {
        JsonNode node = object.get(name);
        if (isMissing(node)) {
            return null;
        }
        if (node.isTextual() || node.isIntegralNumber()) {
            return node.asText();
        }
        throw new WrongTypeException(name, "a string or an integer", node);
    }

    /** A string in any supported time format, or an epoch number. */
    private static String timeValue(JsonNode node, String name) throws WrongTypeException {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return Long.toString(node.longValue());
        }
        if (node.isNumber()) {
            // Plain notation, since a double's own text may be "1.7235414E9".
            return node.decimalValue().toPlainString();
        }
        throw new WrongTypeException(name, "a string or an epoch number", node);
    }

    /** The string under the first name that holds a value; the configured (first) name decides when none does. */
    private static String firstStringValue(ObjectNode object, java.util.List<String> names) throws WrongTypeException {
        for (String name : names) {
            JsonNode node = object.get(name);
            if (hasValue(node)) {
                return stringValue(object, name);
            }
        }
        return stringValue(object, names.get(0));
    }

    private static String stringValue(ObjectNode object, String name) throws WrongTypeException {
        JsonNode node = object.get(name);
        if (isMissing(node)) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        throw new WrongTypeException(name, "a string", node);
    }

    private static boolean isMissing(JsonNode node) {
        return node == null || node.isNull();
    }

    /** Present with something in it; a blank string lets the publication time fall back to the next name. */
    private static boolean hasValue(JsonNode node) {
        return !isMissing(node) && !(node.isTextual() && node.textValue().isBlank());
    }
}
