package org.actortrends.io;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.time.LocalDate;
import org.actortrends.aggregate.TableSchemas;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes one table as Snappy Parquet, partitioned Hive-style by day, one file a day:
 * {@code DIR/<table>/day=YYYY-MM-DD/part-00000-of-00001.parquet} (on object stores with a {@code run=ID} folder below
 * the day, see {@link OutputLayout}). The rows' {@code day} goes into the path only, not into the files (see
 * {@link TableSchemas}). Returns each written file as (day, path).
 *
 * <p>It takes each day's rows together, as (day, rows): the per-day tables' combines give them so, and tables of
 * per-article rows are grouped by {@link ByDay} first. Each day's file is written under its final name in one
 * step. Beam's
 * {@code FileIO.write} would write temporary files and rename them in five more steps, each a stage of its own
 * on Flink and a dozen transforms for the direct runner to track, per table: a run's files land in a staging
 * directory or a run's own prefix that only the client publishes once the job has succeeded (see
 * {@link RunPublisher}), so a retried write simply writes its file again.
 */
public class WriteTable
    extends PTransform<PCollection<KV<Integer, Iterable<GenericRecord>>>, PCollection<KV<String, String>>> {
  private final String table;
  private final Schema rowSchema;
  private final OutputLayout layout;

  /** @param rowSchema the rows' schema, {@code day} first */
  public WriteTable(String table, Schema rowSchema, OutputLayout layout) {
    this.table = table;
    this.rowSchema = rowSchema;
    this.layout = layout;
  }

  /** Writes to {@code directory/<table>/day=YYYY-MM-DD/}. */
  public WriteTable(String table, Schema rowSchema, String directory) {
    this(table, rowSchema, OutputLayout.staged(directory));
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<Integer, Iterable<GenericRecord>>> days) {
    return days
        .apply("WriteDays", ParDo.of(new WriteDayFn(table, TableSchemas.fileSchema(rowSchema), layout)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  /** The coder of (day, rows) for rows of {@code rowSchema}. */
  public static Coder<KV<Integer, Iterable<GenericRecord>>> dayTablesCoder(Schema rowSchema) {
    return KvCoder.of(VarIntCoder.of(), IterableCoder.of(AvroCoder.of(rowSchema)));
  }

  /** Groups a table's rows by their day, for {@link WriteTable}. */
  public static class ByDay
      extends PTransform<PCollection<GenericRecord>, PCollection<KV<Integer, Iterable<GenericRecord>>>> {
    @Override
    public PCollection<KV<Integer, Iterable<GenericRecord>>> expand(PCollection<GenericRecord> rows) {
      return rows
          .apply("KeyByDay", ParDo.of(new ByDayFn()))
          .setCoder(KvCoder.of(VarIntCoder.of(), rows.getCoder()))
          .apply("GroupByDay", GroupByKey.create());
    }
  }

  /** The rows of (day, rows), for steps that read a table's rows rather than write them. */
  public static class Rows
      extends PTransform<PCollection<KV<Integer, Iterable<GenericRecord>>>, PCollection<GenericRecord>> {
    @Override
    public PCollection<GenericRecord> expand(PCollection<KV<Integer, Iterable<GenericRecord>>> days) {
      return days.apply("Days", Values.create()).apply("Rows", Flatten.iterables());
    }
  }

  /** The path of a day's file. */
  static String dayFile(OutputLayout layout, String table, String day) {
    return layout.tableDirectory(table) + "/" + layout.dayFilePrefix(day) + "-00000-of-00001.parquet";
  }

  static class ByDayFn extends DoFn<GenericRecord, KV<Integer, GenericRecord>> {
    @ProcessElement
    public void process(@Element GenericRecord row, OutputReceiver<KV<Integer, GenericRecord>> out) {
      out.output(KV.of((Integer) row.get(TableSchemas.DAY), row));
    }
  }

  /** Writes one day's rows, without their day, to the day's file. */
  static class WriteDayFn extends DoFn<KV<Integer, Iterable<GenericRecord>>, KV<String, String>> {
    private final String table;
    private final String fileSchemaJson; // Avro schemas are not serializable on every version
    private final OutputLayout layout;
    private transient Schema fileSchema;

    WriteDayFn(String table, Schema fileSchema, OutputLayout layout) {
      this.table = table;
      this.fileSchemaJson = fileSchema.toString();
      this.layout = layout;
    }

    @Setup
    public void setup() {
      fileSchema = new Schema.Parser().parse(fileSchemaJson);
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<GenericRecord>> day, OutputReceiver<KV<String, String>> out)
        throws IOException {
      String date = LocalDate.ofEpochDay(day.getKey()).toString();
      String path = dayFile(layout, table, date);
      ParquetIO.Sink sink = ParquetIO.sink(fileSchema).withCompressionCodec(CompressionCodecName.SNAPPY);
      WritableByteChannel channel = FileSystems.create(FileSystems.matchNewResource(path, false), MimeTypes.BINARY);
      try {
        sink.open(channel);
        GenericRecord fileRow = new GenericData.Record(fileSchema);
        for (GenericRecord row : day.getValue()) {
          for (int i = 0, n = fileSchema.getFields().size(); i < n; i++) {
            fileRow.put(i, row.get(i + 1));
          }
          sink.write(fileRow);
        }
        sink.flush(); // closes the Parquet writer, its stream and the channel
      } catch (IOException | RuntimeException e) {
        try {
          channel.close();
        } catch (IOException | RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
      out.output(KV.of(date, path));
    }
  }
}
