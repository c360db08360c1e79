package org.actortrends.generate;

import java.io.IOException;
import java.nio.file.Path;
import org.actortrends.io.ParquetTables;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * Articles as a Hugging Face-style Parquet file: string columns {@code id, url, title, text, domain, date} (the
 * domain is the URL's host, the date an ISO instant), Snappy-compressed, which the job reads without options.
 */
final class ParquetSink implements ArticleSink {
  static final Schema SCHEMA = SchemaBuilder.record("article").namespace("org.actortrends.generate").fields()
      .requiredString("id").requiredString("url").requiredString("title").requiredString("text")
      .requiredString("domain").requiredString("date").endRecord();

  private final ParquetWriter<GenericRecord> writer;

  ParquetSink(Path file) throws IOException {
    writer = ParquetTables.newWriter(file, SCHEMA);
  }

  @Override
  public void write(ArticleComposer.Article a) throws IOException {
    GenericRecord row = new GenericData.Record(SCHEMA);
    row.put("id", a.id());
    row.put("url", a.url());
    row.put("title", a.title());
    row.put("text", a.text());
    row.put("domain", a.domain());
    row.put("date", a.publishedAt());
    writer.write(row);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
