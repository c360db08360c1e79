package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The names an article uses that link to no actor, as the kernel hands them to names_daily. */
class UnlinkedNamesTest {
  private static final LocalDate DAY = LocalDate.parse("2025-08-13");
  private final ArticleExtractor extractor = new ArticleExtractor(ActorDictionary.loadDefault());

  /** name -> "type mentions" */
  private Map<String, String> names(String text) {
    Map<String, String> out = new TreeMap<>();
    for (UnlinkedName n : extractor.analyze(text, DAY).names()) {
      out.put(n.name(), n.type().name().toLowerCase() + " " + n.mentions());
    }
    return out;
  }

  @Test
  void aSurnameCountsTowardTheFullNameItsArticleGave() {
    ArticleAnalysis a = extractor.analyze("Rui Costa scored twice in Lisbon on Sunday. Costa was booked later. "
        + "Vladimir Putin watched from Moscow.", DAY);
    assertEquals(List.of("vladimir_putin"),
        a.mentions().stream().map(m -> extractor.dictionary().actors().get(m.actor()).id()).toList(),
        "Costa is not António Costa: the article introduced another Costa");
    assertEquals(Map.of("Rui Costa", "person 2"), names("Rui Costa scored twice in Lisbon on Sunday. Costa was "
        + "booked later. Vladimir Putin watched from Moscow."), "places and linked actors are not kept");
  }

  @Test
  void aKnownWordOpeningASentenceIsNoFirstName() {
    ArticleAnalysis a = extractor.analyze("\"Blaming Putin is easy,\" she said.", DAY);
    assertEquals(List.of("Putin"), a.mentions().stream().map(Mention::surface).toList());
  }

  @Test
  void organisationsAndPeopleBeyondTheDictionary() {
    Map<String, String> found = names("The Acme Holdings board met on Monday. Chief executive Jane Roe said "
        + "Acme Holdings would grow. Roe added that profits rose.");
    assertEquals("organization 2", found.get("Acme Holdings"), found.toString());
    assertEquals("person 2", found.get("Jane Roe"), found.toString());
  }

  @Test
  void aTextWithoutNamesHasNone() {
    assertEquals(Map.of(), names("prices rose again on monday, and nobody was surprised."));
  }
}
