package org.actortrends.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.actortrends.extract.Actor;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.Role;

/**
 * Every name, alias, short form and role title of the dictionary as a trie over folded words, and a scanner that
 * finds the dictionary phrases a text contains, read from the documented rules: the longest phrase wins left to
 * right, a phrase starting inside it that reaches further wins instead, a word capitalised in the dictionary needs
 * a capital, the dot of an initial belongs to the name ("George W. Bush"), and a title that begins with an actor in
 * the possessive ("Putin's spokesman") holds that actor's phrase too.
 *
 * <p>The scanner says where phrases are, not whom they name: that the generator decides from what it planted. It is
 * used while the generator is set up, to prove its templates and forms hold exactly the phrases it means. It reads
 * text with the generator's own {@link WordSplitter}, never the extractor's tokenizer, so that a change in the
 * extractor shows up as counts that differ from the truth, not as forms the generator quietly stops planting.
 */
final class PhraseTrie {
  /** One dictionary phrase ending at a trie node. */
  record Entry(int actor, PhraseKind kind, long capitals, int fromDay, int toDay, boolean everydayWord) {
    boolean activeOn(int epochDay) {
      return epochDay >= fromDay && epochDay < toDay;
    }
  }

  /** A phrase found in text: tokens [start, end) ending at trie {@code node}. */
  record Candidate(int start, int end, int node) {}

  private final ActorDictionary dictionary;
  private final Map<String, Integer> wordIds = new HashMap<>();
  private final WordSplitter splitter = new WordSplitter(word -> wordIds.getOrDefault(word, -1));
  private final Map<Long, Integer> edges = new HashMap<>();
  private final List<List<Entry>> entries = new ArrayList<>();
  private final List<TreeSet<Integer>> labels = new ArrayList<>();

  PhraseTrie(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    // The rule words need ids too, so that the scanner can recognise them next to a phrase.
    MatchingRules.HONORIFICS.stream().sorted().forEach(this::addWord);
    MatchingRules.ROLE_BLOCKERS.stream().sorted().forEach(this::addWord);
    newNode();
    List<Actor> actors = dictionary.actors();
    for (int a = 0; a < actors.size(); a++) {
      Actor actor = actors.get(a);
      add(actor.name(), a, PhraseKind.NAME, Integer.MIN_VALUE, Integer.MAX_VALUE);
      for (String alias : actor.aliases()) {
        add(alias, a, PhraseKind.ALIAS, Integer.MIN_VALUE, Integer.MAX_VALUE);
      }
      for (String shortForm : actor.shortForms()) {
        add(shortForm, a, PhraseKind.SHORT, Integer.MIN_VALUE, Integer.MAX_VALUE);
      }
      for (Role role : actor.roles()) {
        int from = (int) role.from().toEpochDay();
        int to = role.to() == null ? Integer.MAX_VALUE : (int) role.to().toEpochDay();
        for (String title : role.titles()) {
          add(title, a, PhraseKind.ROLE, from, to);
        }
      }
    }
  }

  ActorDictionary dictionary() {
    return dictionary;
  }

  private int newNode() {
    entries.add(new ArrayList<>());
    labels.add(new TreeSet<>());
    return entries.size() - 1;
  }

  private int addWord(String folded) {
    return wordIds.computeIfAbsent(folded, w -> wordIds.size());
  }

  private void add(String phrase, int actor, PhraseKind kind, int from, int to) {
    List<String> words = splitter.foldedWords(phrase);
    if (words.isEmpty()) {
      String what = kind.name().toLowerCase(Locale.ROOT);
      throw new IllegalStateException(
          dictionary.actors().get(actor).id() + ": the " + what + " \"" + phrase + "\" has no word to match");
    }
    int node = 0;
    for (String word : words) {
      int id = addWord(word);
      Integer child = edges.get(key(node, id));
      if (child == null) {
        child = newNode();
        edges.put(key(node, id), child);
        labels.get(node).add(id);
      }
      node = child;
    }
    boolean everyday = kind == PhraseKind.SHORT && words.size() == 1
        && MatchingRules.EVERYDAY_WORD_SHORT_FORMS.contains(words.get(0));
    Entry entry = new Entry(actor, kind, capitals(phrase), from, to, everyday);
    if (!entries.get(node).contains(entry)) {
      entries.get(node).add(entry);
    }
  }

  private static long key(int node, int wordId) {
    return ((long) node << 32) | (wordId & 0xffffffffL);
  }

  /**
   * Bit k set when word k of the phrase starts with a capital: a word capitalised in the dictionary needs a capital
   * in the text ("trump card" is not Trump), a lower-case one matches either ("German Chancellor").
   */
  private long capitals(String phrase) {
    SplitText split = splitter.split(phrase);
    long mask = 0;
    int word = 0;
    for (int i = 0; i < split.size() && word < 64; i++) {
      if (split.isPunct(i)) {
        continue;
      }
      if (split.has(i, SplitText.CAPITALIZED)) {
        mask |= 1L << word;
      }
      word++;
    }
    return mask;
  }

