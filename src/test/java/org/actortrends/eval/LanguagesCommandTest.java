package org.actortrends.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval languages} on a file of our own and on the default set. */
class LanguagesCommandTest {
  @TempDir
  Path tmp;

  private static String eval(int expectedExit, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = EvalCommand.execute(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(out);
    assertEquals(expectedExit, exit, out);
    return out;
  }

  @Test
  void printsAccuracyConfusionAndTheWrongItems() throws IOException {
    Path input = tmp.resolve("l.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\":\"a\",\"title\":\"Regen in Berlin\",\"text\":\"Am Montag hat es in Berlin den ganzen Tag geregnet, "
            + "und die Feuerwehr musste viele Keller auspumpen.\",\"true_language\":\"de\"}",
        // labelled wrongly on purpose: French text labelled Italian
        "{\"id\":\"b\",\"title\":\"Pluie à Paris\",\"text\":\"Il a plu toute la journée de lundi à Paris, et les "
            + "pompiers ont dû intervenir dans de nombreuses caves.\",\"true_language\":\"it\"}",
        "{\"id\":\"c\",\"title\":\"\",\"text\":\"12:30\",\"true_language\":\"en-GB\"}") + "\n");
    String out = eval(0, "languages", input.toString(), "--differences", "--repeat=0");
    assertTrue(out.contains("accuracy 0.333 (1 of 3); English fast path 0 articles (0 not English), the model 2, "
        + "too little text (und) 1"), out);
    assertTrue(out.contains("confusion (true -> detected): en->und 1 it->fr 1"), out);
    assertTrue(out.contains("wrong: b\tit -> fr\tPluie à Paris"), out);
    assertTrue(out.contains("robustness (not a target): title only"), out);
  }

  @Test
  void theDefaultSetScoresAtLeast98Percent() {
    String out = eval(0, "languages", "--repeat=1");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("accuracy ([0-9.]+)").matcher(out);
    assertTrue(m.find(), out);
    assertTrue(Double.parseDouble(m.group(1)) >= 0.98, out);
    assertTrue(out.contains("): English fast path"), out);
  }

  @Test
  void aMissingFileOrABadLabelIsAnError() throws IOException {
    eval(2, "languages", tmp.resolve("none.jsonl").toString()); // the usage error goes to stderr
    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\":\"a\",\"text\":\"x\",\"true_language\":\"klingon\"}\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = EvalCommand.execute(new String[] {"languages", bad.toString()},
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertTrue(exit != 0, bytes.toString(StandardCharsets.UTF_8));
  }
}
