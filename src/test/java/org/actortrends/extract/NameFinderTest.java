package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NameFinder on sentences of our own: each rule of its class comment. */
class NameFinderTest {
  private final Vocabulary vocabulary = new Vocabulary();
  private final NameFinder finder = new NameFinder(vocabulary);
  private final Tokenizer tokenizer = new Tokenizer(vocabulary);
  private final Tokens tokens = new Tokens();
  private final Names names = new Names();

  /** Each span as "title|core|TYPE" (title empty when none). */
  private List<String> spans(String text) {
    tokenizer.tokenize(text, tokens);
    finder.find(tokens, names);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      String title = names.coreFirst(k) == names.first(k) ? ""
          : text.substring(tokens.start(names.first(k)), tokens.end(names.coreFirst(k) - 1));
      out.add(title + "|" + names.coreText(tokens, k) + "|" + names.type(k));
    }
    return out;
  }

  private List<String> persons(String text) {
    return spans(text).stream().filter(s -> s.endsWith("|PERSON")).map(s -> s.split("\\|")[1]).toList();
  }

  @Test
  void titlesAreNotPartOfTheName() {
    assertEquals(List.of("Police Chief|Chris Wagner|PERSON"), spans("Police Chief Chris Wagner said it was quiet."));
    assertEquals(List.of("Prime Minister|Nouri al-Maliki|PERSON"),
        spans("He met Iraqi Prime Minister Nouri al-Maliki on the border."));
    assertEquals(List.of("Sen.|Smith|PERSON", "Mr.|Jones|PERSON", "Secretary of State|Condoleezza Rice|PERSON"),
        spans("Sen. Smith and Mr. Jones met Secretary of State Condoleezza Rice."));
    assertEquals(List.of("Justice|Sandra Day O'Connor|PERSON"),
        spans("Supreme Court Justice Sandra Day O'Connor wrote the opinion."));
  }

  @Test
  void aTitleAloneOrAtTheEndIsNoTitle() {
    assertEquals(List.of(), spans("The President spoke to the Police Chief."));
    assertEquals(List.of("Martin Luther King"), persons("They remembered Martin Luther King on the day."));
  }

  @Test
  void particlesJoinOneName() {
    assertEquals(List.of("Osama bin Laden", "Charles de Gaulle", "Ludwig van Beethoven"),
        persons("Osama bin Laden, Charles de Gaulle and Ludwig van Beethoven were named."));
    assertEquals(List.of("Moqtada al-Sadr"), persons("Followers of Moqtada al-Sadr marched."));
  }

  @Test
  void initialsBelongToTheName() {
    assertEquals(List.of("J. Adams", "C. William Verity"), persons("Later J. Adams thanked C. William Verity warmly."));
    assertEquals(List.of("George W. Bush"), persons("They met George W. Bush in the morning."));
  }

  @Test
  void hyphenatedAndApostropheNames() {
    assertEquals(List.of("Jean-Claude Juncker", "Sinead O'Brien"),
        persons("Jean-Claude Juncker and Sinead O'Brien spoke."));
  }

  @Test
  void familyNameFirstIsOneName() {
    assertEquals(List.of("Kim Do Hoon", "Xi Jinping"), persons("Officials said Kim Do Hoon had met Xi Jinping."));
  }

  @Test
  void possessiveEndsTheName() {
    assertEquals(List.of("John Adams"), persons("John Adams's plan was rejected by the council."));
    assertEquals(List.of("Prime Minister|David Cameron|PERSON"),
        spans("Britain's Prime Minister David Cameron spoke.").subList(1, 2));
  }

  @Test
  void sentenceOpenersMonthsAndDaysAreNotNames() {
    assertEquals(List.of("Angela Merkel"), persons("But Angela Merkel stayed. The talks resumed. In Berlin it rained."));
    assertEquals(List.of(), spans("On Wednesday in January the talks resumed."));
    assertEquals(List.of("Theresa May"), persons("Theresa May resigned."));
  }

  @Test
  void organisationsByTheirWords() {
    assertEquals(List.of("|Bank of England|ORGANIZATION", "|Labor Party|ORGANIZATION"),
        spans("The Bank of England and the Labor Party disagreed."));
    assertEquals(List.of("|General Motors|ORGANIZATION"), spans("the shares of General Motors fell."));
    assertEquals(List.of("|NATO|ORGANIZATION"), spans("Leaders of NATO met."));
  }

  @Test
  void placesAreNotPersons() {
    assertEquals(List.of("|New York|UNKNOWN", "|Tel Aviv|UNKNOWN", "|Spin Boldak|UNKNOWN"),
        spans("the flights from New York reached Tel Aviv and the town of Spin Boldak."));
    assertEquals(List.of("|Khan Younis|UNKNOWN"), spans("Troops moved near Khan Younis."));
  }

  @Test
  void aSurnameAloneIsAPersonWhenTheDocumentNamesThePerson() {
    assertEquals(List.of("Iyad Allawi", "Allawi"), persons("Iyad Allawi arrived. Later Allawi left."));
    assertEquals(List.of(), persons("Later Allawi left."));
    assertEquals(List.of("Solana"), persons("Solana said the talks would go on."));
  }

  @Test
  void datelinesAndHeadlinesInCapitals() {
    assertEquals(List.of("President|Bush|PERSON"), spans("WASHINGTON (Reuters) - President Bush spoke on Monday."),
        "the agency credit of a dateline is no name in the story");
    assertEquals(List.of("Jane Roe"), persons("BORGO EGNAZIA, Italy (Continental Wire) — Jane Roe spoke on Monday."));
    assertEquals("PRESIDENT|BUSH|PERSON", spans("PRESIDENT BUSH SAYS IRAQ WAR GOING WELL\n\nText.").get(0));
    assertEquals(List.of("BUSH"), persons("PRESIDENT BUSH SAYS IRAQ WAR GOING WELL\n\nText."));
    assertEquals(List.of(), persons("STOCKS FALL AS OIL PRICES RISE AGAIN\n\nText."));
  }
}
