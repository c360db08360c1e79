package org.actortrends.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.actortrends.Required;
import org.actortrends.extract.SentenceModel;
import org.junit.jupiter.api.Test;

class TrainSentencesCommandTest {
  /** The bundled sentence model is exactly what train-sentences writes from the rated sets ({@link Required}). */
  @Test
  void retrainingOnTheRatedSetsGivesTheBundledModel() throws IOException {
    Path news = Required.evalData("sentiment/nyt_editorials.dev.tsv");
    List<Path> others = List.of(Required.evalData("sentiment/tweets.tsv"),
        Required.evalData("sentiment/amazon_reviews.tsv"), Required.evalData("sentiment/movie_reviews.tsv"));
    String trained = TrainSentencesCommand.train(news, others);
    String bundled;
    try (InputStream in = SentenceModel.class.getResourceAsStream(SentenceModel.RESOURCE)) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] expected = bundled.split("\n", -1);
    String[] actual = trained.split("\n", -1);
    for (int i = 0; i < Math.min(expected.length, actual.length); i++) {
      assertEquals(expected[i], actual[i], "line " + (i + 1) + " differs: re-run " + TrainSentencesCommand.COMMAND);
    }
    assertEquals(expected.length, actual.length, "re-run " + TrainSentencesCommand.COMMAND);
    assertTrue(bundled.contains("# cross-validated on nyt_editorials.dev.tsv (5 folds by article): r "));
  }
}
