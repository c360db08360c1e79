package org.actortrends.extract;

import static org.actortrends.extract.SpeechSubjects.ACTOR;
import static org.actortrends.extract.SpeechSubjects.COORDINATED;
import static org.actortrends.extract.SpeechSubjects.NOT_AN_ACTOR;
import static org.actortrends.extract.SpeechSubjects.NO_SUBJECT;
import static org.actortrends.extract.SpeechSubjects.PRONOUN;

import java.util.List;

/**
 * Reads each verb of saying and "according to" outside quotes for {@link QuoteAttribution}, within its sentence:
 * whether it attributes anything at all ("is said to", "that said"), its subject (through {@link SpeechSubjects}),
 * and the words it attributes (after it, the quote before the subject, or the clause before a trailing
 * attribution), added to {@link SpeechSpans}. The rules "Verbs of saying", "Not attributions" and "What is said" of
 * {@link QuoteAttribution}; who "he"/"she" stands for is found once all speech is known ({@link SpeakerResolver}).
 */
final class SpeechVerbs {
  private final SpeechWords words;
  private final SpeechQuotes quotes;
  private final SpeechSubjects subjects;
  private final SpeechSpans spans;

  // The article being read, during read().
  private Tokens t;
  private List<Mention> mentions;

  /** Set by {@link #wordsEnd}. */
  private boolean wordsSaySomething;

  SpeechVerbs(SpeechWords words, SpeechQuotes quotes, SpeechSubjects subjects, SpeechSpans spans) {
    this.words = words;
    this.quotes = quotes;
    this.subjects = subjects;
    this.spans = spans;
  }

  /**
   * Adds the speech of each candidate in turn, in text order: token {@code candidates[c]} of sentence
   * {@code candidateSentence[c]}, a verb of saying or "according" outside quotes. Every quote of the article is
   * paired and {@link SpeechSubjects} has begun on it.
   */
  void read(Tokens tokens, List<Mention> articleMentions, int[] candidates, int[] candidateSentence, int count) {
    t = tokens;
    mentions = articleMentions;
    for (int c = 0; c < count; c++) {
      int i = candidates[c];
      int s = candidateSentence[c];
      int id = t.id(i);
      byte kind = words.verbKind(id);
      if (kind != 0) {
        reportingVerb(i, s, kind);
      } else if (i + 1 < t.sentenceEnd(s) && t.id(i + 1) == words.to) {
        accordingTo(i, s);
      }
    }
    t = null;
    mentions = null;
  }

  private boolean isWord(int i) {
    return t.type(i) == Tokens.WORD;
  }

  private boolean isPunct(int i, char p) {
    return t.type(i) == Tokens.PUNCT && t.punct(i) == p;
  }

  /**
   * The quote closed at token {@code close} if an attribution right after it may claim it: not already part of
   * earlier speech, and either in the attribution's sentence or ending it with "!" or "?" ("…!" Trump said); a quote
   * ending "." before a new sentence is not attributed by the sentence after it.
   */
  private int attributableQuote(int close, int sStart) {
    int q = quotes.closedAt(t, close);
    if (q < 0) {
      return -1;
    }
    if (spans.holding(quotes.open(q)) >= 0) {
      return -1;
    }
    if (close < sStart) {
      int last = close - 1;
      while (last > quotes.open(q) && t.type(last) == Tokens.PUNCT && t.punct(last) == '"') {
        last--;
      }
      boolean exclaims = t.type(last) == Tokens.PUNCT && (t.punct(last) == '!' || t.punct(last) == '?');
      if (!exclaims) {
        return -1;
      }
    }
    return q;
  }

