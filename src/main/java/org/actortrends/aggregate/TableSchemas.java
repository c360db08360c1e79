package org.actortrends.aggregate;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/** Building blocks shared by the table schemas, so every table types {@code day} the same way. */
public final class TableSchemas {
  /** Parquet DATE: INT32 days since 1970-01-01, annotated so readers see a date, not a number. */
  public static final Schema DATE = LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));

  private TableSchemas() {}

  /** A record schema for table {@code name} whose first field is {@code day}. */
  public static SchemaBuilder.FieldAssembler<Schema> table(String name, String doc) {
    return SchemaBuilder.record(name).namespace("org.actortrends.tables").doc(doc).fields()
        .name("day").doc("Publication day in --timezone").type(DATE).noDefault();
  }
}
