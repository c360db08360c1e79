package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wire copies of a hand-written article sketch alike; another report of the same event does not. */
public class CopySketchTest {
  private static final LocalDate DAY = LocalDate.parse("2025-08-15");
  private final ArticleExtractor extractor = new ArticleExtractor(ActorDictionary.loadDefault());

  /** The text of a hand-written sample article (after its header). */
  public static String handwritten(String id) throws IOException {
    String file = Files.readString(Path.of("sample-data/tools/handwritten/" + id + ".txt"), StandardCharsets.UTF_8);
    return file.substring(file.indexOf("\n---\n") + 5).strip();
  }

  /** The ways an outlet reprints an agency story: every one of them keeps it the same story. */
  public static List<String> copies(String text) {
    String[] paragraphs = text.split("\n\n");
    String lastDropped = String.join("\n\n", java.util.Arrays.copyOf(paragraphs, paragraphs.length - 1));
    String restyled = text.replace('“', '"').replace('”', '"').replace('’', '\'');
    String credited = text + "\n\nReporting by Ana Lindqvist and Piet Verhoeven; editing by Tomas Brandt";
    String prefixed = "MOSCOW (Meridian Press) - " + text;
    String everything = "LONDON (Harbour Newswire) -- " + lastDropped.replace('“', '"').replace('”', '"')
        + "\n\n(Additional reporting by Mara Quint)";
    return List.of(lastDropped, restyled, credited, prefixed, everything);
  }

  private double similarity(byte[] a, byte[] b) {
    return CopySketch.similarity(CopySketch.comparable(a), CopySketch.comparable(b));
  }

  private byte[] sketch(String title, String text) {
    extractor.analyze(ArticleExtractor.document(title, text), DAY);
    return extractor.copySketch(ArticleExtractor.bodyStart(title));
  }

  @Test
  void copiesAreSimilarAndAnotherReportIsNot() throws IOException {
    String text = handwritten("cw-2025-08-15-001");
    byte[] original = sketch("Putin and Trump hail 'constructive' talks", text);
    for (String copy : copies(text)) {
      byte[] s = sketch("PUTIN, TRUMP END ALASKA TALKS WITHOUT DEAL", copy);
      double similarity = similarity(original, s);
      System.out.printf("copy similarity %.3f%n", similarity);
      assertTrue(similarity >= CopySketch.SAME_STORY, "a copy at " + similarity);
      assertTrue(sharesABand(original, s), "a copy must be a candidate");
    }
    byte[] otherReport = sketch("Kremlin sets out hopes for Anchorage talks", handwritten("dl-2025-08-14-001"));
    double similarity = similarity(original, otherReport);
    assertTrue(similarity < 0.2, "another report of the same summit at " + similarity);
  }

  /**
   * sample-data's own wire copies of cw-2025-08-15-001 (hand-written: other headline and dateline, a credit line, the
   * last paragraph dropped, quotes restyled) are copies; its other report of the summit that day is not.
   */
  @Test
  void theSampleDatasCopiesAreCopiesAndItsOtherReportIsNot() throws IOException {
    byte[] original = sketch("Title", handwritten("cw-2025-08-15-001"));
    for (String id : List.of("co-2025-08-15-003", "dl-2025-08-15-003", "gd-2025-08-15-003", "ht-2025-08-15-002")) {
      byte[] copy = sketch("Title", handwritten(id));
      double similarity = similarity(original, copy);
      System.out.printf("%s similarity %.3f%n", id, similarity);
      assertTrue(similarity >= CopySketch.SAME_STORY && sharesABand(original, copy), id + " at " + similarity);
    }
    double other = similarity(original, sketch("Title", handwritten("np-2025-08-15-003")));
    assertTrue(other < 0.2, "np-2025-08-15-003, another report of the summit, at " + other);
  }

  @Test
  void theTitleIsNotPartOfTheSketch() throws IOException {
    String text = handwritten("cw-2025-08-15-001");
    assertEquals(1.0, similarity(sketch("One headline", text), sketch("A different one", text)));
  }

  @Test
  void tooLittleTextHasNoSketch() {
    assertEquals(0, sketch("Title", "").length);
    assertEquals(0, sketch("Title", "Short brief of seven words only.").length);
    assertEquals(0, sketch("", "word ".repeat(500)).length, "one repeated word is one shingle");
    assertEquals(CopySketch.COMPONENTS * CopySketch.BITS / 8,
        sketch("", "The minister said on Monday that the talks would resume next week in Geneva.").length);
  }

  private static boolean sharesABand(byte[] a, byte[] b) {
    for (int band = 0; band < CopySketch.BANDS; band++) {
      if (CopySketch.bandKey(a, band) == CopySketch.bandKey(b, band)) {
        return true;
      }
    }
    return false;
  }
}
