package org.actortrends.generate;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Articles as a {@code .warc.gz} file as CC-News ships them (one gzip member per record, written by jwarc): a
 * warcinfo record, then for each article a GET request and its HTTP 200 {@code text/html; charset=utf-8} response
 * holding the article's page ({@link ArticlePage}). Record ids and dates come from the article, not from the clock
 * or chance, so equal options still give equal bytes; each page is crawled an hour after it was published.
 */
final class WarcSink implements ArticleSink {
  private static final MediaType HTML_UTF8 = MediaType.parse("text/html; charset=utf-8");
  private static final Duration CRAWL_DELAY = Duration.ofHours(1);

  private final Path file;
  private final WarcWriter warc;
  private boolean started;

  WarcSink(Path file) throws IOException {
    this.file = file;
    Files.createDirectories(file.toAbsolutePath().getParent());
    warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP);
  }

  @Override
  public void write(ArticleComposer.Article a) throws IOException {
    Instant crawled = Instant.parse(a.publishedAt()).plus(CRAWL_DELAY);
    if (!started) {
      warcinfo(crawled, a.id());
      started = true;
    }
    URI url = URI.create(a.url());
    WarcRequest request = new WarcRequest.Builder(url).recordId(uuid(a.id(), "request")).date(crawled)
        .body(new HttpRequest.Builder("GET", url.getRawPath()).addHeader("Host", url.getHost())
            .addHeader("User-Agent", "actor-trends-generate").addHeader("Accept", "text/html").build())
        .build();
    byte[] page = ArticlePage.html(a, a.source()).getBytes(StandardCharsets.UTF_8);
    WarcResponse response = new WarcResponse.Builder(url).recordId(uuid(a.id(), "response")).date(crawled)
        .concurrentTo(request.id())
        .body(new HttpResponse.Builder(200, "OK")
            .body(HTML_UTF8, page).build())
        .build();
    warc.write(request);
    warc.write(response);
  }

  private void warcinfo(Instant date, String firstId) throws IOException {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of("actor-trends generate"));
    fields.put("format", List.of("WARC File Format 1.1"));
    fields.put("description", List.of("generated news articles of our own; ground truth in ../_truth"));
    warc.write(new Warcinfo.Builder().recordId(uuid(firstId, "warcinfo")).date(date)
        .filename(file.getFileName().toString()).fields(fields).build());
  }

  private static UUID uuid(String articleId, String kind) {
    return UUID.nameUUIDFromBytes((articleId + "/" + kind).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    warc.close();
  }
}
