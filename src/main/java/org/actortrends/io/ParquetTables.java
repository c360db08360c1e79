package org.actortrends.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.actortrends.aggregate.TableSchemas;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * Reads the job's Parquet tables back (for verification and reports), file by file, without a pipeline, and writes a
 * day's partition of a table from plain Java (the report's {@code trends}) or any local Parquet file (generated
 * corpora).
 */
public final class ParquetTables {
  private static final String PARTITION = TableSchemas.DAY + "=";

  private ParquetTables() {}

  /**
   * Calls {@code sink} for every row of every {@code *.parquet} file under {@code tableDir}, in file order, with the
   * day of the file's {@code day=YYYY-MM-DD} directory (null for a file outside one): the files do not hold it.
   */
  public static void forEachRow(Path tableDir, BiConsumer<LocalDate, GenericRecord> sink) throws IOException {
    if (!Files.isDirectory(tableDir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(tableDir)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .filter(p -> !p.toString().contains("/.")) // writers' temporary files
          .sorted().toList();
    }
    Configuration conf = new Configuration();
    for (Path file : files) {
      LocalDate day = partitionDay(file);
      try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(
          HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf)).build()) {
        for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
          sink.accept(day, r);
        }
      }
    }
  }

  /**
   * Writes {@code rows} (of {@code fileSchema}: no {@code day}) as {@code tableDir/day=DAY/part-00000-of-00001.parquet},
   * Snappy-compressed like the job's tables; returns the file.
   */
  public static Path writePartition(Path tableDir, LocalDate day, Schema fileSchema, List<GenericRecord> rows)
      throws IOException {
    Path file = tableDir.resolve(PARTITION + day).resolve("part-00000-of-00001.parquet");
    try (ParquetWriter<GenericRecord> writer = newWriter(file, fileSchema)) {
      for (GenericRecord r : rows) {
        writer.write(r);
      }
    }
    return file;
  }

  /** A Snappy-compressed writer of {@code schema} rows to the local {@code file}, replacing it; its folders made. */
  public static ParquetWriter<GenericRecord> newWriter(Path file, Schema schema) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Configuration conf = new Configuration();
    // The raw local filesystem: no .crc files beside the table.
    conf.setClass("fs.file.impl", RawLocalFileSystem.class, FileSystem.class);
    conf.setBoolean("fs.file.impl.disable.cache", true);
    HadoopOutputFile out = HadoopOutputFile.fromPath(new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri()),
        conf);
    return AvroParquetWriter.<GenericRecord>builder(out).withSchema(schema).withConf(conf)
        .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build();
  }

  /** The rows of a table, without their days. */
  public static List<GenericRecord> readAll(Path tableDir) throws IOException {
    List<GenericRecord> rows = new ArrayList<>();
    forEachRow(tableDir, (day, row) -> rows.add(row));
    return rows;
  }

  /** The day of the nearest {@code day=} directory above {@code file}, or null. */
  static LocalDate partitionDay(Path file) {
    for (Path dir = file.getParent(); dir != null && dir.getFileName() != null; dir = dir.getParent()) {
      String name = dir.getFileName().toString();
      if (name.startsWith(PARTITION)) {
        try {
          return LocalDate.parse(name.substring(PARTITION.length()));
        } catch (DateTimeParseException notADay) {
          return null;
        }
      }
    }
    return null;
  }
}
