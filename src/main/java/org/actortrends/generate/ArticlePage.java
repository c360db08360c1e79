package org.actortrends.generate;

import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The HTML page of a generated article, laid out as a plain news site: head metadata (title, Open Graph title,
 * {@code article:published_time}), a site header with navigation, the headline and the body's paragraphs in
 * {@code <article><p>}, then related links and a footer. The boilerplate is clean markup (nav, aside, footer) so
 * that main-text extraction gives back the text as written.
 */
final class ArticlePage {
  private static final List<String> SECTIONS = List.of("World", "Politics", "Business", "Climate", "Sport",
      "Opinion");
  /** Headlines that name no actor, so nothing counted hangs on the extractor dropping them. */
  private static final List<String> RELATED = List.of("Markets close the week higher", "Weather: a warm week ahead",
      "Letters to the editor", "Five charts that explain the housing market");

  private ArticlePage() {}

  static String html(ArticleComposer.Article a, String outlet) {
    StringBuilder b = new StringBuilder(a.text().length() + 2048);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(a.title())).append(" | ").append(escape(outlet)).append("</title>\n")
        .append("<meta property=\"og:title\" content=\"").append(escape(a.title())).append("\">\n")
        .append("<meta property=\"og:site_name\" content=\"").append(escape(outlet)).append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"").append(a.publishedAt()).append("\">\n")
        .append("<link rel=\"canonical\" href=\"").append(escape(a.url())).append("\">\n</head>\n<body>\n")
        .append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(escape(outlet))
        .append("</a>\n<nav><ul>");
    for (String section : SECTIONS) {
      b.append("<li><a href=\"/").append(section.toLowerCase()).append("/\">").append(section).append("</a></li>");
    }
    b.append("</ul></nav></header>\n<main>\n<article>\n<h1>").append(escape(a.title())).append("</h1>\n");
    for (String paragraph : a.text().split("\n\n")) {
      b.append("<p>").append(escape(paragraph).replace("\n", "<br>\n")).append("</p>\n");
    }
    b.append("</article>\n<aside class=\"related\"><h2>Related</h2><ul>");
    for (String headline : RELATED) {
      b.append("<li><a href=\"/more/").append(headline.length()).append("\">").append(headline).append("</a></li>");
    }
    return b.append("</ul></aside>\n</main>\n<footer><p>&copy; ").append(a.day().getYear()).append(' ')
        .append(escape(outlet)).append("</p><a href=\"/about\">About us</a> <a href=\"/privacy\">Privacy</a>")
        .append("</footer>\n</body>\n</html>\n").toString();
  }

  private static String escape(String text) {
    return Entities.escape(text);
  }
}
