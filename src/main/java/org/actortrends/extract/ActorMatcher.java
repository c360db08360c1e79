package org.actortrends.extract;

import static org.actortrends.extract.DictionaryPhrases.capitalsMatch;
import static org.actortrends.extract.DictionaryPhrases.lowerCaseWords;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.actortrends.extract.DictionaryPhrases.Entry;

/**
 * Finds actor mentions in tokenized text with a trie over vocabulary ids (every name, alias, short form and role
 * title of the dictionary), then resolves what the trie found with the article's context:
 *
 * <ol>
 *   <li>Longest match wins, left to right ("Sir Keir Starmer" is one mention, not "Keir Starmer" + "Sir").
 *   <li>A word written with a capital in the dictionary needs a capital in the text ("trump card" never matches);
 *       lower-case dictionary words match any case, so role titles match "German Chancellor" and "German chancellor".
 *   <li>Role titles resolve by the article's day and are ignored after "former", "ex-", "late" and the like.
 *   <li>A role title right before a person's name is part of that one mention ("German chancellor Friedrich Merz",
 *       "Putin's spokesman, Dmitry Peskov"); an actor a title begins with in the possessive is mentioned as well
 *       ("Putin's"), one that only names the office is not ("Kremlin spokesman").
 *   <li>A short form resolves to the actor the article names in full (nearest before it, else first after),
 *       else to its only claimant in the dictionary that is in public life that day ({@code active}); an ambiguous
 *       one stays unresolved.
 *   <li>Honorifics before a person ("Mr", "President", "Prime Minister") join the mention's span; before a short
 *       form, an office ("President Kennedy", "Justice Kennedy") must be one of the actor's role titles.
 * </ol>
 *
 * <p>{@link DictionaryPhrases} holds the trie and finds the candidates (rules 1 and 2, and the actor a title begins
 * with in the possessive); the three passes here decide which of them are mentions, and of whom.
 *
 * <p>Built once per worker; {@link #match} is thread-confined only through its scratch arrays, so use one instance
 * per thread.
 */
public final class ActorMatcher {
  private static final List<String> HONORIFICS = List.of(
      "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "chancellor", "premier",
      "senator", "sen", "gov", "governor", "rep", "representative", "secretary", "minister", "general", "gen",
      "pope", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "madame", "mme", "monsieur", "herr",
      "frau", "commissioner", "ambassador", "speaker", "leader", "judge", "justice", "emir", "marshal", "admiral",
      "colonel", "col", "envoy");
  /**
   * Honorifics that name no office (courtesy titles and military ranks): any person may carry them. The others
   * ("President", "Senator", "Justice") name an office, and before a bare short form they say who is meant.
   */
  private static final List<String> COURTESY_TITLES = List.of(
      "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madame", "mme", "monsieur", "herr", "frau",
      "general", "gen", "admiral", "marshal", "colonel", "col");
  private static final List<String> ROLE_BLOCKERS = List.of(
      "former", "ex", "late", "then", "future", "next", "previous", "past", "outgoing", "incoming", "would",
      "deputy", "vice", "acting", "interim");

  private final ActorDictionary dictionary;
  private final DictionaryPhrases phrases;
  private final boolean[] honorific;
  private final boolean[] courtesyTitle;
  /** Per actor, the sorted vocabulary ids of every word of its role titles ("president", "chancellor"). */
  private final int[][] officeWords;
  private final boolean[] roleBlocker;
  private final int primeId;

  private final boolean[] publicLife;
  private LocalDate publicLifeDay;

  private final NameFinder nameFinder;
  private final NameContext nameContext;
  private final Names names = new Names();

  public ActorMatcher(ActorDictionary dictionary, Vocabulary vocabulary, Tokenizer phraseTokenizer) {
    this.dictionary = dictionary;
    List<Actor> actors = dictionary.actors();
    phrases = new DictionaryPhrases(dictionary, vocabulary, phraseTokenizer);
    honorific = vocabulary.idSet(HONORIFICS);
    courtesyTitle = vocabulary.idSet(COURTESY_TITLES);
    officeWords = new int[actors.size()][];
    for (int a = 0; a < actors.size(); a++) {
      officeWords[a] = actors.get(a).roles().stream().flatMap(r -> r.titles().stream())
          .flatMap(t -> phraseTokenizer.foldedWords(t).stream()).mapToInt(vocabulary::add).sorted().distinct()
          .toArray();
    }
    roleBlocker = vocabulary.idSet(ROLE_BLOCKERS);
    primeId = vocabulary.add("prime");
    publicLife = new boolean[actors.size()];
    nameFinder = new NameFinder(vocabulary);
    nameContext = new NameContext(dictionary, vocabulary, phraseTokenizer, nameFinder);
  }

