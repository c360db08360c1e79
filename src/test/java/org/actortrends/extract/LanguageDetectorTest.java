package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link LanguageDetector} on our labelled set {@code sample-data/languages/articles.jsonl} and on edge cases. */
class LanguageDetectorTest {
  static final Path SET = Path.of("sample-data/languages/articles.jsonl");
  /** The languages the set must cover (sample-data/languages/README.md). */
  static final Set<String> REQUIRED = Set.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "fi", "pl", "ru", "tr");

  record Item(String id, String title, String text, String language) {}

  static List<Item> items;

  @BeforeAll
  static void read() throws IOException {
    items = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(SET, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode row = json.readTree(line);
        items.add(new Item(row.get("id").asText(), row.get("title").asText(), row.get("text").asText(),
            row.get("true_language").asText()));
      }
    }
  }

  @Test
  void theSetCoversEveryRequiredLanguageWithEightArticlesOrMore() {
    TreeMap<String, Integer> perLanguage = new TreeMap<>();
    items.forEach(i -> perLanguage.merge(i.language(), 1, Integer::sum));
    assertTrue(perLanguage.keySet().containsAll(REQUIRED), perLanguage.toString());
    perLanguage.forEach((language, n) -> assertTrue(n >= 8, language + ": " + n));
  }

  @Test
  void accuracyOnTheLabelledSetIsAtLeast98PercentAndEveryLanguageIsFound() {
    LanguageDetector detector = new LanguageDetector();
    int right = 0;
    List<String> wrong = new ArrayList<>();
    Set<String> found = new TreeSet<>();
    for (Item item : items) {
      String language = detector.detect(item.title(), item.text());
      if (language.equals(item.language())) {
        right++;
        found.add(language);
      } else {
        wrong.add(item.id() + " -> " + language);
      }
    }
    double accuracy = (double) right / items.size();
    assertTrue(accuracy >= 0.98, "accuracy " + accuracy + ", wrong: " + wrong);
    Set<String> labelled = new TreeSet<>();
    items.forEach(i -> labelled.add(i.language()));
    assertEquals(labelled, found, "a language never detected right");
  }

  @Test
  void theFastPathNeverCallsANonEnglishArticleEnglish() {
    for (Item item : items) {
      if (!item.language().equals("en")) {
        LanguageDetector detector = new LanguageDetector();
        detector.detect(item.title(), item.text());
        assertFalse(detector.lastTookFastPath(), item.id());
        // nor any part of it: each paragraph alone
        for (String paragraph : item.text().split("\n\n")) {
          assertFalse(LanguageDetector.englishFastPath(paragraph) == LanguageDetector.FAST_ENGLISH,
              item.id() + ": " + paragraph);
        }
      }
    }
  }

  @Test
  void mostEnglishArticlesTakeTheFastPath() {
    LanguageDetector detector = new LanguageDetector();
    long english = items.stream().filter(i -> i.language().equals("en")).count();
    long fast = items.stream().filter(i -> i.language().equals("en"))
        .filter(i -> detector.detect(i.title(), i.text()).equals("en") && detector.lastTookFastPath()).count();
    assertTrue(fast >= english - 1, fast + " of " + english);
  }

  /** A few English words (a quote, a name, an organisation) do not make an article English, wherever they are. */
  @Test
  void englishQuotesInsideOtherLanguagesDoNotMakeThemEnglish() {
    LanguageDetector detector = new LanguageDetector();
    String quote = "\"We are going to make a deal, and it will be a great deal for the people of this country,\" "
        + "said Donald Trump at the White House. ";
    String dutch = "De Amerikaanse president sprak dinsdag in Washington met journalisten over de handelsoorlog "
        + "met Europa. Volgens hem moeten de Europese landen veel meer betalen voor hun eigen veiligheid, en anders "
        + "volgen er nieuwe heffingen op auto's en landbouwproducten. In Brussel reageerde de Europese Commissie "
        + "terughoudend. Een woordvoerder zei dat de Unie klaar is om te onderhandelen, maar niet onder druk. ";
    for (String text : new String[] {quote + dutch + dutch, dutch + quote + dutch}) {
      assertEquals("nl", detector.detect("Trump dreigt opnieuw met heffingen", text));
      assertFalse(detector.lastTookFastPath());
    }
  }

  /** One detector a thread, one model for all: the answers are those of a single thread. */
  @Test
  void detectorsOnSeveralThreadsShareTheModel() throws Exception {
    LanguageDetector single = new LanguageDetector();
    List<String> expected = new ArrayList<>();
    items.forEach(i -> expected.add(single.detect(i.title(), i.text())));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          LanguageDetector own = new LanguageDetector();
          List<String> found = new ArrayList<>();
          for (int pass = 0; pass < 3; pass++) {
            found.clear();
            items.forEach(i -> found.add(own.detect(i.title(), i.text())));
          }
          return found;
        }));
      }
      for (java.util.concurrent.Future<List<String>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void tooLittleTextIsUndetermined() {
    LanguageDetector detector = new LanguageDetector();
    assertEquals("und", detector.detect("", ""));
    assertEquals("und", detector.detect(null, null));
    assertEquals("und", detector.detect("2025-08-15", "12:30 — 4:1 (2:0), 17.5%; 3,200 / +44"));
    assertEquals("und", detector.detect("!!!", "... ??? ---"));
    assertEquals("und", detector.detect("NATO", ""));
    assertEquals("und", detector.detect("Merz", "ok"));
    // names say nothing of the language: the model calls this Dutch ("met", "in")
    assertEquals("und", detector.detect("Volodymyr Zelensky meets Emmanuel Macron",
        "Volodymyr Zelensky met Emmanuel Macron in Paris."));
    assertEquals("und", detector.detect("", "PUTIN AND TRUMP END ALASKA SUMMIT WITHOUT A DEAL"));
    // one word repeated is no language (the model says Waray)
    assertEquals("und", detector.detect("Zelensky", "peace ".repeat(5000)));
    assertEquals("und", detector.detect("Zelensky", "a".repeat(100_000)));
  }

  @Test
  void aLongTextIsReadOnlyUpToThePrefix() {
    LanguageDetector detector = new LanguageDetector();
    String german = "Die Regierung hat am Montag in Berlin neue Pläne für die Wirtschaft vorgestellt. ";
    String english = "The government said on Monday that it would present new plans for the economy. ";
    assertEquals("de", detector.detect("", german.repeat(30) + english.repeat(300)));
    assertEquals("en", detector.detect("", english.repeat(30) + german.repeat(300)));
  }

  @Test
  void normalizesCodesAsUsersAndRecordsGiveThem() {
    assertEquals("en", LanguageDetector.normalize("EN"));
    assertEquals("en", LanguageDetector.normalize("en-US"));
    assertEquals("en", LanguageDetector.normalize("en_GB"));
    assertEquals("en", LanguageDetector.normalize(" eng "));
    assertEquals("de", LanguageDetector.normalize("deu"));
    assertEquals("de", LanguageDetector.normalize("ger"));
    assertEquals("de", LanguageDetector.normalize("de-AT"));
    assertEquals("fr", LanguageDetector.normalize("fre"));
    assertEquals("nl", LanguageDetector.normalize("dut"));
    assertEquals("zh", LanguageDetector.normalize("zh-Hans"));
    assertEquals("zh", LanguageDetector.normalize("zh-Hant-TW"));
    assertEquals("zh", LanguageDetector.normalize("cmn"));
    assertEquals("zh", LanguageDetector.normalize("chi"));
    assertEquals("no", LanguageDetector.normalize("nb"));
    assertEquals("no", LanguageDetector.normalize("nno"));
    assertEquals("no", LanguageDetector.normalize("nb-NO"));
    assertEquals("he", LanguageDetector.normalize("iw"));
    assertEquals("he", LanguageDetector.normalize("heb"));
    assertEquals("id", LanguageDetector.normalize("in"));
    assertEquals("uk", LanguageDetector.normalize("ukr"));
    assertEquals("et", LanguageDetector.normalize("ekk"));
    assertEquals("fa", LanguageDetector.normalize("pes"));
    assertEquals("ast", LanguageDetector.normalize("ast"));
    assertEquals("gsw", LanguageDetector.normalize("gsw-CH"));
    assertEquals("und", LanguageDetector.normalize("und"));
    assertNull(LanguageDetector.normalize(null));
    assertNull(LanguageDetector.normalize(""));
    assertNull(LanguageDetector.normalize("  "));
    assertNull(LanguageDetector.normalize("english"));
    assertNull(LanguageDetector.normalize("xx"));
    assertNull(LanguageDetector.normalize("zzz"));
    assertNull(LanguageDetector.normalize("e"));
    assertNull(LanguageDetector.normalize("en--US"));
    assertNull(LanguageDetector.normalize("12"));
  }

  /** Every outcome of the model maps to a code that normalize() accepts and keeps: one code space. */
  @Test
  void everyModelOutcomeMapsIntoTheCodeSpaceOfNormalize() {
    for (String outcome : LanguageDetector.modelOutcomes()) {
      String code = LanguageDetector.normalize(outcome);
      assertTrue(code != null, outcome);
      assertEquals(code, LanguageDetector.normalize(code), outcome);
    }
  }

  @Test
  void detectsNonLatinScriptsAndMacrolanguagesAsDocumented() {
    LanguageDetector detector = new LanguageDetector();
    assertEquals("zh", detector.detect("", "中华人民共和国国务院总理周二在北京会见了来访的外国代表团，双方就经济合作交换了意见。"));
    assertEquals("el", detector.detect("", "Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα για την αντιμετώπιση "
        + "της ακρίβειας και των πυρκαγιών στην Αττική."));
    assertEquals("no", detector.detect("", "Regjeringen la fram statsbudsjettet på mandag, og finansministeren sa at "
        + "det blir nødvendig å stramme inn på flere områder neste år."));
  }
}
