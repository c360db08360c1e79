package org.actortrends.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/** Writes Parquet test files of any schema, one row per map of column values. */
public final class ParquetRows {
  private ParquetRows() {}

  public static Path write(Path file, Schema schema, List<Map<String, Object>> rows) throws IOException {
    Configuration conf = new Configuration(false);
    try (ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(
            HadoopOutputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf))
        .withSchema(schema).withConf(conf).build()) {
      for (Map<String, Object> row : rows) {
        GenericRecord record = new GenericData.Record(schema);
        row.forEach(record::put);
        writer.write(record);
      }
    }
    return file;
  }
}
