package org.actortrends.extract;

import java.util.Arrays;
import java.util.List;

/**
 * The features of one target (a token range) in one sentence, for {@link TargetSentiment} and its trainer.
 *
 * <p>{@link #sentence} reads a sentence once ({@link SentenceReading}: valences after their shifters, quotes,
 * clauses, anchors). {@link #target} then fills a reusable buffer with the target's features:
 *
 * <ul>
 *   <li>numeric ones ({@link #NUMERIC}), sums of valence, positive and negative apart: in the target's clause,
 *       split into the words whose nearest anchor is the target ("own") and those nearer another name ("other");
 *       in the rest of the sentence; in the clause up to {@link #NEAR} words left and right of the target, and up
 *       to {@link #FAR} words further; right before the target (the verb it is the object of: "slammed X"), right
 *       after it (its predicate: "X won"; after a form of "be" it is the patient: "X was attacked"); in quotes the
 *       target is not in. When the target is the speaker ("X said", "said X", "according to X") or the agent of a
 *       passive ("by X"), its clause and the rest go to weights of their own: what a speaker says, or what is done
 *       by an agent, is mostly not about them. Flags: the target in quotes, possessive ("X's"), after "against",
 *       first in the sentence, a time word, a pronoun, lower case ("the boy"); no valence anywhere; anchors in the
 *       clause; sentence length; the whole sentence's score (the learned {@link SentimentScorer}, whose word weights
 *       know news and opinion prose);
 *   <li>word stems ({@link WordStems}) by where the words stand ({@link #TEMPLATES}): anywhere left or right of
 *       the target (SL, SR), up to {@link #NEAR} words left or right in its clause (L, R), the word right before
 *       and after it (L1, R1), the words whose nearest anchor is the target (O), and the target's own lower-case
 *       words (T). Capitalised words inside the sentence (names) are left out: the model should not learn opinions
 *       of people.
 * </ul>
 *
 * <p>Nothing is allocated per target once the scratch arrays have grown. Not thread-safe: one per thread.
 */
final class TargetFeatures {
  /** Names of the numeric features, in buffer order; a pair "x_pos", "x_neg" holds the two signs of one sum. */
  static final List<String> NUMERIC = List.of(
      "clause_pos", "clause_neg", "own_pos", "own_neg", "other_pos", "other_neg", "rest_pos", "rest_neg",
      "left_near_pos", "left_near_neg", "right_near_pos", "right_near_neg",
      "left_far_pos", "left_far_neg", "right_far_pos", "right_far_neg",
      "object_pos", "object_neg", "subject_pos", "subject_neg", "patient_pos", "patient_neg",
      "quote_pos", "quote_neg",
      "speaker", "speaker_clause_pos", "speaker_clause_neg", "speaker_rest_pos", "speaker_rest_neg",
      "agent", "agent_clause_pos", "agent_clause_neg", "agent_rest_pos", "agent_rest_neg",
      "in_quote", "in_quote_pos", "in_quote_neg",
      "possessive", "against", "first", "target_time", "target_pronoun", "target_lower",
      "no_valence", "anchors_in_clause", "length", "sentence_score");
  /** Word-identity templates, by where the word stands relative to the target. */
  static final List<String> TEMPLATES = List.of("SL", "SR", "L", "R", "L1", "R1", "O", "T");
  static final int T_SENTENCE_LEFT = 0;
  static final int T_SENTENCE_RIGHT = 1;
  static final int T_LEFT = 2;
  static final int T_RIGHT = 3;
  static final int T_LEFT1 = 4;
  static final int T_RIGHT1 = 5;
  static final int T_OWN = 6;
  static final int T_TARGET = 7;
  /** Words of the target's clause this close to it (in words, punctuation not counted) are "near". */
  static final int NEAR = 4;
  /** Valences up to this many words away count as "far"; further ones only in the clause and rest sums. */
  static final int FAR = 12;
  /** Words right before the target this close are the verb it is the object of. */
  static final int OBJECT_REACH = 2;
  /** Words right after the target this close are its predicate. */
  static final int PREDICATE_REACH = 3;

