package org.actortrends.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actortrends.io.ParquetTables;
import org.actortrends.aggregate.TableSchemas;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * The {@code trends} table: one row per actor of a day's report, typed and partitioned like the job's tables
 * ({@code trends/day=YYYY-MM-DD/part-00000-of-00001.parquet}, {@code day} in the path only).
 */
public final class TrendsTable {
  private static final Schema NULLABLE_INT = nullable(Schema.Type.INT);
  private static final Schema NULLABLE_DOUBLE = nullable(Schema.Type.DOUBLE);

  public static final Schema SCHEMA = TableSchemas.table("trends", "How each actor's day compares with its window")
      .name("actor_id").type().stringType().noDefault()
      .name("actor_name").type().stringType().noDefault()
      .name("actor_type").type().stringType().noDefault()
      .name("rank").doc("1 for the most mentioned actor of the day; null when not mentioned").type(NULLABLE_INT)
      .withDefault(null)
      .name("mentions").type().longType().noDefault()
      .name("articles").type().longType().noDefault()
      .name("sources").type().longType().noDefault()
      .name("baseline_days").doc("Days of the window with data").type().intType().noDefault()
      .name("baseline_mean").doc("Mean mentions a day over the window").type().doubleType().noDefault()
      .name("baseline_stddev").doc("Sample standard deviation of those").type().doubleType().noDefault()
      .name("expected").doc("Mentions expected today, adjusted to today's articles").type().doubleType().noDefault()
      .name("expected_articles").doc("Articles naming the actor expected today, likewise").type().doubleType()
      .noDefault()
      .name("score").doc("How unusual today's articles are: z-score of the Poisson tail").type().doubleType().noDefault()
      .name("change_ratio").doc("(mentions + 5) / (expected + 5)").type().doubleType().noDefault()
      .name("sentiment").doc("Mean mention sentiment today").type(NULLABLE_DOUBLE).withDefault(null)
      .name("baseline_sentiment").doc("Mean mention sentiment over the window").type(NULLABLE_DOUBLE)
      .withDefault(null)
      .name("sentiment_change").doc("sentiment - baseline_sentiment").type(NULLABLE_DOUBLE).withDefault(null)
      .name("sentiment_score").doc("The change in standard errors").type(NULLABLE_DOUBLE).withDefault(null)
      .name("label").doc("rising, falling, new or steady").type().stringType().noDefault()
      .name("sentiment_shift").doc("down, up or none").type().stringType().noDefault()
      .endRecord();

  /** The name of the table's directory in the output. */
  public static final String TABLE = "trends";
  private static final Schema FILE_SCHEMA = TableSchemas.fileSchema(SCHEMA);

  private TrendsTable() {}

  /** Writes the report's rows as the day's partition of the table in {@code tableDir}; returns the file. */
  public static Path write(TrendReport report, Path tableDir) throws IOException {
    List<GenericRecord> rows = new ArrayList<>();
    for (ActorTrend t : report.trends()) {
      GenericRecord r = new GenericData.Record(FILE_SCHEMA);
      r.put("actor_id", t.actorId());
      r.put("actor_name", t.name());
      r.put("actor_type", t.type());
      r.put("rank", t.rank() == 0 ? null : t.rank());
      r.put("mentions", t.mentions());
      r.put("articles", t.articles());
      r.put("sources", t.sources());
      r.put("baseline_days", t.baselineDays());
      r.put("baseline_mean", t.baselineMean());
      r.put("baseline_stddev", t.baselineStddev());
      r.put("expected", t.expected());
      r.put("expected_articles", t.expectedArticles());
      r.put("score", t.score());
      r.put("change_ratio", t.changeRatio());
      r.put("sentiment", orNull(t.sentiment()));
      r.put("baseline_sentiment", orNull(t.baselineSentiment()));
      r.put("sentiment_change", orNull(t.sentimentChange()));
      r.put("sentiment_score", orNull(t.sentimentScore()));
      r.put("label", t.label().id());
      r.put("sentiment_shift", t.sentimentShift().id());
      rows.add(r);
    }
    return ParquetTables.writePartition(tableDir, report.day(), FILE_SCHEMA, rows);
  }

  private static Double orNull(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static Schema nullable(Schema.Type type) {
    return Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(type));
  }
}
