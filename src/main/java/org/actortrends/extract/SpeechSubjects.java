package org.actortrends.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the subject of a verb of saying for {@link QuoteAttribution}: the actor mention that heads it (past a
 * parenthesis, an apposition, or a title the dictionary does not join to the name), "he"/"she", some other words,
 * or none; and the subject of a whole sentence, which "…, saying" and "he" at a sentence start fall back on. Holds
 * the article's mentions indexed by their first and last token, which these rules (and the attribution's look for a
 * speaker after an inverted verb) ask about token by token. The answer's mention and first token are left in
 * {@link #mention()} and {@link #start()}: no object per question.
 */
final class SpeechSubjects {
  // What findSubject found.
  static final int NO_SUBJECT = 0;
  static final int ACTOR = 1;
  static final int PRONOUN = 2;
  static final int NOT_AN_ACTOR = 3;
  /** No subject of its own: the verb follows "and" / "but", or a comma (", saying"). */
  static final int COORDINATED = 4;

  private final SpeechWords words;
  private final SpeechQuotes quotes;
  private Tokens t;
  private List<Mention> mentions;
  /** The longest mention ending / starting at each token, or -1; kept at -1 between articles. */
  private int[] mentionEndingAt = filled(512);
  private int[] mentionStartingAt = filled(512);
  private int kind;
  private int mention;
  private int start;

  SpeechSubjects(SpeechWords words, SpeechQuotes quotes) {
    this.words = words;
    this.quotes = quotes;
  }

  private static int[] filled(int size) {
    int[] a = new int[size];
    Arrays.fill(a, -1);
    return a;
  }

  /** Starts on an article: indexes its mentions (the matcher's, in text order) by token. */
  void begin(Tokens tokens, List<Mention> articleMentions) {
    t = tokens;
    mentions = articleMentions;
    int n = tokens.size();
    if (mentionEndingAt.length < n) {
      int size = Math.max(n, mentionEndingAt.length * 2);
      mentionEndingAt = filled(size); // only mentions' tokens are set, and reset by end()
      mentionStartingAt = filled(size);
    }
    for (int m = 0; m < mentions.size(); m++) {
      Mention x = mentions.get(m);
      int last = x.endToken() - 1;
      int e = mentionEndingAt[last];
      if (e < 0 || mentions.get(e).firstToken() > x.firstToken()) {
        mentionEndingAt[last] = m; // the longest mention ending there
      }
      int s = mentionStartingAt[x.firstToken()];
      if (s < 0 || mentions.get(s).endToken() < x.endToken()) {
        mentionStartingAt[x.firstToken()] = m;
      }
    }
  }

  /** Done with the article: clears the index for the next. */
  void end() {
    for (Mention x : mentions) {
      mentionEndingAt[x.endToken() - 1] = -1;
      mentionStartingAt[x.firstToken()] = -1;
    }
    t = null;
    mentions = null;
  }

  /** The longest mention that starts at token {@code i}, or -1. */
  int mentionStartingAt(int i) {
    return mentionStartingAt[i];
  }

  /** The mention of the last subject found, when it is an {@link #ACTOR}. */
  int mention() {
    return mention;
  }

  /** The first token of the last subject found. */
  int start() {
    return start;
  }

  /** The subject ending at token {@code p}, before a verb (or its adverbs), in the sentence from {@code sStart}. */
  int endingAt(int p, int sStart) {
    findSubject(p, sStart, true);
    return kind;
  }

  private boolean isWord(int i) {
    return t.type(i) == Tokens.WORD;
  }

  private boolean isPunct(int i, char p) {
    return t.type(i) == Tokens.PUNCT && t.punct(i) == p;
  }

  /**
   * Finds the subject ending at token {@code p} into kind / mention / start. A comma may end a parenthesis or
   * apposition after the subject ("Orbán, who …, said"; "Zelensky, the Ukrainian president, said").
   */
  private void findSubject(int p, int sStart, boolean parenthesis) {
    kind = NO_SUBJECT;
    mention = -1;
    start = -1;
    if (p < sStart) {
      return;
    }
    if (t.type(p) == Tokens.PUNCT) {
      if (t.punct(p) != ',' || !parenthesis) {
        return;
      }
      int m = p - 1 >= sStart ? mentionEndingAt[p - 1] : -1;
      if (m >= 0 && headsSubject(m, sStart)) {
        actorSubject(m, sStart);
        return;
      }
      int c = openingComma(p, sStart);
      if (c >= 0) {
        findSubject(c - 1, sStart, false);
        if (kind == COORDINATED) {
          kind = NO_SUBJECT;
        }
      }
      return;
    }
    if (!isWord(p)) {
      return;
    }
    int id = t.id(p);
    if (id == words.who || id == words.which) {
      int q = p - 1;
      if (q >= sStart && isPunct(q, ',')) {
        q--;
      }
      findSubject(q, sStart, false);
      if (kind == COORDINATED) {
        kind = NO_SUBJECT;
      }
      return;
    }
    int m = mentionEndingAt[p];
    if (m >= 0) {
      if (!t.has(p, Tokens.POSSESSIVE) && (headsSubject(m, sStart) || afterWith(m, sStart))) {
        actorSubject(m, sStart);
      } else {
        otherSubject(p, sStart);
      }
      return;
    }
    if (words.isHeShe(id)) {
      kind = PRONOUN;
      start = p;
      return;
    }
    if (words.isOtherPronoun(id)) {
      kind = NOT_AN_ACTOR;
      start = p;
      return;
    }
    if (words.isNotSubject(id)) {
      kind = id == words.and || id == words.but ? COORDINATED : NO_SUBJECT;
      return;
    }
    otherSubject(p, sStart);
  }

  /** "…, with the Chinese president describing …": an actor after "with" before a participle speaks. */
  private boolean afterWith(int m, int sStart) {
    int b = mentions.get(m).firstToken() - 1;
    if (b >= sStart && isWord(b) && words.isDeterminer(t.id(b))) {
      b--;
    }
    int v = mentions.get(m).endToken();
    while (v < t.size() && isWord(v) && words.isAdverb(t.id(v))) {
      v++;
    }
    return b >= sStart && t.id(b) == words.with && v < t.size() && words.isProgressive(t.id(v));
  }

  private void actorSubject(int m, int sStart) {
    kind = ACTOR;
    mention = m;
    int first = mentions.get(m).firstToken();
    if (first - 1 >= sStart && isWord(first - 1) && words.isDeterminer(t.id(first - 1))) {
      first--;
    }
    start = first;
  }

  /** A subject that is not an actor: the words back to the previous punctuation (at most eight). */
  private void otherSubject(int p, int sStart) {
    kind = NOT_AN_ACTOR;
    int first = p;
    while (first - 1 >= sStart && first > p - 8 && t.type(first - 1) != Tokens.PUNCT) {
      first--;
    }
    while (first < p && isWord(first) && words.isIntro(t.id(first))) {
      first++; // "…, and the UN human rights office warned": the subject starts after "and"
    }
    start = first;
  }

  /**
   * Whether mention {@code m} heads a subject: it starts its sentence (after "the", "a") or follows punctuation or
   * a conjunction or adverb that opens a clause; not "close to Modi", not "Macron and Merz".
   */
  private boolean headsSubject(int m, int sStart) {
    int first = mentions.get(m).firstToken();
    int b = first - 1;
    for (int k = 0; k < 4 && b >= sStart && isWord(b) && !words.isIntro(t.id(b)) && mentionEndingAt[b] < 0
        && (t.has(b, Tokens.CAPITALIZED) || words.isTitleWord(t.id(b))); k++) {
      b--; // a title the dictionary does not join to the name: "Vice President JD Vance", "former prime minister"
    }
    if (b >= sStart && isWord(b) && words.isDeterminer(t.id(b))) {
      b--;
    }
    if (b < sStart || t.type(b) == Tokens.PUNCT) {
      return true;
    }
    int id = t.id(b);
    if (isWord(b) && words.isTimeWord(id)) {
      return true; // "In a speech this week Khamenei described …"
    }
    if (!isWord(b) || !words.isIntro(id)) {
      return false;
    }
    return id != words.and || b - 1 < sStart || mentionEndingAt[b - 1] < 0; // "Macron and Merz said": no one alone
  }

  /** The comma that opens the parenthesis closed by the comma at {@code close}, skipping whole quotes; or -1. */
  private int openingComma(int close, int sStart) {
    for (int i = close - 1; i >= sStart && i > close - 40; i--) {
      if (t.type(i) != Tokens.PUNCT) {
        continue;
      }
      int q = quotes.closedAt(t, i);
      if (q >= 0) {
        if (quotes.open(q) <= sStart) {
          return -1;
        }
        i = quotes.open(q);
        continue;
      }
      char c = t.punct(i);
      if (c == ',') {
        return i;
      }
      if (c == '"' || c == ';' || c == ':') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The subject of sentence {@code s}, before token {@code v}: its first actor mention if that heads a subject, or
   * "he"/"she" at the start of a clause; none once a lower-case word other than a conjunction, adverb or article
   * comes first ("Critics attacked Trump, saying …" has no actor subject). Sets mention / start.
   */
  int ofSentence(int s, int sStart, int v) {
    for (int i = sStart; i < v; i++) {
      int m = mentionStartingAt[i];
      if (m >= 0) {
        if (!t.has(mentions.get(m).endToken() - 1, Tokens.POSSESSIVE) && headsSubject(m, sStart)) {
          mention = m;
          start = i;
          return ACTOR;
        }
        i = nextComma(i, v); // not a subject: perhaps after a fronted phrase ("Speaking at …, the president")
        continue;
      }
      if (!isWord(i)) {
        continue;
      }
      int id = t.id(i);
      if (words.isHeShe(id) && (i == sStart || t.type(i - 1) == Tokens.PUNCT || words.isIntro(t.id(i - 1)))) {
        start = i;
        return PRONOUN;
      }
      if (!t.has(i, Tokens.CAPITALIZED) && !words.isIntro(id) && !words.isDeterminer(id)) {
        i = nextComma(i, v);
      }
    }
    return NO_SUBJECT;
  }

  /** The next comma after {@code i} and before {@code v}, or {@code v}. */
  private int nextComma(int i, int v) {
    for (int j = i + 1; j < v; j++) {
      if (isPunct(j, ',') && quotes.at(j) < 0) {
        return j;
      }
    }
    return v;
  }
}
