package org.actortrends.io;

import java.time.LocalDate;
import org.actortrends.aggregate.TableSchemas;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.WriteFilesResult;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes one table as Snappy Parquet, partitioned Hive-style by day: {@code DIR/<table>/day=YYYY-MM-DD/part-*.parquet}
 * (on object stores with a {@code run=ID} folder below the day, see {@link OutputLayout}).
 * The rows' {@code day} goes into the path only, not into the files (see {@link TableSchemas}).
 */
public class WriteTable extends PTransform<PCollection<GenericRecord>, WriteFilesResult<String>> {
  private final String table;
  private final Schema rowSchema;
  private final OutputLayout layout;
  private final int shardsPerDay;

  /**
   * @param rowSchema the rows' schema, {@code day} first
   * @param shardsPerDay files per day partition; 0 lets the runner decide (for large tables)
   */
  public WriteTable(String table, Schema rowSchema, OutputLayout layout, int shardsPerDay) {
    this.table = table;
    this.rowSchema = rowSchema;
    this.layout = layout;
    this.shardsPerDay = shardsPerDay;
  }

  /** Writes to {@code directory/<table>/day=YYYY-MM-DD/}. */
  public WriteTable(String table, Schema rowSchema, String directory, int shardsPerDay) {
    this(table, rowSchema, OutputLayout.staged(directory), shardsPerDay);
  }

  @Override
  public WriteFilesResult<String> expand(PCollection<GenericRecord> rows) {
    Schema fileSchema = TableSchemas.fileSchema(rowSchema);
    FileIO.Write<String, GenericRecord> write = FileIO.<String, GenericRecord>writeDynamic()
        .by(row -> LocalDate.ofEpochDay((Integer) row.get(TableSchemas.DAY)).toString())
        .withDestinationCoder(StringUtf8Coder.of())
        .via(Contextful.fn(new WithoutDay(fileSchema)),
            ParquetIO.sink(fileSchema).withCompressionCodec(CompressionCodecName.SNAPPY))
        .to(layout.tableDirectory(table))
        .withNaming(day -> FileIO.Write.defaultNaming(layout.dayFilePrefix(day), ".parquet"));
    if (layout.tempDirectory() != null) {
      write = write.withTempDirectory(layout.tempDirectory() + "/" + table);
    }
    if (shardsPerDay > 0) {
      write = write.withNumShards(shardsPerDay);
    }
    return rows.apply(write);
  }

  /** A row as its file stores it: every field but the leading {@code day}. */
  static final class WithoutDay implements SerializableFunction<GenericRecord, GenericRecord> {
    private final String fileSchemaJson; // Avro schemas are not serializable on every version
    private transient Schema fileSchema;

    WithoutDay(Schema fileSchema) {
      this.fileSchemaJson = fileSchema.toString();
    }

    @Override
    public GenericRecord apply(GenericRecord row) {
      if (fileSchema == null) {
        fileSchema = new Schema.Parser().parse(fileSchemaJson);
      }
      GenericRecord out = new GenericData.Record(fileSchema);
      for (int i = 0, n = fileSchema.getFields().size(); i < n; i++) {
        out.put(i, row.get(i + 1));
      }
      return out;
    }
  }
}
