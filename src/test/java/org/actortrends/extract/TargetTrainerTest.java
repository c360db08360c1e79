package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actortrends.Required;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training is deterministic, learns from its targets, and reproduces the bundled model from NewsMTSC. */
class TargetTrainerTest {
  /** A small labelled set of our own: praise of the object, attacks on the object, neutral meetings. */
  static String ownCorpus() {
    String[] names = {"Merz", "Macron", "Scholz", "Orban", "Meloni", "Sanchez", "Tusk", "Costa"};
    String[] praise = {"praised", "thanked", "applauded", "welcomed", "backed"};
    String[] attack = {"attacked", "slammed", "criticised", "condemned", "mocked"};
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (int i = 0; i < names.length; i++) {
      for (int j = 0; j < praise.length; j++) {
        String a = names[i];
        String b = names[(i + j + 1) % names.length];
        out.append(line("On Monday " + a + " " + praise[j] + " " + b + " for the deal.", b, 6));
        out.append(line("On Monday " + a + " " + attack[j] + " " + b + " over the deal.", b, 2));
        out.append(line("On Monday " + a + " met " + b + " in Brussels to discuss the budget.", b, 4));
        n += 3;
      }
    }
    assertEquals(120, n);
    return out.toString();
  }

  private static String line(String sentence, String target, int polarity) {
    int from = sentence.lastIndexOf(target);
    return "{\"primary_gid\":\"own\",\"sentence_normalized\":\"" + sentence + "\",\"targets\":[{\"from\":" + from
        + ",\"to\":" + (from + target.length()) + ",\"mention\":\"" + target + "\",\"polarity\":" + polarity
        + ".0}]}\n";
  }

  @Test
  void readsNewsMtscTargets(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("own.jsonl");
    Files.writeString(file, ownCorpus() + "\n");
    List<TargetTrainer.Example> examples = TargetTrainer.readNewsMtsc(file);
    assertEquals(120, examples.size());
    TargetTrainer.Example first = examples.get(0);
    assertEquals("Macron", first.sentence().substring(first.from(), first.to()));
    assertEquals(TargetModel.POSITIVE, first.label());
    assertEquals(TargetModel.NEGATIVE, examples.get(1).label());
    assertEquals(TargetModel.NEUTRAL, examples.get(2).label());
    assertEquals(0, examples.get(2).group()); // one gid without a number: one article
    assertThrows(IllegalArgumentException.class, () -> TargetTrainer.labelOf(3.0));
  }

  @Test
  void theArticleOfAGidIsItsFieldsUpToTheFirstNumber() {
    assertEquals("allsides_1232", TargetTrainer.articleOf("allsides_1232_492_8_Nunes (R-Calif.)_0_2"));
    assertEquals("polusa_v1_115843600", TargetTrainer.articleOf("polusa_v1_115843600_-1_Trump_3_8"));
    assertEquals("own", TargetTrainer.articleOf("own"));
  }

  @Test
  void trainingTwiceGivesTheSameBytesAndLearnsTheTargets(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("own.jsonl");
    Files.writeString(file, ownCorpus());
    TargetTrainer.Settings settings = new TargetTrainer.Settings(30, 0.05, 0.1, 1e-4, 2, 0.0, 3, 5, 8, 0.05);
    TargetTrainer.Trained once = TargetTrainer.trainFile(file, settings);
    TargetTrainer.Trained twice = TargetTrainer.trainFile(file, settings);
    assertEquals(once.tsv(), twice.tsv());
    assertTrue(once.tsv().contains("# Input: own.jsonl, sha256 "));
    TargetModel model = TargetModel.read(
        new java.io.ByteArrayInputStream(once.tsv().getBytes(StandardCharsets.UTF_8)), "trained");
    TargetSpanScorer scorer = new TargetSpanScorer(model);
    TargetMetrics fit = TargetTrainer.evaluate(TargetTrainer.readNewsMtsc(file), scorer::score);
    assertTrue(fit.accuracy() > 0.9, "fits its own targets: " + fit);
    String unseen = "Yesterday Tusk praised Costa.";
    assertTrue(scorer.score(unseen, unseen.indexOf("Costa"), unseen.length() - 1) > 0.05);
  }

