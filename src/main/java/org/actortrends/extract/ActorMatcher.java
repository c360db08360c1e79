package org.actortrends.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
  /** Short forms that are everyday words; they need an honorific before them ("Mrs May", not "in May"). */
  private static final List<String> COMMON_WORD_SHORT_FORMS = List.of(
      "may", "march", "april", "june", "july", "august", "will", "mark", "grant", "rice", "price", "young",
      "long", "love", "power", "cook", "cash", "king", "white", "black", "brown", "green", "rich", "best", "hope",
      "faith", "law", "ross", "page", "lee", "bill", "bush");

  private final ActorDictionary dictionary;
  private final LongIntMap edges = new LongIntMap();
  /** The root's children by word id: every token is tried as a phrase start, and most start none. */
  private final int[] rootChildren;
  private Entry[][] entries = new Entry[256][];
  private int nodes = 1;
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

  // Scratch, reused per call.
  private boolean[] covered = new boolean[256];
  private int[] matchStart = new int[64];
  private int[] matchEnd = new int[64];
  private int[] matchNode = new int[64];

  /** An actor phrase ending at a trie node. */
  private record Entry(int actor, MatchedBy kind, long capitals, int fromDay, int toDay, boolean needsHonorific) {}

  public ActorMatcher(ActorDictionary dictionary, Vocabulary vocabulary, Tokenizer phraseTokenizer) {
    this.dictionary = dictionary;
    List<Actor> actors = dictionary.actors();
    for (int a = 0; a < actors.size(); a++) {
      Actor actor = actors.get(a);
      add(phraseTokenizer, vocabulary, actor.name(), a, MatchedBy.NAME, Integer.MIN_VALUE, Integer.MAX_VALUE);
      for (String alias : actor.aliases()) {
        add(phraseTokenizer, vocabulary, alias, a, MatchedBy.ALIAS, Integer.MIN_VALUE, Integer.MAX_VALUE);
      }
      for (String shortForm : actor.shortForms()) {
        add(phraseTokenizer, vocabulary, shortForm, a, MatchedBy.SHORT, Integer.MIN_VALUE, Integer.MAX_VALUE);
      }
      for (Role role : actor.roles()) {
        int from = (int) role.from().toEpochDay();
        int to = role.to() == null ? Integer.MAX_VALUE : (int) role.to().toEpochDay();
        for (String title : role.titles()) {
          add(phraseTokenizer, vocabulary, title, a, MatchedBy.ROLE, from, to);
        }
      }
    }
    rootChildren = new int[vocabulary.size()]; // the trie is complete: no word added later starts a phrase
    for (int id = 0; id < rootChildren.length; id++) {
      rootChildren[id] = edges.get(id);
    }
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

  private void add(Tokenizer tokenizer, Vocabulary vocabulary, String phrase, int actor, MatchedBy kind, int from,
      int to) {
    List<String> words = tokenizer.foldedWords(phrase);
    if (words.isEmpty()) {
      return;
    }
    long capitals = capitals(phrase, tokenizer);
    int node = 0;
    for (String word : words) {
      long key = ((long) node << 32) | vocabulary.add(word);
      int child = edges.get(key);
      if (child < 0) {
        child = nodes++;
        edges.put(key, child);
      }
      node = child;
    }
    boolean needsHonorific = kind == MatchedBy.SHORT && words.size() == 1
        && COMMON_WORD_SHORT_FORMS.contains(words.get(0));
    if (node >= entries.length) {
      entries = Arrays.copyOf(entries, Math.max(node + 1, entries.length * 2));
    }
    Entry entry = new Entry(actor, kind, capitals, from, to, needsHonorific);
    Entry[] old = entries[node];
    if (old == null) {
      entries[node] = new Entry[] {entry};
    } else if (!Arrays.asList(old).contains(entry)) {
      Entry[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = entry;
      entries[node] = grown;
    }
  }

  /** Bit k set when word k of the phrase starts with a capital letter (the case rule a match must meet). */
  public static long capitals(String phrase, Tokenizer tokenizer) {
    Tokens tokens = new Tokens();
    tokenizer.tokenize(phrase, tokens);
    long mask = 0;
    int word = 0;
    for (int i = 0; i < tokens.size() && word < 64; i++) {
      if (tokens.type(i) == Tokens.PUNCT) {
        continue;
      }
      if (tokens.has(i, Tokens.CAPITALIZED)) {
        mask |= 1L << word;
      }
      word++;
    }
    return mask;
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
    int count = findCandidates(tokens);
    nameFinder.find(tokens, names);
    nameContext.index(tokens, names);
    markCovered(tokens, count);
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
      Entry[] es = entries[matchNode[m]];
      int start = matchStart[m];
      int name = -1;
      int role = -1;
      boolean roleAmbiguous = false;
      long lower = lowerCaseWords(tokens, start, matchEnd[m]);
      for (Entry e : es) {
        if (!capitalsMatch(e.capitals, lower)) {
          continue;
        }
        if (e.kind == MatchedBy.NAME || (e.kind == MatchedBy.ALIAS && kinds[m] != MatchedBy.NAME)) {
          name = e.actor; // the canonical name wins over an alias that folds the same ("NATO", "Nato")
          kinds[m] = e.kind;
        } else if (e.kind == MatchedBy.ROLE && !namesOnly && epochDay >= e.fromDay && epochDay < e.toDay) {
          roleAmbiguous |= role >= 0 && role != e.actor;
          role = e.actor;
        }
      }
      if (name >= 0 && nameContext.insideOtherName(name, start, matchEnd[m], covered)) {
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
      int start = matchStart[m];
      boolean afterHonorific = honorificStart(tokens, start) < start;
      int viaRole = m > 0 && kinds[m - 1] == MatchedBy.ROLE && matchEnd[m - 1] == start ? resolved[m - 1] : -1;
      int chosen = -1;
      int claimants = 0;
      int bestDistance = Integer.MAX_VALUE;
      long lower = lowerCaseWords(tokens, start, matchEnd[m]);
      for (Entry e : entries[matchNode[m]]) {
        if (e.kind != MatchedBy.SHORT || !capitalsMatch(e.capitals, lower)
            || (e.needsHonorific && !afterHonorific && viaRole != e.actor)
            || (afterHonorific && viaRole != e.actor && !holdsOfficesBefore(tokens, start, e.actor))
            || nameContext.insideOtherName(e.actor, start, matchEnd[m], covered)
            || (viaRole != e.actor && namesakeIntroduced(m, namesake, fullMentions, e.actor))) {
          continue;
        }
        claimants++;
        if (e.actor == viaRole) {
          chosen = e.actor;
          bestDistance = -1;
          continue;
        }
        int distance = distanceToFullMention(fullMentions, e.actor, start);
        if (distance == Integer.MAX_VALUE && !inPublicLife[e.actor]) {
          continue; // no support in the article, and out of public life that day: someone else of that name
        }
        if (distance < bestDistance) {
          bestDistance = distance;
          chosen = e.actor;
        } else if (distance == Integer.MAX_VALUE && bestDistance == Integer.MAX_VALUE) {
          chosen = claimants == 1 ? e.actor : -1;
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
      if (kinds[m] == MatchedBy.ROLE && next < count && isApposition(tokens, matchEnd[m], matchStart[next])
          && resolved[next] >= 0 && dictionary.actors().get(resolved[next]).type() == ActorType.PERSON) {
        if (resolved[next] == actor) {
          matchStart[next] = matchStart[m]; // one mention, spanning title and name
          titled[next] = true;
        }
        continue;
      }
      boolean honorifics = isPerson && kinds[m] != MatchedBy.ROLE && !titled[m];
      int first = honorifics ? honorificStart(tokens, matchStart[m]) : matchStart[m];
      while (sentence + 1 < tokens.sentenceCount() && tokens.sentenceStart(sentence + 1) <= first) {
        sentence++;
      }
      int charStart = tokens.start(first);
      int charEnd = tokens.end(matchEnd[m] - 1);
      String surface = tokens.text().subSequence(charStart, charEnd).toString();
      mentions.add(new Mention(actor, first, matchEnd[m], sentence, charStart, surface, kinds[m]));
    }
    return mentions;
  }

  /** Which tokens some dictionary match covers: such a word in a longer name is another actor, not a namesake's. */
  private void markCovered(Tokens tokens, int count) {
    if (covered.length < tokens.size()) {
      covered = new boolean[Math.max(tokens.size(), covered.length * 2)];
    }
    Arrays.fill(covered, 0, tokens.size(), false);
    for (int m = 0; m < count; m++) {
      Arrays.fill(covered, matchStart[m], matchEnd[m], true);
    }
  }

  /** A short form that every one of its claimants would only reach inside someone else's longer name. */
  private boolean isNamesake(int m, Tokens tokens) {
    boolean anyShort = false;
    for (Entry e : entries[matchNode[m]]) {
      if (e.kind == MatchedBy.SHORT) {
        anyShort = true;
        if (!nameContext.insideOtherName(e.actor, matchStart[m], matchEnd[m], covered)) {
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
    int start = matchStart[m];
    int before = -1;
    boolean after = false;
    for (int q = 0; q < matchStart.length && q < namesake.length; q++) {
      if (!namesake[q] || matchNode[q] != matchNode[m] || q == m) {
        continue;
      }
      if (matchStart[q] < start) {
        before = Math.max(before, matchStart[q]);
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

  /**
   * Fills the scratch arrays with the longest trie matches, left to right; returns how many. A match loses to one
   * that starts inside it and reaches further ("Sir Keir" + "Keir Starmer": the name wins, and "Sir" joins it as
   * an honorific).
   */
  private int findCandidates(Tokens tokens) {
    int count = 0;
    int size = tokens.size();
    int i = 0;
    while (i < size) {
      long best = longestMatch(tokens, i);
      if (best < 0) {
        i++;
        continue;
      }
      int bestEnd = (int) (best >>> 32);
      int overtaker = -1;
      for (int k = i + 1; k < bestEnd && overtaker < 0; k++) {
        long later = longestMatch(tokens, k);
        if (later >= 0 && (int) (later >>> 32) > bestEnd) {
          overtaker = k;
        }
      }
      if (overtaker >= 0) {
        i = overtaker;
        continue;
      }
      // A title may begin with another actor in the possessive ("Putin's spokesman"): that actor is mentioned
      // too. Without the possessive the actor names the office ("Kremlin spokesman", "Nato chief") and is not.
      long inner = hasRole(entries[(int) best]) ? longestMatch(tokens, i, bestEnd - 1) : -1;
      if (inner >= 0 && tokens.has((int) (inner >>> 32) - 1, Tokens.POSSESSIVE)) {
        count = addCandidate(count, i, (int) (inner >>> 32), (int) inner);
      }
      count = addCandidate(count, i, bestEnd, (int) best);
      i = bestEnd;
    }
    return count;
  }

  private int addCandidate(int count, int start, int end, int node) {
    if (count == matchStart.length) {
      matchStart = Arrays.copyOf(matchStart, count * 2);
      matchEnd = Arrays.copyOf(matchEnd, count * 2);
      matchNode = Arrays.copyOf(matchNode, count * 2);
    }
    matchStart[count] = start;
    matchEnd[count] = end;
    matchNode[count] = node;
    return count + 1;
  }

  private static boolean hasRole(Entry[] es) {
    for (Entry e : es) {
      if (e.kind == MatchedBy.ROLE) {
        return true;
      }
    }
    return false;
  }

  /** The longest match starting at token {@code i}, packed as (end << 32 | trie node), or -1. */
  private long longestMatch(Tokens tokens, int i) {
    return longestMatch(tokens, i, tokens.size());
  }

  /** The longest match starting at token {@code i} and ending at or before {@code limit}. */
  private long longestMatch(Tokens tokens, int i, int limit) {
    if (tokens.type(i) == Tokens.PUNCT || tokens.id(i) < 0) {
      return -1;
    }
    int node = 0;
    long best = -1;
    long lower = 0; // of the words so far, as lowerCaseWords
    int word = 0;
    for (int j = i; j < limit; j++) {
      if (tokens.type(j) == Tokens.PUNCT && j > i && isInitialDot(tokens, j)) {
        continue; // "George W. Bush": the dot of an initial belongs to the name
      }
      if (tokens.type(j) == Tokens.PUNCT || (j > i && tokens.has(j, Tokens.LINE_START))) {
        break;
      }
      int id = tokens.id(j);
      if (id < 0) {
        break;
      }
      node = node == 0 ? (id < rootChildren.length ? rootChildren[id] : -1) : edges.get(((long) node << 32) | id);
      if (node < 0) {
        break;
      }
      if (word < 64 && !tokens.has(j, Tokens.CAPITALIZED)) {
        lower |= 1L << word;
      }
      word++;
      if (node < entries.length && entries[node] != null && anyCapitalsMatch(entries[node], lower)) {
        best = ((long) (j + 1) << 32) | node;
      }
    }
    return best;
  }

  /** A name right after a title, or after a title and a comma ("Putin's spokesman, Dmitry Peskov"). */
  private static boolean isApposition(Tokens tokens, int titleEnd, int nameStart) {
    return nameStart == titleEnd || (nameStart == titleEnd + 1 && tokens.type(titleEnd) == Tokens.PUNCT
        && tokens.punct(titleEnd) == ',');
  }

  private static boolean anyCapitalsMatch(Entry[] es, long lower) {
    for (Entry e : es) {
      if (capitalsMatch(e.capitals, lower)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Bit k set when word k of tokens {@code [from, to)} (the first 64, punctuation skipped: an initial's dot inside
   * a match) does not start with a capital: computed once per match, not once per entry.
   */
  private static long lowerCaseWords(Tokens tokens, int from, int to) {
    long lower = 0;
    for (int i = from, word = 0; i < to && word < 64; i++) {
      if (tokens.type(i) == Tokens.PUNCT) {
        continue;
      }
      if (!tokens.has(i, Tokens.CAPITALIZED)) {
        lower |= 1L << word;
      }
      word++;
    }
    return lower;
  }

  /** The case rule: every word an entry writes with a capital starts with one in the text. */
  private static boolean capitalsMatch(long capitals, long lower) {
    return (capitals & lower) == 0;
  }

  /** A dot written straight after a one-letter word: the "W." of "George W. Bush". */
  private static boolean isInitialDot(Tokens tokens, int j) {
    int prev = j - 1;
    return tokens.punct(j) == '.' && tokens.type(prev) == Tokens.WORD && tokens.end(prev) == tokens.start(j)
        && tokens.end(prev) - tokens.start(prev) == 1;
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
