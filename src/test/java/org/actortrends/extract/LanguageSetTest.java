package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageSetTest {
  @Test
  void englishByDefaultReadsUndeterminedArticlesToo() {
    LanguageSet en = LanguageSet.parse("en");
    assertTrue(en.processes("en"));
    assertTrue(en.processes("und"), "too little text to tell: read as English");
    assertFalse(en.processes("de"));
    assertTrue(LanguageSet.readAsEnglish("und"));
    assertFalse(LanguageSet.readAsEnglish("fr"));
  }

  @Test
  void listsAreNormalizedAndAllTakesEverything() {
    LanguageSet list = LanguageSet.parse(" DE, fr-FR ,eng");
    assertEquals(Set.of("de", "fr", "en"), list.codes());
    assertTrue(list.processes("fr"));
    assertFalse(list.processes("it"));
    LanguageSet fr = LanguageSet.parse("fr");
    assertFalse(fr.processes("und"), "without English an article too short to tell is set aside");
    assertTrue(LanguageSet.parse("all").processes("fi"));
    assertTrue(LanguageSet.parse("ALL").processes("und"));
  }

  @Test
  void aCodeThatIsNoLanguageIsAUsageError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LanguageSet.parse("en,klingon"));
    assertEquals("--languages: 'klingon' is not a language code (ISO 639-1 such as en, de, fr; or 'all')",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LanguageSet.parse(""));
    assertThrows(IllegalArgumentException.class, () -> LanguageSet.parse("und"));
  }
}
