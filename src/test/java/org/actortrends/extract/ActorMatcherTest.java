package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One test per matching rule, on a small dictionary written for the test. */
class ActorMatcherTest {
  private static final String YAML = """
      actors:
        - id: zelensky
          name: Volodymyr Zelensky
          type: person
          country: UA
          aliases: [Volodymyr Zelenskyy]
          short: [Zelensky, Zelenskyy]
          roles:
            - titles: [Ukrainian president, president of Ukraine]
              from: 2019-05-20
        - id: putin
          name: Vladimir Putin
          type: person
          country: RU
          roles:
            - titles: [Russian president]
              from: 2012-05-07
        - id: trump
          name: Donald Trump
          type: person
          country: US
          roles:
            - titles: [US president]
              from: 2025-01-20
        - id: melania
          name: Melania Trump
          type: person
          country: US
        - id: boris_johnson
          name: Boris Johnson
          type: person
          country: GB
        - id: mike_johnson
          name: Mike Johnson
          type: person
          country: US
          roles:
            - titles: [House speaker]
              from: 2023-10-25
        - id: scholz
          name: Olaf Scholz
          type: person
          country: DE
          roles:
            - titles: [German chancellor]
              from: 2021-12-08
              to: 2025-05-06
        - id: merz
          name: Friedrich Merz
          type: person
          country: DE
          roles:
            - titles: [German chancellor]
              from: 2025-05-06
        - id: starmer
          name: Keir Starmer
          type: person
          country: GB
          short: [Starmer, Sir Keir]
          roles:
            - titles: [British prime minister]
              from: 2024-07-05
        - id: bush
          name: George W. Bush
          type: person
          country: US
          roles:
            - titles: [US president]
              from: 2001-01-20
              to: 2009-01-20
        - id: theresa_may
          name: Theresa May
          type: person
          country: GB
        - id: erdogan
          name: Recep Tayyip Erdoğan
          type: person
          country: TR
          short: [Erdoğan]
          active: {from: 1994-03-27}
        - id: peskov
          name: Dmitry Peskov
          type: person
          country: RU
          roles:
            - titles: [Kremlin spokesman, Putin's spokesman]
              from: 2012-05-22
        - id: nato
          name: NATO
          type: organization
          country: INT
          aliases: [Nato, North Atlantic Treaty Organization]
        - id: kremlin
          name: Kremlin
          type: organization
          country: RU
      """;
  private static final LocalDate AUG_2025 = LocalDate.parse("2025-08-13");

  private final ActorDictionary dictionary = ActorDictionary.parse(YAML, "test.yaml");
  private final Vocabulary vocabulary = new Vocabulary();
  private final Tokenizer tokenizer = new Tokenizer(vocabulary);
  private final ActorMatcher matcher = new ActorMatcher(dictionary, vocabulary, tokenizer);
  private final Tokens tokens = new Tokens();

  /** "id:surface:kind" for each mention. */
  private List<String> match(String text, LocalDate day) {
    tokenizer.tokenize(text, tokens);
    return matcher.match(tokens, day).stream()
        .map(m -> dictionary.actors().get(m.actor()).id() + ":" + m.surface() + ":" + m.matchedBy().code())
        .collect(Collectors.toList());
  }

  private List<String> match(String text) {
    return match(text, AUG_2025);
  }

  @Test
  void aFormInsideSomeoneElsesLongerNameIsNotTheActor() {
    assertEquals(List.of(), match("Jimmy Putin scored twice. Putin was booked later."), "a namesake and his surname");
    assertEquals(List.of("putin:Vladimir Putin:name"),
        match("Vladimir Putin spoke. Jimmy Putin, a footballer, did not. Later Putin scored."),
        "the nearest introduction before a short form says who it is");
    assertEquals(List.of("putin:Vladimir Putin:name", "putin:Putin:short"),
        match("Jimmy Putin, a footballer, scored. Vladimir Putin spoke. Putin left."));
    assertEquals(List.of("zelensky:Zelensky:short", "putin:Putin:short"), match("The Zelensky-Putin talks ended."),
        "another actor's form is no foreign word");
    assertEquals(List.of("trump:Trump:short"), match("Donald J. Trump spoke."), "own words and initials");
    assertEquals(List.of("nato:Nato:name"), match("Nato said so."));
    assertEquals(List.of("putin:Vladimir Putin:name"), match("Yesterday Tycoon Vladimir Putin spoke."),
        "words before a full name describe it");
    assertEquals(List.of(), match("Vladimir Putin Jr. spoke."), "a word after a full name makes another name");
    assertEquals(List.of(), match("The African Nato Congress met."), "an organisation inside a longer name");
  }