  private void reportingVerb(int v, int s, byte kind) {
    int sStart = t.sentenceStart(s);
    int sEnd = t.sentenceEnd(s);
    int prev = v - 1;
    boolean ing = words.isProgressive(t.id(v));
    if (ing && prev >= sStart && isWord(prev) && words.isBeAuxiliary(t.id(prev))) {
      prev--; // "Zelensky is warning": an auxiliary, not a passive
    }
    if (prev >= sStart && isWord(prev) && words.isBe(t.id(prev)) && !(ing && prev < v - 1)) {
      return; // "is said to", "was praised by", "having said", "the said agreement"
    }
    if (prev >= sStart && t.id(prev) == words.that && v + 1 < sEnd && isPunct(v + 1, ',')) {
      return; // "That said, ..."
    }
    if (v + 1 < sEnd && t.id(v + 1) == words.than) {
      return; // "easier said than done"
    }
    if (v + 2 < sEnd && t.id(v + 1) == words.to && (t.id(v + 2) == words.beId || t.id(v + 2) == words.haveId)) {
      return; // "said to be"
    }
    int p = prev;
    for (int skipped = 0; p >= sStart && isWord(p) && skipped < 4; skipped++) {
      if (words.isAdverb(t.id(p))) {
        p--;
      } else if (words.isTimeWord(t.id(p)) && p - 1 >= sStart && isWord(p - 1) && words.isTimeLead(t.id(p - 1))) {
        p -= 2; // "on Tuesday", "last week"
      } else {
        break;
      }
    }
    boolean participleAfterComma = p >= sStart && isPunct(p, ',') && words.isParticiple(t.id(v));
    int subjectKind;
    if (participleAfterComma) {
      subjectKind = COORDINATED; // ", saying …": the subject of the sentence speaks
    } else {
      subjectKind = subjects.endingAt(p, sStart);
    }
    if (subjectKind == NOT_AN_ACTOR && words.isNounLike(t.id(v))) {
      return; // "new pledges of aid"
    }
    int clauseStart = clauseStart(s, sStart);

    if (subjectKind == ACTOR || subjectKind == PRONOUN || subjectKind == NOT_AN_ACTOR) {
      int subjectStart = subjects.start();
      int pronoun = subjectKind == PRONOUN ? subjectStart : -1;
      int mention = subjectKind == ACTOR ? subjects.mention() : -1;
      // A closing quote right before the subject: those are the words ("…," Zelensky said).
      int b = subjectStart - 1;
      if (b >= 0 && isPunct(b, ',') && !t.has(subjectStart, Tokens.LINE_START)) {
        b--;
      }
      int q = t.has(subjectStart, Tokens.LINE_START) ? -1 : attributableQuote(b, sStart);
      if (q >= 0) {
        int from = quotes.open(q) < sStart ? quotes.open(q) : Math.min(quotes.open(q), clauseStart);
        addSpan(Speech.Kind.QUOTE, from, subjectStart, mention, pronoun, -1, v + 1, s);
        return;
      }
      if (mention < 0 && spans.insideEarlierSpeech(s, v) && !opensClause(subjectStart, sStart)) {
        return; // "Macron said that officials had told him …": still Macron's words
      }
      int from = forwardStart(kind, v, sEnd);
      int end = wordsEnd(from, sEnd);
      boolean said = wordsSaySomething;
      boolean commaBefore = subjectStart - 1 >= sStart && isPunct(subjectStart - 1, ',');
      if (commaBefore && hasContent(clauseStart, subjectStart - 1) && (trailsOff(v, sEnd) || !said)) {
        // "The two will meet, the Kremlin said on Thursday": the words come before.
        addSpan(Speech.Kind.REPORTED, clauseStart, subjectStart - 1, mention, pronoun, -1, v + 1, s);
        return;
      }
      if (said) {
        cutEarlierSpeech(s, subjectStart);
        addSpan(Speech.Kind.REPORTED, from, end, mention, pronoun, -1, v + 1, s);
      }
      return;
    }

    // No subject before the verb: inverted ("…," said Zelensky / "…, said the Kremlin spokesman").
    int b = v - 1 >= sStart && isPunct(v - 1, ',') ? v - 2 : v - 1;
    int q = t.has(v, Tokens.LINE_START) ? -1 : attributableQuote(b, sStart);
    boolean afterComma = v - 1 >= sStart && isPunct(v - 1, ',');
    if (q >= 0 || (afterComma && subjectKind == NO_SUBJECT)) {
      int a = v + 1 < sEnd && isWord(v + 1) && words.isDeterminer(t.id(v + 1)) ? v + 2 : v + 1;
      int m = a < sEnd ? subjects.mentionStartingAt(a) : -1;
      if (m >= 0 && t.has(mentions.get(m).endToken() - 1, Tokens.POSSESSIVE)) {
        m = -1; // "said Zelensky's spokesman"
      }
      int frameEnd = m >= 0 ? mentions.get(m).endToken() : v + 1;
      if (q >= 0) {
        int from = quotes.open(q) < sStart ? quotes.open(q) : Math.min(quotes.open(q), clauseStart);
        addSpan(Speech.Kind.QUOTE, from, v, m, -1, -1, frameEnd, s);
        return;
      }
      if (m >= 0 && hasContent(clauseStart, v - 1)) {
        addSpan(Speech.Kind.REPORTED, clauseStart, v - 1, m, -1, -1, frameEnd, s);
        return;
      }
    }

    // A verb without a subject of its own: it continues the statement of its sentence, or takes the sentence's
    // subject ("Trump rejected the plan, saying …", "He rated the call, and denied that …").
    if (subjectKind != COORDINATED || spans.hasSpeechFramedIn(s)) {
      return;
    }
    int subject = subjects.ofSentence(s, sStart, v);
    int from = forwardStart(kind, v, sEnd);
    int end = wordsEnd(from, sEnd);
    if (subject != NO_SUBJECT && wordsSaySomething) {
      addSpan(Speech.Kind.REPORTED, from, end, subject == ACTOR ? subjects.mention() : -1,
          subject == PRONOUN ? subjects.start() : -1, -1, v + 1, s);
    }
  }

