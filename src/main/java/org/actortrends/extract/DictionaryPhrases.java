package org.actortrends.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Every name, alias, short form and role title of the dictionary as a trie over vocabulary ids, and the candidates
 * it finds in a document: the longest phrase wins left to right, a word written with a capital in the dictionary
 * needs a capital in the text, and a title that begins with an actor in the possessive holds that actor's phrase
 * too ("Putin's spokesman"). It says where phrases are and which entries they end at, not whom they name: that is
 * {@link ActorMatcher}'s. The candidates of the document last read live in arrays reused from document to document.
 */
final class DictionaryPhrases {
  /** Short forms that are everyday words; they need an honorific before them ("Mrs May", not "in May"). */
  private static final List<String> COMMON_WORD_SHORT_FORMS = List.of(
      "may", "march", "april", "june", "july", "august", "will", "mark", "grant", "rice", "price", "young",
      "long", "love", "power", "cook", "cash", "king", "white", "black", "brown", "green", "rich", "best", "hope",
      "faith", "law", "ross", "page", "lee", "bill", "bush");

  private final LongIntMap edges = new LongIntMap();
  /** The root's children by word id: every token is tried as a phrase start, and most start none. */
  private final int[] rootChildren;
  private Entry[][] entries = new Entry[256][];
  private int nodes = 1;

  // Scratch, reused per call.
  private boolean[] covered = new boolean[256];
  private int[] matchStart = new int[64];
  private int[] matchEnd = new int[64];
  private int[] matchNode = new int[64];

  /** An actor phrase ending at a trie node. */
  record Entry(int actor, MatchedBy kind, long capitals, int fromDay, int toDay, boolean needsHonorific) {}

  DictionaryPhrases(ActorDictionary dictionary, Vocabulary vocabulary, Tokenizer phraseTokenizer) {
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
  static long capitals(String phrase, Tokenizer tokenizer) {
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

  /** Finds the candidates in {@code tokens} and marks the tokens they cover; returns how many. */
  int find(Tokens tokens) {
    int count = findCandidates(tokens);
    markCovered(tokens, count);
    return count;
  }

  /** First token of candidate {@code m}. */
  int start(int m) {
    return matchStart[m];
  }

  /** One past the last token of candidate {@code m}. */
  int end(int m) {
    return matchEnd[m];
  }

  /** The trie node candidate {@code m} ends at: candidates with the same node are the same phrase. */
  int node(int m) {
    return matchNode[m];
  }

  /** The dictionary entries candidate {@code m} may be, each still to pass the case rule. */
  Entry[] entries(int m) {
    return entries[matchNode[m]];
  }

  /** Candidate {@code m} starts at {@code start} instead: a role title joins the name after it. */
  void setStart(int m, int start) {
    matchStart[m] = start;
  }

  /** Per token of the document last read, whether some candidate covers it. */
  boolean[] covered() {
    return covered;
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
  static long lowerCaseWords(Tokens tokens, int from, int to) {
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
  static boolean capitalsMatch(long capitals, long lower) {
    return (capitals & lower) == 0;
  }

  /** A dot written straight after a one-letter word: the "W." of "George W. Bush". */
  private static boolean isInitialDot(Tokens tokens, int j) {
    int prev = j - 1;
    return tokens.punct(j) == '.' && tokens.type(prev) == Tokens.WORD && tokens.end(prev) == tokens.start(j)
        && tokens.end(prev) - tokens.start(prev) == 1;
  }
}
