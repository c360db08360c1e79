package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bundled target model on sentences of our own: each rule of the features shows in the score toward the
 * target, against the whole-sentence score it replaces. Positive means a score above 0.05, negative below -0.05,
 * neutral in between (how the tables count mentions).
 */
class TargetSentimentTest {
  private final TargetSpanScorer scorer = new TargetSpanScorer(TargetModel.standard());

  /** The score toward the first occurrence of {@code target} in {@code sentence}. */
  private double score(String sentence, String target) {
    int from = sentence.indexOf(target);
    assertTrue(from >= 0, target + " in " + sentence);
    return scorer.score(sentence, from, from + target.length());
  }

  private double sentenceScore(String sentence) {
    return scorer.baseline(sentence, 0, 0);
  }

  private static void positive(double score, String what) {
    assertTrue(score > 0.05, what + " should be positive: " + score);
  }

  private static void negative(double score, String what) {
    assertTrue(score < -0.05, what + " should be negative: " + score);
  }

  private static void neutral(double score, String what) {
    assertTrue(Math.abs(score) <= 0.05, what + " should be neutral: " + score);
  }

  @Test
  void putinAndTheSanctionsGetDifferentSigns() {
    String s = "Putin doesn't want peace, Zelensky said, praising the sanctions.";
    negative(score(s, "Putin"), "Putin, who doesn't want peace");
    positive(score(s, "the sanctions"), "the sanctions Zelensky praises");
    neutral(score(s, "Zelensky"), "Zelensky, the speaker");
    assertTrue(sentenceScore(s) < 0, "the sentence as a whole is negative");
  }

  @Test
  void theObjectOfPraiseIsPositive() {
    String s = "Macron praised Scholz.";
    positive(score(s, "Scholz"), "Scholz, praised");
    assertTrue(score(s, "Scholz") > score(s, "Macron"), "praise is toward its object more than its subject");
  }

  @Test
  void theObjectOfAnAttackIsNegative() {
    negative(score("Trump attacked Biden.", "Biden"), "Biden, attacked");
    negative(score("Critics slammed Starmer.", "Starmer"), "Starmer, slammed");
    negative(score("Protesters rallied against Orban.", "Orban"), "Orban, rallied against");
    assertTrue(score("Protesters rallied against Orban.", "Orban")
        < sentenceScore("Protesters rallied against Orban."), "\"against X\" is more negative than the sentence");
  }

  @Test
  void theSpeakerOfAQuoteIsNotWhatTheQuoteIsAbout() {
    String quoted = "\u201CThis is a disaster and a shameful betrayal,\u201D Merz said.";
    assertTrue(sentenceScore(quoted) < -0.5, "the quote is very negative");
    neutral(score(quoted, "Merz"), "Merz, who said it");
    neutral(score("Merz said the plan was a disaster.", "Merz"), "Merz, who said it");
    neutral(score("Starmer said: \"This is a terrible, shameful failure.\"", "Starmer"), "Starmer, who said it");
    neutral(score("According to Starmer, the talks were a disaster.", "Starmer"), "Starmer, the source");
  }

  @Test
  void negationFlipsTheSentimentTowardTheTarget() {
    positive(score("Voters trust Orban.", "Orban"), "trusted Orban");
    negative(score("Voters do not trust Orban.", "Orban"), "distrusted Orban");
    negative(score("Nobody trusts Orban.", "Orban"), "distrusted Orban");
  }

  @Test
  void thePatientOfAPassiveGetsTheVerbsSentiment() {
    negative(score("Lula was attacked over the deal.", "Lula"), "Lula, attacked");
    positive(score("Lula was praised for the deal.", "Lula"), "Lula, praised");
  }

  @Test
  void eachClauseSpeaksOfItsOwnActor() {
    String s = "Critics slammed Orban, but Macron praised Scholz.";
    positive(score(s, "Scholz"), "Scholz, praised");
    negative(score(s, "Orban"), "Orban, slammed");
    // Before "but" the praise counts less: the model learned that from NewsMTSC, and this sentence as a whole is
    // negative, so Scholz is pulled below 0 (the model before word stems gave him +0.07), yet far above Orban.
    String before = "Macron praised Scholz, but critics slammed Orban.";
    assertTrue(sentenceScore(before) < -0.5, "the sentence as a whole is negative");
    negative(score(before, "Orban"), "Orban, slammed");
    assertTrue(score(before, "Scholz") > score(before, "Orban") + 0.5, "Scholz, praised, above Orban");
  }

  @Test
  void possessivesAndPredicates() {
    positive(score("Modi's reforms were a great success.", "Modi"), "Modi's successful reforms");
    negative(score("Modi's reforms were a disaster.", "Modi"), "Modi's disastrous reforms");
    positive(score("Netanyahu won the election.", "Netanyahu"), "Netanyahu, who won");
  }

  @Test
  void aSentenceWithoutSentimentIsNeutralToEveryone() {
    String s = "Meloni met Sanchez in Rome on Tuesday.";
    neutral(score(s, "Meloni"), "Meloni");
    neutral(score(s, "Sanchez"), "Sanchez");
  }

  @Test
  void theStaticSeamScoresLikeAnInstance() {
    String s = "Putin doesn't want peace, Zelensky said, praising the sanctions.";
    int from = s.indexOf("the sanctions");
    assertEquals(scorer.score(s, from, from + 13), TargetSentiment.scoreSpan(s, from, from + 13), 1e-12);
    assertEquals(0.0, TargetSentiment.scoreSpan("", 0, 0), 0.05, "an empty text is neutral");
  }

