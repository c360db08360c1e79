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
  /** "least": negates the next word ("the least convincing"), except in "at least" and "very least". */
  static final int LEAST = 1 << 6;
  /** "at", "very" before "least". */
  static final int BEFORE_LEAST = 1 << 7;
  /** "kind", "sort": with "of" after them a dampener ("kind of good"), not a valence of their own. */
  static final int KIND = 1 << 8;
  static final int OF = 1 << 9;
  /** Turns around the negative word after it: "reduce crime", "prevent violence", "end the war", "fewer deaths". */
  static final int REDUCER = 1 << 10;
  /** "too" before a word: an excess, a complaint ("too late", "too little"). */
  static final int TOO = 1 << 11;
  /** "few", "little": negate the word after them ("few useful clues"), except after "a" ("a few good men"). */
  static final int FEW = 1 << 12;
  /** "a", before "few" and "little". */
  static final int A = 1 << 13;

  // Contractions are single tokens, so each must be listed; the apostrophe-less forms are common online.
  private static final List<String> NEGATIONS = List.of(
      "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without",
      "rarely", "seldom", "hardly", "barely", "scarcely", "n't", "isn't", "aren't", "wasn't", "weren't", "don't",
      "doesn't", "didn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "haven't", "hasn't", "hadn't",
      "mustn't", "mightn't", "needn't", "ain't", "shan't", "daren't", "oughtn't", "isnt", "arent", "wasnt",
      "werent", "dont", "doesnt", "didnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "havent", "hasnt",
      "hadnt", "aint");

  // Only words without a valence of their own; "more" is left out since in news it mostly counts things.
  private static final List<String> BOOSTERS = List.of(
      "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "enormously",
      "entirely", "especially", "exceptionally", "extraordinarily", "extremely", "fully", "greatly", "highly",
      "hugely", "incredibly", "intensely", "most", "particularly", "profoundly", "really", "remarkably",
      "sharply", "so", "substantially", "thoroughly", "totally", "tremendously", "unbelievably", "unusually",
      "utterly", "very");

  private static final List<String> DAMPENERS = List.of(
      "almost", "kinda", "less", "marginally", "mildly", "moderately", "occasionally", "partially", "partly",
      "relatively", "slightly", "somewhat", "sorta");

  // Verbs and quantifiers of lessening: what they act on is turned around ("reduce crime"). Several have a negative
  // valence of their own in VADER ("fight", "stop", "avoid", "lower"), which they keep when no negative word
  // follows them ("the fighting went on").
  private static final List<String> REDUCERS = List.of(
      "reduce", "reduces", "reduced", "reducing", "curb", "curbs", "curbed", "curbing", "prevent", "prevents",
      "prevented", "preventing", "stop", "stops", "stopped", "stopping", "end", "ends", "ended", "ending", "fight",
      "fights", "fighting", "fought", "combat", "combats", "combating", "combatting", "fewer", "lower", "lowers",
      "lowered", "lowering", "eliminate", "eliminates", "eliminated", "eliminating", "ease", "eases", "eased",
      "easing", "avoid", "avoids", "avoided", "avoiding", "tackle", "tackles", "tackled", "tackling", "deter",
      "deters", "deterred", "alleviate", "alleviates", "alleviated", "relieve", "relieves", "relieved", "cure",
      "cures", "cured", "curing", "overcome", "overcomes", "overcame", "halt", "halts", "halted", "halting",
      "decrease", "decreases", "decreased", "decreasing", "cut", "cuts", "cutting", "minimize", "minimizes",
      "minimized", "minimise", "minimises", "minimised", "mitigate", "mitigates", "mitigated", "counter",
      "counters", "countered", "countering", "resolve", "resolves", "resolved", "solve", "solves", "solved",
      "prosecute", "prosecutes", "prosecuted", "prosecuting", "punish", "punishes", "punished", "punishing",
      "prohibit", "prohibits", "prohibited", "prohibiting", "outlaw", "outlaws", "outlawed", "outlawing", "ban",
      "bans", "banned", "banning", "penalize", "penalizes", "penalized", "stiffen", "stiffens", "stiffer");

  private int[] roles = new int[0];

  ValenceShifters(Vocabulary vocabulary) {
    addAll(vocabulary, NEGATIONS, NEGATION);
    addAll(vocabulary, BOOSTERS, BOOSTER);
    addAll(vocabulary, DAMPENERS, DAMPENER);
    addAll(vocabulary, List.of("but"), CONTRAST);
    addAll(vocabulary, List.of("least"), LEAST);
    addAll(vocabulary, List.of("at", "very"), BEFORE_LEAST);
    addAll(vocabulary, List.of("kind", "sort"), KIND);
    addAll(vocabulary, List.of("of"), OF);
    addAll(vocabulary, REDUCERS, REDUCER);
    addAll(vocabulary, List.of("too"), TOO);
    addAll(vocabulary, List.of("few", "little"), FEW);
    addAll(vocabulary, List.of("a"), A);
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
