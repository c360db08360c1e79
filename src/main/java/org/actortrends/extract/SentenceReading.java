package org.actortrends.extract;

import java.util.Arrays;
import java.util.List;

/**
 * One sentence read once, for the targets in it ({@link TargetFeatures}): each word's valence after its shifters
 * (the sentence scorer's own negation, booster and idiom rules), quotes (curly quotes give their direction, straight
 * ones alternate; a sentence that starts inside a quote is seen by its closing mark), clauses (cut at clause
 * punctuation, quote marks and words such as "but", "while", "who", "because"), and <em>anchors</em>: capitalised
 * words (a first word unless it is a function word such as "The") and personal pronouns, the people a sentiment
 * word may be about. It also knows the words with a role: speech verbs, "by", "against", forms of "be", times.
 *
 * <p>The arrays are indexed by token offset in the sentence (0 is its first token); they grow to the longest
 * sentence and are reused. Not thread-safe: one per {@link TargetFeatures}.
 */
final class SentenceReading {
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
  static final int PRONOUN = 1 << 2;
  static final int BY = 1 << 3;
  static final int AGAINST_WORD = 1 << 4;
  static final int TIME = 1 << 5;
  private static final int BE = 1 << 6;
  private static final int ACCORDING = 1 << 7;
  private static final int FUNCTION_WORD = 1 << 8;

  private final SentimentScorer scorer;
  private final WordStems stems;
  private final int[] roles;

  // The sentence read: fields, not getters, so that the per-target loops of TargetFeatures read them directly.
  Tokens tokens;
  int from;
  int to;
  double sentenceScore;
  double[] valence = new double[64];
  int[] clause = new int[64];
  boolean[] quoted = new boolean[64];
  boolean[] anchor = new boolean[64];
  int[] prevAnchor = new int[64];
  int[] nextAnchor = new int[64];
  int[] wordIndex = new int[64]; // words before token k (punctuation not counted)
  int[] beBefore = new int[65]; // forms of "be" before token k
  int[] contextIds = new int[64]; // see TargetFeatures.contextId
  int[] withValence = new int[64]; // the tokens whose valence is not 0, in order
  int valenceCount;
  int words;

  SentenceReading(Vocabulary vocabulary, SentimentScorer scorer, WordStems stems) {
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

  /** Whether token {@code i} of the tokens (not an offset in the sentence) is a word with {@code role}. */
  boolean is(int i, int role) {
    int id = tokens.id(i);
    return tokens.isWord(i) && id >= 0 && id < roles.length && (roles[id] & role) != 0;
  }

  /** Reads sentence {@code [fromToken, toToken)} of {@code t}. */
  void read(Tokens t, int fromToken, int toToken) {
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

  /** Tokens in the sentence read. */
  int length() {
    return to - from;
  }

  /**
   * Whether the anchor nearest to word {@code k} (in tokens; ties go to the target) is the target, offsets
   * {@code [tf, tt)}: no other anchor stands between them or closer on the far side.
   */
  boolean nearestAnchorIsTarget(int k, int tf, int tt) {
    if (k < tf) {
      return nextAnchor[k] >= tf && (prevAnchor[k] < 0 || k - prevAnchor[k] >= tf - k);
    }
    return prevAnchor[k] < tt && nextAnchor[k] - k >= k - (tt - 1);
  }

  /**
   * "X said", "X also said", "X told", "said X", "said spokesman X", "according to X": a speech verb within two
   * words after the target (no punctuation but quote marks between) or three before it (no comma between).
   */
  boolean isSpeaker(int tf, int tt) {
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

  /** The offset of the word right before offset {@code k}, past quote marks only; -1 if anything else is first. */
  int previousWord(int k) {
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
}