  private static final int CLAUSE_POS = at("clause_pos");
  private static final int OWN_POS = at("own_pos");
  private static final int OTHER_POS = at("other_pos");
  private static final int REST_POS = at("rest_pos");
  private static final int LEFT_NEAR_POS = at("left_near_pos");
  private static final int RIGHT_NEAR_POS = at("right_near_pos");
  private static final int LEFT_FAR_POS = at("left_far_pos");
  private static final int RIGHT_FAR_POS = at("right_far_pos");
  private static final int OBJECT_POS = at("object_pos");
  private static final int SUBJECT_POS = at("subject_pos");
  private static final int PATIENT_POS = at("patient_pos");
  private static final int QUOTE_POS = at("quote_pos");
  private static final int SPEAKER = at("speaker");
  private static final int SPEAKER_CLAUSE_POS = at("speaker_clause_pos");
  private static final int SPEAKER_REST_POS = at("speaker_rest_pos");
  private static final int AGENT = at("agent");
  private static final int AGENT_CLAUSE_POS = at("agent_clause_pos");
  private static final int AGENT_REST_POS = at("agent_rest_pos");
  private static final int IN_QUOTE = at("in_quote");
  private static final int IN_QUOTE_POS = at("in_quote_pos");
  private static final int POSSESSIVE = at("possessive");
  private static final int AGAINST = at("against");
  private static final int FIRST = at("first");
  private static final int TARGET_TIME = at("target_time");
  private static final int TARGET_PRONOUN = at("target_pronoun");
  private static final int TARGET_LOWER = at("target_lower");
  private static final int NO_VALENCE = at("no_valence");
  private static final int ANCHORS_IN_CLAUSE = at("anchors_in_clause");
  private static final int LENGTH = at("length");
  private static final int SENTENCE_SCORE = at("sentence_score");
  /** Valence sums ("_pos", "_neg"), squashed into (-1, 1); the flags are not. */
  private static final boolean[] SQUASHED = new boolean[NUMERIC.size()];

  static {
    for (int k = 0; k < NUMERIC.size(); k++) {
      SQUASHED[k] = NUMERIC.get(k).endsWith("_pos") || NUMERIC.get(k).endsWith("_neg");
    }
  }

  private static int at(String name) {
    int k = NUMERIC.indexOf(name);
    if (k < 0) {
      throw new IllegalStateException("no numeric feature " + name);
    }
    return k;
  }

  private final SentenceReading reading;

  /**
   * Whether {@link #target} lists the SL and SR words; {@link TargetSentiment} sums their weights once per sentence
   * instead (prefix sums), which gives the same logits.
   */
  boolean sides = true;

  // The features of the last target.
  final double[] numeric = new double[NUMERIC.size()];
  int[] wordTemplate = new int[64];
  int[] wordId = new int[64]; // stem ids
  int wordFeatures;

  TargetFeatures(Vocabulary vocabulary, SentimentScorer scorer, WordStems stems) {
    reading = new SentenceReading(vocabulary, scorer, stems);
  }

  /** Reads sentence {@code [fromToken, toToken)} of {@code t}; the targets that follow are inside it. */
  void sentence(Tokens t, int fromToken, int toToken) {
    reading.read(t, fromToken, toToken);
  }

