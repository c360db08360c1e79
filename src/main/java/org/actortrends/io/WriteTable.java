package org.actortrends.io;

import java.time.LocalDate;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.WriteFilesResult;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes one table as Snappy Parquet, partitioned Hive-style by day: {@code DIR/<table>/day=YYYY-MM-DD/part-*.parquet}.
 * The {@code day} column stays inside the files too (typed DATE), so a file read alone still says its day.
 */
public class WriteTable extends PTransform<PCollection<GenericRecord>, WriteFilesResult<String>> {
  private final String table;
  private final Schema schema;
  private final String directory;
  private final int shardsPerDay;

  /**
   * @param shardsPerDay files per day partition; 0 lets the runner decide (for large tables)
   */
  public WriteTable(String table, Schema schema, String directory, int shardsPerDay) {
    this.table = table;
    this.schema = schema;
    this.directory = directory;
    this.shardsPerDay = shardsPerDay;
  }

  @Override
  public WriteFilesResult<String> expand(PCollection<GenericRecord> rows) {
    FileIO.Write<String, GenericRecord> write = FileIO.<String, GenericRecord>writeDynamic()
        .by(row -> LocalDate.ofEpochDay((Integer) row.get("day")).toString())
        .withDestinationCoder(StringUtf8Coder.of())
        .via(ParquetIO.sink(schema).withCompressionCodec(CompressionCodecName.SNAPPY))
        .to(directory + "/" + table)
        .withNaming(day -> FileIO.Write.defaultNaming("day=" + day + "/part", ".parquet"));
    if (shardsPerDay > 0) {
      write = write.withNumShards(shardsPerDay);
    }
    return rows.apply(write);
  }
}
