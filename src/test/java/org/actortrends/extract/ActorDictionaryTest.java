package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorDictionaryTest {

  private static final String SRC = "test.yaml";

  // -------------------------------------------------------------------------------------------
  // helpers

  /** One actor entry; extra lines are appended verbatim (indented by 4). */
  private static String entry(String id, String name, String type, String country, String... extra) {
    StringBuilder sb = new StringBuilder();
    sb.append("  - id: ").append(id).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    type: ").append(type).append('\n');
    sb.append("    country: ").append(country).append('\n');
    for (String e : extra) {
      sb.append("    ").append(e).append('\n');
    }
    return sb.toString();
  }

  private static String doc(String... entries) {
    return "actors:\n" + String.join("", entries);
  }

  private static DictionaryException fails(String yaml) {
    return assertThrows(DictionaryException.class, () -> ActorDictionary.parse(yaml, SRC));
  }

  private static void assertMessage(DictionaryException e, String id, int entry, String problem) {
    String prefix = SRC + ": actor '" + id + "' (entry " + entry + "): ";
    assertTrue(
        e.getMessage().startsWith(prefix), () -> "expected prefix '" + prefix + "' in: " + e.getMessage());
    assertTrue(
        e.getMessage().contains(problem),
        () -> "expected '" + problem + "' in: " + e.getMessage());
  }

  /** The single actor holding an office with this title phrase on a day (test-side resolution). */
  private static Actor activeHolder(ActorDictionary dict, String title, LocalDate day) {
    String wanted = title.toLowerCase(Locale.ROOT);
    List<Actor> holders = new ArrayList<>();
    for (Actor a : dict.actors()) {
      boolean holds =
          a.roles().stream()
              .anyMatch(
                  r ->
                      r.activeOn(day)
                          && r.titles().stream()
                              .anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(wanted)));
      if (holds) {
        holders.add(a);
      }
    }
    assertTrue(holders.size() <= 1, () -> "several holders of '" + title + "' on " + day + ": " + holders);
    return holders.isEmpty() ? null : holders.get(0);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replace('\u2019', '\'');
  }

  private static final String OK_PERSON = entry("a_b", "Anna Bell", "person", "GB");

  // -------------------------------------------------------------------------------------------
  // parsing basics

  /** Set if YAML ever constructs this class: a type tag must stay data, never become an object. */
  public static final class Canary {
    static volatile boolean constructed;

    public Canary() {
      constructed = true;
    }

    public Canary(String any) {
      constructed = true;
    }
  }

  @Test
  void yamlTypeTagsConstructNothing() {
    String tag = "!!" + Canary.class.getName();
    ActorDictionary d = ActorDictionary.parse(doc(entry("a", tag + " \"Jane Doe\"", "person", "FR")), SRC);
    assertEquals("Jane Doe", d.byId("a").name(), "the tag is ignored, the value read as text");
    fails(doc(entry("b", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
        + "[\"http://127.0.0.1:1/x.jar\"]]]]", "person", "FR")));
    assertFalse(Canary.constructed, "no class was instantiated from a YAML tag");
  }

  @Test
  void aliasBombsAreRefused() {
    StringBuilder yaml = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
          .append(p).append(",*").append(p).append("]\n");
    }
    yaml.append("actors: *k\n");
    // 9^10 strings if the aliases were expanded: the load ends at once with a clear line instead
    DictionaryException e = fails(yaml.toString());
    assertTrue(e.getMessage().startsWith(SRC + ": "), e.getMessage());
  }

  @Test
  void parsesAFullEntry() {
    ActorDictionary d =
        ActorDictionary.parse(
            doc(
                entry(
                    "volodymyr_zelensky",
                    "Volodymyr Zelensky",
                    "person",
                    "UA",
                    "aliases: [Volodymyr Zelenskyy]",
                    "short: [Zelensky, Zelenskyy]",
                    "roles:",
                    "  - titles: [Ukrainian president, president of Ukraine]",
                    "    from: 2019-05-20",
                    "    to: null"),
                entry("nato", "NATO", "organization", "INT", "aliases: [Nato]")),
            SRC);
    assertEquals(2, d.size());
    Actor z = d.byId("volodymyr_zelensky");
    assertEquals("Volodymyr Zelensky", z.name());
    assertEquals(ActorType.PERSON, z.type());
    assertEquals("UA", z.country());
    assertEquals(List.of("Volodymyr Zelenskyy"), z.aliases());
    assertEquals(List.of("Zelensky", "Zelenskyy"), z.shortForms());
    assertEquals(1, z.roles().size());
    Role r = z.roles().get(0);
    assertEquals(List.of("Ukrainian president", "president of Ukraine"), r.titles());
    assertEquals(LocalDate.of(2019, 5, 20), r.from());
    assertNull(r.to());
    assertEquals(ActorType.ORGANIZATION, d.byId("nato").type());
    assertEquals(List.of("volodymyr_zelensky", "nato"), d.actors().stream().map(Actor::id).toList());
    assertNull(d.byId("nobody"));
  }

  @Test
  void roleToIsExclusive() {
    Role r = new Role(List.of("x"), LocalDate.of(2021, 12, 8), LocalDate.of(2025, 5, 6));
    assertFalse(r.activeOn(LocalDate.of(2021, 12, 7)));
    assertTrue(r.activeOn(LocalDate.of(2021, 12, 8)));
    assertTrue(r.activeOn(LocalDate.of(2025, 5, 5)));
    assertFalse(r.activeOn(LocalDate.of(2025, 5, 6)));
    Role open = new Role(List.of("x"), LocalDate.of(2025, 5, 6), null);
    assertTrue(open.activeOn(LocalDate.of(2099, 1, 1)));
  }

  @Test
  void adjacentTermsOfOneOfficeAreFine() {
    ActorDictionary d =
        ActorDictionary.parse(
            doc(
                entry("olaf_scholz", "Olaf Scholz", "person", "DE",
                    "roles:", "  - {titles: [German chancellor], from: 2021-12-08, to: 2025-05-06}"),
                entry("friedrich_merz", "Friedrich Merz", "person", "DE",
                    "roles:", "  - {titles: [german Chancellor], from: 2025-05-06}")),
            SRC);
    assertEquals("olaf_scholz", activeHolder(d, "German chancellor", LocalDate.of(2025, 5, 5)).id());
    assertEquals("friedrich_merz", activeHolder(d, "German chancellor", LocalDate.of(2025, 5, 6)).id());
    assertEquals(List.of(d.byId("friedrich_merz")), d.holdersOn("GERMAN CHANCELLOR", LocalDate.of(2025, 5, 6)));
  }

  @Test
  void sameAliasTwiceWithinOneActorIsFine() {
    ActorDictionary d =
        ActorDictionary.parse(
            doc(entry("recep_tayyip_erdogan", "Recep Tayyip Erdoğan", "person", "TR",
                "aliases: [Recep Tayyip Erdogan, RECEP TAYYIP ERDOGAN]")),
            SRC);
    assertEquals(1, d.size());
  }

  @Test
  void countryMayBeAnOrgCodeAndQuotedNo() {
    ActorDictionary d =
        ActorDictionary.parse(
            doc(entry("un", "United Nations", "organization", "UN"),
                entry("nato", "NATO", "organization", "INT"),
                entry("jonas_gahr_store", "Jonas Gahr Støre", "person", "\"NO\"")),
            SRC);
    assertEquals("NO", d.byId("jonas_gahr_store").country());
  }

  // -------------------------------------------------------------------------------------------
  // derived short forms

  @Test
  void derivedShortFormsForPersons() {
    ActorDictionary d =
        ActorDictionary.parse(
            doc(entry("boris_johnson", "Boris Johnson", "person", "GB",
                    "aliases: [Alexander Boris de Pfeffel Johnson, BoJo, Boris  Johnson]"),
                entry("dmitry_peskov", "Dmitry Peskov", "person", "RU",
                    "aliases: [Dmitri Peskov, Dmitriy Peskov]"),
                entry("ali_khamenei", "Ali Khamenei", "person", "IR",
                    "aliases: [Ayatollah Ali Khamenei, Sayyid Ali Hosseini]")),
            SRC);
    // last word of the name and of each multi-word alias, deduplicated; one-word aliases ignored
    assertEquals(List.of("Johnson"), d.byId("boris_johnson").shortForms());
    assertEquals(List.of("Peskov"), d.byId("dmitry_peskov").shortForms());
    assertEquals(List.of("Khamenei", "Hosseini"), d.byId("ali_khamenei").shortForms());
  }

  @Test
  void noDerivedShortFormsForOrganizations() {
    ActorDictionary d =
        ActorDictionary.parse(
            doc(entry("wagner_group", "Wagner Group", "organization", "RU",
                "aliases: [PMC Wagner]")),
            SRC);
    assertEquals(List.of(), d.byId("wagner_group").shortForms());
  }

  @Test
  void explicitShortFormsWinAndEmptyListMeansNone() {
    ActorDictionary d =
        ActorDictionary.parse(
            doc(entry("theresa_may", "Theresa May", "person", "GB", "short: []"),
                entry("ursula_von_der_leyen", "Ursula von der Leyen", "person", "DE",
                    "short: [von der Leyen]"),
                entry("keir_starmer", "Keir Starmer", "person", "GB", "short: null")),
            SRC);
    assertEquals(List.of(), d.byId("theresa_may").shortForms());
    assertEquals(List.of("von der Leyen"), d.byId("ursula_von_der_leyen").shortForms());
    assertEquals(List.of("Starmer"), d.byId("keir_starmer").shortForms()); // null = absent
  }

  @Test
  void shortFormsMayBeSharedBetweenActors() {
    ActorDictionary d =
        ActorDictionary.parse(
            doc(entry("donald_trump", "Donald Trump", "person", "US"),
                entry("melania_trump", "Melania Trump", "person", "US")),
            SRC);
    assertEquals(List.of("Trump"), d.byId("donald_trump").shortForms());
    assertEquals(List.of("Trump"), d.byId("melania_trump").shortForms());
  }

  // -------------------------------------------------------------------------------------------
  // validation: one test per error

  @Test
  void missingId() {
    DictionaryException e = fails(doc(OK_PERSON, "  - name: No Id\n    type: person\n    country: GB\n"));
    assertMessage(e, "?", 2, "missing 'id'");
  }

  @Test
  void blankId() {
    assertMessage(fails(doc(entry("\"  \"", "X Y", "person", "GB"))), "  ", 1, "blank 'id'");
  }

  @Test
  void missingName() {
    DictionaryException e = fails(doc("  - id: x_y\n    type: person\n    country: GB\n"));
    assertMessage(e, "x_y", 1, "missing 'name'");
  }

  @Test
  void blankName() {
    assertMessage(fails(doc(entry("x_y", "\"\"", "person", "GB"))), "x_y", 1, "blank 'name'");
  }

  @Test
  void missingType() {
    DictionaryException e = fails(doc("  - id: x_y\n    name: X Y\n    country: GB\n"));
    assertMessage(e, "x_y", 1, "missing 'type'");
  }

  @Test
  void blankType() {
    assertMessage(fails(doc(entry("x_y", "X Y", "\" \"", "GB"))), "x_y", 1, "blank 'type'");
  }

  @Test
  void activeBoundsPublicLife() {
    ActorDictionary d = ActorDictionary.parse(doc(
        entry("a_b", "A B", "person", "GB", "active: {from: 2010-05-01, to: 2020-01-01}"),
        entry("c_d", "C D", "person", "GB", "active: {from: 2015-01-01}"),
        entry("e_f", "E F", "person", "GB")), SRC);
    Actor ab = d.byId("a_b");
    assertTrue(ab.inPublicLifeOn(LocalDate.parse("2010-05-01")));
    assertFalse(ab.inPublicLifeOn(LocalDate.parse("2020-01-01")), "to is exclusive");
    assertFalse(ab.inPublicLifeOn(LocalDate.parse("2009-12-31")));
    assertTrue(d.byId("c_d").inPublicLifeOn(LocalDate.parse("2026-01-01")), "no to: still");
    assertTrue(d.byId("e_f").inPublicLifeOn(LocalDate.parse("1900-01-01")), "no active: always");
    assertMessage(fails(doc(entry("x_y", "X Y", "person", "GB", "active: {from: 2020-01-01, to: 2020-01-01}"))),
        "x_y", 1, "active: from 2020-01-01 is not before to 2020-01-01");
    assertMessage(fails(doc(entry("x_y", "X Y", "person", "GB", "active: {since: 2020-01-01}"))),
        "x_y", 1, "active: unknown key 'since'");
    assertMessage(fails(doc(entry("x_y", "X Y", "person", "GB", "active: 2020"))),
        "x_y", 1, "'active' must be a mapping");
  }

  @Test
  void countryIsOptional() {
    ActorDictionary d = ActorDictionary.parse(doc("  - id: x_y\n    name: X Y\n    type: person\n"), "t.yaml");
    assertNull(d.byId("x_y").country());
  }

  @Test
  void blankCountry() {
    assertMessage(fails(doc(entry("x_y", "X Y", "person", "''"))), "x_y", 1, "blank 'country'");
  }

  @Test
  void badCountry() {
    assertMessage(fails(doc(entry("x_y", "X Y", "person", "Germany"))), "x_y", 1, "bad country 'Germany'");
  }

  @Test
  void unquotedNorwayIsABooleanAndRejected() {
    assertMessage(fails(doc(entry("x_y", "X Y", "person", "NO"))), "x_y", 1, "'country' must be a string");
  }

  @ParameterizedTest
  @CsvSource({"Olaf_Scholz", "olaf-scholz", "olaf scholz", "olaf.scholz", "ołaf"})
  void badIdFormat(String id) {
    assertMessage(fails(doc(entry("\"" + id + "\"", "Olaf Scholz", "person", "DE"))), id, 1, "bad id format");
  }

  @Test
  void unknownType() {
    assertMessage(fails(doc(entry("x_y", "X Y", "robot", "GB"))), "x_y", 1, "unknown type 'robot'");
  }

  @Test
  void duplicateId() {
    DictionaryException e =
        fails(doc(entry("x_y", "X Y", "person", "GB"), OK_PERSON, entry("x_y", "Xavier Young", "person", "GB")));
    assertMessage(e, "x_y", 3, "duplicate id (already used by entry 1)");
  }

  @Test
  void aliasClaimedByTwoActors() {
    DictionaryException e =
        fails(doc(entry("nato", "NATO", "organization", "INT", "aliases: [North Atlantic Treaty Organization]"),
                  entry("other", "Other Org", "organization", "INT", "aliases: [north atlantic treaty organization]")));
    assertMessage(e, "other", 2, "alias 'north atlantic treaty organization' is already claimed by actor 'nato' (entry 1)");
  }

  @Test
  void nameClaimedAsAliasByAnotherActorIgnoringCaseAndDiacritics() {
    DictionaryException e =
        fails(doc(entry("recep_tayyip_erdogan", "Recep Tayyip Erdoğan", "person", "TR"),
                  entry("someone_else", "Someone Else", "person", "TR", "aliases: [RECEP TAYYIP ERDOGAN]")));
    assertMessage(e, "someone_else", 2, "already claimed by actor 'recep_tayyip_erdogan' (entry 1)");
  }

  @Test
  void typographicApostropheFoldsLikeAscii() {
    DictionaryException e =
        fails(doc(entry("gideon_saar", "Gideon Sa'ar", "person", "IL"),
                  entry("other", "Other Person", "person", "IL", "aliases: [Gideon Sa\u2019ar]")));
    assertMessage(e, "other", 2, "already claimed by actor 'gideon_saar'");
  }

  @Test
  void unparseableDate() {
    DictionaryException e =
        fails(doc(entry("x_y", "X Y", "person", "GB", "roles:", "  - {titles: [mayor], from: 2020-13-01}")));
    assertMessage(e, "x_y", 1, "role 1: unparseable date 'from': '2020-13-01'");
  }

  @Test
  void unparseableToDate() {
    DictionaryException e =
        fails(doc(entry("x_y", "X Y", "person", "GB", "roles:", "  - {titles: [mayor], from: 2020-01-01, to: soon}")));
    assertMessage(e, "x_y", 1, "unparseable date 'to': 'soon'");
  }

  @Test
  void missingFromDate() {
    DictionaryException e =
        fails(doc(entry("x_y", "X Y", "person", "GB", "roles:", "  - {titles: [mayor], to: 2020-01-01}")));
    assertMessage(e, "x_y", 1, "role 1: missing 'from' date");
  }

  @Test
  void fromAfterTo() {
    DictionaryException e =
        fails(doc(entry("x_y", "X Y", "person", "GB", "roles:",
            "  - {titles: [mayor], from: 2020-01-01, to: 2021-01-01}",
            "  - {titles: [governor], from: 2024-05-06, to: 2023-01-01}")));
    assertMessage(e, "x_y", 1, "role 2: from 2024-05-06 is not before to 2023-01-01");
  }

  @Test
  void emptyTermIsRejected() {
    DictionaryException e =
        fails(doc(entry("x_y", "X Y", "person", "GB", "roles:", "  - {titles: [mayor], from: 2020-01-01, to: 2020-01-01}")));
    assertMessage(e, "x_y", 1, "is not before to");
  }

  @Test
  void overlappingTermsAcrossActors() {
    DictionaryException e =
        fails(doc(entry("olaf_scholz", "Olaf Scholz", "person", "DE",
                      "roles:", "  - {titles: [German chancellor, chancellor of Germany], from: 2021-12-08, to: 2025-05-06}"),
                  entry("friedrich_merz", "Friedrich Merz", "person", "DE",
                      "roles:", "  - {titles: [Chancellor of  GERMANY], from: 2025-05-05}")));
    assertMessage(e, "friedrich_merz", 2, "overlaps actor 'olaf_scholz' (entry 1)");
  }

  @Test
  void openTermOverlapsLaterTerm() {
    DictionaryException e =
        fails(doc(entry("a_a", "Anna A", "person", "DE", "roles:", "  - {titles: [Mayor of Bonn], from: 2001-01-01}"),
                  entry("b_b", "Bert B", "person", "DE", "roles:", "  - {titles: [mayor of Bonn], from: 2030-01-01, to: 2031-01-01}")));
    assertMessage(e, "b_b", 2, "office 'mayor of Bonn'");
  }

  @Test
  void overlappingTermsWithinOneActor() {
    DictionaryException e =
        fails(doc(entry("x_y", "X Y", "person", "GB", "roles:",
            "  - {titles: [mayor], from: 2020-01-01, to: 2022-01-01}",
            "  - {titles: [Mayor], from: 2021-06-01}")));
    assertMessage(e, "x_y", 1, "overlaps another term of the same actor");
  }

  @Test
  void unknownEntryKey() {
    DictionaryException e = fails(doc(OK_PERSON, entry("x_y", "X Y", "person", "GB", "alias: [Xy]")));
    assertMessage(e, "x_y", 2, "unknown key 'alias'");
  }

  @Test
  void unknownRoleKey() {
    DictionaryException e =
        fails(doc(entry("x_y", "X Y", "person", "GB", "roles:", "  - {title: [mayor], from: 2020-01-01}")));
    assertMessage(e, "x_y", 1, "role 1: unknown key 'title'");
  }

  @Test
  void unknownTopLevelKey() {
    DictionaryException e = fails("actors: []\nactor: []\n");
    assertTrue(e.getMessage().startsWith(SRC + ": unknown top-level key 'actor'"), e.getMessage());
  }

  @Test
  void duplicateKeyInEntry() {
    DictionaryException e = fails(doc(entry("x_y", "X Y", "person", "GB", "name: Other")));
    assertTrue(e.getMessage().startsWith(SRC + ": invalid YAML"), e.getMessage());
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void missingTitles() {
    DictionaryException e =
        fails(doc(entry("x_y", "X Y", "person", "GB", "roles:", "  - {titles: [], from: 2020-01-01}")));
    assertMessage(e, "x_y", 1, "role 1: 'titles' must be a non-empty list");
  }

  @Test
  void aliasesMustBeAList() {
    DictionaryException e = fails(doc(entry("x_y", "X Y", "person", "GB", "aliases: Xy")));
    assertMessage(e, "x_y", 1, "'aliases' must be a list");
  }

  @Test
  void entryMustBeAMapping() {
    DictionaryException e = fails(doc(OK_PERSON, "  - just a string\n"));
    assertMessage(e, "?", 2, "entry must be a mapping");
  }

  @Test
  void missingActorsList() {
    DictionaryException e = fails("# nothing\n");
    assertTrue(e.getMessage().startsWith(SRC + ": "), e.getMessage());
  }

  @Test
  void badYamlNamesTheSource() {
    DictionaryException e = fails("actors:\n  - id: [unclosed\n");
    assertTrue(e.getMessage().startsWith(SRC + ": invalid YAML"), e.getMessage());
  }

  @Test
  void unreadableFileNamesTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-actors.yaml");
    DictionaryException e = assertThrows(DictionaryException.class, () -> ActorDictionary.load(missing));
    assertTrue(e.getMessage().startsWith(missing.toString() + ": cannot read file"), e.getMessage());
  }

  @Test
  void badYamlInFileNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "actors: [\n", StandardCharsets.UTF_8);
    DictionaryException e = assertThrows(DictionaryException.class, () -> ActorDictionary.load(file));
    assertTrue(e.getMessage().startsWith(file.toString() + ": invalid YAML"), e.getMessage());
  }

  @Test
  void loadsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("actors.yaml");
    Files.writeString(file, doc(OK_PERSON), StandardCharsets.UTF_8);
    assertEquals("Anna Bell", ActorDictionary.load(file).byId("a_b").name());
  }

  // -------------------------------------------------------------------------------------------
  // the bundled default dictionary

  private static final List<String> REQUIRED_PEOPLE =
      List.of(
          "donald_trump", "vladimir_putin", "volodymyr_zelensky", "friedrich_merz", "olaf_scholz",
          "emmanuel_macron", "keir_starmer", "rishi_sunak", "joe_biden", "kamala_harris", "jd_vance",
          "marco_rubio", "antony_blinken", "steve_witkoff", "benjamin_netanyahu", "xi_jinping",
          "narendra_modi", "recep_tayyip_erdogan", "giorgia_meloni", "ursula_von_der_leyen",
          "mark_rutte", "jens_stoltenberg", "antonio_guterres", "sergei_lavrov", "dmitry_peskov",
          "elon_musk", "kaja_kallas", "antonio_costa", "mohammed_bin_salman", "ali_khamenei",
          "masoud_pezeshkian", "donald_tusk", "viktor_orban", "pedro_sanchez", "kemi_badenoch",
          "nigel_farage", "angela_merkel", "melania_trump", "boris_johnson", "mike_johnson",
          "keith_kellogg", "andriy_yermak", "liz_truss");

  private static final List<String> REQUIRED_ORGS =
      List.of(
          "nato", "european_union", "united_nations", "kremlin", "white_house", "hamas",
          "hezbollah", "pentagon", "european_commission", "idf", "houthis", "wagner_group", "iaea",
          "imf", "g7");

  @Test
  void defaultDictionarySizes() {
    ActorDictionary d = ActorDictionary.loadDefault();
    long persons = d.actors().stream().filter(a -> a.type() == ActorType.PERSON).count();
    long orgs = d.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION).count();
    assertTrue(persons >= 120, "persons: " + persons);
    assertTrue(orgs >= 25, "organizations: " + orgs);
    assertSame(d, ActorDictionary.loadDefault());
  }

  @Test
  void defaultDictionaryHasEveryRequiredId() {
    ActorDictionary d = ActorDictionary.loadDefault();
    for (String id : REQUIRED_PEOPLE) {
      assertNotNull(d.byId(id), id);
      assertEquals(ActorType.PERSON, d.byId(id).type(), id);
    }
    for (String id : REQUIRED_ORGS) {
      assertNotNull(d.byId(id), id);
      assertEquals(ActorType.ORGANIZATION, d.byId(id).type(), id);
    }
  }

  @Test
  void germanChancellorResolvesByDate() {
    ActorDictionary d = ActorDictionary.loadDefault();
    assertEquals("olaf_scholz", activeHolder(d, "German chancellor", LocalDate.of(2023, 6, 1)).id());
    assertEquals("friedrich_merz", activeHolder(d, "German chancellor", LocalDate.of(2025, 8, 13)).id());
    assertEquals("angela_merkel", activeHolder(d, "chancellor of Germany", LocalDate.of(2020, 3, 1)).id());
    assertEquals("friedrich_merz", activeHolder(d, "Germany's chancellor", LocalDate.of(2025, 5, 6)).id());
    assertEquals("olaf_scholz", activeHolder(d, "Germany's chancellor", LocalDate.of(2025, 5, 5)).id());
  }

  /** The role table of the dictionary: title, day, expected holder (or "-" for nobody). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Ukrainian president          | 2025-08-13 | volodymyr_zelensky",
        "president of Ukraine         | 2019-05-20 | volodymyr_zelensky",
        "Ukraine's president          | 2022-02-24 | volodymyr_zelensky",
        "Russian president            | 2025-08-13 | vladimir_putin",
        "president of Russia          | 2004-01-01 | vladimir_putin",
        "Russia's president           | 2010-01-01 | dmitry_medvedev",
        "US president                 | 2023-06-01 | joe_biden",
        "American president           | 2025-01-20 | donald_trump",
        "president of the United States | 2019-01-01 | donald_trump",
        "US president                 | 2025-01-19 | joe_biden",
        "French president             | 2025-08-13 | emmanuel_macron",
        "president of France          | 2017-05-14 | emmanuel_macron",
        "British prime minister       | 2021-01-01 | boris_johnson",
        "UK prime minister            | 2022-10-01 | liz_truss",
        "Britain's prime minister     | 2023-06-01 | rishi_sunak",
        "British prime minister       | 2024-07-05 | keir_starmer",
        "UK prime minister            | 2024-07-04 | rishi_sunak",
        "Israeli prime minister       | 2023-10-07 | benjamin_netanyahu",
        "Israel's prime minister      | 2020-01-01 | benjamin_netanyahu",
        "Israeli prime minister       | 2022-01-01 | naftali_bennett",
        "Chinese president            | 2025-01-01 | xi_jinping",
        "China's president            | 2013-03-14 | xi_jinping",
        "Nato secretary general       | 2024-09-30 | jens_stoltenberg",
        "Nato chief                   | 2024-10-01 | mark_rutte",
        "UN secretary general         | 2025-01-01 | antonio_guterres",
        "European Commission president | 2024-01-01 | ursula_von_der_leyen",
        "Commission president         | 2019-12-01 | ursula_von_der_leyen",
        "Russian foreign minister     | 2024-01-01 | sergei_lavrov",
        "Kremlin spokesman            | 2024-01-01 | dmitry_peskov",
        "US secretary of state        | 2025-01-20 | -",
        "US secretary of state        | 2024-01-01 | antony_blinken",
        "US secretary of state        | 2025-01-21 | marco_rubio",
        "US vice president            | 2024-01-01 | kamala_harris",
        "US vice president            | 2025-01-20 | jd_vance",
        "Italian prime minister       | 2024-01-01 | giorgia_meloni",
        "Turkish president            | 2024-01-01 | recep_tayyip_erdogan",
        "Indian prime minister        | 2024-01-01 | narendra_modi",
        "Polish prime minister        | 2024-01-01 | donald_tusk",
        "Polish prime minister        | 2023-12-12 | mateusz_morawiecki",
        "Hungarian prime minister     | 2024-01-01 | viktor_orban",
        "Spanish prime minister       | 2024-01-01 | pedro_sanchez",
        "EU foreign policy chief      | 2024-12-01 | kaja_kallas",
        "EU foreign policy chief      | 2024-11-30 | josep_borrell",
        "European Council president   | 2025-01-01 | antonio_costa",
        "Iranian president            | 2024-07-28 | masoud_pezeshkian",
        "Iranian president            | 2024-06-01 | -",
        "Iran's supreme leader        | 2025-01-01 | ali_khamenei",
        "Saudi crown prince           | 2025-01-01 | mohammed_bin_salman",
        "Conservative leader          | 2024-11-02 | kemi_badenoch",
        "Tory leader                  | 2024-01-01 | rishi_sunak",
        "Speaker of the House         | 2024-01-01 | mike_johnson",
        "House speaker                | 2023-10-25 | mike_johnson",
        "Ukraine's chief of staff     | 2025-11-27 | andriy_yermak",
        "Zelensky's chief of staff    | 2025-11-28 | -",
      })
  void specRoleTable(String title, String day, String expected) {
    Actor holder = activeHolder(ActorDictionary.loadDefault(), title, LocalDate.parse(day));
    if ("-".equals(expected)) {
      assertNull(holder, () -> title + " on " + day + " should be vacant, found " + holder.id());
    } else {
      assertNotNull(holder, () -> "nobody holds '" + title + "' on " + day);
      assertEquals(expected, holder.id(), title + " on " + day);
    }
  }

  /** Aliases and short forms the sample data may use (pipelines/ACTORS.md and the key's README). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "volodymyr_zelensky   | Zelenskyy",
        "volodymyr_zelensky   | Zelenskiy",
        "keir_starmer         | Sir Keir Starmer",
        "keir_starmer         | Sir Keir",
        "benjamin_netanyahu   | Bibi",
        "mohammed_bin_salman  | MBS",
        "recep_tayyip_erdogan | Erdoğan",
        "nato                 | Nato",
        "nato                 | NATO",
        "kremlin              | Kremlin",
        "white_house          | White House",
        "european_union       | EU",
        "european_union       | European Union",
        "united_nations       | UN",
        "united_nations       | United Nations",
        "pentagon             | Pentagon",
        "idf                  | IDF",
        "idf                  | Israel Defense Forces",
        "houthis              | Houthis",
        "iaea                 | IAEA",
        "imf                  | IMF",
        "g7                   | G7",
      })
  void specAliasesArePresent(String id, String form) {
    Actor a = ActorDictionary.loadDefault().byId(id);
    assertNotNull(a, id);
    List<String> forms = new ArrayList<>(a.fullForms());
    forms.addAll(a.shortForms());
    assertTrue(forms.contains(form), () -> id + " lacks '" + form + "': " + forms);
  }

  @Test
  void defaultSharedShortFormsExpressAmbiguity() {
    ActorDictionary d = ActorDictionary.loadDefault();
    assertEquals(Set.of("boris_johnson", "mike_johnson"), idsWithShortForm(d, "Johnson"));
    assertEquals(Set.of("donald_trump", "melania_trump"), idsWithShortForm(d, "Trump"));
    assertEquals(List.of(), d.byId("theresa_may").shortForms());
    assertEquals(List.of("Lula"), d.byId("luiz_inacio_lula_da_silva").shortForms());
    assertTrue(d.byId("mohammed_bin_salman").shortForms().contains("bin Salman"));
    assertTrue(d.byId("ursula_von_der_leyen").shortForms().contains("von der Leyen"));
    assertTrue(d.byId("xi_jinping").shortForms().contains("Xi"));
    for (Actor a : d.actors()) {
      if (a.type() == ActorType.ORGANIZATION) {
        assertEquals(List.of(), a.shortForms(), a.id());
      }
    }
  }

  /** Short forms of the required people must not be shared, except where the spec says so. */
  @Test
  void requiredPeopleHaveUnsharedShortFormsExceptTrumpAndJohnson() {
    ActorDictionary d = ActorDictionary.loadDefault();
    for (String id : REQUIRED_PEOPLE) {
      for (String s : d.byId(id).shortForms()) {
        Set<String> owners = idsWithShortForm(d, s);
        if (s.equals("Trump") || s.equals("Johnson")) {
          assertEquals(2, owners.size(), s);
        } else {
          assertEquals(Set.of(id), owners, () -> "short form '" + s + "' shared: " + owners);
        }
      }
    }
  }

  @Test
  void defaultFullFormsAreUniqueAcrossActors() {
    Set<String> seen = new HashSet<>();
    for (Actor a : ActorDictionary.loadDefault().actors()) {
      Set<String> own = a.fullForms().stream().map(ActorDictionaryTest::fold).collect(Collectors.toSet());
      for (String f : own) {
        assertTrue(seen.add(f), () -> "'" + f + "' claimed twice (second: " + a.id() + ")");
      }
    }
  }

  private static Set<String> idsWithShortForm(ActorDictionary d, String form) {
    String key = fold(form);
    return d.actors().stream()
        .filter(a -> a.shortForms().stream().anyMatch(s -> fold(s).equals(key)))
        .map(Actor::id)
        .collect(Collectors.toSet());
  }
}
