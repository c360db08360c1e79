package org.actortrends.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
  @TempDir
  Path tmp;

  @Test
  void targetOffsetsAreCodePointsTurnedIntoCharOffsets() throws IOException {
    // "🙂" is one code point but two Java chars: "Obama" is at code points 8..13, chars 9..14.
    String sentence = "Great \uD83D\uDE42 Obama won, Romney lost.";
    Path file = tmp.resolve("t.jsonl");
    Files.writeString(file, "{\"primary_gid\": \"g1\", \"sentence_normalized\": \"" + sentence + "\", \"targets\": ["
        + "{\"from\": 8, \"to\": 13, \"mention\": \"Obama\", \"polarity\": 6.0},"
        + "{\"from\": 19, \"to\": 25, \"mention\": \"Romney\", \"polarity\": 2.0}]}\n\n", StandardCharsets.UTF_8);
    List<TargetedSentences.Target> targets = TargetedSentences.read(file);
    assertEquals(2, targets.size());
    TargetedSentences.Target obama = targets.get(0);
    assertEquals("Obama", sentence.substring(obama.charFrom(), obama.charTo()));
    assertEquals(8, obama.from());
    assertEquals(Metrics.POSITIVE, obama.truth());
    assertEquals("Romney", sentence.substring(targets.get(1).charFrom(), targets.get(1).charTo()));
    assertEquals(Metrics.NEGATIVE, targets.get(1).truth());
  }

  @Test
  void aBrokenTargetLineNamesItsFileAndLine() throws IOException {
    Path file = tmp.resolve("bad.jsonl");
    Files.writeString(file, "{\"primary_gid\": \"g\", \"sentence_normalized\": \"abc\", \"targets\": "
        + "[{\"from\": 1, \"to\": 9, \"polarity\": 4.0}]}\n");
    IOException e = assertThrows(IOException.class, () -> TargetedSentences.read(file));
    assertTrue(e.getMessage().contains("bad.jsonl:1"), e.getMessage());
  }

  @Test
  void ratedSentencesSkipTheHeaderAndSplitByArticleInFileOrder() throws IOException {
    Path file = tmp.resolve("s.tsv");
    Files.writeString(file, "id\trating\ttext\n7_1\t1.5\tGood.\n7_2\t-0.5\tBad.\n3_1\t0\tSo.\n9_1\t2\tYes.\n"
        + "11_1\t1\tA.\n13_1\t1\tB.\n");
    List<RatedSentences.Rated> rows = RatedSentences.read(file);
    assertEquals(6, rows.size());
    assertEquals(-0.5, rows.get(1).rating());
    assertEquals("Bad.", rows.get(1).text());
    assertArrayEquals(new int[] {0, 0, 1, 2, 3, 4}, RatedSentences.groupRanks(rows)); // ranks 0 and 4: check
  }

  @Test
  void theWholeSentenceScorerIgnoresTheTarget() {
    TargetScorer scorer = new WholeSentenceTargetScorer();
    String s = "Obama won praise, Romney suffered a humiliating defeat.";
    assertEquals(scorer.score(s, 0, 5), scorer.score(s, 18, 24));
    assertEquals(new LineScorer().score(s), scorer.score(s, 0, 5));
  }

  @Test
  void theStandardScorerIsTheTargetedOne() {
    TargetScorer scorer = TargetScorer.standard();
    String s = "Obama won praise, Romney suffered a humiliating defeat.";
    assertTrue(scorer.score(s, 0, 5) > 0.05, "Obama won praise");
    assertTrue(scorer.score(s, 18, 24) < -0.05, "Romney suffered a humiliating defeat");
  }
}
