package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several dictionary sources read as one: the bundled list, YAML and CSV files, and the errors across them. */
class DictionarySourcesTest {
  private static final String CSV = """
      id,name,type,aliases,short,country
      jane_doe,Jane Doe,person,J. Doe|Jane Q. Doe,,GB
      acme_corp,Acme Corporation,organization,Acme Corp|ACME,-,
      "smith_jones","Anna Smith-Jones",person,,"Smith-Jones|Ms Smith-Jones",US
      """;

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private static ActorDictionary load(String sources) {
    return ActorDictionary.fromEntries(DictionarySources.read(sources));
  }

  @Test
  void aCsvDictionaryGivesTheSameActorsAsYaml() throws Exception {
    ActorDictionary d = load(write("mine.csv", CSV).toString());
    assertEquals(3, d.size());
    Actor jane = d.byId("jane_doe");
    assertEquals(List.of("J. Doe", "Jane Q. Doe"), jane.aliases());
    assertEquals(List.of("Doe"), jane.shortForms(), "an empty short cell: the default (last words)");
    assertEquals("GB", jane.country());
    Actor acme = d.byId("acme_corp");
    assertEquals(ActorType.ORGANIZATION, acme.type());
    assertEquals(List.of(), acme.shortForms(), "a '-' cell: none");
    assertNull(acme.country(), "an empty country cell: none");
    assertEquals(List.of("Smith-Jones", "Ms Smith-Jones"), d.byId("smith_jones").shortForms());
  }

  @Test
  void bundledAndOwnFilesAreOneDictionary() throws Exception {
    Path yaml = write("mine.yaml", """
        actors:
          - {id: jane_roe, name: Jane Roe, type: person}
        """);
    Path csv = write("team.csv", "id,name,type\nteam_lead,Pat Lead,person\n");
    ActorDictionary d = load("bundled," + yaml + "," + csv);
    assertEquals(ActorDictionary.loadDefault().size() + 2, d.size());
    assertEquals("Volodymyr Zelensky", d.byId("volodymyr_zelensky").name());
    assertNull(d.byId("jane_roe").country(), "no country needed");
    assertEquals("Pat Lead", d.byId("team_lead").name());
  }

  @Test
  void anIdClaimedInTwoSourcesNamesBoth() throws Exception {
    Path csv = write("mine.csv", "id,name,type\nvolodymyr_zelensky,V. Z.,person\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> load("bundled," + csv));
    assertTrue(e.getMessage().startsWith(csv + ": actor 'volodymyr_zelensky' (line 2): duplicate id (already used by "
        + "bundled entry "), e.getMessage());
  }

  @Test
  void aFullFormClaimedInTwoSourcesNamesBoth() throws Exception {
    Path yaml = write("mine.yaml", """
        actors:
          - {id: someone_else, name: Someone Else, type: person, aliases: [Volodymyr Zelenskyy]}
        """);
    DictionaryException e = assertThrows(DictionaryException.class, () -> load("bundled," + yaml));
    assertTrue(e.getMessage().contains(yaml + ": actor 'someone_else' (entry 1): alias 'Volodymyr Zelenskyy' is "
        + "already claimed by actor 'volodymyr_zelensky' (bundled entry "), e.getMessage());
  }

  @Test
  void badCsvIsOneClearLine() throws Exception {
    Path unknown = write("a.csv", "id,name,type,party\nx,X,person,left\n");
    assertEquals(unknown + ": unknown column 'party' (allowed: id, name, type, aliases, short, country)",
        assertThrows(DictionaryException.class, () -> load(unknown.toString())).getMessage());
    Path missing = write("b.csv", "id,name\nx,X\n");
    assertEquals(missing + ": missing column 'type' in the header row",
        assertThrows(DictionaryException.class, () -> load(missing.toString())).getMessage());
    Path ragged = write("c.csv", "id,name,type\nx_y,X Y,person,extra\n");
    assertEquals(ragged + " line 2: 4 cells, the header has 3",
        assertThrows(DictionaryException.class, () -> load(ragged.toString())).getMessage());
    Path badType = write("d.csv", "id,name,type\nx_y,X Y,politician\n");
    assertTrue(assertThrows(DictionaryException.class, () -> load(badType.toString())).getMessage()
        .startsWith(badType + ": actor 'x_y' (line 2): unknown type 'politician'"));
  }

  @Test
  void theListIsCheckedAndMadeAbsolute() throws Exception {
    assertNull(DictionarySources.normalize(null));
    assertEquals("bundled," + dir.resolve("x.yaml"), DictionarySources.normalize("bundled, " + dir.resolve("x.yaml")));
    assertTrue(Path.of(DictionarySources.normalize("x.yaml")).isAbsolute());
    assertEquals("--actors: empty item in 'bundled,,x.yaml'",
        assertThrows(DictionaryException.class, () -> DictionarySources.normalize("bundled,,x.yaml")).getMessage());
    assertEquals("--actors: bundled is named twice",
        assertThrows(DictionaryException.class, () -> DictionarySources.normalize("bundled,bundled")).getMessage());
    Path absent = dir.resolve("absent.yaml");
    assertTrue(assertThrows(DictionaryException.class, () -> load(absent.toString())).getMessage()
        .startsWith(absent + ": cannot read file"));
  }

  @Test
  void theBundledListIsTheDefault() {
    assertEquals(ActorDictionary.loadDefault().size(), load("bundled").size());
    assertEquals(ActorDictionary.loadDefault(), ActorDictionary.cached(null));
  }
}
