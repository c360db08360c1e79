package org.actortrends.generate;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Articles as {@code .csv.gz}: RFC 4180 with a header row of the job's default field names; texts quoted. */
final class CsvSink implements ArticleSink {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader("id", "url", "source", "published_at", "title", "text").build();

  private final CSVPrinter csv;

  CsvSink(Path file) throws IOException {
    csv = new CSVPrinter(new OutputStreamWriter(new FastGzip(OutputFormat.newFile(file)), StandardCharsets.UTF_8),
        FORMAT);
  }

  @Override
  public void write(ArticleComposer.Article a) throws IOException {
    csv.printRecord(a.id(), a.url(), a.source(), a.publishedAt(), a.title(), a.text());
  }

  @Override
  public void close() throws IOException {
    csv.close(true);
  }
}
