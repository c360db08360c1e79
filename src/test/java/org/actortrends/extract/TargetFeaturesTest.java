package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of {@link TargetFeatures}, feature by feature, on sentences of our own (no model involved). */
class TargetFeaturesTest {
  private final Vocabulary vocabulary = new Vocabulary();
  private final WordStems stems = WordStems.learning(vocabulary);
  private final TargetFeatures features = new TargetFeatures(vocabulary, new SentimentScorer(vocabulary), stems);
  private final Tokenizer tokenizer = new Tokenizer(vocabulary);
  private final Tokens tokens = new Tokens();

  /**
   * Reads {@code sentence} whole and computes the features of the first occurrence of {@code target}. Its words
   * are added to the vocabulary first, as the trainer does, so each has an id.
   */
  private TargetFeatures of(String sentence, String target) {
    for (String w : tokenizer.foldedWords(sentence)) {
      if (!w.endsWith("'s")) {
        vocabulary.add(w);
      }
    }
    tokenizer.tokenize(sentence, tokens);
    int from = sentence.indexOf(target);
    assertTrue(from >= 0, target + " in " + sentence);
    int[] span = TargetSentiment.tokenSpan(tokens, from, from + target.length());
    features.sentence(tokens, 0, tokens.size());
    features.target(span[0], span[1]);
    return features;
  }

  private double value(String name) {
    int k = TargetFeatures.NUMERIC.indexOf(name);
    assertTrue(k >= 0, name);
    return features.numeric[k];
  }

  private double value(String sentence, String target, String name) {
    of(sentence, target);
    return value(name);
  }

  /** The word features as "TEMPLATE:stem". */
  private Set<String> words() {
    Set<String> out = new HashSet<>();
    for (int j = 0; j < features.wordFeatures; j++) {
      out.add(TargetFeatures.TEMPLATES.get(features.wordTemplate[j]) + ":" + stems.stem(features.wordId[j]));
    }
    return out;
  }

  @Test
  void speakersOfReportedSpeech() {
    assertEquals(1.0, value("Merz said the plan was a disaster.", "Merz", "speaker"));
    assertEquals(1.0, value("\"The plan is a disaster,\" said Merz.", "Merz", "speaker"));
    assertEquals(1.0, value("\"The plan is a disaster,\" said spokesman Merz.", "Merz", "speaker"));
    assertEquals(1.0, value("According to Merz, the plan is a disaster.", "Merz", "speaker"));
    assertEquals(1.0, value("Merz told reporters the plan was a disaster.", "Merz", "speaker"));
    assertEquals(0.0, value("Merz said the plan was a disaster.", "the plan", "speaker"));
    assertEquals(0.0, value("Critics slammed Merz, officials said.", "Merz", "speaker"));
  }

  @Test
  void aSpeakersClauseGoesToItsOwnWeights() {
    of("Merz said the plan was a disaster.", "Merz");
    assertTrue(value("speaker_clause_neg") < 0);
    assertEquals(0.0, value("clause_neg"));
    assertEquals(0.0, value("own_neg"));
  }

  @Test
  void quotesTheTargetIsNotIn() {
    of("\u201CThis is a disaster,\u201D Merz said.", "Merz");
    assertTrue(value("quote_neg") < 0, "the quoted disaster");
    assertEquals(0.0, value("in_quote"));
    of("\u201CMerz is a disaster,\u201D Scholz said.", "Merz");
    assertEquals(1.0, value("in_quote"));
    assertEquals(0.0, value("quote_neg"));
    assertTrue(value("in_quote_neg") < 0);
    // A sentence that began inside a quote: its closing mark shows it.
    of("Merz is a disaster,\u201D Scholz said.", "Merz");
    assertEquals(1.0, value("in_quote"));
  }

  @Test
  void theVerbBeforeTheTargetIsWhatIsDoneToIt() {
    of("Critics slammed Starmer.", "Starmer");
    assertTrue(value("object_neg") < 0);
    assertEquals(0.0, value("subject_neg"));
    assertTrue(words().contains("L1:slam"));
    assertTrue(words().contains("O:slam"));
  }

