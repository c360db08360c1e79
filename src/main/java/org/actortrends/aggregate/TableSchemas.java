package org.actortrends.aggregate;

import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * Building blocks shared by the table schemas, so every table types {@code day} the same way.
 *
 * <p>A table's rows carry {@code day} as their first field while the job works on them, but its files do not: a
 * table is partitioned Hive-style, {@code <table>/day=YYYY-MM-DD/part-*.parquet}, and like Spark, Hive and pyarrow's
 * {@code write_to_dataset} we keep the partition column in the path only. A reader that infers partition types
 * (DuckDB, Spark) then sees {@code day} once, as a date; pyarrow and pandas see it once, as a string category, and
 * never two clashing types.
 */
public final class TableSchemas {
  /** The partition column, first field of every table's row schema. */
  public static final String DAY = "day";

  /** Parquet DATE: INT32 days since 1970-01-01, annotated so readers see a date, not a number. */
  public static final Schema DATE = LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));

  private TableSchemas() {}

  /** A record schema for table {@code name} whose first field is {@code day}. */
  public static SchemaBuilder.FieldAssembler<Schema> table(String name, String doc) {
    return SchemaBuilder.record(name).namespace("org.actortrends.tables").doc(doc).fields()
        .name(DAY).doc("Publication day in --timezone").type(DATE).noDefault();
  }

  /** The schema of a table's files: its row schema without the leading {@code day}, which is in the path. */
  public static Schema fileSchema(Schema rowSchema) {
    List<Schema.Field> fields = rowSchema.getFields();
    if (fields.isEmpty() || !fields.get(0).name().equals(DAY)) {
      throw new IllegalArgumentException(rowSchema.getName() + " does not start with " + DAY);
    }
    List<Schema.Field> rest = fields.subList(1, fields.size()).stream()
        .map(f -> new Schema.Field(f, f.schema())).toList();
    return Schema.createRecord(rowSchema.getName(), rowSchema.getDoc(), rowSchema.getNamespace(), false, rest);
  }
}
