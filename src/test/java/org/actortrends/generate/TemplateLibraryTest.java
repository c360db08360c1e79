package org.actortrends.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.Tokenizer;
import org.actortrends.extract.Tokens;
import org.actortrends.extract.Vocabulary;
import org.junit.jupiter.api.Test;

/** The load-time checks that keep the generator's own words from naming anyone by accident. */
class TemplateLibraryTest {
  private static final PhraseTrie TRIE = new PhraseTrie(ActorDictionary.loadDefault());

  private static TemplateLibrary read(String text) throws IOException {
    return TemplateLibrary.read(TRIE, Outlets.names(), new BufferedReader(new StringReader(text)), "test");
  }

  private static String failure(String section, String line) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(section + "\n" + line + "\n"));
    assertTrue(e.getMessage().startsWith("test line 2: "), e.getMessage());
    return e.getMessage();
  }

  @Test
  void theBundledTemplatesPassTheChecks() {
    TemplateLibrary library = TemplateLibrary.load(TRIE, Outlets.names());
    assertTrue(library.themes().size() >= 8);
    assertTrue(library.count() >= 400, "templates: " + library.count());
    for (String kind : List.of("background", "attribution", "caption", "decoy", "boilerplate")) {
      assertTrue(library.common(kind).size() >= 5, kind);
    }
  }

  @Test
  void fixedWordsThatCouldNameSomeoneFailLoudly() {
    assertTrue(failure("@common", "background: The White House said nothing.").contains("'White House'"));
    // Capitalised at the start of a sentence, "Who" is the WHO.
    assertTrue(failure("@common", "background: Who knows what the next month will bring?").contains("'Who'"));
    // Lower-case role titles match in any case.
    assertTrue(failure("@theme t", "neutral: Officials met the pope on {weekday}.").contains("'pope'"));
    assertTrue(failure("@theme t", "neutral: {X} said the home secretary agreed.").contains("'home secretary'"));
    // A short form that is someone's alone.
    assertTrue(failure("@common", "background: Merz was not there.").contains("'Merz'"));
    // Values are checked with every value that could make a difference.
    assertTrue(failure("@common", "background: Talks were held in {city} mayor's office.")
        .contains("mayor"));
  }

  @Test
  void slotsWhereMentionsWouldMergeFailLoudly() {
    assertTrue(failure("@theme t", "neutral: {X} {Y} met.").contains("side by side"));
    assertTrue(failure("@theme t", "neutral: {X}, {Y} and others met.").contains("title and its holder"));
    assertTrue(failure("@theme t", "neutral: The former {X} spoke.").contains("lose its title"));
    assertTrue(failure("@theme t", "neutral: President {X} spoke.").contains("honorific"));
    assertTrue(failure("@theme t", "headline: Talks stall for {X}").contains("end a line"));
    assertTrue(failure("@theme t", "neutral: {X} met {X}.").contains("at most once"));
  }

  @Test
  void boilerplateAndCaptionsMustStartAsTheTokenizerExpects() {
    assertTrue(failure("@common", "boilerplate: Please sign up to our newsletter").contains("boilerplate"));
    assertTrue(failure("@common", "background: Read more: the week in review.").contains("boilerplate"));
    assertTrue(failure("@common", "caption: {X} speaks ( {agency} )").contains("caption prefix"));
  }

  @Test
  void decoysThatCanNeverNameAnyoneAreAllowed() throws IOException {
    TemplateLibrary library = read("@common\n"
        + "decoy: He kept his trump card hidden and would not beat around the bush.\n"
        + "decoy: The former German chancellor spoke, and talks resume in May.\n"
        + "decoy: A dog named Bush ran past.\n"
        + "decoy: Aides to the ex-{blocked} and supporters of {ambig} said nothing.\n");
    assertEquals(4, library.common("decoy").size());
  }

  @Test
  void everyBoilerplateLineIsDroppedByTheTokenizer() {
    Tokenizer tokenizer = new Tokenizer(new Vocabulary());
    Tokens tokens = new Tokens();
    for (Template t : TemplateLibrary.load(TRIE, Outlets.names()).common("boilerplate")) {
      StringBuilder line = new StringBuilder();
      for (Template.Part part : t.parts) {
        if (part instanceof Template.Literal l) {
          line.append(l.text());
        } else if (part instanceof Template.Value v) {
          line.append(Fills.all(v.name(), Outlets.names()).get(0));
        }
      }
      tokenizer.tokenize("Before.\n\n" + line + "\n\nAfter.", tokens);
      assertEquals(4, tokens.size(), line.toString()); // Before . After .
    }
  }
}