  @Test
  void anOfficeBeforeAShortFormMustBeTheActors() {
    assertEquals(List.of("putin:President Putin:short", "putin:Mr Putin:short"),
        match("President Putin spoke. Mr Putin left."));
    assertEquals(List.of(), match("Justice Putin ruled. Senator Putin voted."));
  }

  @Test
  void aBareShortFormNeedsSupportOutsideTheActorsPublicLife() {
    LocalDate before = LocalDate.parse("1990-06-01");
    assertEquals(List.of(), match("Erdogan scored twice for the visitors.", before), "before public life: someone else");
    assertEquals(List.of("erdogan:Erdogan:short"), match("Erdogan said on Tuesday.", AUG_2025), "in public life");
    assertEquals(List.of("erdogan:Recep Tayyip Erdogan:name", "erdogan:Erdogan:short"),
        match("Recep Tayyip Erdogan spoke. Erdogan said more.", before), "the full name supports it on any day");
    assertEquals(List.of("zelensky:Zelensky:short"), match("Zelensky spoke.", before), "no active: every day");
  }

  @Test
  void namesAliasesAndDiacritics() {
    assertEquals(List.of("zelensky:Volodymyr Zelenskyy:alias", "erdogan:Recep Tayyip Erdogan:name"),
        match("Volodymyr Zelenskyy met Recep Tayyip Erdogan."));
  }

  @Test
  void longestMatchWinsAndHonorificsJoinTheMention() {
    assertEquals(List.of("starmer:Sir Keir Starmer:name", "starmer:Sir Keir:short", "starmer:Prime Minister Starmer:short"),
        match("Sir Keir Starmer spoke. Later Sir Keir left. Prime Minister Starmer returned."));
    assertEquals(List.of("putin:Vladimir Putin:name", "putin:Mr. Putin:short", "putin:President Putin:short"),
        match("Vladimir Putin arrived. Mr. Putin smiled. President Putin left."));
  }

  @Test
  void possessivesWithEitherApostrophe() {
    assertEquals(List.of("trump:Donald Trump:name", "zelensky:Zelenskyy:short"),
        match("Donald Trump's envoy met Zelenskyy\u2019s team."));
  }

  @Test
  void bothSidesOfAHyphenatedCompound() {
    assertEquals(List.of("trump:Donald Trump:name", "trump:Trump:short", "putin:Putin:short"),
        match("Donald Trump spoke of the Trump-Putin summit."));
  }

  @Test
  void caseRulesKeepCommonWordsOut() {
    assertEquals(List.of(), match("He played his trump card and would not beat around the bush. nato kremlin"));
    assertEquals(List.of("nato:Nato:name", "nato:NATO:name", "kremlin:Kremlin:name"), // same folded form as the name
        match("Nato and NATO both. The Kremlin said."));
  }

  @Test
  void shortFormsResolveByFullMentionOrUniqueness() {
    // "Trump" is claimed by two actors: unresolved until one is named in full.
    assertEquals(List.of("putin:Putin:short"), match("Trump met Putin."));
    assertEquals(List.of("melania:Melania Trump:name", "melania:Trump:short"), match("Melania Trump spoke. Trump smiled."));
    assertEquals(List.of("trump:Donald Trump:name", "melania:Melania Trump:name", "melania:Trump:short"),
        match("Donald Trump arrived. Melania Trump followed. Trump waved."));
    // The nearest full mention before the short form decides; with none before, the first after.
    assertEquals(List.of("trump:Trump:short", "trump:Donald Trump:name"), match("Trump spoke first. Donald Trump is 79."));
    assertEquals(List.of("boris_johnson:Boris Johnson:name", "boris_johnson:Johnson:short"),
        match("Boris Johnson wrote a book. Johnson said so."));
    assertEquals(List.of(), match("Johnson said so."));
  }

