package org.actortrends.io;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** One accepted news article. Immutable. */
public final class Article implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String url;
    private final String source;
    private final long publishedAtMillis;
    private final LocalDate day;
    private final String title;
    private final String text;
    private final String language;

    /**
     * @param url   may be null
     * @param title may be null, stored as ""
     * @param day   the calendar day of publication in the pipeline's time zone
     */
    public Article(String id, String url, String source, long publishedAtMillis, LocalDate day, String title,
            String text) {
        this(id, url, source, publishedAtMillis, day, title, text, null);
    }

    /** @param language the record's own language field as given (may be null): a hint, checked where it is used */
    public Article(String id, String url, String source, long publishedAtMillis, LocalDate day, String title,
            String text, String language) {
        this.id = Objects.requireNonNull(id, "id");
        this.url = url;
        this.source = Objects.requireNonNull(source, "source");
        this.publishedAtMillis = publishedAtMillis;
        this.day = Objects.requireNonNull(day, "day");
        this.title = title == null ? "" : title;
        this.text = Objects.requireNonNull(text, "text");
        this.language = language;
    }

    /** The record's own language field, or null when it had none. */
    public String getLanguage() {
        return language;
    }

    public String getId() {
        return id;
    }

    /** The article's URL, or null when the input had none. */
    public String getUrl() {
        return url;
    }

    public String getSource() {
        return source;
    }

    public long getPublishedAtMillis() {
        return publishedAtMillis;
    }

    public LocalDate getDay() {
        return day;
    }

    /** The title, or "" when the input had none. */
    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Article)) {
            return false;
        }
        Article that = (Article) other;
        return publishedAtMillis == that.publishedAtMillis
                && id.equals(that.id)
                && Objects.equals(url, that.url)
                && source.equals(that.source)
                && day.equals(that.day)
                && title.equals(that.title)
                && text.equals(that.text)
                && Objects.equals(language, that.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, url, source, publishedAtMillis, day, title, text, language);
    }

    /** Leaves out the text, which can be long. */
    @Override
    public String toString() {
        return "Article{id=" + id + ", source=" + source + ", day=" + day + ", title=" + title + "}";
    }
}
