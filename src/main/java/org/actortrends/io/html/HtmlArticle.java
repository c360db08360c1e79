package org.actortrends.io.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The article of a news HTML page: its title, its main text (paragraphs separated by a blank line, {@code "\n\n"}),
 * and its publication time when the page states it (ISO-8601, e.g. {@code 2019-11-19T10:00:00-05:00} or
 * {@code 2019-11-19}), else null.
 *
 * <p>Bounded: only the first {@link #MAX_CHARS} characters of the HTML are read (the rest of a larger page is
 * ignored; article text comes early in the markup of real pages); parsing (jsoup) and every walk over the tree are
 * iterative, so deeply nested markup cannot overflow the stack, and the work is linear in the size of the input.
 */
public record HtmlArticle(String title, String text, String published) {
  /** At most this many characters of HTML are considered (5 Mi characters, about 5 MB of mostly ASCII markup). */
  public static final int MAX_CHARS = 5 * 1024 * 1024;

  public HtmlArticle {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }

  /** Extracts the article of {@code html}, the page at {@code url} (may be null or empty). */
  public static HtmlArticle extract(String html, String url) {
    String input = html == null ? "" : html;
    if (input.length() > MAX_CHARS) {
      input = input.substring(0, MAX_CHARS);
    }
    Document doc = Jsoup.parse(input, url == null ? "" : url);
    String title = PageMetadata.title(doc);
    String published = PageMetadata.published(doc);
    String text = MainText.extract(doc);
    return new HtmlArticle(title, text, published);
  }
}