  /** Fills the buffer with the features of target tokens {@code [targetFrom, targetTo)} of the sentence. */
  void target(int targetFrom, int targetTo) {
    SentenceReading s = reading;
    Arrays.fill(numeric, 0);
    wordFeatures = 0;
    int n = s.length();
    if (n <= 0) {
      numeric[NO_VALENCE] = 1;
      return;
    }
    // The target as offsets into the sentence, at least one token, clipped to it.
    int tf = Math.min(Math.max(targetFrom - s.from, 0), n - 1);
    int tt = Math.min(Math.max(targetTo - s.from, tf + 1), n);
    double[] x = numeric;
    int targetClause = s.clause[tf];
    int targetClauseEnd = s.clause[tt - 1];
    boolean targetQuoted = s.quoted[tf];
    int firstWordOfTarget = s.wordIndex[tf];
    int lastWordOfTarget = tt < n ? s.wordIndex[tt] - 1 : s.words - 1;
    // The target's clause (clause numbers only grow along the sentence).
    int clauseStart = tf;
    while (clauseStart > 0 && s.clause[clauseStart - 1] >= targetClause) {
      clauseStart--;
    }
    int clauseEnd = tt;
    while (clauseEnd < n && s.clause[clauseEnd] <= targetClauseEnd) {
      clauseEnd++;
    }
    // Words of the clause near the target, and the words whose nearest anchor it is.
    int anchorsInClause = 0;
    for (int k = clauseStart; k < clauseEnd; k++) {
      if (k == tf) {
        k = tt - 1; // the target's own tokens are not context
        continue;
      }
      anchorsInClause += s.anchor[k] ? 1 : 0;
      int id = s.contextIds[k];
      if (id < 0) {
        continue;
      }
      boolean left = k < tf;
      int d = left ? firstWordOfTarget - s.wordIndex[k] : s.wordIndex[k] - lastWordOfTarget;
      if (d <= NEAR) {
        addWord(left ? T_LEFT : T_RIGHT, id);
      }
      if ((!s.quoted[k] || targetQuoted) && s.nearestAnchorIsTarget(k, tf, tt)) {
        addWord(T_OWN, id);
      }
    }
    // The words right before and after the target, across punctuation.
    int before = tf - 1;
    while (before >= 0 && s.tokens.type(before + s.from) == Tokens.PUNCT) {
      before--;
    }
    if (before >= 0) {
      addWord(T_LEFT1, s.contextIds[before]);
    }
    int after = tt;
    while (after < n && s.tokens.type(after + s.from) == Tokens.PUNCT) {
      after++;
    }
    if (after < n) {
      addWord(T_RIGHT1, s.contextIds[after]);
    }
    if (sides) {
      for (int k = 0; k < n; k++) {
        if (k < tf || k >= tt) {
          addWord(k < tf ? T_SENTENCE_LEFT : T_SENTENCE_RIGHT, s.contextIds[k]);
        }
      }
    }
    // Valence sums.
    double clausePos = 0;
    double clauseNeg = 0;
    double restPos = 0;
    double restNeg = 0;
    double ownPos = 0;
    double ownNeg = 0;
    double otherPos = 0;
    double otherNeg = 0;
    for (int j = 0; j < s.valenceCount; j++) {
      int k = s.withValence[j];
      if (k >= tf && k < tt) {
        continue;
      }
      double v = s.valence[k];
      boolean left = k < tf;
      int d = left ? firstWordOfTarget - s.wordIndex[k] : s.wordIndex[k] - lastWordOfTarget;
      boolean inClause = k >= clauseStart && k < clauseEnd;
      boolean otherQuote = s.quoted[k] && !targetQuoted;
      if (inClause && d <= NEAR) {
        add(x, left ? LEFT_NEAR_POS : RIGHT_NEAR_POS, v);
      } else if (d <= FAR) {
        add(x, left ? LEFT_FAR_POS : RIGHT_FAR_POS, v);
      }
      if (otherQuote) {
        add(x, QUOTE_POS, v);
        continue;
      }
      if (!inClause) {
        if (v > 0) {
          restPos += v;
        } else {
          restNeg += v;
        }
        continue;
      }
      if (left && d <= OBJECT_REACH && s.nextAnchor[k] >= tf) {
        add(x, OBJECT_POS, v);
      } else if (!left && d <= PREDICATE_REACH && s.prevAnchor[k] < tt) {
        add(x, s.beBefore[k] > s.beBefore[tt] ? PATIENT_POS : SUBJECT_POS, v); // "X was attacked"
      }
      if (v > 0) {
        clausePos += v;
      } else {
        clauseNeg += v;
      }
      if (s.nearestAnchorIsTarget(k, tf, tt)) {
        if (v > 0) {
          ownPos += v;
        } else {
          ownNeg += v;
        }
      } else if (v > 0) {
        otherPos += v;
      } else {
        otherNeg += v;
      }
    }
    int previous = s.previousWord(tf);
    boolean speaker = s.isSpeaker(tf, tt);
    boolean agent = !speaker && previous >= 0 && s.is(previous + s.from, SentenceReading.BY);
    if (speaker) {
      x[SPEAKER] = 1;
      put(x, SPEAKER_CLAUSE_POS, clausePos, clauseNeg);
      put(x, SPEAKER_REST_POS, restPos, restNeg);
    } else if (agent) {
      x[AGENT] = 1;
      put(x, AGENT_CLAUSE_POS, clausePos, clauseNeg);
      put(x, AGENT_REST_POS, restPos, restNeg);
    } else {
      put(x, CLAUSE_POS, clausePos, clauseNeg);
      put(x, REST_POS, restPos, restNeg);
      put(x, OWN_POS, ownPos, ownNeg);
      put(x, OTHER_POS, otherPos, otherNeg);
    }
    if (targetQuoted) {
      x[IN_QUOTE] = 1;
      put(x, IN_QUOTE_POS, clausePos, clauseNeg);
    }
    for (int k = 0; k < x.length; k++) {
      if (x[k] != 0 && SQUASHED[k]) {
        x[k] = x[k] / (Math.abs(x[k]) + 2);
      }
    }
    x[POSSESSIVE] = s.tokens.has(tt - 1 + s.from, Tokens.POSSESSIVE) ? 1 : 0;
    x[AGAINST] = previous >= 0 && s.is(previous + s.from, SentenceReading.AGAINST_WORD) ? 1 : 0;
    x[FIRST] = firstWordOfTarget == 0 ? 1 : 0;
    for (int k = tf; k < tt; k++) {
      int i = k + s.from;
      if (s.tokens.isWord(i)) {
        x[TARGET_TIME] = s.is(i, SentenceReading.TIME) ? 1 : x[TARGET_TIME];
        x[TARGET_PRONOUN] = s.is(i, SentenceReading.PRONOUN) ? 1 : x[TARGET_PRONOUN];
        if (!s.tokens.has(i, Tokens.CAPITALIZED)) {
          x[TARGET_LOWER] = 1;
          addWord(T_TARGET, s.contextIds[k]);
        }
      }
    }
    x[NO_VALENCE] = s.valenceCount == 0 ? 1 : 0;
    x[ANCHORS_IN_CLAUSE] = Math.min(anchorsInClause, 4) / 4.0;
    x[LENGTH] = Math.min(s.words, 60) / 60.0;
    x[SENTENCE_SCORE] = s.sentenceScore;
  }

