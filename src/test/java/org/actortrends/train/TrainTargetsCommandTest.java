package org.actortrends.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.actortrends.bench.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainTargetsCommandTest {
  private static String line(String sentence, String target, int polarity) {
    int from = sentence.indexOf(target);
    return "{\"sentence_normalized\":\"" + sentence + "\",\"targets\":[{\"from\":" + from + ",\"to\":"
        + (from + target.length()) + ",\"polarity\":" + polarity + ".0}]}\n";
  }

  private static int run(ByteArrayOutputStream out, String... args) {
    return Commands.execute(new TrainTargetsCommand(new PrintStream(out, true, StandardCharsets.UTF_8)), args);
  }

  @Test
  void writesTheSameModelTwiceAndEvaluates(@TempDir Path dir) throws IOException {
    StringBuilder data = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      data.append(line("Yesterday Merz praised Scholz number " + i + ".", "Scholz", 6));
      data.append(line("Yesterday Merz slammed Scholz number " + i + ".", "Scholz", 2));
      data.append(line("Yesterday Merz met Scholz number " + i + ".", "Scholz", 4));
    }
    Path input = dir.resolve("own.jsonl");
    Files.writeString(input, data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, run(out, "--input=" + input, "--output=" + dir.resolve("a/model.tsv"), "--evaluate=" + input));
    assertEquals(0, run(new ByteArrayOutputStream(), "--input=" + input, "--output=" + dir.resolve("b.tsv")));
    assertEquals(Files.readString(dir.resolve("a/model.tsv")), Files.readString(dir.resolve("b.tsv")));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("trained on 60 targets"), printed);
    assertTrue(printed.contains("whole-sentence baseline: n=60"), printed);
    assertTrue(printed.contains("targeted:"), printed);
  }

  @Test
  void aMissingInputIsAUsageError(@TempDir Path dir) {
    assertEquals(2, run(new ByteArrayOutputStream(), "--input=" + dir.resolve("none.jsonl"),
        "--output=" + dir.resolve("m.tsv")));
    assertEquals(2, run(new ByteArrayOutputStream(), "--output=" + dir.resolve("m.tsv")));
  }
}
