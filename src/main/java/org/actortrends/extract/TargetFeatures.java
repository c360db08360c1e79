package org.actortrends.extract;

import java.util.Arrays;
import java.util.List;

/**
 * The features of one target (a token range) in one sentence, for {@link TargetSentiment} and its trainer.
 *
 * <p>{@link #sentence} reads a sentence once: each word's valence after its shifters (the sentence scorer's own
 * negation, booster and idiom rules), quotes (curly quotes give their direction, straight ones alternate; a
 * sentence that starts inside a quote is seen by its closing mark), clauses (cut at clause punctuation, quote marks
 * and words such as "but", "while", "who", "because"), and <em>anchors</em>: capitalised words (a first word unless
 * it is a function word such as "The") and personal pronouns, the people a sentiment word may be about.
 * {@link #target} then fills a reusable buffer with the target's features:
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

  /** Targets that are times, not people (no "may", "march", "august": they are also names and verbs). */
  private static final List<String> TIME_WORDS = List.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "april", "june", "july", "september", "october", "november", "december", "today", "yesterday", "tomorrow",
      "week", "month", "year", "day", "night", "morning", "evening", "weekend");

  /** Verbs of reported speech: a target right before or after one is the speaker. */
  private static final List<String> SPEECH_VERBS = List.of(
      "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "wrote", "writes", "argued",
      "argues", "claimed", "claims", "insisted", "insists", "noted", "notes", "explained", "explains", "asked",
      "asks", "announced", "announces", "tweeted", "tweets", "declared", "declares", "warned", "warns",
      "suggested", "suggests", "acknowledged", "acknowledges", "replied", "replies", "responded", "responds",
      "recalled", "continued", "according", "countered", "stressed", "admitted", "conceded", "predicted",
      "observed", "remarked", "commented", "posted", "testified", "contended", "maintained", "quipped");
  /** Words that open a new clause. */
  private static final List<String> CLAUSE_WORDS = List.of(
      "but", "while", "although", "though", "whereas", "because", "who", "which", "whom", "whose", "after",
      "before", "since", "unless", "if", "when", "however", "yet");
  private static final List<String> PRONOUNS = List.of(
      "he", "she", "him", "her", "they", "them", "we", "us", "i", "me", "you", "his", "their", "himself",
      "herself", "themselves");

  /** Capitalised words that start sentences without naming anyone (a capitalised first word else is an anchor). */
  private static final List<String> FUNCTION_WORDS = List.of(
      "the", "a", "an", "this", "that", "these", "those", "there", "here", "it", "its", "in", "on", "at", "for",
      "from", "with", "without", "by", "of", "to", "as", "after", "before", "during", "since", "until", "when",
      "while", "if", "but", "and", "or", "so", "yet", "then", "now", "still", "also", "however", "meanwhile",
      "although", "though", "because", "despite", "instead", "indeed", "yes", "no", "not", "all", "some", "many",
      "most", "more", "other", "another", "each", "every", "both", "such", "what", "which", "who", "how", "why",
      "where", "one", "two", "last", "next", "first", "today", "yesterday", "earlier", "later", "over", "under",
      "about", "among", "between", "against", "according", "asked", "even", "only", "just", "perhaps", "maybe",
      "my", "our", "your", "his", "her", "their", "mr", "mrs", "ms", "dr");
  private static final List<String> BE_WORDS = List.of(
      "is", "are", "was", "were", "be", "been", "being", "got", "gets", "get");

  // Roles of words, as bits indexed by vocabulary id.
  private static final int SPEECH = 1;
  private static final int CLAUSE_WORD = 1 << 1;
  private static final int PRONOUN = 1 << 2;
  private static final int BY = 1 << 3;
  private static final int AGAINST_WORD = 1 << 4;
  private static final int TIME = 1 << 5;
  private static final int BE = 1 << 6;
  private static final int ACCORDING = 1 << 7;
  private static final int FUNCTION_WORD = 1 << 8;

  private final SentimentScorer scorer;
  private final WordStems stems;
  private final int[] roles;

  // The sentence being read.
  private Tokens tokens;
  private int from;
  private int to;
  private double sentenceScore;
  private double[] valence = new double[64];
  private int[] clause = new int[64];
  private boolean[] quoted = new boolean[64];
  private boolean[] anchor = new boolean[64];
  private int[] prevAnchor = new int[64];
  private int[] nextAnchor = new int[64];
  private int[] wordIndex = new int[64]; // words before token k (punctuation not counted)
  private int[] beBefore = new int[65]; // forms of "be" before token k
  private int[] contextIds = new int[64]; // see contextId
  private int[] withValence = new int[64]; // the tokens whose valence is not 0, in order
  private int valenceCount;
  private int words;

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
    this.scorer = scorer;
    this.stems = stems;
    int[] r = new int[0];
    r = mark(r, vocabulary, SPEECH_VERBS, SPEECH);
    r = mark(r, vocabulary, CLAUSE_WORDS, CLAUSE_WORD);
    r = mark(r, vocabulary, PRONOUNS, PRONOUN);
    r = mark(r, vocabulary, List.of("by"), BY);
    r = mark(r, vocabulary, List.of("against"), AGAINST_WORD);
    r = mark(r, vocabulary, TIME_WORDS, TIME);
    r = mark(r, vocabulary, BE_WORDS, BE);
    r = mark(r, vocabulary, List.of("according"), ACCORDING);
    r = mark(r, vocabulary, FUNCTION_WORDS, FUNCTION_WORD);
    roles = r;
  }

  private static int[] mark(int[] r, Vocabulary vocabulary, List<String> words, int role) {
    for (String w : words) {
      int id = vocabulary.add(w);
      if (id >= r.length) {
        r = Arrays.copyOf(r, Math.max(id + 1, r.length * 2));
      }
      r[id] |= role;
    }
    return r;
  }

  private boolean is(int i, int role) {
    int id = tokens.id(i);
    return tokens.isWord(i) && id >= 0 && id < roles.length && (roles[id] & role) != 0;
  }

  /** Reads sentence {@code [fromToken, toToken)} of {@code t}; the targets that follow are inside it. */
  void sentence(Tokens t, int fromToken, int toToken) {
    tokens = t;
    from = fromToken;
    to = toToken;
    int n = toToken - fromToken;
    if (valence.length < n) {
      int size = Math.max(n, valence.length * 2);
      valence = new double[size];
      clause = new int[size];
      quoted = new boolean[size];
      anchor = new boolean[size];
      prevAnchor = new int[size];
      nextAnchor = new int[size];
      wordIndex = new int[size];
      beBefore = new int[size + 1];
      contextIds = new int[size];
      withValence = new int[size];
    }
    sentenceScore = scorer.scoreSentence(t, fromToken, toToken, valence); // and each token's valence, read once
    valenceCount = 0;
    int c = 0;
    boolean inQuote = false;
    boolean sawQuote = false;
    words = 0;
    boolean firstWord = true;
    int be = 0;
    int lastAnchor = -1;
    for (int i = fromToken; i < toToken; i++) {
      int k = i - fromToken;
      if (k > 0 && anchor[k - 1]) {
        lastAnchor = k - 1;
      }
      prevAnchor[k] = lastAnchor;
      wordIndex[k] = words;
      beBefore[k] = be;
      anchor[k] = false;
      contextIds[k] = -1;
      if (t.type(i) == Tokens.PUNCT) {
        char p = t.punct(i);
        if (p == '"') {
          char raw = t.text().charAt(t.start(i));
          boolean opens = raw == '\u201C' || raw == '\u201E' || raw == '\u00AB'
              || (raw != '\u201D' && raw != '\u00BB' && !inQuote);
          if (!opens && !inQuote && !sawQuote) {
            // The sentence began inside a quote that opened before it.
            for (int j = 0; j < k; j++) {
              quoted[j] = true;
            }
          }
          inQuote = opens;
          sawQuote = true;
          quoted[k] = false;
          c++;
          clause[k] = c;
          continue;
        }
        if (isClausePunct(p)) {
          c++;
        }
        clause[k] = c;
        quoted[k] = inQuote;
        continue;
      }
      boolean word = t.isWord(i);
      int id = t.id(i);
      int role = word && id >= 0 && id < roles.length ? roles[id] : 0;
      if (!firstWord && (role & CLAUSE_WORD) != 0) {
        c++;
      }
      clause[k] = c;
      quoted[k] = inQuote;
      if (word) {
        double v = valence[k];
        if (v != 0) {
          withValence[valenceCount++] = k;
        }
        boolean pronoun = (role & PRONOUN) != 0;
        boolean capitalized = t.has(i, Tokens.CAPITALIZED) && !t.has(i, Tokens.ALL_CAPS);
        boolean name = !firstWord && capitalized;
        // A capitalised first word may be a name too ("Trump said"), unless it is a function word ("The").
        anchor[k] = pronoun || name || (firstWord && capitalized && (role & FUNCTION_WORD) == 0);
        contextIds[k] = name && !pronoun ? -1 : stems.of(t, i); // no names (a first word cannot be told from one)
        be += (role & BE) != 0 ? 1 : 0;
        firstWord = false;
      }
      words++;
    }
    beBefore[n] = be;
    int next = Integer.MAX_VALUE;
    for (int k = n - 1; k >= 0; k--) {
      nextAnchor[k] = next;
      if (anchor[k]) {
        next = k;
      }
    }
  }

  private static boolean isClausePunct(char p) {
    return p == ',' || p == ';' || p == ':' || p == '(' || p == ')' || p == '[' || p == ']' || p == '-'
        || p == '–' || p == '—' || p == '.' || p == '!' || p == '?' || p == '…';
  }

  /** Fills the buffer with the features of target tokens {@code [targetFrom, targetTo)} of the sentence. */
  void target(int targetFrom, int targetTo) {
    Arrays.fill(numeric, 0);
    wordFeatures = 0;
    int n = to - from;
    if (n <= 0) {
      numeric[NO_VALENCE] = 1;
      return;
    }
    // The target as offsets into the sentence, at least one token, clipped to it.
    int tf = Math.min(Math.max(targetFrom - from, 0), n - 1);
    int tt = Math.min(Math.max(targetTo - from, tf + 1), n);
    double[] x = numeric;
    int targetClause = clause[tf];
    int targetClauseEnd = clause[tt - 1];
    boolean targetQuoted = quoted[tf];
    int firstWordOfTarget = wordIndex[tf];
    int lastWordOfTarget = tt < n ? wordIndex[tt] - 1 : words - 1;
    // The target's clause (clause numbers only grow along the sentence).
    int clauseStart = tf;
    while (clauseStart > 0 && clause[clauseStart - 1] >= targetClause) {
      clauseStart--;
    }
    int clauseEnd = tt;
    while (clauseEnd < n && clause[clauseEnd] <= targetClauseEnd) {
      clauseEnd++;
    }
    // Words of the clause near the target, and the words whose nearest anchor it is.
    int anchorsInClause = 0;
    for (int k = clauseStart; k < clauseEnd; k++) {
      if (k == tf) {
        k = tt - 1; // the target's own tokens are not context
        continue;
      }
      anchorsInClause += anchor[k] ? 1 : 0;
      int id = contextIds[k];
      if (id < 0) {
        continue;
      }
      boolean left = k < tf;
      int d = left ? firstWordOfTarget - wordIndex[k] : wordIndex[k] - lastWordOfTarget;
      if (d <= NEAR) {
        addWord(left ? T_LEFT : T_RIGHT, id);
      }
      if ((!quoted[k] || targetQuoted) && nearestAnchorIsTarget(k, tf, tt)) {
        addWord(T_OWN, id);
      }
    }
    // The words right before and after the target, across punctuation.
    int before = tf - 1;
    while (before >= 0 && tokens.type(before + from) == Tokens.PUNCT) {
      before--;
    }
    if (before >= 0) {
      addWord(T_LEFT1, contextIds[before]);
    }
    int after = tt;
    while (after < n && tokens.type(after + from) == Tokens.PUNCT) {
      after++;
    }
    if (after < n) {
      addWord(T_RIGHT1, contextIds[after]);
    }
    if (sides) {
      for (int k = 0; k < n; k++) {
        if (k < tf || k >= tt) {
          addWord(k < tf ? T_SENTENCE_LEFT : T_SENTENCE_RIGHT, contextIds[k]);
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
    for (int j = 0; j < valenceCount; j++) {
      int k = withValence[j];
      if (k >= tf && k < tt) {
        continue;
      }
      double v = valence[k];
      boolean left = k < tf;
      int d = left ? firstWordOfTarget - wordIndex[k] : wordIndex[k] - lastWordOfTarget;
      boolean inClause = k >= clauseStart && k < clauseEnd;
      boolean otherQuote = quoted[k] && !targetQuoted;
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
      if (left && d <= OBJECT_REACH && nextAnchor[k] >= tf) {
        add(x, OBJECT_POS, v);
      } else if (!left && d <= PREDICATE_REACH && prevAnchor[k] < tt) {
        add(x, beBefore[k] > beBefore[tt] ? PATIENT_POS : SUBJECT_POS, v); // "X was attacked"
      }
      if (v > 0) {
        clausePos += v;
      } else {
        clauseNeg += v;
      }
      if (nearestAnchorIsTarget(k, tf, tt)) {
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
    int previous = previousWord(tf);
    boolean speaker = isSpeaker(tf, tt);
    boolean agent = !speaker && previous >= 0 && is(previous + from, BY);
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
    x[POSSESSIVE] = tokens.has(tt - 1 + from, Tokens.POSSESSIVE) ? 1 : 0;
    x[AGAINST] = previous >= 0 && is(previous + from, AGAINST_WORD) ? 1 : 0;
    x[FIRST] = firstWordOfTarget == 0 ? 1 : 0;
    for (int k = tf; k < tt; k++) {
      int i = k + from;
      if (tokens.isWord(i)) {
        x[TARGET_TIME] = is(i, TIME) ? 1 : x[TARGET_TIME];
        x[TARGET_PRONOUN] = is(i, PRONOUN) ? 1 : x[TARGET_PRONOUN];
        if (!tokens.has(i, Tokens.CAPITALIZED)) {
          x[TARGET_LOWER] = 1;
          addWord(T_TARGET, contextIds[k]);
        }
      }
    }
    x[NO_VALENCE] = valenceCount == 0 ? 1 : 0;
    x[ANCHORS_IN_CLAUSE] = Math.min(anchorsInClause, 4) / 4.0;
    x[LENGTH] = Math.min(words, 60) / 60.0;
    x[SENTENCE_SCORE] = sentenceScore;
  }

  /** The whole score ({@link SentimentScorer#scoreSentence}) of the sentence read. */
  double sentenceScore() {
    return sentenceScore;
  }

  /** Tokens in the sentence read. */
  int length() {
    return to - from;
  }

  /** Its first token. */
  int from() {
    return from;
  }

  /**
   * The stem id ({@link WordStems}) that token {@code k} of the sentence (0 is its first) contributes to word
   * features: -1 for punctuation, numbers, names (capitalised words inside the sentence; pronouns count) and words
   * whose stem has no id.
   */
  int contextId(int k) {
    return contextIds[k];
  }

  /**
   * Whether the anchor nearest to word {@code k} (in tokens; ties go to the target) is the target: no other anchor
   * stands between them or closer on the far side.
   */
  private boolean nearestAnchorIsTarget(int k, int tf, int tt) {
    if (k < tf) {
      return nextAnchor[k] >= tf && (prevAnchor[k] < 0 || k - prevAnchor[k] >= tf - k);
    }
    return prevAnchor[k] < tt && nextAnchor[k] - k >= k - (tt - 1);
  }

  /**
   * "X said", "X also said", "X told", "said X", "said spokesman X", "according to X": a speech verb within two
   * words after the target (no punctuation but quote marks between) or three before it (no comma between).
   */
  private boolean isSpeaker(int tf, int tt) {
    int n = to - from;
    int seen = 0;
    for (int k = tt; k < n && seen < 2; k++) {
      int i = k + from;
      if (tokens.type(i) == Tokens.PUNCT) {
        if (tokens.punct(i) != '"') {
          break; // "Critics slammed X, officials said": X is not the speaker
        }
        continue;
      }
      if (is(i, SPEECH)) {
        return true;
      }
      seen++;
    }
    seen = 0;
    for (int k = tf - 1; k >= 0 && seen < 3; k--) {
      int i = k + from;
      if (tokens.type(i) == Tokens.PUNCT) {
        if (tokens.punct(i) == ',') {
          break;
        }
        continue;
      }
      if (is(i, SPEECH)) {
        // "..., said X" and "according to X", not "Merz said the plan ..."
        return k == 0 || tokens.type(i - 1) == Tokens.PUNCT || is(i, ACCORDING);
      }
      seen++;
    }
    return false;
  }


  private int previousWord(int k) {
    for (int j = k - 1; j >= 0; j--) {
      if (tokens.isWord(j + from)) {
        return j;
      }
      if (tokens.punct(j + from) != '"') {
        return -1;
      }
    }
    return -1;
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
