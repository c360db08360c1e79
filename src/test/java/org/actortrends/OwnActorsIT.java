package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job with a user's own dictionaries: CSV and YAML without countries, alone and added to the bundled list. */
class OwnActorsIT {
  static final String INPUT = "--input=sample-data/articles/harbor-times.jsonl";

  @TempDir
  Path tmp;

  static Map<String, Long> mentionsByActor(Path output) throws Exception {
    Map<String, Long> found = new TreeMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT actor_id, sum(mentions) FROM read_parquet('" + output
            + "/actor_daily/**/*.parquet') GROUP BY 1")) {
      while (rs.next()) {
        found.put(rs.getString(1), rs.getLong(2));
      }
    }
    return found;
  }

  @Test
  void aCsvDictionaryAddsItsActorsToTheBundledOnes() throws Exception {
    Path csv = Files.writeString(tmp.resolve("mine.csv"),
        "id,name,type,aliases,short,country\nolena_zelenska,Olena Zelenska,person,,-,\n");
    Path out = tmp.resolve("out");
    JobJar.Result r = JobJar.run(tmp, "run", INPUT, "--output=" + out, "--actors=bundled," + csv);
    assertEquals(0, r.exit(), r.stderr());
    Map<String, Long> found = mentionsByActor(out);
    assertEquals(2L, found.get("olena_zelenska"), "the article names her twice: " + found);
    assertTrue(found.containsKey("volodymyr_zelensky") && found.containsKey("donald_trump"), "bundled: " + found);
  }

  @Test
  void aYamlDictionaryWithoutCountriesRunsAlone() throws Exception {
    Path yaml = Files.writeString(tmp.resolve("mine.yaml"), """
        actors:
          - {id: olena_zelenska, name: Olena Zelenska, type: person, short: []}
          - {id: donald_trump, name: Donald Trump, type: person}
        """);
    Path out = tmp.resolve("out");
    JobJar.Result r = JobJar.run(tmp, "run", INPUT, "--output=" + out, "--actors=" + yaml);
    assertEquals(0, r.exit(), r.stderr());
    assertEquals(java.util.Set.of("donald_trump", "olena_zelenska"), mentionsByActor(out).keySet());
  }

  @Test
  void anIdInTwoSourcesIsOneUsageLine() throws Exception {
    Path csv = Files.writeString(tmp.resolve("dup.csv"), "id,name,type\nvladimir_putin,Vladimir Putin,person\n");
    JobJar.Result r = JobJar.run(tmp, "run", INPUT, "--output=" + tmp.resolve("out"), "--actors=bundled," + csv);
    assertEquals(2, r.exit());
    assertEquals("error: " + csv + ": actor 'vladimir_putin' (line 2): duplicate id (already used by bundled entry "
        + "13) (see: run --help)", r.stderr().strip());
  }
}
