package org.actortrends.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.actortrends.io.html.HtmlArticle;
import org.actortrends.io.html.PageCharset;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the records of one WARC file (already decompressed, or gzip per record as {@code .warc.gz} files are: the
 * gzip framing is read here too). Each {@code response} record with HTTP status 200 and an HTML content type
 * ({@code text/html}, {@code application/xhtml+xml}) becomes one {@link ParsedRecord} through
 * {@link HtmlArticle#extract}; every other record (request, metadata, warcinfo, revisit, resource, non-HTML or
 * non-200 responses) is not an article and is passed to {@link Listener#skipped} with its kind instead, so it is
 * neither read nor rejected.
 *
 * <ul>
 *   <li>line: the record's 1-based ordinal in the file; raw: the WARC headers (never the body);</li>
 *   <li>url: WARC-Target-URI; source: left out, so the parser uses the URL's host; id: left out, so the parser
 *       hashes the URL;</li>
 *   <li>published_at: the page's own publication time, else the record's WARC-Date (the crawl time), which is
 *       reported to {@link Listener#datedByCrawlTime};</li>
 *   <li>charset: the HTTP Content-Type's, else the page's {@code <meta charset>}, else UTF-8, with the checks
 *       for wrong labels of {@link PageCharset};</li>
 *   <li>bounded: at most {@code maxArticleBytes} of one HTTP body are held; a larger body is rejected as
 *       {@code too_large} and the rest of it is skipped without being held;</li>
 *   <li>a page with no main text is rejected as {@code empty_text} with its URL as detail;</li>
 *   <li>a file that fails part way (truncated gzip, broken record) gives one {@code read_error} and stops; the
 *       records before it stand.</li>
 * </ul>
 */
public final class WarcReader {
  /** What is told apart from the articles and rejections. */
  public interface Listener {
    /** A record that is not an article, by kind: e.g. {@code request}, {@code response_404}, {@code response_not_html}. */
    void skipped(String kind);

    /** An article whose page gives no publication time, dated by the record's WARC-Date. */
    void datedByCrawlTime();
  }

  private WarcReader() {}

  public static void read(InputStream in, ArticleParser parser, Consumer<ParsedRecord> sink, Listener listener) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(listener, "listener");
    long ordinal = 1; // of the record being read
    try {
      org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(in);
      for (; ; ordinal++) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        one(ordinal, next.get(), parser, sink, listener);
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(ParsedRecord.rejected(ordinal, "", RejectReason.READ_ERROR, "WARC record " + ordinal + ": " + e));
    }
  }

  private static void one(long ordinal, WarcRecord record, ArticleParser parser, Consumer<ParsedRecord> sink,
      Listener listener) throws IOException {
    String type = record.type() == null ? "unknown" : record.type().toLowerCase(Locale.ROOT);
    if (!(record instanceof WarcResponse response)) {
      listener.skipped(type);
      return;
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      listener.skipped("response_not_http"); // e.g. dns: or gemini: records, or broken HTTP headers
      return;
    }
    if (http.status() != 200) {
      listener.skipped("response_" + http.status());
      return;
    }
    MediaType contentType = http.contentType();
    String base = contentType == null ? "" : contentType.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      listener.skipped("response_not_html");
      return;
    }
    String url = response.target();
    String raw = new String(record.serializeHeader(), StandardCharsets.UTF_8).strip();
    byte[] body = readAtMost(http.body().stream(), parser.maxArticleBytes());
    if (body == null) {
      sink.accept(ParsedRecord.rejected(ordinal, raw, RejectReason.TOO_LARGE,
          "HTTP body of " + url + " is larger than the limit of " + parser.maxArticleBytes() + " bytes"));
      return;
    }
    String html = PageCharset.decode(body, contentType == null ? null : contentType.parameters().get("charset"));
    HtmlArticle page = HtmlArticle.extract(html, url);
    if (page.text().isBlank()) {
      sink.accept(ParsedRecord.rejected(ordinal, raw, RejectReason.EMPTY_TEXT, "no article text in " + url));
      return;
    }
    FieldNames names = parser.fields();
    Map<String, String> values = new HashMap<>();
    values.put(names.url(), url);
    values.put(names.title(), page.title());
    values.put(names.text(), page.text());
    boolean byCrawlTime = page.published() == null || page.published().isBlank();
    values.put(names.publishedAt(), byCrawlTime ? String.valueOf(record.date()) : page.published());
    ParsedRecord parsed = parser.parseFields(ordinal, raw, values);
    if (byCrawlTime && parsed.accepted()) {
      listener.datedByCrawlTime();
    }
    sink.accept(parsed);
  }

  /** The stream's bytes, or null when there are more than {@code limit} (the rest is not read). */
  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 64 * 1024));
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) {
        return null; // the WARC reader skips the rest of the record
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
