package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The rules of the scorer, with the shipped signal weights but without the learned word weights (which move every
 * sentence a little; {@link #learnedWordsMoveSentencesWithoutLexiconWords} checks them).
 */
class SentimentScorerTest {
  // Built in the documented order: the scorer adds its words before the tokenizer reads any text.
  private final Vocabulary vocabulary = new Vocabulary();
  private final SentenceModel model = SentenceModel.standard().withoutWords();
  private final SentimentScorer scorer =
      new SentimentScorer(vocabulary, SentimentLexicon.standard(vocabulary), model);
  private final Tokenizer tokenizer = new Tokenizer(vocabulary);
  private final Tokens tokens = new Tokens();

  /** The score of the first sentence of {@code text}. */
  private double score(String text) {
    tokenizer.tokenize(text, tokens);
    if (tokens.sentenceCount() == 0) {
      return scorer.scoreSentence(tokens, 0, 0);
    }
    return scorer.scoreSentence(tokens, tokens.sentenceStart(0), tokens.sentenceEnd(0));
  }

  @Test
  void positiveSentence() {
    assertTrue(score("The talks were a great success.") > 0.5);
  }

  @Test
  void negativeSentence() {
    assertTrue(score("The attack killed dozens of civilians.") < -0.5);
  }

  @Test
  void neutralSentenceScoresZero() {
    assertEquals(0.0, score("The committee met on Tuesday in Brussels."));
  }

  @Test
  void emptyTextScoresZero() {
    assertEquals(0.0, score(""));
    assertEquals(0.0, score("!!! ??"));
  }

  @Test
  void knownSingleWordMatchesTheWeightedLexiconValence() {
    // "good" is 1.9 in the VADER lexicon, a mild positive word: rating = weight * 1.9, squashed.
    double rating = model.weight(SentenceModel.POS_MILD) * 1.9;
    assertEquals(rating / Math.sqrt(rating * rating + 1), score("The plan is good."), 1e-6);
  }

  @Test
  void learnedWordsMoveSentencesWithoutLexiconWords() {
    Vocabulary v = new Vocabulary();
    SentimentScorer standard = new SentimentScorer(v);
    Tokenizer t = new Tokenizer(v);
    assertTrue(SentenceModel.standard().words().size() > 100);
    String word = SentenceModel.standard().words().firstKey();
    t.tokenize(word, tokens); // alone: other words have weights too
    double expected = SentenceModel.standard().words().get(word);
    assertEquals(expected / Math.sqrt(expected * expected + 1), standard.scoreSentence(tokens, 0, tokens.size()),
        1e-6);
  }

  @Test
  void negationFlipsAndDampens() {
    double good = score("The plan is good.");
    double notGood = score("The plan is not good.");
    assertTrue(notGood < 0 && good > 0);
    // Flipped and shrunk to 0.74 of "good", then weighed as a mild negative word, which the learned model weighs
    // more than a positive one: the exact value is checked in aNegationWithNothingToNegateIsMildlyNegative.
    assertTrue(score("The plan is not bad.") > 0);
  }

  @Test
  void contractedNegationsFlip() {
    assertTrue(score("The plan isn't good.") < 0);
    assertTrue(score("The plan isn\u2019t good.") < 0); // typographic apostrophe
    assertTrue(score("They don't like it.") < 0);
    assertTrue(score("They dont trust him.") < 0);
  }

  @Test
  void negationReachesThreeWordsWithinTheClause() {
    assertTrue(score("It is not a very good plan.") < 0);
    assertTrue(score("He did not say the plan was good.") > 0); // four words away
    assertTrue(score("Not that anyone asked, the plan is good.") > 0); // another clause
  }

  @Test
  void noNegatesTheNextWordInsteadOfCountingItself() {
    assertTrue(score("There was no good answer.") < 0);
    assertTrue(score("There was no good answer.") > score("There was no answer, a bad answer."));
  }

  @Test
  void boosterRaisesMagnitude() {
    assertTrue(score("a very good plan") > score("a good plan"));
    assertTrue(score("a very bad plan") < score("a bad plan"));
    assertTrue(score("extremely good") > score("good"));
  }

  @Test
  void dampenerLowersMagnitude() {
    double good = score("a good plan");
    double slightlyGood = score("a slightly good plan");
    assertTrue(slightlyGood > 0 && slightlyGood < good);
    double bad = score("a bad plan");
    double somewhatBad = score("a somewhat bad plan");
    assertTrue(somewhatBad < 0 && somewhatBad > bad);
  }

  @Test
  void boosterWeakensWithDistance() {
    assertTrue(score("very good news") > score("very much good news"));
  }

  @Test
  void kindOfDampensAndKindIsNotPraise() {
    double kindOfGood = score("It was kind of good.");
    assertTrue(kindOfGood > 0 && kindOfGood < score("It was good."));
    assertEquals(0.0, score("That kind of thing happens."));
    assertTrue(score("She is kind.") > 0);
  }

  @Test
  void leastNegatesExceptAtLeast() {
    assertTrue(score("the least helpful answer") < 0);
    assertTrue(score("at least helpful") > 0);
  }

  @Test
  void allCapsWordIsEmphasisedInMixedText() {
    assertTrue(score("The plan is GOOD.") > score("The plan is good."));
    assertTrue(score("The plan is BAD.") < score("The plan is bad."));
    assertTrue(score("The plan is VERY good.") > score("The plan is very good."));
  }

  @Test
  void allCapsTextIsNotEmphasised() {
    assertEquals(score("the plan is good"), score("THE PLAN IS GOOD"), 1e-12);
  }

  @Test
  void butShiftsWeightToWhatFollows() {
    double plain = score("The food was good, the service was terrible.");
    double withBut = score("The food was good but the service was terrible.");
    assertTrue(withBut < plain);
    assertTrue(withBut < 0);
    assertTrue(score("The service was terrible but the food was good.") > 0);
  }

  @Test
  void exclamationMarksRaiseMagnitudeUpToFour() {
    assertTrue(score("good!") > score("good"));
    assertTrue(score("bad!") < score("bad"));
    assertTrue(score("good!!!!") > score("good!!!"));
    assertEquals(score("good!!!!"), score("good!!!!!!!"), 1e-12);
    assertEquals(0.0, score("Tuesday!"));
  }

  @Test
  void oneQuestionMarkAtTheEndIsMildlyNegative() {
    // Opinion prose asks mostly rhetorical questions ("Who could object?"): one question mark counts against.
    assertTrue(score("good?") < score("good"));
    assertTrue(score("good?") > 0);
    assertTrue(score("Who will pay for the new stadium?") < 0);
    assertEquals(0.0, score("\"Why now?\" he asked."), 1e-12); // not at the end
  }

  @Test
  void aNegationWithNothingToNegateIsMildlyNegative() {
    double bare = score("The city does not enforce the rule.");
    assertTrue(bare < 0 && bare > -0.3, "bare " + bare);
    assertTrue(score("The inspectors never came.") < 0);
    // the negation is spent on "good" and adds nothing of its own
    double notGood = model.weight(SentenceModel.NEG_MILD) * -0.74 * 1.9;
    assertEquals(notGood / Math.sqrt(notGood * notGood + 1), score("The plan is not good."), 1e-6);
    assertTrue(score("The plan is not bad.") > 0); // the negation is spent on "bad"
  }

  @Test
  void tooBeforeAWordIsMildlyNegative() {
    assertTrue(score("The report came too late.") < 0);
    assertEquals(0.0, score("The mayor came too."), 1e-12); // "too" meaning "also"
  }

  @Test
  void reducersTurnNegativeWordsAround() {
    assertTrue(score("The program reduced crime.") > 0);
    assertTrue(score("The law will help prevent violence.") > score("The law will help."));
    assertTrue(score("The treaty ended the war.") > 0);
    assertTrue(score("Far fewer deaths were reported.") > 0);
    assertTrue(score("The fighting went on for days.") < 0); // nothing negative after it: its own valence
    assertTrue(score("They did not reduce crime.") < 0);
  }

  @Test
  void fewAndLittleNegateExceptAfterA() {
    assertTrue(score("The study offered few useful clues.") < 0);
    assertTrue(score("The study offered a few useful clues.") > 0);
  }

  @Test
  void hardlyNegates() {
    assertTrue(score("The plan is hardly worth it.") < 0);
  }

  @Test
  void newsWordsFromOurLexicon() {
    assertTrue(score("The ceasefire held.") > 0);
    assertTrue(score("The invasion began at dawn.") < 0);
    assertEquals(0.0, score("The United States and the Supreme Court."));
    assertTrue(score("The plan is misguided and the budget wasteful.") < -0.5);
    assertTrue(score("A sensible, prudent proposal.") > 0.5);
    assertEquals(0.0, score("On the other hand, a top official met them."), 1e-12);
  }

  @Test
  void scoreStaysWithinMinusOneAndOne() {
    String praise = "great wonderful excellent superb brilliant amazing ".repeat(20) + "!!!!!";
    String abuse = "terrible horrible awful murderous evil disastrous ".repeat(20) + "!!!!!";
    double high = score(praise);
    double low = score(abuse);
    assertTrue(high > 0.99 && high <= 1.0, "high " + high);
    assertTrue(low < -0.99 && low >= -1.0, "low " + low);
  }

  @Test
  void spanScoresLikeASentence() {
    tokenizer.tokenize("The plan is not good, but the team is great.", tokens);
    assertEquals(scorer.scoreSentence(tokens, 0, 6), scorer.scoreSpan(tokens, 0, 6));
    assertTrue(scorer.scoreSpan(tokens, 0, 5) < 0); // "The plan is not good"
  }

  @Test
  void onlyTheGivenSentenceIsScored() {
    tokenizer.tokenize("The attack was terrible. The rescue was wonderful.", tokens);
    assertEquals(2, tokens.sentenceCount());
    assertTrue(scorer.scoreSentence(tokens, tokens.sentenceStart(0), tokens.sentenceEnd(0)) < 0);
    assertTrue(scorer.scoreSentence(tokens, tokens.sentenceStart(1), tokens.sentenceEnd(1)) > 0);
  }
}