  @Test
  void theScoreBandGivesTheMostLikelyClass() {
    Random random = new Random(3);
    for (int i = 0; i < 10_000; i++) {
      double[] p = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
      double sum = p[0] + p[1] + p[2];
      for (int c = 0; c < 3; c++) {
        p[c] /= sum;
      }
      int likeliest = TargetTrainer.decide(p[0], p[1], p[2]);
      double score = TargetSentiment.toScore(p);
      assertEquals(likeliest, TargetMetrics.classOf(score), java.util.Arrays.toString(p));
      assertTrue(score >= -1 && score <= 1);
      assertTrue(Math.abs(score) <= TargetSentiment.NEUTRAL_LIMIT || Math.abs(score) >= TargetSentiment.BAND);
    }
    assertEquals(1.0, TargetSentiment.toScore(new double[] {0, 0, 1}), 1e-12);
    assertEquals(-1.0, TargetSentiment.toScore(new double[] {1, 0, 0}), 1e-12);
  }

  @Test
  void sentenceSumsGiveTheSameLogitsAsListingEveryWord() {
    Vocabulary vocabulary = new Vocabulary();
    SentimentScorer sentences = new SentimentScorer(vocabulary);
    TargetModel model = TargetModel.standard();
    TargetSentiment fast = new TargetSentiment(vocabulary, sentences, model);
    TargetFeatures listed = new TargetFeatures(vocabulary, sentences, model.stemsOf(vocabulary)); // lists SL, SR
    Tokenizer tokenizer = new Tokenizer(vocabulary);
    Tokens tokens = new Tokens();
    double[] p = new double[3];
    double[] z = new double[3];
    double[] q = new double[3];
    int targets = 0;
    for (String text : List.of(
        "Putin doesn't want peace, Zelensky said, praising the sanctions.",
        "\u201CWe welcome this wonderful chance for peace,\u201D Sir Keir Starmer said. Sir Keir praised Nato.",
        "Critics slammed the minister's plan as a disgrace, while the opposition leader was not impressed either.",
        "Lula was attacked by Bolsonaro over the deal, but voters still trust him.")) {
      tokenizer.tokenize(text, tokens);
      for (int s = 0; s < tokens.sentenceCount(); s++) {
        int from = tokens.sentenceStart(s);
        int to = tokens.sentenceEnd(s);
        fast.beginSentence(tokens, from, to);
        listed.sentence(tokens, from, to);
        for (int a = from; a < to; a++) {
          for (int b = a + 1; b <= Math.min(to, a + 3); b++) {
            fast.probabilities(a, b, p);
            listed.target(a, b);
            TargetSentiment.logits(listed, model, z);
            TargetSentiment.softmax(z, q);
            assertArrayEquals(q, p, 1e-12, text + " tokens " + a + ".." + b);
            targets++;
          }
        }
      }
    }
    assertTrue(targets > 100);
  }

  @Test
  void charSpansMapToTheirWordTokens() {
    Vocabulary vocabulary = new Vocabulary();
    Tokenizer tokenizer = new Tokenizer(vocabulary);
    Tokens tokens = new Tokens();
    String s = "\"We learn,\" Mann added. Trump's aide, Sen. Vance, agreed.";
    tokenizer.tokenize(s, tokens);
    int mann = s.indexOf("\" Mann");
    int[] span = TargetSentiment.tokenSpan(tokens, mann, mann + 6); // a quote mark belongs to the mention
    assertEquals("Mann", tokens.surface(span[0]));
    assertEquals(span[0] + 1, span[1]);
    int trump = s.indexOf("Trump's");
    span = TargetSentiment.tokenSpan(tokens, trump, trump + 7);
    assertEquals("Trump", tokens.surface(span[0]));
    assertEquals(span[0] + 1, span[1]);
    int sen = s.indexOf("Sen. Vance");
    span = TargetSentiment.tokenSpan(tokens, sen, sen + 10);
    assertEquals("Sen", tokens.surface(span[0]));
    assertEquals("Vance", tokens.surface(span[1] - 1));
    span = TargetSentiment.tokenSpan(tokens, s.indexOf(" aide"), s.indexOf(" aide") + 1); // only a space
    assertEquals("aide", tokens.surface(span[0]));
  }

  @Test
  void theExtractorScoresEachMentionTowardItsActor() {
    ArticleExtractor extractor = new ArticleExtractor(ActorDictionary.loadDefault());
    String text = "Critics slammed Keir Starmer, but Emmanuel Macron praised Olaf Scholz.";
    ArticleAnalysis a = extractor.analyze(text, LocalDate.parse("2025-08-13"));
    assertEquals(3, a.mentions().size());
    double[] s = a.mentionSentiment();
    negative(s[0], "Starmer, slammed");
    positive(s[2], "Scholz, praised");
    for (int m = 0; m < 3; m++) {
      Mention mention = a.mentions().get(m);
      int from = mention.charOffset();
      assertEquals(TargetSentiment.scoreSpan(text, from, from + mention.surface().length()), s[m], 1e-9,
          "the kernel and the evaluation seam agree on " + mention.surface());
    }
  }
}
