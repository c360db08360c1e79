package org.actortrends.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actortrends.Required;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval names} on sentences of our own, and on the GMB dev sentences when {@code ../shared/eval} has them. */
class NamesCommandTest {
  @TempDir
  Path tmp;

  private static String eval(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = EvalCommand.execute(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(out);
    assertEquals(0, exit, out);
    return out;
  }

  private static double figure(String out, String name) {
    Matcher m = Pattern.compile("persons +.*" + name + "=([0-9.]+)").matcher(out);
    assertTrue(m.find(), name + " in " + out);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void scoresPersonCoresWithTitlesLeftOut() throws IOException {
    Path input = tmp.resolve("s.jsonl");
    Files.writeString(input, String.join("\n",
        // gold "President Hugo Chavez" and found "President Hugo Chavez": the cores agree
        "{\"id\":\"a\",\"tokens\":[\"President\",\"Hugo\",\"Chavez\",\"spoke\",\".\"],"
            + "\"entities\":[{\"type\":\"per\",\"start\":0,\"end\":3}]}",
        // gold "Mr." alone has no core and is left out; "Bush" after it is found, a false positive
        "{\"id\":\"b\",\"tokens\":[\"Mr.\",\"Bush\",\"'s\",\"plan\",\"failed\",\".\"],"
            + "\"entities\":[{\"type\":\"per\",\"start\":0,\"end\":1}]}",
        // gold "Allawi" is not found (no evidence in a lone sentence): a miss
        "{\"id\":\"c\",\"tokens\":[\"They\",\"met\",\"Allawi\",\".\"],"
            + "\"entities\":[{\"type\":\"per\",\"start\":2,\"end\":3}]}") + "\n");
    Path predictions = tmp.resolve("p.tsv");
    String out = eval("names", "--input=" + input, "--predictions=" + predictions);
    assertTrue(out.contains("(1 true of 2 found, 2 labelled)"), out);
    assertTrue(out.contains("1 labelled spans without a name left out"), out);
    assertEquals(List.of("a\t0\t3\tPresident Hugo Chavez\tPERSON", "b\t0\t2\tMr. Bush\tPERSON",
        "c\t2\t3\tAllawi\tUNKNOWN"), Files.readAllLines(predictions));
  }

  /** The floor is the measured F1 (README "Accuracy") minus 0.01. */
  @Test
  void gmbDevSentences() {
    Path gmb = Required.evalData("names/gmb-sentences.dev.jsonl");
    String out = eval("names", "--input=" + gmb);
    assertTrue(figure(out, "F1") >= 0.806, out);
    assertTrue(figure(out, "P") >= 0.743, out);
    assertTrue(figure(out, "R") >= 0.880, out);
  }
}
