package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random texts made of the pieces the rules look at (quote marks, verbs of saying, pronouns, names, titles,
 * "according to", commas, line breaks) never break the attribution, and what it returns holds together.
 */
class QuoteAttributionRobustnessTest {
  private static final List<String> PIECES = List.of(
      "\"", "\u201C", "\u201D", ",", ".", ":", ";", "!", "?", "\n", "\n\n", " \u2014", "said", "says", "told",
      "warned", "accused", "described", "saying", "according", "to", "that", "he", "she", "they", "who", "and",
      "but", "while", "the", "a", "is", "was", "on", "Tuesday", "officials", "reporters", "Zelensky", "Putin",
      "Donald Trump", "Trump", "Merz", "the Kremlin spokesman", "Kremlin", "Sir Keir", "former", "prime", "minister",
      "Boris Johnson", "with", "of", "peace", "war", "good", "terrible", "later", "also", "has", "week", "last");

  @Test
  void randomTextsKeepTheInvariants() {
    ArticleExtractor extractor = new ArticleExtractor(ActorDictionary.loadDefault());
    Random random = new Random(7);
    int speechSeen = 0;
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String document = text.toString();
      ArticleAnalysis a = extractor.analyze(document, LocalDate.parse("2025-08-13"));
      assertEquals(a.mentions().size(), a.mentionRoles().length, document);
      int previousStart = -1;
      for (Speech s : a.speech()) {
        speechSeen++;
        assertTrue(s.firstToken() < s.endToken(), document);
        assertTrue(s.charStart() < s.charEnd() && s.charEnd() <= document.length(), document);
        assertTrue(s.firstSentence() <= s.lastSentence() && s.lastSentence() < a.sentences(), document);
        assertTrue(s.firstToken() >= previousStart, "speech in text order: " + document);
        previousStart = s.firstToken();
        if (s.speaker() >= 0) {
          assertTrue(a.mentions().stream().anyMatch(m -> m.actor() == s.speaker()),
              "a speaker is mentioned in the article: " + document);
          assertTrue(Double.isFinite(s.sentiment()), document);
        }
        if (s.speakerMention() >= 0) {
          assertEquals(s.speaker(), a.mentions().get(s.speakerMention()).actor(), document);
          assertEquals(MentionRole.SPEAKER, a.mentionRoles()[s.speakerMention()], document);
        }
      }
    }
    assertTrue(speechSeen > 1000, "the texts exercise the rules: " + speechSeen);
  }
}
