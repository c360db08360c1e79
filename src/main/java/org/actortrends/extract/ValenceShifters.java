package org.actortrends.extract;

import java.util.Arrays;
import java.util.List;

/**
 * The words that change the valence of other words: negations, boosters and dampeners, the contrastive "but" and
 * the few words of the idiom rules. Each word's roles are bits in an array indexed by vocabulary id, so the scorer
 * asks about a token with one array load. Filled while the kernel is built, then only read (safe to share).
 */
final class ValenceShifters {
  static final int NEGATION = 1;
  /** Raises the magnitude of the valence after it ("very good"). */
  static final int BOOSTER = 1 << 1;
  /** Lowers the magnitude of the valence after it ("slightly good"). */
  static final int DAMPENER = 1 << 2;
  /** "but": what comes after it weighs more than what came before. */
  static final int CONTRAST = 1 << 3;
  /** "never": a negation, except in "never so good", where it emphasises. */
  static final int NEVER = 1 << 4;
  /** "so", "this" after "never". */
  static final int AFTER_NEVER = 1 << 5;
  /** "least": negates the next word ("the least convincing"), except in "at least" and "very least". */
  static final int LEAST = 1 << 6;
  /** "at", "very" before "least". */
  static final int BEFORE_LEAST = 1 << 7;
  /** "kind", "sort": with "of" after them a dampener ("kind of good"), not a valence of their own. */
  static final int KIND = 1 << 8;
  static final int OF = 1 << 9;

  // Contractions are single tokens, so each must be listed; the apostrophe-less forms are common online.
  private static final List<String> NEGATIONS = List.of(
      "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without",
      "rarely", "seldom", "n't", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "can't",
      "couldn't", "won't", "wouldn't", "shouldn't", "haven't", "hasn't", "hadn't", "mustn't", "mightn't",
      "needn't", "ain't", "shan't", "daren't", "oughtn't", "isnt", "arent", "wasnt", "werent", "dont", "doesnt",
      "didnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint");

  // Only words without a valence of their own; "more" is left out since in news it mostly counts things.
  private static final List<String> BOOSTERS = List.of(
      "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "enormously",
      "entirely", "especially", "exceptionally", "extraordinarily", "extremely", "fully", "greatly", "highly",
      "hugely", "incredibly", "intensely", "most", "particularly", "profoundly", "really", "remarkably",
      "sharply", "so", "substantially", "thoroughly", "totally", "tremendously", "unbelievably", "unusually",
      "utterly", "very");

  private static final List<String> DAMPENERS = List.of(
      "almost", "barely", "hardly", "kinda", "less", "marginally", "mildly", "moderately", "occasionally",
      "partially", "partly", "relatively", "scarcely", "slightly", "somewhat", "sorta");

  private int[] roles = new int[0];

  ValenceShifters(Vocabulary vocabulary) {
    addAll(vocabulary, NEGATIONS, NEGATION);
    addAll(vocabulary, BOOSTERS, BOOSTER);
    addAll(vocabulary, DAMPENERS, DAMPENER);
    addAll(vocabulary, List.of("but"), CONTRAST);
    addAll(vocabulary, List.of("never"), NEVER);
    addAll(vocabulary, List.of("so", "this"), AFTER_NEVER);
    addAll(vocabulary, List.of("least"), LEAST);
    addAll(vocabulary, List.of("at", "very"), BEFORE_LEAST);
    addAll(vocabulary, List.of("kind", "sort"), KIND);
    addAll(vocabulary, List.of("of"), OF);
  }

  private void addAll(Vocabulary vocabulary, List<String> words, int role) {
    for (String word : words) {
      int id = vocabulary.add(TextFold.fold(word));
      if (id >= roles.length) {
        roles = Arrays.copyOf(roles, Math.max(id + 1, roles.length * 2));
      }
      roles[id] |= role;
    }
  }

  /** True when the word with vocabulary id {@code id} (-1 for unknown words) has {@code role}. */
  boolean is(int id, int role) {
    return id >= 0 && id < roles.length && (roles[id] & role) != 0;
  }
}
