package org.actortrends.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.actortrends.aggregate.ActorDaily;
import org.actortrends.aggregate.ArticlesTable;
import org.actortrends.aggregate.CorpusDaily;
import org.actortrends.aggregate.MentionsTable;
import org.actortrends.aggregate.NamesDaily;
import org.actortrends.aggregate.PairsDaily;
import org.actortrends.report.TrendsTable;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** README's output schema lists exactly the columns each table's Avro schema writes, in order. */
class SchemaDocsTest {
  @Test
  void readmeDocumentsEveryColumnOfEveryTable() throws Exception {
    List<String> readme = Files.readAllLines(Paths.get("README.md"));
    Map<String, Schema> tables = Map.of(
        ActorTrendsPipeline.ACTOR_DAILY, ActorDaily.SCHEMA,
        ActorTrendsPipeline.PAIRS_DAILY, PairsDaily.SCHEMA,
        ActorTrendsPipeline.CORPUS_DAILY, CorpusDaily.SCHEMA,
        ActorTrendsPipeline.MENTIONS, MentionsTable.SCHEMA,
        ActorTrendsPipeline.NAMES_DAILY, NamesDaily.SCHEMA,
        ActorTrendsPipeline.ARTICLES, ArticlesTable.SCHEMA,
        "trends", TrendsTable.SCHEMA);
    for (Map.Entry<String, Schema> table : tables.entrySet()) {
      List<String> documented = documentedColumns(readme, table.getKey());
      List<String> written = table.getValue().getFields().stream().map(Schema.Field::name).toList();
      assertEquals(written, documented, "README columns of " + table.getKey());
    }
  }

  /** First cell of each row of the table under the heading "### `name`...". */
  private static List<String> documentedColumns(List<String> readme, String table) {
    List<String> columns = new ArrayList<>();
    boolean inSection = false;
    for (String line : readme) {
      if (line.startsWith("### ")) {
        inSection = line.startsWith("### `" + table + "`");
        continue;
      }
      if (inSection && line.startsWith("| ") && !line.startsWith("| column") && !line.startsWith("|---")) {
        columns.add(line.substring(2, line.indexOf(" |", 2)).trim());
      }
    }
    return columns;
  }
}
