package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole kernel on one short article of our own, with the bundled dictionary. */
class ArticleExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor(ActorDictionary.loadDefault());

  private static final String TITLE = "Zelensky warns Trump before Alaska summit";
  private static final String TEXT = String.join("\n\n",
      "Your support helps us to tell the story. Donald Trump and Elon Musk thank you.",
      "KYIV, Ukraine \u2014 Volodymyr Zelenskyy warned Donald Trump on Wednesday that Vladimir Putin was bluffing.",
      "The Ukrainian president said the Trump-Putin summit must not decide Ukraine's borders.",
      "open image in gallery German chancellor Friedrich Merz at the video call ( Getty )",
      "\u201CWe welcome this wonderful chance for peace,\u201D Sir Keir Starmer said. Sir Keir praised Nato.",
      "Mr Putin's spokesman, Dmitry Peskov, said the Kremlin was ready. He played his trump card.");

  private ArticleAnalysis analyze() {
    return extractor.analyze(ArticleExtractor.document(TITLE, TEXT), LocalDate.parse("2025-08-13"));
  }

  private long count(ArticleAnalysis a, String actorId) {
    return a.mentions().stream().filter(m -> extractor.dictionary().actors().get(m.actor()).id().equals(actorId))
        .count();
  }

  @Test
  void findsEveryActorMentionOutsideBoilerplate() {
    ArticleAnalysis a = analyze();
    assertEquals(3, count(a, "volodymyr_zelensky")); // title, full name, role
    assertEquals(3, count(a, "donald_trump")); // title short form, full name, hyphen side; boilerplate excluded
    assertEquals(3, count(a, "vladimir_putin")); // full name, hyphen side, "Mr Putin"
    assertEquals(1, count(a, "friedrich_merz")); // role + name in the caption is one mention
    assertEquals(2, count(a, "keir_starmer"));
    assertEquals(1, count(a, "nato"));
    assertEquals(1, count(a, "dmitry_peskov"));
    assertEquals(1, count(a, "kremlin"));
    assertEquals(3, count(a, "vladimir_putin"), "\"Mr Putin's spokesman\" mentions Putin");
    assertEquals(0, count(a, "elon_musk")); // only in the donation appeal
  }

  @Test
  void mentionSentimentFollowsItsSentence() {
    ArticleAnalysis a = analyze();
    List<Mention> mentions = a.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      String id = extractor.dictionary().actors().get(mentions.get(i).actor()).id();
      if (id.equals("keir_starmer") && mentions.get(i).surface().equals("Sir Keir Starmer")) {
        assertTrue(a.mentionSentiment()[i] > 0.3, "praise of peace is positive: " + a.mentionSentiment()[i]);
      }
      if (id.equals("vladimir_putin") && mentions.get(i).matchedBy() == MatchedBy.NAME) {
        assertTrue(a.mentionSentiment()[i] < 0, "warned ... bluffing is negative: " + a.mentionSentiment()[i]);
      }
    }
    assertTrue(a.words() > 60 && a.words() < 120, "boilerplate words are not counted: " + a.words());
    assertTrue(a.sentences() >= 7);
  }

  @Test
  void speechSentimentIsTheMeanScoreOfItsSentences() {
    // Starmer's sentences have mentions too: their scores come from the target scorer's read of the sentence.
    ArticleAnalysis a = analyze();
    Vocabulary vocabulary = new Vocabulary();
    SentimentScorer scorer = new SentimentScorer(vocabulary);
    Tokens tokens = new Tokens();
    new Tokenizer(vocabulary).tokenize(ArticleExtractor.document(TITLE, TEXT), tokens);
    int scored = 0;
    for (Speech s : a.speech()) {
      if (Double.isNaN(s.sentiment())) {
        continue;
      }
      double sum = 0;
      for (int k = s.firstSentence(); k <= s.lastSentence(); k++) {
        sum += scorer.scoreSentence(tokens, tokens.sentenceStart(k), tokens.sentenceEnd(k));
      }
      assertEquals(sum / (s.lastSentence() - s.firstSentence() + 1), s.sentiment(), 1e-12);
      scored++;
    }
    assertTrue(scored >= 2, "speech with speakers: " + scored);
  }
}
