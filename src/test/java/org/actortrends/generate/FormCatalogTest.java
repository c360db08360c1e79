package org.actortrends.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.actortrends.extract.ActorDictionary;
import org.junit.jupiter.api.Test;

/** What the catalog lets the generator write, on 2025-08-13 (day 12 of a range from 2025-08-01). */
class FormCatalogTest {
  private static final ActorDictionary DICTIONARY = ActorDictionary.loadDefault();
  private static final FormCatalog CATALOG =
      new FormCatalog(new PhraseTrie(DICTIONARY), LocalDate.parse("2025-08-01"), 20);
  private static final int DAY = 12;

  private static int actor(String id) {
    return DICTIONARY.actors().indexOf(DICTIONARY.byId(id));
  }

  private static Form form(String id, String text) {
    return CATALOG.forms(actor(id)).stream().filter(f -> f.text.equals(text)).findFirst().orElse(null);
  }

  @Test
  void namesIncludingOnesWithInitials() {
    assertTrue(form("keir_starmer", "Sir Keir Starmer").intro);
    assertTrue(form("george_w_bush", "George W. Bush").intro);
    assertEquals(Form.Kind.NAME, form("nato", "Nato").kind);
    assertNotNull(form("kremlin", "the Kremlin"));
    assertNotNull(form("hamas", "Hamas"));
  }

  @Test
  void shortFormsKnowTheirOtherClaimants() {
    Form trump = form("donald_trump", "Trump");
    assertFalse(trump.unique);
    assertEquals(List.of(actor("melania_trump")), ids(trump.conflicts));
    assertTrue(form("vladimir_putin", "Putin").unique);
    assertTrue(form("vladimir_putin", "Mr Putin").unique);
    // An everyday word is a short form only after an honorific.
    assertNull(form("george_w_bush", "Bush"));
    assertNotNull(form("george_w_bush", "Mr Bush"));
  }

  @Test
  void titlesOnlyOnDaysTheyHaveOneHolder() {
    Form chancellor = form("friedrich_merz", "the German chancellor");
    assertTrue(chancellor.validOn(DAY));
    assertNull(form("olaf_scholz", "the German chancellor"));
    Form former = form("olaf_scholz", "former German chancellor Olaf Scholz");
    assertEquals(Form.Kind.APPOSITION, former.kind);
    assertTrue(former.validOn(DAY));
    // Poland's president changed on 2025-08-06.
    assertTrue(form("andrzej_duda", "the Polish president").validOn(4));
    assertFalse(form("andrzej_duda", "the Polish president").validOn(5));
    assertTrue(form("karol_nawrocki", "the Polish president").validOn(5));
  }

  @Test
  void aPossessiveTitleNamesItsCompanionToo() {
    Form spokesman = form("dmitry_peskov", "Putin's spokesman");
    assertEquals(actor("vladimir_putin"), spokesman.companion);
    assertEquals(2, spokesman.mentions());
    Form kremlin = form("dmitry_peskov", "the Kremlin spokesman");
    assertEquals(-1, kremlin.companion);
  }

  @Test
  void decoysNameNobody() {
    List<String> ambiguous = CATALOG.ambiguousShorts().stream().map(f -> f.text).collect(Collectors.toList());
    assertTrue(ambiguous.containsAll(List.of("Johnson", "Le Pen", "Trump")), ambiguous.toString());
    assertTrue(CATALOG.blockedTitles().stream().anyMatch(f -> f.text.equals("German chancellor")));
  }

  private static List<Integer> ids(int[] actors) {
    return java.util.Arrays.stream(actors).boxed().collect(Collectors.toList());
  }

  /**
   * Every form of the bundled dictionary the generator does not write over these 20 days, with the reason (also
   * listed in a corpus's {@code _truth/README.md}): a dictionary or rule change that leaves out more shows up here.
   */
  @Test
  void exactlyTheseFormsAreLeftOut() {
    String fullStop = "ends in a full stop, which would run into the full stop of a sentence ending after it";
    assertEquals(List.of(
        "king_salman: \"former prime minister of Saudi Arabia King Salman\" does not scan as title and name:"
            + " [King Salman]",
        "tamim_bin_hamad_al_thani: \"Qatari Emir Tamim bin Hamad Al Thani\" does not scan as title and name:"
            + " [Tamim bin Hamad Al Thani]",
        "tamim_bin_hamad_al_thani: \"Qatar's Emir Tamim bin Hamad Al Thani\" does not scan as title and name:"
            + " [Tamim bin Hamad Al Thani]",
        "robert_f_kennedy_jr: \"Robert F. Kennedy Jr.\" " + fullStop,
        "robert_f_kennedy_jr: \"RFK Jr.\" " + fullStop,
        "emperor_naruhito: \"Japanese Emperor Naruhito\" does not scan as title and name: [Emperor Naruhito]",
        "emperor_naruhito: \"Japan's Emperor Naruhito\" does not scan as title and name: [Emperor Naruhito]",
        "united_nations: \"U.N.\" " + fullStop), CATALOG.leftOut());
  }
}