  /**
   * Word vectors carry what the labelled verbs taught to words no target had: "admired" and "insulted" are not in
   * the small corpus, "praised" and "mocked" are; the word right before the target (L1) leans their way.
   */
  @Test
  void aWordNoTargetHadBorrowsFromItsNeighbours(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("own.jsonl");
    Files.writeString(file, ownCorpus());
    assertTrue(!ownCorpus().contains("admired") && !ownCorpus().contains("insulted"));
    TargetTrainer.Settings withVectors = new TargetTrainer.Settings(30, 0.05, 0.1, 1e-4, 2, 0.0, 3, 5, 32, 0.05);
    TargetTrainer.Settings without = new TargetTrainer.Settings(30, 0.05, 0.1, 1e-4, 2, 0.0, 3, 5, 0, 0);
    TargetModel borrowing = TargetTrainer.train(TargetTrainer.readNewsMtsc(file), withVectors, List.of()).model();
    TargetModel plain = TargetTrainer.train(TargetTrainer.readNewsMtsc(file), without, List.of()).model();
    double admired = lean(borrowing, "L1", "admir");
    double insulted = lean(borrowing, "L1", "insult");
    assertTrue(admired > 0 && insulted < 0 && admired - insulted > 0.2, "admired " + admired + ", insulted " + insulted);
    assertEquals(0.0, lean(plain, "L1", "admir"), "no row without vectors");
  }

  /** Positive minus negative weight of a word row, 0 when the model has none. */
  private static double lean(TargetModel m, String template, String stem) {
    int t = TargetFeatures.TEMPLATES.indexOf(template);
    for (int r = 0; r < m.wordFeatures(); r++) {
      if (m.wordTemplate[r] == t && m.word[r].equals(stem)) {
        return m.wordWeights[r * 3 + TargetModel.POSITIVE] - m.wordWeights[r * 3 + TargetModel.NEGATIVE];
      }
    }
    return 0;
  }

  @Test
  void differentSeedsShuffleDifferently(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("own.jsonl");
    Files.writeString(file, ownCorpus());
    TargetTrainer.Settings a = new TargetTrainer.Settings(3, 0.05, 0.1, 1e-4, 2, 0.0, 3, 5, 0, 0);
    TargetTrainer.Settings b = new TargetTrainer.Settings(3, 0.05, 0.1, 1e-4, 2, 0.0, 3, 6, 0, 0);
    assertTrue(!TargetTrainer.trainFile(file, a).tsv().equals(TargetTrainer.trainFile(file, b).tsv()),
        "the seed is what fixes the order");
  }

  @Test
  void theBiasShiftSearchPrefersTheSmallestOfEqualShifts() {
    double[][] logits = {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}};
    int[] labels = {TargetModel.NEGATIVE, TargetModel.NEUTRAL, TargetModel.POSITIVE};
    double[] shift = TargetTrainer.bestShift(logits, labels);
    assertEquals(0.0, shift[0]);
    assertEquals(0.0, shift[2]);
  }

  /** The bundled model is exactly what train-targets writes from the NewsMTSC training file ({@link Required}). */
  @Test
  void retrainingOnNewsMtscGivesTheBundledModel() throws IOException {
    Path train = Required.evalData("targeted/newsmtsc.train.jsonl");
    TargetTrainer.Trained trained = TargetTrainer.trainFile(train, TargetTrainer.Settings.DEFAULT);
    String bundled;
    try (InputStream in = TargetModel.class.getResourceAsStream(TargetModel.RESOURCE)) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> expected = new ArrayList<>(List.of(bundled.split("\n", -1)));
    List<String> actual = new ArrayList<>(List.of(trained.tsv().split("\n", -1)));
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "line " + (i + 1) + " differs: re-run " + TargetTrainer.COMMAND);
    }
    assertEquals(expected.size(), actual.size(), "re-run " + TargetTrainer.COMMAND);
    System.out.printf("target model: retrained on %d targets, identical to the bundled model; %s%n",
        trained.result().examples(), "cross-validated " + trained.result().crossValidated());
  }
}
