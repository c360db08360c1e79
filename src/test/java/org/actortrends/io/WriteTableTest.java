package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.actortrends.aggregate.TableSchemas;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table's day goes into its partition path and not into its files; reading it back gives the day again. */
class WriteTableTest {
  private static final Schema ROWS = TableSchemas.table("example", "rows of two days")
      .name("name").type().stringType().noDefault()
      .name("count").type().longType().noDefault()
      .name("share").type().optional().doubleType()
      .endRecord();
  private static final LocalDate MONDAY = LocalDate.parse("2025-08-11");
  private static final LocalDate TUESDAY = LocalDate.parse("2025-08-12");

  @TempDir
  Path dir;

  private static GenericRecord row(LocalDate day, String name, long count, Double share) {
    GenericRecord r = new GenericData.Record(ROWS);
    r.put("day", (int) day.toEpochDay());
    r.put("name", name);
    r.put("count", count);
    r.put("share", share);
    return r;
  }

  @Test
  void theFileSchemaIsTheRowSchemaWithoutDay() {
    Schema file = TableSchemas.fileSchema(ROWS);
    assertEquals(List.of("name", "count", "share"), file.getFields().stream().map(Schema.Field::name).toList());
    assertEquals(ROWS.getField("share").schema(), file.getField("share").schema());
    assertEquals(ROWS.getFullName(), file.getFullName());
    Schema noDay = SchemaBuilder.record("x").fields().name("name").type().stringType().noDefault().endRecord();
    assertThrows(IllegalArgumentException.class, () -> TableSchemas.fileSchema(noDay));
  }

  @Test
  void daysGoToThePathAndTheRestToTheFiles() throws Exception {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<KV<String, String>> written = p.apply(Create.of(row(MONDAY, "a", 3, 0.5), row(TUESDAY, "b", 1, null), row(TUESDAY, "c", 2, -0.25))
            .withCoder(AvroCoder.of(ROWS)))
        .apply(new WriteTable.ByDay())
        .apply(new WriteTable("example", ROWS, dir.toString()));
    PAssert.that(written).containsInAnyOrder(
        KV.of("2025-08-11", dir + "/example/day=2025-08-11/part-00000-of-00001.parquet"),
        KV.of("2025-08-12", dir + "/example/day=2025-08-12/part-00000-of-00001.parquet"));
    p.run().waitUntilFinish();

    try (Stream<Path> days = Files.list(dir.resolve("example"))) {
      assertEquals(List.of("day=2025-08-11", "day=2025-08-12"), days.map(d -> d.getFileName().toString())
          .sorted().toList());
    }
    Map<String, String> read = new TreeMap<>();
    ParquetTables.forEachRow(dir.resolve("example"), (day, r) -> {
      assertNull(r.getSchema().getField("day"), "no day inside the file");
      read.put(r.get("name").toString(), day + " " + r.get("count") + " " + r.get("share"));
    });
    assertEquals(Map.of("a", "2025-08-11 3 0.5", "b", "2025-08-12 1 null", "c", "2025-08-12 2 -0.25"), read);
  }

  @Test
  void aFileOutsideADayPartitionHasNoDay() {
    assertEquals(TUESDAY, ParquetTables.partitionDay(Path.of("t/day=2025-08-12/part-0.parquet")));
    assertEquals(TUESDAY, ParquetTables.partitionDay(Path.of("t/day=2025-08-12/sub/part-0.parquet")));
    assertNull(ParquetTables.partitionDay(Path.of("t/part-0.parquet")));
    assertNull(ParquetTables.partitionDay(Path.of("t/day=someday/part-0.parquet")));
  }
}