  NameFinder nameFinder() {
    return nameFinder;
  }

  /** The name spans of the document last matched (those that link to no actor are names beyond the dictionary). */
  public Names names() {
    return names;
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  /** Bit k set when word k of the phrase starts with a capital letter (the case rule a match must meet). */
  public static long capitals(String phrase, Tokenizer tokenizer) {
    return DictionaryPhrases.capitals(phrase, tokenizer);
  }

  /** The mentions in {@code tokens} for an article published on {@code day}, in text order. */
  public List<Mention> match(Tokens tokens, LocalDate day) {
    return match(tokens, day, false);
  }

  /**
   * As {@link #match(Tokens, LocalDate)}; with {@code namesOnly}, only full names and aliases count: short forms
   * and role titles are English words and context rules, wrong in other languages (German "Frieden" is peace, not
   * Luc Frieden).
   */
  public List<Mention> match(Tokens tokens, LocalDate day, boolean namesOnly) {
    int count = phrases.find(tokens);
    nameFinder.find(tokens, names);
    nameContext.index(tokens, names);
    int epochDay = (int) day.toEpochDay();

    // The three passes are methods of their own so that the JIT compiles (and, when an article takes a path it
    // has not seen, recompiles) each alone: as one method, match was compiled 10 times in a 50,000-article run.
    int[] resolved = new int[count];
    MatchedBy[] kinds = new MatchedBy[count];
    boolean[] namesake = new boolean[count]; // a short form inside someone else's longer name ("Rui Costa")
    Arrays.fill(resolved, -1);
    List<int[]> fullMentions = new ArrayList<>(); // {actor, token}
    resolveNames(tokens, count, epochDay, namesOnly, resolved, kinds, namesake, fullMentions);
    if (!namesOnly) {
      resolveShortForms(tokens, count, day, resolved, kinds, namesake, fullMentions);
    }
    return mentions(tokens, count, resolved, kinds);
  }

  /** Pass 1: names, aliases and roles; collects where each actor is named in full. */
  private void resolveNames(Tokens tokens, int count, int epochDay, boolean namesOnly, int[] resolved,
      MatchedBy[] kinds, boolean[] namesake, List<int[]> fullMentions) {
    for (int m = 0; m < count; m++) {
      Entry[] es = phrases.entries(m);
      int start = phrases.start(m);
      int name = -1;
      int role = -1;
      boolean roleAmbiguous = false;
      long lower = lowerCaseWords(tokens, start, phrases.end(m));
      for (Entry e : es) {
        if (!capitalsMatch(e.capitals(), lower)) {
          continue;
        }
        if (e.kind() == MatchedBy.NAME || (e.kind() == MatchedBy.ALIAS && kinds[m] != MatchedBy.NAME)) {
          name = e.actor(); // the canonical name wins over an alias that folds the same ("NATO", "Nato")
          kinds[m] = e.kind();
        } else if (e.kind() == MatchedBy.ROLE && !namesOnly && epochDay >= e.fromDay() && epochDay < e.toDay()) {
          roleAmbiguous |= role >= 0 && role != e.actor();
          role = e.actor();
        }
      }
      if (name >= 0 && nameContext.insideOtherName(name, start, phrases.end(m), phrases.covered())) {
        name = -1; // "Wayne Bennett", "African National Congress": a longer name of someone else
        kinds[m] = null;
      }
      namesake[m] = isNamesake(m, tokens);
      if (name >= 0) {
        resolved[m] = name;
      } else if (role >= 0 && !roleAmbiguous && !roleBlocked(tokens, start)) {
        resolved[m] = role;
        kinds[m] = MatchedBy.ROLE;
      }
      if (resolved[m] >= 0) {
        fullMentions.add(new int[] {resolved[m], start});
      }
    }
  }

  /** Pass 2: short forms, by context. */
  private void resolveShortForms(Tokens tokens, int count, LocalDate day, int[] resolved, MatchedBy[] kinds,
      boolean[] namesake, List<int[]> fullMentions) {
    boolean[] inPublicLife = inPublicLife(day);
    for (int m = 0; m < count; m++) {
      if (resolved[m] >= 0 || namesake[m]) {
        continue;
      }
      int start = phrases.start(m);
      boolean afterHonorific = honorificStart(tokens, start) < start;
      int viaRole = m > 0 && kinds[m - 1] == MatchedBy.ROLE && phrases.end(m - 1) == start ? resolved[m - 1] : -1;
      int chosen = -1;
      int claimants = 0;
      int bestDistance = Integer.MAX_VALUE;
      long lower = lowerCaseWords(tokens, start, phrases.end(m));
      for (Entry e : phrases.entries(m)) {
        if (e.kind() != MatchedBy.SHORT || !capitalsMatch(e.capitals(), lower)
            || (e.needsHonorific() && !afterHonorific && viaRole != e.actor())
            || (afterHonorific && viaRole != e.actor() && !holdsOfficesBefore(tokens, start, e.actor()))
            || nameContext.insideOtherName(e.actor(), start, phrases.end(m), phrases.covered())
            || (viaRole != e.actor() && namesakeIntroduced(m, namesake, fullMentions, e.actor()))) {
          continue;
        }
        claimants++;
        if (e.actor() == viaRole) {
          chosen = e.actor();
          bestDistance = -1;
          continue;
        }
        int distance = distanceToFullMention(fullMentions, e.actor(), start);
        if (distance == Integer.MAX_VALUE && !inPublicLife[e.actor()]) {
          continue; // no support in the article, and out of public life that day: someone else of that name
        }
        if (distance < bestDistance) {
          bestDistance = distance;
          chosen = e.actor();
        } else if (distance == Integer.MAX_VALUE && bestDistance == Integer.MAX_VALUE) {
          chosen = claimants == 1 ? e.actor() : -1;
        }
      }
      if (chosen >= 0 && (bestDistance != Integer.MAX_VALUE || claimants == 1)) {
        resolved[m] = chosen;
        kinds[m] = MatchedBy.SHORT;
      }
    }
  }

  /** Pass 3: a role title right before a person's name is that name's apposition, not a mention of its own. */
  private List<Mention> mentions(Tokens tokens, int count, int[] resolved, MatchedBy[] kinds) {
    List<Mention> mentions = new ArrayList<>();
    boolean[] titled = new boolean[count];
    int sentence = 0;
    for (int m = 0; m < count; m++) {
      if (resolved[m] < 0) {
        continue;
      }
      int actor = resolved[m];
      boolean isPerson = dictionary.actors().get(actor).type() == ActorType.PERSON;
      int next = m + 1;
      if (kinds[m] == MatchedBy.ROLE && next < count && isApposition(tokens, phrases.end(m), phrases.start(next))
          && resolved[next] >= 0 && dictionary.actors().get(resolved[next]).type() == ActorType.PERSON) {
        if (resolved[next] == actor) {
          phrases.setStart(next, phrases.start(m)); // one mention, spanning title and name
          titled[next] = true;
        }
        continue;
      }
      boolean honorifics = isPerson && kinds[m] != MatchedBy.ROLE && !titled[m];
      int first = honorifics ? honorificStart(tokens, phrases.start(m)) : phrases.start(m);
      while (sentence + 1 < tokens.sentenceCount() && tokens.sentenceStart(sentence + 1) <= first) {
        sentence++;
      }
      int charStart = tokens.start(first);
      int charEnd = tokens.end(phrases.end(m) - 1);
      String surface = tokens.text().subSequence(charStart, charEnd).toString();
      mentions.add(new Mention(actor, first, phrases.end(m), sentence, charStart, surface, kinds[m]));
    }
    return mentions;
  }

  /** A short form that every one of its claimants would only reach inside someone else's longer name. */
  private boolean isNamesake(int m, Tokens tokens) {
    boolean anyShort = false;
    for (Entry e : phrases.entries(m)) {
      if (e.kind() == MatchedBy.SHORT) {
        anyShort = true;
        if (!nameContext.insideOtherName(e.actor(), phrases.start(m), phrases.end(m), phrases.covered())) {
          return false;
        }
      }
    }
    return anyShort;
  }

  /**
   * Whether short form {@code m} refers to a namesake the article introduced ("Costa" after "Rui Costa"): the
   * nearest introduction before it is the namesake's, not the actor's full name; or, with none before it, the
   * article names the namesake later and never the actor.
   */
  private boolean namesakeIntroduced(int m, boolean[] namesake, List<int[]> fullMentions, int actor) {
    int start = phrases.start(m);
    int before = -1;
    boolean after = false;
    for (int q = 0; q < namesake.length; q++) {
      if (!namesake[q] || phrases.node(q) != phrases.node(m) || q == m) {
        continue;
      }
      if (phrases.start(q) < start) {
        before = Math.max(before, phrases.start(q));
      } else {
        after = true;
      }
    }
    int actorBefore = -1;
    boolean actorAnywhere = false;
    for (int[] fm : fullMentions) {
      if (fm[0] == actor) {
        actorAnywhere = true;
        if (fm[1] < start) {
          actorBefore = Math.max(actorBefore, fm[1]);
        }
      }
    }
    return before >= 0 ? actorBefore < before : after && !actorAnywhere;
  }

  /**
   * Whether the office titles right before a short form ("President Kennedy", "Senator Kennedy") are the actor's:
   * each office word among them must be a word of one of the actor's role titles. "Mr", "Dr" or "General" name no
   * office and pass.
   */
  private boolean holdsOfficesBefore(Tokens tokens, int start, int actor) {
    for (int i = honorificStart(tokens, start); i < start; i++) {
      int id = tokens.id(i);
      if (tokens.type(i) == Tokens.WORD && !Vocabulary.in(courtesyTitle, id)
          && Arrays.binarySearch(officeWords[actor], id) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Which actors are in public life on {@code day}, computed once per day (articles come day by day). */
  private boolean[] inPublicLife(LocalDate day) {
    if (!day.equals(publicLifeDay)) {
      List<Actor> actors = dictionary.actors();
      for (int a = 0; a < actors.size(); a++) {
        publicLife[a] = actors.get(a).inPublicLifeOn(day);
      }
      publicLifeDay = day;
    }
    return publicLife;
  }

  /** A name right after a title, or after a title and a comma ("Putin's spokesman, Dmitry Peskov"). */
  private static boolean isApposition(Tokens tokens, int titleEnd, int nameStart) {
    return nameStart == titleEnd || (nameStart == titleEnd + 1 && tokens.type(titleEnd) == Tokens.PUNCT
        && tokens.punct(titleEnd) == ',');
  }

  /** "the former German chancellor", "ex-president": the title names someone else than today's holder. */
  private boolean roleBlocked(Tokens tokens, int start) {
    int prev = start - 1;
    if (prev >= 0 && tokens.type(prev) == Tokens.PUNCT && tokens.punct(prev) == '-' ) {
      prev--;
    }
    return prev >= 0 && tokens.type(prev) == Tokens.WORD && Vocabulary.in(roleBlocker, tokens.id(prev));
  }

  /** The first token of the capitalised honorifics right before {@code start} ("Prime Minister", "Mr."). */
  private int honorificStart(Tokens tokens, int start) {
    int first = start;
    int i = start - 1;
    while (i >= 0) {
      if (tokens.type(i) == Tokens.PUNCT && tokens.punct(i) == '.' && i > 0 && tokens.end(i - 1) == tokens.start(i)
          && Vocabulary.in(honorific, tokens.id(i - 1))) {
        i--; // the dot of "Mr."
        continue;
      }
      boolean isTitle = tokens.type(i) == Tokens.WORD && tokens.has(i, Tokens.CAPITALIZED)
          && (Vocabulary.in(honorific, tokens.id(i)) || (tokens.id(i) == primeId && first < start));
      if (!isTitle || tokens.has(first, Tokens.LINE_START)) {
        break;
      }
      first = i;
      i--;
    }
    return first;
  }

  private static int distanceToFullMention(List<int[]> fullMentions, int actor, int token) {
    int before = Integer.MAX_VALUE;
    int after = Integer.MAX_VALUE;
    for (int[] fm : fullMentions) {
      if (fm[0] != actor) {
        continue;
      }
      if (fm[1] <= token) {
        before = Math.min(before, token - fm[1]);
      } else {
        after = Math.min(after, fm[1] - token);
      }
    }
    // Prefer any full mention before the short form over one after it.
    if (before != Integer.MAX_VALUE) {
      return before;
    }
    return after == Integer.MAX_VALUE ? Integer.MAX_VALUE : (1 << 24) + after;
  }
}
