package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based: the whole kernel (tokenizer, sentence splitter, matcher, sentiment, tone) takes any text without
 * throwing or hanging, and what it reports stays within the text: mentions in order, at real offsets, with their
 * surface as written; sentiment within [-1, 1].
 */
class ExtractorFuzzTest {
  private static final Duration LOOP_GUARD = Duration.ofSeconds(20);
  private static ArticleExtractor extractor;

  @BeforeContainer
  static void buildOnce() {
    extractor = new ArticleExtractor(ActorDictionary.loadDefault());
  }

  @Provide
  Arbitrary<String> newsish() {
    Arbitrary<String> piece = Arbitraries.of("Zelensky", "Zelenskyy's", "Volodymyr Zelensky", "Mr", "Mr.", "Sir",
        "Keir", "Starmer", "Trump", "trump", "Donald J. Trump", "George W. Bush", "the German chancellor", "former",
        "ex-", "President", "the Kremlin", "NATO", "U.S.", "e.g.", "Jan.", "Dr.", "\"", "\u201c", "\u201d", "'",
        "\u2019", "-", "\u2014", ".", "...", "!", "?", ",", ";", ":", "(", ")", "\n", "\n\n", "\r\n", "\r", " ", "  ",
        "\t", "\u00a0", "\u0000", "\ud83d\ude00", "\ud800", "\u0301", "\u0130", "\u00df", "good", "not", "very",
        "terrible", "BUT", "but", "never", "open image in gallery", "Sign up to", "Read more:", "3.5", "1,000",
        "Putin-Trump", "Trump\u2019s", "MACRON", "von der Leyen", "a", "I");
    return Arbitraries.oneOf(piece.list().ofMaxSize(120).map(l -> String.join(" ", l)),
        piece.list().ofMaxSize(120).map(l -> String.join("", l)),
        Arbitraries.strings().ofMaxLength(400));
  }

  @Property(tries = 2500)
  void anyTextIsAnalysedWithinItsBounds(@ForAll("newsish") String text) {
    ArticleAnalysis a = assertTimeoutPreemptively(LOOP_GUARD,
        () -> extractor.analyze(text, LocalDate.of(2025, 8, 13)));
    assertEquals(a.mentions().size(), a.mentionSentiment().length);
    int previous = -1;
    for (int m = 0; m < a.mentions().size(); m++) {
      Mention mention = a.mentions().get(m);
      assertTrue(mention.charOffset() >= previous, "mentions in text order");
      previous = mention.charOffset();
      assertTrue(text.startsWith(mention.surface(), mention.charOffset()), mention + " is in the text");
      assertTrue(mention.sentence() >= 0 && mention.sentence() < a.sentences());
      double s = a.mentionSentiment()[m];
      assertTrue(s >= -1 && s <= 1, "sentiment " + s);
    }
    assertTrue(a.words() >= 0);
  }
}