  /** Splits {@code text} into words by the generator's rules (set-up time only). */
  SplitText split(String text) {
    return splitter.split(text);
  }

  /** The id of a folded word, or -1 when no dictionary phrase or rule list holds it. */
  int wordId(String folded) {
    return wordIds.getOrDefault(folded, -1);
  }

  List<Entry> entries(int node) {
    return entries.get(node);
  }

  /** The node reached from the root by {@code ids}, or -1. */
  int walk(int[] ids, int from, int to) {
    int node = 0;
    for (int i = from; i < to; i++) {
      Integer child = ids[i] < 0 ? null : edges.get(key(node, ids[i]));
      if (child == null) {
        return -1;
      }
      node = child;
    }
    return node;
  }

  /**
   * The words that may follow {@code ids} and keep a dictionary phrase going: the next words of every phrase that
   * starts inside {@code ids} and runs to its end. A word outside this set after {@code ids} cannot join them into
   * a longer phrase. Sorted, for {@link Arrays#binarySearch}.
   */
  int[] continuations(int[] ids) {
    TreeSet<Integer> out = new TreeSet<>();
    for (int k = 0; k < ids.length; k++) {
      int node = walk(ids, k, ids.length);
      if (node >= 0) {
        out.addAll(labels.get(node));
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The phrases in {@code tokens}, left to right, by the rules in the class comment. */
  List<Candidate> scan(SplitText tokens) {
    List<Candidate> out = new ArrayList<>();
    int size = tokens.size();
    int i = 0;
    while (i < size) {
      long best = longestMatch(tokens, i, size);
      if (best < 0) {
        i++;
        continue;
      }
      int bestEnd = (int) (best >>> 32);
      int overtaker = -1;
      for (int k = i + 1; k < bestEnd && overtaker < 0; k++) {
        long later = longestMatch(tokens, k, size);
        if (later >= 0 && (int) (later >>> 32) > bestEnd) {
          overtaker = k;
        }
      }
      if (overtaker >= 0) {
        i = overtaker;
        continue;
      }
      if (hasRole((int) best)) {
        long inner = longestMatch(tokens, i, bestEnd - 1);
        if (inner >= 0 && tokens.has((int) (inner >>> 32) - 1, SplitText.POSSESSIVE)) {
          out.add(new Candidate(i, (int) (inner >>> 32), (int) inner));
        }
      }
      out.add(new Candidate(i, bestEnd, (int) best));
      i = bestEnd;
    }
    return out;
  }

  private boolean hasRole(int node) {
    return entries.get(node).stream().anyMatch(e -> e.kind() == PhraseKind.ROLE);
  }

  /** The longest phrase starting at token {@code i} and ending at or before {@code limit}: (end << 32 | node). */
  private long longestMatch(SplitText tokens, int i, int limit) {
    if (tokens.isPunct(i) || tokens.id(i) < 0) {
      return -1;
    }
    int node = 0;
    long best = -1;
    for (int j = i; j < limit; j++) {
      if (tokens.isPunct(j)) {
        if (j > i && tokens.isInitialDot(j)) {
          continue;
        }
        break;
      }
      if (j > i && tokens.has(j, SplitText.LINE_START)) {
        break;
      }
      Integer child = tokens.id(j) < 0 ? null : edges.get(key(node, tokens.id(j)));
      if (child == null) {
        break;
      }
      node = child;
      for (Entry e : entries.get(node)) {
        if (capitalsMatch(tokens, i, j + 1, e.capitals())) {
          best = ((long) (j + 1) << 32) | node;
          break;
        }
      }
    }
    return best;
  }

  /** Whether the words of tokens [from, to) have capitals wherever {@code capitals} asks for one. */
  static boolean capitalsMatch(SplitText tokens, int from, int to, long capitals) {
    int word = 0;
    for (int i = from; i < to && word < 64; i++) {
      if (tokens.isPunct(i)) {
        continue;
      }
      if ((capitals & (1L << word)) != 0 && !tokens.has(i, SplitText.CAPITALIZED)) {
        return false;
      }
      word++;
    }
    return true;
  }

  /** The entries of {@code node} whose capitals the tokens [from, to) satisfy. */
  List<Entry> matching(int node, SplitText tokens, int from, int to) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries.get(node)) {
      if (capitalsMatch(tokens, from, to, e.capitals())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The ids of the words (not punctuation) of tokens [from, to). */
  static int[] wordIds(SplitText tokens, int from, int to) {
    int[] ids = new int[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!tokens.isPunct(i)) {
        ids[n++] = tokens.id(i);
      }
    }
    return Arrays.copyOf(ids, n);
  }
}
