package org.actortrends.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actortrends.Required;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlCommandTest {
  @Test
  void pageScoreCountsShinglesWithMultiplicity() {
    HtmlCommand.PageScore same = HtmlCommand.page("one two three four five", "one two three four five");
    assertEquals(1.0, same.tp(), 1e-9);
    // truth 2 shingles, prediction 3 (2 shared): tp 2, fp 1, fn 0 over 3
    HtmlCommand.PageScore more = HtmlCommand.page("a b c d e", "a b c d e f");
    assertEquals(2 / 3.0, more.tp(), 1e-9);
    assertEquals(1 / 3.0, more.fp(), 1e-9);
    // fewer than four tokens make one shingle of them all, as score.py does
    assertEquals(1.0, HtmlCommand.page("just two", "just, two!").tp(), 1e-9);
    HtmlCommand.Score score = HtmlCommand.aggregate(List.of(same, more, HtmlCommand.page("", "")));
    assertEquals(1.0, score.recall(), 1e-9);
    assertEquals((1 + 2 / 3.0) / 2, score.precision(), 1e-9);
  }

  @Test
  void missingPagesDirectoryIsAUsageError(@TempDir Path dir) throws Exception {
    Path truth = dir.resolve("truth.json");
    java.nio.file.Files.writeString(truth, "{}");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = EvalCommand.execute(new String[] {"html", "--truth=" + truth, "--pages=" + dir.resolve("nope")},
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(2, exit);
  }

  /** The labelled pages of README "Accuracy": F1 at least 0.94 as score.py computes it, and the predictions file. */
  @Test
  void labelledPagesReachTheTarget(@TempDir Path dir) throws Exception {
    Path truth = Required.evalData("html/ground-truth.dev.json");
    Path pages = Required.evalData("html/pages");
    Path predictions = dir.resolve("predictions.json");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = EvalCommand.execute(new String[] {"html", "--truth=" + truth, "--pages=" + pages,
        "--predictions=" + predictions, "--differences=3"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, out);
    Matcher m = Pattern.compile("(\\d+) pages, precision ([0-9.]+) recall ([0-9.]+) F1 ([0-9.]+)").matcher(out);
    assertTrue(m.find(), out);
    assertEquals(88, Integer.parseInt(m.group(1)), out);
    assertTrue(Double.parseDouble(m.group(4)) >= 0.94, out);
    assertEquals(3, out.lines().filter(l -> l.contains("worst:")).count(), out);
    JsonNode written = new ObjectMapper().readTree(predictions.toFile());
    assertEquals(88, written.size());
    assertTrue(written.elements().next().path("articleBody").isTextual());
  }
}