  /** A subject right after ", and" / ", but" / ", while": a clause of its own, not words inside a statement. */
  private boolean opensClause(int subjectStart, int sStart) {
    int b = subjectStart - 1;
    return b - 1 >= sStart && isWord(b) && (t.id(b) == words.and || words.isContrast(t.id(b))) && isPunct(b - 1, ',');
  }

  /**
   * Where the words that start at {@code from} end: the sentence end, or a semicolon, or a comma and a contrasting
   * conjunction that starts a clause of its own ("…, but it has drawn criticism", "…, while Democrats warned"),
   * outside quotes. Sets {@link #wordsSaySomething}: whether those words hold more than "on Tuesday" (see
   * {@link #hasContent}).
   */
  private int wordsEnd(int from, int sEnd) {
    wordsSaySomething = false;
    for (int i = from; i < sEnd; i++) {
      if (t.type(i) != Tokens.PUNCT) {
        wordsSaySomething |= !words.isFiller(t.id(i)) && !words.isIntro(t.id(i));
        continue;
      }
      char c = t.punct(i);
      if (c == '"') {
        wordsSaySomething = true;
      } else if (c == ';' && i + 1 < sEnd && quotes.at(i) < 0) {
        return i;
      } else if (c == ',' && i + 2 < sEnd && isWord(i + 1) && words.isContrast(t.id(i + 1))) {
        int next = t.id(i + 2);
        boolean sameSpeaker = next == words.that || words.verbKind(next) != 0
            || words.isAdverb(next) || t.type(i + 2) == Tokens.PUNCT;
        if (!sameSpeaker && quotes.at(i) < 0) {
          return i;
        }
      }
    }
    return sEnd;
  }

  /** Where the words of a verb of saying begin when they follow it. */
  private int forwardStart(byte kind, int v, int sEnd) {
    if (kind == SpeechWords.TELL) {
      for (int j = v + 1; j < sEnd && j <= v + 10; j++) {
        if (t.type(j) == Tokens.PUNCT) {
          char c = t.punct(j);
          if (c == ':') {
            return j + 1;
          }
          if (c == ';') {
            break;
          }
          int q = c == '"' ? quotes.at(j) : -1;
          if (q >= 0 && quotes.open(q) == j) {
            return j;
          }
        } else if (t.id(j) == words.that) {
          return j + 1;
        }
      }
      int a = v + 1 < sEnd && isWord(v + 1) && words.isDeterminer(t.id(v + 1)) ? v + 2 : v + 1;
      int m = a < sEnd ? subjects.mentionStartingAt(a) : -1;
      return m >= 0 ? mentions.get(m).endToken() : Math.min(v + 2, sEnd); // past the addressee
    }
    int from = v + 1;
    while (from < sEnd && t.type(from) == Tokens.PUNCT && (t.punct(from) == ',' || t.punct(from) == ':')) {
      from++;
    }
    return from;
  }