  /** The whole score ({@link SentimentScorer#scoreSentence}) of the sentence read. */
  double sentenceScore() {
    return reading.sentenceScore;
  }

  /** Tokens in the sentence read. */
  int length() {
    return reading.length();
  }

  /** Its first token. */
  int from() {
    return reading.from;
  }

  /**
   * The stem id ({@link WordStems}) that token {@code k} of the sentence (0 is its first) contributes to word
   * features: -1 for punctuation, numbers, names (capitalised words inside the sentence; pronouns count) and words
   * whose stem has no id.
   */
  int contextId(int k) {
    return reading.contextIds[k];
  }

  private void addWord(int template, int id) {
    if (id < 0) {
      return;
    }
    if (wordFeatures == wordTemplate.length) {
      wordTemplate = Arrays.copyOf(wordTemplate, wordFeatures * 2);
      wordId = Arrays.copyOf(wordId, wordFeatures * 2);
    }
    wordTemplate[wordFeatures] = template;
    wordId[wordFeatures] = id;
    wordFeatures++;
  }

  private static void add(double[] x, int posIndex, double v) {
    if (v > 0) {
      x[posIndex] += v;
    } else {
      x[posIndex + 1] += v;
    }
  }

  private static void put(double[] x, int posIndex, double pos, double neg) {
    x[posIndex] = pos;
    x[posIndex + 1] = neg;
  }
}