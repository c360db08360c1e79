package org.actortrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.actortrends.aggregate.NamesDaily;
import org.actortrends.aggregate.TableSchemas;
import org.actortrends.bench.Commands;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.io.ParquetTables;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** actors suggest: the most-mentioned unlinked names of a run, as a dictionary draft that loads. */
class SuggestActorsCommandTest {
  private static final Schema FILE = TableSchemas.fileSchema(NamesDaily.SCHEMA);

  @TempDir
  Path out;

  private static GenericRecord row(String name, String type, long mentions, long articles) {
    GenericRecord r = new GenericData.Record(FILE);
    r.put("name", name);
    r.put("type", type);
    r.put("mentions", mentions);
    r.put("articles", articles);
    r.put("sources", articles);
    r.put("sentiment_mean", null);
    return r;
  }

  private String suggest(String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(new SuggestActorsCommand.ActorsCommand())
        .addSubcommand("suggest", new SuggestActorsCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    assertEquals(0, Commands.execute(cli, args));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theMostMentionedNamesBecomeADraftThatLoads() throws Exception {
    Path table = out.resolve("names_daily");
    ParquetTables.writePartition(table, LocalDate.parse("2025-08-12"), FILE, List.of(
        row("Jimmy Adams", "person", 9, 3), row("Acme Holdings", "organization", 4, 2),
        row("Storm Desmond", "unknown", 50, 10), row("Rui Costa", "person", 2, 1)));
    ParquetTables.writePartition(table, LocalDate.parse("2025-08-13"), FILE, List.of(
        row("J. Adams", "person", 3, 1), row("Rui Costa", "person", 5, 2), row("Zoe \"Z\" O'Neil: MP", "person", 1, 1)));

    String yaml = suggest("suggest", "--output=" + out, "--top=3");
    assertTrue(yaml.contains("""
          - id: jimmy_adams    # 12 mentions in 4 articles
            name: "Jimmy Adams"
            type: person
            aliases: ["J. Adams"]
          - id: rui_costa    # 7 mentions in 3 articles
        """), yaml);
    assertTrue(yaml.contains("- id: acme_holdings    # 4 mentions in 2 articles"), yaml);
    assertTrue(!yaml.contains("Storm Desmond"), "names of unknown type are not suggested");
    assertTrue(!yaml.contains("O'Neil"), "--top=3");
    assertEquals(3, ActorDictionary.parse(yaml, "draft").size(), "the draft is a valid dictionary");

    String all = suggest("suggest", "--output=" + out);
    assertEquals(4, ActorDictionary.parse(all, "draft").size(), "odd characters are quoted: " + all);
    String firstDay = suggest("suggest", "--output=" + out, "--toDay=2025-08-12");
    assertTrue(firstDay.contains("# 9 mentions in 3 articles") && !firstDay.contains("J. Adams"), firstDay);
  }

  @Test
  void aDirectoryWithoutTheTableIsOneUsageLine() throws Exception {
    Files.createDirectories(out);
    CommandLine cli = new CommandLine(new SuggestActorsCommand.ActorsCommand())
        .addSubcommand("suggest", new SuggestActorsCommand(System.out));
    assertEquals(2, Commands.execute(cli, new String[] {"suggest", "--output=" + out}));
  }
}