  @Test
  void rolesResolveByTheArticlesDay() {
    assertEquals(List.of("merz:German chancellor:role"), match("The German chancellor spoke.", AUG_2025));
    assertEquals(List.of("scholz:German Chancellor:role"), match("The German Chancellor spoke.",
        LocalDate.parse("2023-06-01")));
    assertEquals(List.of("zelensky:president of Ukraine:role"), match("He met the president of Ukraine."));
    assertEquals(List.of(), match("The US president spoke.", LocalDate.parse("2019-01-01")));
  }

  @Test
  void rolesAfterFormerAndTheLikeAreNotTodaysHolder() {
    assertEquals(List.of(), match("The former German chancellor and the ex-German chancellor spoke."));
  }

  @Test
  void aRoleTitleBeforeAPersonsNameIsOneMention() {
    assertEquals(List.of("merz:German chancellor Friedrich Merz:name", "putin:Russian President Vladimir Putin:name"),
        match("German chancellor Friedrich Merz met Russian President Vladimir Putin."));
    // A title naming someone else (here the 2025 chancellor before Scholz's name) is a modifier, not a mention.
    assertEquals(List.of("scholz:Olaf Scholz:name"), match("German chancellor Olaf Scholz spoke."));
    // A role right before an ambiguous short form resolves it.
    assertEquals(List.of("mike_johnson:House speaker Johnson:short"), match("House speaker Johnson said no."));
  }

  @Test
  void aTitleAndACommaBeforeTheHoldersNameIsOneMention() {
    assertEquals(List.of("putin:Vladimir Putin:name", "putin:Mr Putin:short", "peskov:Putin's spokesman, Dmitry Peskov:name"),
        match("Vladimir Putin waited. Mr Putin's spokesman, Dmitry Peskov, said no."));
  }

  @Test
  void anActorATitleBeginsWithIsMentionedOnlyInThePossessive() {
    assertEquals(List.of("putin:Putin:short", "peskov:Putin's spokesman:role"), match("Putin's spokesman spoke."));
    assertEquals(List.of("peskov:Kremlin spokesman Dmitry Peskov:name"), match("Kremlin spokesman Dmitry Peskov spoke."));
    assertEquals(List.of("peskov:Kremlin spokesman:role"), match("The Kremlin spokesman spoke."));
  }

  @Test
  void shortFormsThatAreEverydayWordsNeedAnHonorific() {
    assertEquals(List.of(), match("Talks resume in May."));
    // "May" is derived from "Theresa May"; unambiguous and after an honorific it resolves.
    assertEquals(List.of("theresa_may:Mrs May:short"), match("Talks resume with Mrs May."));
  }

  @Test
  void namesWithInitialsMatchAcrossTheirDots() {
    assertEquals(List.of("bush:George W. Bush:name", "bush:Mr Bush:short"),
        match("George W. Bush spoke. Mr Bush left."));
    assertEquals(List.of("bush:George W Bush:name"), match("George W Bush spoke."));
    // One mention with the title before it, as for any name.
    assertEquals(List.of("bush:US president George W. Bush:name"), match("US president George W. Bush spoke.",
        LocalDate.parse("2005-01-01")));
    // A dot after a word that is no initial still ends the phrase.
    assertEquals(List.of("merz:Merz:short"), match("He thanked Friedrich. Merz left."));
  }

  @Test
  void mentionsCarryTheirSentenceAndOffset() {
    tokenizer.tokenize("Calm day. Then Putin spoke.", tokens);
    Mention m = matcher.match(tokens, AUG_2025).get(0);
    assertEquals(1, m.sentence());
    assertEquals(15, m.charOffset());
  }
}