  /**
   * After the verb, nothing or a short phrase of time or place ("on Thursday", "in a statement") before a comma or
   * the end: an attribution that trails its words.
   */
  private boolean trailsOff(int v, int sEnd) {
    for (int j = v + 1, wordCount = 0; j < sEnd; j++) {
      if (t.type(j) == Tokens.PUNCT) {
        char c = t.punct(j);
        return c == ',' || c == ';' || c == '.' || c == '!' || c == '?' || c == '—';
      }
      if (wordCount == 0 && !words.isTrailStart(t.id(j))) {
        return false;
      }
      if (t.id(j) == words.that || ++wordCount > 5) {
        return false;
      }
    }
    return true;
  }

  /** Some word in {@code [from, to)} that says something (not only "on Tuesday"), or a quote. */
  private boolean hasContent(int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.type(i) == Tokens.PUNCT ? t.punct(i) == '"' : !words.isFiller(t.id(i)) && !words.isIntro(t.id(i))) {
        return true;
      }
    }
    return false;
  }

  /** Where a clause of sentence {@code s} may begin: after the last attribution already found in it. */
  private int clauseStart(int s, int sStart) {
    int from = sStart;
    for (int k = spans.firstFramedIn(s); k < spans.count(); k++) {
      if (spans.frameSentence(k) == s) {
        from = Math.max(from, Math.max(spans.frameEnd(k), spans.to(k)));
      }
    }
    while (from < t.sentenceEnd(s) && t.type(from) == Tokens.PUNCT && t.punct(from) == ',') {
      from++;
    }
    return from;
  }

  /** A new attribution in sentence {@code s} at {@code frameStart} ends the words of an earlier one there. */
  private void cutEarlierSpeech(int s, int frameStart) {
    for (int k = spans.firstFramedIn(s); k < spans.count(); k++) {
      if (spans.frameSentence(k) == s && spans.from(k) < frameStart && spans.to(k) > frameStart) {
        int to = frameStart;
        while (to - 1 > spans.from(k) && (isWord(to - 1) ? words.isIntro(t.id(to - 1))
            : t.punct(to - 1) != '"' && t.type(to - 1) == Tokens.PUNCT)) {
          to--; // not the "…, while" or "that" before the next speaker
        }
        spans.setTo(k, to);
      }
    }
  }

  private void accordingTo(int a, int s) {
    int sStart = t.sentenceStart(s);
    int sEnd = t.sentenceEnd(s);
    int first = a + 2 < sEnd && isWord(a + 2) && words.isDeterminer(t.id(a + 2)) ? a + 3 : a + 2;
    int m = first < sEnd ? subjects.mentionStartingAt(first) : -1;
    int frameEnd;
    if (m >= 0) {
      int end = mentions.get(m).endToken();
      boolean heads = !t.has(end - 1, Tokens.POSSESSIVE)
          && (end >= sEnd || !isWord(end) || words.isAfterAccording(t.id(end)));
      if (!heads) {
        m = -1;
      }
    }
    if (m >= 0) {
      frameEnd = mentions.get(m).endToken();
    } else {
      frameEnd = a + 2;
      while (frameEnd < sEnd && !(t.type(frameEnd) == Tokens.PUNCT && t.punct(frameEnd) != '\'')) {
        frameEnd++;
      }
    }
    int clauseStart = clauseStart(s, sStart);
    if (hasContent(clauseStart, a)) {
      int to = a - 1 >= clauseStart && isPunct(a - 1, ',') ? a - 1 : a;
      addSpan(Speech.Kind.ACCORDING, clauseStart, to, m, -1, -1, frameEnd, s);
    } else {
      int from = frameEnd;
      while (from < sEnd && t.type(from) == Tokens.PUNCT && t.punct(from) == ',') {
        from++;
      }
      if (hasContent(from, sEnd)) {
        addSpan(Speech.Kind.ACCORDING, from, sEnd, m, -1, -1, frameEnd, s);
      }
    }
  }

  private int addSpan(Speech.Kind kind, int from, int to, int mention, int pronoun, int link, int frameEnd,
      int frameSentence) {
    int speaker = mention >= 0 ? mentions.get(mention).actor() : -1;
    return spans.add(kind, from, to, mention, speaker, pronoun, link, frameEnd, frameSentence);
  }
}
