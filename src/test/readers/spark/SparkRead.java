import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads tables of the job as a Spark user does by default, {@code spark.read.parquet("out/T")}, in local mode, and
 * prints one JSON line per table: {"table", "day_type", "columns", "rows"} (rows as Spark's own JSON, nulls left
 * out). Run by the tests on the classpath of pom.xml beside this file, as a single source file:
 * {@code java --add-opens=... -cp CLASSPATH SparkRead.java LOCAL_DIR TABLE_DIR...}.
 */
public class SparkRead {
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("actor-trends-readers").master("local[1]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.local.dir", args[0])
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
    try {
      for (int i = 1; i < args.length; i++) {
        String dir = args[i];
        Dataset<Row> df = spark.read().parquet(dir); // the default call: partition types inferred from the path
        List<String> columns = new ArrayList<>();
        for (String c : df.columns()) {
          columns.add(quote(c));
        }
        String table = dir.substring(dir.replaceAll("/+$", "").lastIndexOf('/') + 1).replaceAll("/+$", "");
        System.out.println("{\"table\":" + quote(table)
            + ",\"day_type\":" + quote(df.schema().apply("day").dataType().simpleString())
            + ",\"columns\":[" + String.join(",", columns) + "]"
            + ",\"rows\":[" + String.join(",", df.toJSON().collectAsList()) + "]}");
      }
    } finally {
      spark.stop();
    }
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
