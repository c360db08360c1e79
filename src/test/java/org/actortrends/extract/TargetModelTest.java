package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bundled target model: loaded once, small, written back byte for byte, bound to a vocabulary safely. */
class TargetModelTest {
  private static byte[] resource() throws IOException {
    try (InputStream in = TargetModel.class.getResourceAsStream(TargetModel.RESOURCE)) {
      return in.readAllBytes();
    }
  }

  private static TargetModel parse(String text) throws IOException {
    return TargetModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
  }

  @Test
  void theBundledModelIsReadOnceAndIsSmall() throws IOException {
    assertSame(TargetModel.standard(), TargetModel.standard());
    TargetModel m = TargetModel.standard();
    // Word rows of every stem with a word vector (about 14,000) in each of the 8 templates, and NewsMTSC's own.
    assertTrue(m.wordFeatures() > 100_000, "word features: " + m.wordFeatures());
    assertTrue(resource().length < 4_000_000, "model bytes: " + resource().length);
    assertEquals(TargetFeatures.NUMERIC.size() * 3, m.numeric.length);
    double nonZero = 0;
    for (double w : m.numeric) {
      nonZero += w != 0 ? 1 : 0;
    }
    assertTrue(nonZero > m.numeric.length / 2, "the numeric features carry weight");
  }

  @Test
  void weightsParseAsParseDoubleWould() {
    for (int i = -20_000; i <= 20_000; i++) {
      String text = TargetModel.format(i / 1000.0);
      assertEquals(Double.parseDouble(text), TargetModel.parseWeight(text, 0, text.length()), text);
    }
    for (String text : new String[] {"0", "-0.5", "12.25", "1e-3", "0.1234567890123456789", "7."}) {
      assertEquals(Double.parseDouble(text), TargetModel.parseWeight("\t" + text + "\t", 1, text.length() + 1), text);
    }
    assertThrows(NumberFormatException.class, () -> TargetModel.parseWeight("x1", 0, 2));
    assertThrows(NumberFormatException.class, () -> TargetModel.parseWeight("-", 0, 1));
  }

  @Test
  void writingTheBundledModelGivesItsBytes() throws IOException {
    StringWriter out = new StringWriter();
    TargetModel.standard().write(out);
    assertEquals(new String(resource(), StandardCharsets.UTF_8), out.toString());
  }

  @Test
  void itsHeaderNamesTheCommandThatWroteIt() throws IOException {
    String text = new String(resource(), StandardCharsets.UTF_8);
    assertTrue(text.contains("# Written by: " + TargetTrainer.COMMAND), "header: " + text.substring(0, 400));
    assertTrue(text.contains("# cross-validated on the training targets"));
  }

  @Test
  void wordsFindTheirRowsByStemWhetherTheVocabularyKnowsThemOrNot() throws IOException {
    TargetModel m = parse("bias\t0\t0\t0\nSL:grumbl\t0.1\t0\t-0.1\nSR:men\t0.2\t0\t-0.2\nL1:grumbl\t1\t0\t-1\n");
    Vocabulary vocabulary = new Vocabulary();
    int known = vocabulary.add("grumbled");
    WordStems stems = m.stemsOf(vocabulary);
    assertEquals(1, vocabulary.size(), "the model adds nothing to the kernel's vocabulary");
    Tokenizer tokenizer = new Tokenizer(vocabulary);
    Tokens tokens = new Tokens();
    tokenizer.tokenize("Grumbled, grumbles and grumbling: Trump's men grumble.", tokens);
    assertEquals(known, tokens.id(0));
    int grumbl = stems.of(tokens, 0);
    assertTrue(grumbl >= 0);
    for (int i : new int[] {2, 4, 8}) { // grumbles, grumbling, grumble: not in the vocabulary
      assertEquals(-1, tokens.id(i), tokens.surface(i));
      assertEquals(grumbl, stems.of(tokens, i), tokens.surface(i));
    }
    assertEquals(-1, stems.of(tokens, 3), "\"and\": no row has its stem");
    assertEquals(0.1f, m.byStem[TargetModel.weightsAt(TargetFeatures.T_SENTENCE_LEFT, grumbl)]);
    assertEquals(-1f, m.byStem[TargetModel.weightsAt(TargetFeatures.T_LEFT1, grumbl) + 2]);
    assertEquals(0f, m.byStem[TargetModel.weightsAt(TargetFeatures.T_RIGHT1, grumbl)], "no row: no weight");
    assertEquals(-1, TargetModel.weightsAt(TargetFeatures.T_LEFT1, -1));
  }

  @Test
  void badLinesNameTheirLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parse("# comment\nbias\t0\t0\t0\nnum:no_such_feature\t1\t0\t-1\n"));
    assertTrue(e.getMessage().contains("test:3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> parse("X:word\t1\t0\t-1\n"));
    assertThrows(IllegalArgumentException.class, () -> parse("SL:word\t1\t0\n"));
  }

  @Test
  void weightsAreWrittenWithoutMinusZero() {
    assertEquals("0.000", TargetModel.format(-0.0001));
    assertEquals("-0.125", TargetModel.format(-0.125));
    assertEquals("1.500", TargetModel.format(1.5));
  }
}
