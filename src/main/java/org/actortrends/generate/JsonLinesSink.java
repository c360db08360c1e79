package org.actortrends.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Articles as {@code .jsonl.gz}: one JSON object a line with the job's default field names. */
final class JsonLinesSink implements ArticleSink {
  private static final JsonFactory JSON = new JsonFactory();

  private final JsonGenerator json;

  JsonLinesSink(Path file) throws IOException {
    OutputStream gzip = new FastGzip(OutputFormat.newFile(file));
    json = JSON.createGenerator(gzip, JsonEncoding.UTF8);
    json.setPrettyPrinter(new MinimalPrettyPrinter(""));
  }

  @Override
  public void write(ArticleComposer.Article a) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", a.id());
    json.writeStringField("url", a.url());
    json.writeStringField("source", a.source());
    json.writeStringField("published_at", a.publishedAt());
    json.writeStringField("title", a.title());
    json.writeStringField("text", a.text());
    json.writeEndObject();
    json.writeRaw('\n');
  }

  @Override
  public void close() throws IOException {
    json.close(); // closes the gzip stream and the file under it
  }
}
