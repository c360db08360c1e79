package org.actortrends.io.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The title and the publication time a page states in its markup. */
final class PageMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Meta tags that carry the publication time, by attribute value (property, name or itemprop), best first. */
  private static final List<String> TIME_META = List.of("article:published_time", "og:article:published_time",
      "datepublished", "article.published", "published_time", "publish-date", "publish_date", "publishdate",
      "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
      "dcterms.created", "dc.date.created", "citation_publication_date", "date", "og:published_time",
      "article:published", "cxenseparse:recs:publishtime");

  private static final DateTimeFormatter LENIENT_ISO = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().padNext(1).optionalStart().appendLiteral('T').optionalEnd()
      .optionalEnd()
      .optionalStart()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private PageMetadata() {}

  /** og:title, else the JSON-LD headline, else the first h1, else the title element; "" when none. */
  static String title(Document doc) {
    for (String key : List.of("og:title", "twitter:title")) {
      String value = meta(doc, key);
      if (!value.isBlank()) {
        return value.strip();
      }
    }
    String headline = jsonLd(doc, "headline");
    if (headline != null && !headline.isBlank()) {
      return headline.strip();
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    return doc.title().strip();
  }

  /** The publication time as ISO-8601, or null when the page states none that can be read. */
  static String published(Document doc) {
    for (String key : TIME_META) {
      String iso = iso(meta(doc, key));
      if (iso != null) {
        return iso;
      }
    }
    String iso = iso(jsonLd(doc, "datePublished"));
    if (iso != null) {
      return iso;
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      iso = iso(e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text());
      if (iso != null) {
        return iso;
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      iso = iso(time.attr("datetime"));
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  /** The content of the first meta tag whose property, name or itemprop is {@code key} (any case); "" when none. */
  private static String meta(Document doc, String key) {
    for (Element m : doc.getElementsByTag("meta")) {
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        if (m.attr(attr).equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
          return m.attr("content");
        }
      }
    }
    return "";
  }

  /**
   * The first textual value of {@code field} in the page's JSON-LD blocks, searched breadth-first (so an article's
   * own field comes before one of a nested object), through arrays and {@code @graph}; null when none.
   */
  static String jsonLd(Document doc, String field) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (Exception e) { // malformed JSON-LD is common; it is skipped
        continue;
      }
      Deque<JsonNode> queue = new ArrayDeque<>();
      if (root != null) {
        queue.add(root);
      }
      int visited = 0;
      while (!queue.isEmpty() && visited++ < 10_000) {
        JsonNode node = queue.poll();
        if (node.isArray()) {
          node.forEach(queue::add);
        } else if (node.isObject()) {
          JsonNode value = node.get(field);
          if (value != null && value.isTextual() && !value.asText().isBlank()) {
            return value.asText();
          }
          for (var it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> child = it.next();
            if (child.getValue().isContainerNode()) {
              queue.add(child.getValue());
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * {@code value} as ISO-8601: a date-time with its offset when it has one, a local date-time, or a date; null when
   * it is not an ISO-like date.
   */
  static String iso(String value) {
    if (value == null) {
      return null;
    }
    String text = value.strip();
    if (text.length() < 10 || text.length() > 40) {
      return null;
    }
    try {
      TemporalAccessor t = LENIENT_ISO.parse(text);
      LocalDate date = LocalDate.from(t);
      if (!t.isSupported(ChronoField.HOUR_OF_DAY)) {
        return date.toString();
      }
      LocalDateTime local = LocalDateTime.from(t);
      if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
        return OffsetDateTime.from(t).toString();
      }
      return local.toString();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