  @Test
  void theWordsAfterTheTargetAreItsPredicateOrAPassive() {
    of("Trump attacked Biden.", "Trump");
    assertTrue(value("subject_neg") < 0, "the attacker");
    assertEquals(0.0, value("patient_neg"));
    of("Lula was attacked over the deal.", "Lula");
    assertTrue(value("patient_neg") < 0, "the attacked");
    assertEquals(0.0, value("subject_neg"));
  }

  @Test
  void theAgentOfAPassive() {
    of("Lula was attacked by Bolsonaro.", "Bolsonaro");
    assertEquals(1.0, value("agent"));
    assertTrue(value("agent_clause_neg") < 0);
    assertEquals(0.0, value("clause_neg"));
    of("Lula was attacked by Bolsonaro.", "Lula");
    assertEquals(0.0, value("agent"));
  }

  @Test
  void possessivesAndAgainst() {
    assertEquals(1.0, value("Modi's reforms failed.", "Modi", "possessive"));
    assertEquals(0.0, value("Modi reformed the courts.", "Modi", "possessive"));
    assertEquals(1.0, value("Protesters rallied against Orban.", "Orban", "against"));
  }

  @Test
  void sentimentNearerAnotherNameIsTheirs() {
    String s = "Macron praised Scholz while Orban condemned the plan.";
    of(s, "Scholz");
    assertTrue(value("own_pos") > 0, "praised Scholz");
    assertEquals(0.0, value("own_neg"), "\"condemned\" is in another clause");
    assertTrue(value("rest_neg") < 0);
    of(s, "Orban");
    assertTrue(value("own_neg") < 0, "Orban condemned");
    assertEquals(0.0, value("own_pos"));
    of("Critics of Macron slammed Scholz.", "Scholz");
    assertTrue(value("own_neg") < 0, "slammed is nearest to Scholz");
    of("Macron slammed the plan of Scholz.", "Scholz");
    assertEquals(0.0, value("own_neg"), "slammed is nearest to Macron");
    assertTrue(value("other_neg") < 0);
  }

  @Test
  void negationReachesTheTargetsFeatures() {
    of("Voters trust Orban.", "Orban");
    assertTrue(value("own_pos") > 0);
    of("Voters do not trust Orban.", "Orban");
    assertTrue(value("own_neg") < 0, "\"not trust\" is negative");
    assertEquals(0.0, value("own_pos"));
  }

  @Test
  void wordsByPositionWithoutNames() {
    of("Yesterday Trump attacked Biden over the economy.", "Biden");
    Set<String> w = words();
    assertTrue(w.contains("SL:attack"));
    assertTrue(w.contains("SR:economi"));
    assertTrue(w.contains("L1:attack"));
    assertTrue(w.contains("R1:over"));
    assertTrue(w.contains("R:economi"));
    assertFalse(w.stream().anyMatch(f -> f.endsWith(":trump")), "names are not features: " + w);
    assertFalse(w.stream().anyMatch(f -> f.endsWith(":biden")), "nor is the target's name: " + w);
    of("The boy will appear in court.", "The boy");
    assertTrue(words().contains("T:boi"));
    assertEquals(1.0, value("target_lower"));
    assertEquals(1.0, value("first"));
  }

  @Test
  void flagsOfTheTargetAndTheSentence() {
    assertEquals(1.0, value("Meloni met Sanchez on Tuesday.", "Tuesday", "target_time"));
    assertEquals(1.0, value("Meloni met Sanchez on Tuesday.", "Sanchez", "no_valence"));
    assertEquals(1.0, value("He met Sanchez.", "He", "target_pronoun"));
  }

  @Test
  void targetsAreClippedToTheSentence() {
    tokenizer.tokenize("Merz spoke. Scholz smiled.", tokens);
    features.sentence(tokens, tokens.sentenceStart(1), tokens.sentenceEnd(1));
    features.target(0, 1); // before the sentence: its first token instead
    assertEquals(1.0, value("first"));
    features.sentence(tokens, 0, 0);
    features.target(0, 0);
    assertEquals(1.0, value("no_valence"));
    assertEquals(0, features.wordFeatures);
  }
}
