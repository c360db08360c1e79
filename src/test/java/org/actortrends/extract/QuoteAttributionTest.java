package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each speaker rule of {@link QuoteAttribution} on sentences of our own, with the bundled dictionary. */
class QuoteAttributionTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(ActorDictionary.loadDefault());
  private static final ActorDictionary DICTIONARY = EXTRACTOR.dictionary();

  /** The analysis of {@code text} and a readable account of its speech and roles for failure messages. */
  private record Result(String text, ArticleAnalysis analysis) {
    /** Speaker id of each piece of speech in text order, "-" for none. */
    List<String> speakers() {
      List<String> ids = new ArrayList<>();
      for (Speech s : analysis.speech()) {
        ids.add(s.speaker() < 0 ? "-" : DICTIONARY.actors().get(s.speaker()).id());
      }
      return ids;
    }

    List<Speech.Kind> kinds() {
      return analysis.speech().stream().map(Speech::kind).toList();
    }

    /** The words of speech {@code k} as written. */
    String words(int k) {
      Speech s = analysis.speech().get(k);
      return text.substring(s.charStart(), s.charEnd());
    }

    /** "surface=role" for every mention, in text order. */
    List<String> roles() {
      List<String> out = new ArrayList<>();
      for (int m = 0; m < analysis.mentions().size(); m++) {
        out.add(analysis.mentions().get(m).surface() + "=" + analysis.mentionRoles()[m].code());
      }
      return out;
    }

    String dump() {
      return "\n" + text + "\n" + SpeechDump.of(text, analysis, DICTIONARY);
    }
  }

  private static Result analyze(String text) {
    return new Result(text, EXTRACTOR.analyze(text, LocalDate.parse("2025-08-13")));
  }

  private static void assertSpeakers(Result r, String... speakers) {
    assertEquals(List.of(speakers), r.speakers(), r.dump());
  }

  private static void assertRoles(Result r, String... roles) {
    assertEquals(List.of(roles), r.roles(), r.dump());
  }

  // --- quotes attributed after or before them -------------------------------------------------------------------

  @Test
  void quoteThenNameAndVerb() {
    Result r = analyze("\u201CWe will keep talking to everyone who wants peace,\u201D Zelensky said on Tuesday.");
    assertSpeakers(r, "volodymyr_zelensky");
    assertEquals(List.of(Speech.Kind.QUOTE), r.kinds());
    assertTrue(r.words(0).startsWith("\u201CWe will keep talking"), r.dump());
    assertRoles(r, "Zelensky=speaker");
  }

  @Test
  void quoteThenVerbAndName() {
    Result r = analyze("\"Nobody in this room wants another winter of war,\" said Sir Keir Starmer.");
    assertSpeakers(r, "keir_starmer");
    assertRoles(r, "Sir Keir Starmer=speaker");
  }

  @Test
  void nameVerbAndColonThenQuote() {
    Result r = analyze("Kaja Kallas told reporters: \"Pressure works, and we will keep it up.\"");
    assertSpeakers(r, "kaja_kallas");
    assertEquals(List.of(Speech.Kind.REPORTED), r.kinds(), "the quote is part of what she told reporters");
    assertTrue(r.words(0).contains("Pressure works"), r.dump());
  }

  @Test
  void roleTitlesSpeakForTheirHolder() {
    Result r = analyze("\"The door to talks remains open,\" the Kremlin spokesman said.");
    assertSpeakers(r, "dmitry_peskov");
    assertRoles(r, "Kremlin spokesman=speaker");
    Result before = analyze("The Ukrainian president said the front line was holding.");
    assertSpeakers(before, "volodymyr_zelensky");
  }

  @Test
  void aQuoteThatEndsItsSentenceBeforeTheName() {
    Result r = analyze("Donald Trump flew home. \"This is a disgrace!\" Trump said. Officials declined to comment.");
    assertSpeakers(r, "donald_trump");
    assertTrue(r.words(0).contains("disgrace"), r.dump());
    assertRoles(r, "Donald Trump=other", "Trump=speaker");
  }

  @Test
  void aQuoteThatEndsWithAFullStopIsNotAttributedByTheNextSentence() {
    Result r = analyze("Merz said: \"Today the law protected ordinary people.\" Supporters praised Zelensky for his"
        + " courage.");
    assertSpeakers(r, "friedrich_merz", "-");
    Result next = analyze("\"We will never give up.\" Zelensky said the talks had failed.");
    assertSpeakers(next, "-", "volodymyr_zelensky");
  }

  // --- reported speech -------------------------------------------------------------------------------------------

  @Test
  void saidThatAndSaidOnTuesday() {
    assertSpeakers(analyze("Friedrich Merz said that Europe must pay more for its own defence."), "friedrich_merz");
    assertSpeakers(analyze("Friedrich Merz said on Tuesday Europe must pay more for its own defence."),
        "friedrich_merz");
    assertSpeakers(analyze("Merz later said Europe must pay more."), "friedrich_merz");
    assertSpeakers(analyze("Joe Biden on Tuesday condemned the attack as an act of cruelty."), "joe_biden");
  }

  @Test
  void accordingTo() {
    Result before = analyze("According to Zelensky, the next round of talks will take place in Geneva.");
    assertSpeakers(before, "volodymyr_zelensky");
    assertEquals(List.of(Speech.Kind.ACCORDING), before.kinds());
    Result after = analyze("Putin has no interest in a ceasefire, according to Zelensky.");
    assertSpeakers(after, "volodymyr_zelensky");
    assertRoles(after, "Putin=target", "Zelensky=speaker");
    assertSpeakers(analyze("The talks ended early, according to two officials who were present."), "-");
    assertSpeakers(analyze("The plan is dead, according to aides close to Zelensky."), "-");
  }

  @Test
  void anAttributionThatTrailsItsWords() {
    Result r = analyze("Putin and Donald Trump will meet in Alaska next week, the Kremlin said on Thursday.");
    assertSpeakers(r, "kremlin");
    assertRoles(r, "Putin=target", "Donald Trump=target", "Kremlin=speaker");
    Result headline = analyze("Trump-Putin summit set for the coming days, Kremlin says");
    assertSpeakers(headline, "kremlin");
  }

  @Test
  void aParenthesisOrAppositionBetweenSpeakerAndVerb() {
    assertSpeakers(analyze("Viktor Orb\u00E1n, who has blocked the package twice, said Hungary would not move."),
        "viktor_orban");
    Result apposition = analyze("Zelensky, the Ukrainian president, said the talks were over.");
    assertSpeakers(apposition, "volodymyr_zelensky");
    assertRoles(apposition, "Zelensky=speaker", "Ukrainian president=speaker");
    assertSpeakers(analyze("Former prime minister Boris Johnson, writing in a column, urged Sir Keir to go further."),
        "boris_johnson");
  }

  @Test
  void twoStatementsInOneSentence() {
    Result r = analyze("Mark Rutte called the meeting useful and said allies were united, while the Commission"
        + " president said Europe would pay its share.");
    assertSpeakers(r, "mark_rutte", "ursula_von_der_leyen");
    assertTrue(!r.words(0).contains("Commission"), r.dump());
  }

  // --- continuations and pronouns -------------------------------------------------------------------------------

  @Test
  void aQuoteGoesOnInTheNextSentenceAndParagraph() {
    Result r = analyze("\"We are ready,\" Merz said. \"Europe will not wait for anyone.\"\n\n"
        + "\"And we will not apologise for that.\"\n\nThe talks resume on Monday.");
    assertSpeakers(r, "friedrich_merz", "friedrich_merz", "friedrich_merz");
    assertEquals(List.of(Speech.Kind.QUOTE, Speech.Kind.CONTINUATION, Speech.Kind.CONTINUATION), r.kinds());
  }

  @Test
  void aSplitQuote() {
    Result r = analyze("\"We are ready,\" Merz said, \"and we will not wait.\"");
    assertSpeakers(r, "friedrich_merz", "friedrich_merz");
  }

  @Test
  void aColonAfterASentenceThatStartsWithAnActor() {
    assertSpeakers(analyze("Zelensky struck a defiant tone: \"We will rebuild every city.\""), "volodymyr_zelensky");
    assertSpeakers(analyze("The message from Kyiv was clear: \"We will rebuild every city.\""), "-");
  }

  @Test
  void heOrSheCarriesTheLastSpeaker() {
    Result r = analyze("\"We are ready,\" Merz said.\n\n\"Europe will not wait for anyone,\" he said.");
    assertSpeakers(r, "friedrich_merz", "friedrich_merz");
    Result named = analyze("Friedrich Merz met reporters in Berlin. \"Europe will not wait,\" he said.");
    assertSpeakers(named, "friedrich_merz");
    Result subject = analyze("Keith Kellogg visited Kyiv on Sunday with Zelensky's aides. He told reporters that"
        + " Washington was committed.");
    assertSpeakers(subject, "keith_kellogg");
  }

  @Test
  void heOrSheStaysUnresolvedWhenAnotherPersonCameBetween() {
    Result r = analyze("\"We are ready,\" Merz said. Macron arrived an hour later. \"We will see,\" he said.");
    assertSpeakers(r, "friedrich_merz", "-");
    Result far = analyze("\"We are ready,\" Merz said.\n\nThe meeting ran late.\n\nThe food was cold.\n\n"
        + "\"We will see,\" she said.");
    assertSpeakers(far, "friedrich_merz", "-");
    Result organisation = analyze("\"No comment,\" the Kremlin said. \"We will see,\" he said.");
    assertSpeakers(organisation, "kremlin", "-");
  }

  // --- no named speaker ------------------------------------------------------------------------------------------

  @Test
  void aQuoteWithoutANamedSpeakerHasNone() {
    Result official = analyze("\"Putin will not stop at Pokrovsk,\" one senior official said. \"Nobody believes that.\"");
    assertSpeakers(official, "-", "-");
    assertRoles(official, "Putin=target");
    Result bare = analyze("\"Nobody wants another winter like this.\"");
    assertSpeakers(bare, "-");
    assertEquals(List.of(Speech.Kind.UNATTRIBUTED), bare.kinds());
    assertSpeakers(analyze("Zelensky met Donald Trump. \"We are close,\" a spokesman said."), "-");
  }

  @Test
  void theActorMustHeadTheSubject() {
    Result close = analyze("Officials close to Zelensky said the talks had failed.");
    assertSpeakers(close, "-");
    assertRoles(close, "Zelensky=other");
    assertSpeakers(analyze("A spokesman for Merz said the chancellor was unwell."), "-");
    assertSpeakers(analyze("Macron and Merz said the plan was fair."), "-");
    assertSpeakers(analyze("Trump's envoy said the plan was fair."), "-");
    assertSpeakers(analyze("\"It is fair,\" said an aide to Zelensky."), "-");
  }

  @Test
  void saidWithoutAttributing() {
    for (String text : List.of("That said, Zelensky remains hopeful about the talks.",
        "Putin is said to be furious with his generals.",
        "Having said that, Merz still backs the plan.",
        "Ending the war is easier said than done for Donald Trump.")) {
      Result r = analyze(text);
      assertEquals(List.of(), r.speakers(), r.dump());
      assertTrue(r.roles().stream().allMatch(x -> x.endsWith("=other")), r.dump());
    }
  }

  @Test
  void wordsInsideAQuoteDoNotAttribute() {
    Result r = analyze("\"I said Putin was bluffing, and I was right,\" Zelensky said.");
    assertSpeakers(r, "volodymyr_zelensky");
    assertRoles(r, "Putin=target", "Zelensky=speaker");
  }

  // --- roles -----------------------------------------------------------------------------------------------------

  @Test
  void oneActorSpeaksAboutAnother() {
    assertRoles(analyze("Zelensky said Putin was dragging out the war."), "Zelensky=speaker", "Putin=target");
    assertRoles(analyze("Zelensky accused Putin of dragging out the war."), "Zelensky=speaker", "Putin=target");
    assertRoles(analyze("\"Putin is bluffing,\" Zelensky said."), "Putin=target", "Zelensky=speaker");
  }

  @Test
  void anAddresseeIsNotATarget() {
    Result r = analyze("Zelensky told Donald Trump on Wednesday that Putin was bluffing.");
    assertSpeakers(r, "volodymyr_zelensky");
    assertRoles(r, "Zelensky=speaker", "Donald Trump=other", "Putin=target");
  }

  @Test
  void narrativeMentionsAreOther() {
    Result r = analyze("Donald Trump met Putin in Anchorage on Friday.\n\nThe two leaders spoke for three hours.");
    assertEquals(List.of(), r.speakers());
    assertRoles(r, "Donald Trump=other", "Putin=other");
  }

  // --- what the speech carries ------------------------------------------------------------------------------------

  @Test
  void speechCarriesTheScoreOfItsSentences() {
    Result r = analyze("\"This is a wonderful, hopeful day for peace,\" Merz said. \"It is a disgrace and a"
        + " catastrophe,\" Orb\u00E1n said.");
    List<Speech> speech = r.analysis().speech();
    assertEquals(2, speech.size(), r.dump());
    assertTrue(speech.get(0).sentiment() > 0.3, r.dump());
    assertTrue(speech.get(1).sentiment() < -0.3, r.dump());
    assertTrue(Double.isNaN(analyze("\"Nobody wants this,\" one official said.").analysis().speech().get(0)
        .sentiment()), "speech without a speaker is not scored");
  }

  @Test
  void sentenceSpeaker() {
    ArticleAnalysis a = analyze("Trump arrived.\n\n\"We are ready,\" Merz said. \"Very ready.\"").analysis();
    int merz = DICTIONARY.actors().indexOf(DICTIONARY.byId("friedrich_merz"));
    assertEquals(-2, a.sentenceSpeaker(0));
    assertEquals(merz, a.sentenceSpeaker(1));
    assertEquals(merz, a.sentenceSpeaker(2));
  }

  @Test
  void mentionsAndTheirSentimentAreTheSameWithSpeech() {
    String text = "\"Putin is bluffing,\" Zelensky said. Donald Trump said the talks went well.";
    ArticleAnalysis a = analyze(text).analysis();
    assertEquals(3, a.mentions().size());
    assertEquals(a.mentions().size(), a.mentionRoles().length);
    for (int m = 0; m < a.mentions().size(); m++) {
      int s = a.mentions().get(m).sentence();
      assertTrue(Double.isFinite(a.mentionSentiment()[m]), "sentence " + s);
    }
  }
}
