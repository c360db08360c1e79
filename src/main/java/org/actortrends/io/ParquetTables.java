package org.actortrends.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/** Reads the job's Parquet tables back (for verification and reports), file by file, without a pipeline. */
public final class ParquetTables {
  private ParquetTables() {}

  /** Calls {@code sink} for every row of every {@code *.parquet} file under {@code tableDir}, in file order. */
  public static void forEachRow(Path tableDir, Consumer<GenericRecord> sink) throws IOException {
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
      try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(
          HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf)).build()) {
        for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
          sink.accept(r);
        }
      }
    }
  }

  public static List<GenericRecord> readAll(Path tableDir) throws IOException {
    List<GenericRecord> rows = new ArrayList<>();
    forEachRow(tableDir, rows::add);
    return rows;
  }
}
