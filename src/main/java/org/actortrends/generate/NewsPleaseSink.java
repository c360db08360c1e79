package org.actortrends.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Articles as news-please stores them: one pretty-printed JSON object per article, {@code SHARD/DOMAIN/ID.json},
 * with news-please's field names ({@code maintext}, {@code date_publish} as "yyyy-MM-dd HH:mm:ss" in UTC,
 * {@code source_domain}) and the fields it fills that the job ignores, so the files are as large as real ones.
 */
final class NewsPleaseSink implements ArticleSink {
  private static final JsonFactory JSON = new JsonFactory();

  private final Path folder;

  NewsPleaseSink(Path folder) {
    this.folder = folder;
  }

  @Override
  public void write(ArticleComposer.Article a) throws IOException {
    Path file = folder.resolve(a.domain()).resolve(a.id() + ".json");
    try (JsonGenerator json = JSON.createGenerator(OutputFormat.newFile(file), JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeArrayFieldStart("authors");
      json.writeEndArray();
      json.writeStringField("date_download", localTime(a.publishedAt()));
      json.writeNullField("date_modify");
      json.writeStringField("date_publish", localTime(a.publishedAt()));
      json.writeNullField("description");
      json.writeStringField("filename", a.id() + ".json");
      json.writeNullField("image_url");
      json.writeStringField("language", "en");
      json.writeNullField("localpath");
      json.writeStringField("maintext", a.text());
      json.writeStringField("source_domain", a.domain());
      json.writeStringField("title", a.title());
      json.writeNullField("title_page");
      json.writeNullField("title_rss");
      json.writeStringField("url", a.url());
      json.writeEndObject();
    }
  }

  /** "2025-08-01T12:05:00Z" as news-please writes times: "2025-08-01 12:05:00", no zone (read in UTC). */
  private static String localTime(String instant) {
    return instant.replace('T', ' ').replace("Z", "");
  }

  @Override
  public void close() {}
}
