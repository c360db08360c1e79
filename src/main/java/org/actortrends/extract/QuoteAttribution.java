package org.actortrends.extract;

import static org.actortrends.extract.SpeechSubjects.ACTOR;
import static org.actortrends.extract.SpeechSubjects.COORDINATED;
import static org.actortrends.extract.SpeechSubjects.NOT_AN_ACTOR;
import static org.actortrends.extract.SpeechSubjects.NO_SUBJECT;
import static org.actortrends.extract.SpeechSubjects.PRONOUN;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the speech of an article (quotes and reported statements), attributes each piece to the actor who says it
 * when the text names one, and gives every mention a {@link MentionRole}. Works on the tokens and the matcher's
 * mentions, with int arrays reused from article to article; no regular expressions, no per-token allocation.
 *
 * <p>Rules, in the order they apply (README, "How extraction works", has the short version):
 *
 * <ol>
 *   <li><b>Quotes</b> are paired within a paragraph, the marks taken in turn (straight or curly, which writers mix);
 *       a quote still open at the end of a paragraph ends there. Verbs inside quotes are the speaker's own words and
 *       never attribute anything.
 *   <li><b>Verbs of saying</b> outside quotes ("said", "told", "warned", "according to", and a few verbs whose
 *       object is the one talked about: "accused", "praised", "criticised", "described"…) attribute speech to
 *       their subject. The subject is the actor mention right before the verb (a few adverbs or auxiliaries may
 *       stand between: "Trump later said", "Zelensky has said"), or before a parenthesis ("Orbán, who …, said";
 *       "Zelensky, the Ukrainian president, said"), or right after it when inverted ("…," said Zelensky). Role
 *       titles are mentions, so "the Kremlin spokesman said" attributes to its holder. The mention must head the
 *       subject: "officials close to Modi said", "a spokesman for Zelensky said", "Macron and Merz said" and
 *       "Trump's envoy said" are speech of no named actor (a title the dictionary does not join to the name may
 *       stand before it: "former prime minister Boris Johnson said"; so may a time phrase between subject and verb:
 *       "Biden on Tuesday condemned"). "he"/"she" as subject is, at the start of a sentence, the person who is
 *       the subject of the sentence before it in the paragraph; otherwise the speaker of the last attributed
 *       speech if that is a person, it was in the same or the previous paragraph and no other person was named
 *       outside speech in between; with no such speech, the only person named outside speech in this paragraph
 *       and the one before. Otherwise the speech has no named speaker.
 *   <li><b>Not attributions</b>: "is said to", "said to be", "that said,", "having said", "the said", "said than
 *       done"; a verb without a subject of its own ("… and predicted that …") continues the statement of its
 *       sentence, or takes the sentence's subject when there is none ("Trump rejected it, saying …").
 *   <li><b>What is said.</b> After the subject and verb, the words are the rest of the sentence ("said (that)
 *       …"; "told reporters that …" and "warned Trump that …" start after "that" or the colon, so the addressee
 *       is not talked about); a closing quote right before the subject makes that quote the words ("…,"
 *       Zelensky said), as does a comma with text before it and nothing but a few words after the verb ("the two
 *       will meet, the Kremlin said on Thursday"). "according to X" takes the clause before it, or after it at the
 *       start of a sentence. A second verb of saying with its own subject ends the words of the first. Quotes that
 *       begin inside the words belong to them.
 *   <li><b>Continuations.</b> A quote not yet attributed that opens a sentence right after a sentence with
 *       attributed speech, or that follows an attribution in the same sentence ("…," he said, "…"; "X said: …"),
 *       has the same speaker. A quote after a colon whose sentence starts with an actor ("Zelensky struck a firm
 *       tone: "…"") is that actor's. Any other quote is unattributed speech.
 *   <li><b>Roles.</b> A mention that names the speaker in an attribution is {@code speaker}; so is the speaker's
 *       own actor elsewhere in the sentence of its attribution or inside its own words. A mention inside the words
 *       of speech whose speaker is another actor or none is {@code target}. Everything else is {@code other}.
 * </ol>
 *
 * <p>One instance per thread (scratch arrays); results stay valid until the next {@link #attribute} call.
 */
public final class QuoteAttribution {
  private final SpeechWords words;
  private final SpeechSpans spans = new SpeechSpans();
  private final SpeechQuotes quotes = new SpeechQuotes();
  private final SpeechSubjects subjects;

  // Per-article scratch, grown as needed and reused.
  private Tokens t;
  private List<Mention> mentions;
  private boolean[] covered = new boolean[512];
  private int[] paragraph = new int[64];
  private byte[] roles = new byte[64];
  private int candidateCount;
  private int[] candidateSentence = new int[32];
  private int[] candidates = new int[32];

  /** Set by {@link #wordsEnd}. */
  private boolean wordsSaySomething;

  public QuoteAttribution(ActorDictionary dictionary, Vocabulary vocabulary) {
    words = new SpeechWords(dictionary, vocabulary);
    subjects = new SpeechSubjects(words, quotes);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Results (valid until the next call). Speech is numbered in text order.

  /** Pieces of speech found. */
  public int speechCount() {
    return spans.count();
  }

  public int speechFrom(int k) {
    return spans.from(spans.ordered(k));
  }

  public int speechTo(int k) {
    return spans.to(spans.ordered(k));
  }

  public int speechSpeaker(int k) {
    return spans.speaker(spans.ordered(k));
  }

  public int speechSpeakerMention(int k) {
    return spans.mention(spans.ordered(k));
  }

  public Speech.Kind speechKind(int k) {
    return spans.kind(spans.ordered(k));
  }

  public int speechFirstSentence(int k) {
    return spans.firstSentence(spans.ordered(k));
  }

  public int speechLastSentence(int k) {
    return spans.lastSentence(spans.ordered(k));
  }

  /** The role of mention {@code m} (an index into the mentions passed to {@link #attribute}). */
  public MentionRole role(int m) {
    return MentionRole.ofOrdinal(roles[m]);
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** Finds the speech in {@code tokens} and the roles of {@code mentions} (the matcher's, in text order). */
  public void attribute(Tokens tokens, List<Mention> articleMentions) {
    t = tokens;
    mentions = articleMentions;
    int n = tokens.size();
    grow(n, tokens.sentenceCount(), articleMentions.size());
    spans.clear();
    scan(n);
    if (quotes.count() > 0 || candidateCount > 0) {
      subjects.begin(tokens, articleMentions);
      for (int c = 0; c < candidateCount; c++) {
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
      absorbQuotes();
      attributeRemainingQuotes();
      sortSpans();
      boolean pronouns = spans.hasPronoun();
      if (pronouns) {
        markCovered(true); // only "he"/"she" look at what is inside speech
      }
      resolveInOrder();
      if (pronouns) {
        markCovered(false);
      }
      subjects.end();
    }
    assignRoles();
    t = null;
    mentions = null;
  }

  private void grow(int n, int sentences, int mentionCount) {
    if (covered.length < n) {
      covered = new boolean[Math.max(n, covered.length * 2)];
    }
    if (paragraph.length < sentences) {
      paragraph = new int[Math.max(sentences, paragraph.length * 2)];
    }
    if (roles.length < mentionCount) {
      roles = new byte[Math.max(mentionCount, roles.length * 2)];
    }
  }

  /**
   * One pass over the tokens: the paragraph of each sentence, quotes paired within a paragraph (marks taken in turn;
   * one still open at the end of a paragraph ends there), and the verbs of saying and "according" outside quotes
   * with their sentence, to be looked at once every quote is known.
   */
  private void scan(int n) {
    quotes.clear();
    candidateCount = 0;
    int open = -1;
    int openSentence = 0;
    byte[] type = t.type;
    char[] punct = t.punct;
    int[] id = t.id;
    for (int s = 0, sentences = t.sentenceCount(); s < sentences; s++) {
      int from = t.sentenceStart(s);
      boolean newParagraph = s == 0 || t.has(from, Tokens.LINE_START); // a line break always ends a sentence
      paragraph[s] = s == 0 ? 0 : paragraph[s - 1] + (newParagraph ? 1 : 0);
      if (open >= 0 && newParagraph) {
        quotes.add(open, -1, from, openSentence);
        open = -1;
      }
      for (int i = from, to = t.sentenceEnd(s); i < to; i++) {
        if (punct[i] == '"') { // words and numbers have no punctuation character
          if (open < 0) {
            open = i;
            openSentence = s;
          } else {
            quotes.add(open, i, i + 1, openSentence);
            open = -1;
          }
        } else if (open < 0) {
          if (words.isCandidate(id[i]) && type[i] == Tokens.WORD) {
            if (candidateCount == candidates.length) {
              candidates = Arrays.copyOf(candidates, candidateCount * 2);
            }
            if (candidateCount == candidateSentence.length) {
              candidateSentence = Arrays.copyOf(candidateSentence, candidateCount * 2);
            }
            candidateSentence[candidateCount] = s;
            candidates[candidateCount++] = i;
          }
        }
      }
    }
    if (open >= 0) {
      quotes.add(open, -1, n, openSentence);
    }
  }

  /** The sentence of token {@code i}. */
  private int sentenceOf(int i) {
    int lo = 0;
    int hi = t.sentenceCount() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (t.sentenceStart(mid) <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The sentence of token {@code i}, looked for from sentence {@code s} (one near it). */
  private int sentenceNear(int i, int s) {
    while (i < t.sentenceStart(s)) {
      s--;
    }
    while (i >= t.sentenceEnd(s)) {
      s++;
    }
    return s;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Verbs of saying.

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

  // ---------------------------------------------------------------------------------------------------------------
  // Quotes.

  /** A quote that begins inside the words of a statement is part of them (and may carry them on). */
  private void absorbQuotes() {
    for (int q = 0; q < quotes.count(); q++) {
      int k = spans.holding(quotes.open(q));
      if (k >= 0) {
        quotes.setSpan(q, k);
        spans.setTo(k, Math.max(spans.to(k), quotes.end(q)));
      }
    }
  }

  private void attributeRemainingQuotes() {
    for (int q = 0; q < quotes.count(); q++) {
      if (quotes.span(q) >= 0) {
        continue;
      }
      int open = quotes.open(q);
      int s = quotes.sentence(q);
      int sStart = t.sentenceStart(s);
      int link = -1;
      int mention = -1;
      Speech.Kind kind = Speech.Kind.UNATTRIBUTED;
      int b = open - 1;
      if (b >= sStart && (isPunct(b, ',') || isPunct(b, ':'))) {
        // "…," Zelensky said, "…" / Kallas said: "…": the attribution of this sentence goes on.
        for (int k = 0; k < spans.count(); k++) {
          if (spans.frameSentence(k) == s && spans.frameEnd(k) <= open && spans.isAttributed(k)
              && (link < 0 || spans.frameEnd(k) >= spans.frameEnd(link))) {
            link = k;
          }
        }
        if (link < 0 && isPunct(b, ':')) {
          int subject = subjects.ofSentence(s, sStart, b);
          if (subject == ACTOR) {
            mention = subjects.mention();
            kind = Speech.Kind.QUOTE;
          }
        }
      }
      if (link < 0 && mention < 0 && open == sStart && s > 0) {
        // A quote opening the sentence after attributed speech carries it on.
        for (int k = 0; k < spans.count(); k++) {
          int last = spans.to(k) - 1;
          boolean before = (last >= t.sentenceStart(s - 1) && last < sStart) || spans.frameSentence(k) == s - 1;
          if (before && spans.isAttributed(k) && (link < 0 || spans.from(k) >= spans.from(link))) {
            link = k;
          }
        }
      }
      if (link >= 0) {
        kind = Speech.Kind.CONTINUATION;
      }
      quotes.setSpan(q, addSpan(kind, open, quotes.end(q), mention, -1, link, kind == Speech.Kind.QUOTE ? b : -1,
          kind == Speech.Kind.QUOTE ? s : -1));
      spans.setHint(quotes.span(q), s);
    }
  }

  /** Orders the speech by where its words start, with the sentences they span. */
  private void sortSpans() {
    for (int k = 0; k < spans.count(); k++) {
      int near = spans.hint(k) >= 0 ? spans.hint(k) : sentenceOf(spans.from(k));
      int first = sentenceNear(spans.from(k), near);
      spans.setSentences(k, first, sentenceNear(spans.to(k) - 1, first));
    }
    spans.sortByStart();
  }

  /** Marks (or, after use, clears) the tokens inside the words of any speech. */
  private void markCovered(boolean value) {
    for (int k = 0; k < spans.count(); k++) {
      Arrays.fill(covered, spans.from(k), spans.to(k), value);
    }
  }

  /** In text order: "he"/"she" to the last speaker, continuations to the speaker they continue. */
  private void resolveInOrder() {
    int lastAttributed = -1;
    for (int i = 0; i < spans.count(); i++) {
      int k = spans.ordered(i);
      if (spans.pronoun(k) >= 0) {
        spans.setSpeaker(k, pronounSpeaker(lastAttributed, spans.pronoun(k), spans.frameSentence(k)));
      } else if (spans.link(k) >= 0) {
        spans.setSpeaker(k, spans.speaker(spans.link(k)));
      }
      if (spans.isAttributed(k)) {
        lastAttributed = k;
      }
    }
  }

  /**
   * The person "he"/"she" at token {@code pronoun} stands for, or -1: at the start of a sentence, the subject of the
   * sentence before it in the paragraph; else the speaker of the last attributed speech (same or previous
   * paragraph, no other person named outside speech since); with no such speech, the only person named outside
   * speech in this paragraph and the one before.
   */
  private int pronounSpeaker(int previous, int pronoun, int frameSentence) {
    int ps = sentenceNear(pronoun, frameSentence);
    if (opensSentence(pronoun, ps) && ps > 0 && paragraph[ps - 1] == paragraph[ps]) {
      // "Kellogg … was awarded an order of merit. He told reporters …": the subject of the sentence before.
      int s = ps - 1;
      if (subjects.ofSentence(s, t.sentenceStart(s), t.sentenceEnd(s)) == ACTOR
          && words.isPerson(mentions.get(subjects.mention()).actor())) {
        return mentions.get(subjects.mention()).actor();
      }
    }
    int firstSentence = ps;
    while (firstSentence > 0 && paragraph[firstSentence - 1] >= paragraph[ps] - 1) {
      firstSentence--;
    }
    int windowStart = t.sentenceStart(firstSentence);
    if (previous >= 0 && Math.max(spans.to(previous), spans.frameEnd(previous)) > windowStart) {
      int speaker = spans.speaker(previous);
      if (speaker < 0 || !words.isPerson(speaker)) {
        return -1;
      }
      int previousEnd = Math.max(spans.to(previous), spans.frameEnd(previous));
      return onlyPerson(previousEnd, pronoun, speaker) ? speaker : -1;
    }
    int only = -1;
    for (Mention m : mentions) {
      int first = m.firstToken();
      if (first >= windowStart && first < pronoun && words.isPerson(m.actor()) && !covered[first]) {
        if (only >= 0 && only != m.actor()) {
          return -1;
        }
        only = m.actor();
      }
    }
    return only;
  }

  /** No person other than {@code speaker} named outside speech in tokens {@code [from, to)}. */
  private boolean onlyPerson(int from, int to, int speaker) {
    for (Mention m : mentions) {
      int first = m.firstToken();
      if (first >= from && first < to && m.actor() != speaker && words.isPerson(m.actor()) && !covered[first]) {
        return false;
      }
    }
    return true;
  }

  /** Only conjunctions, adverbs or punctuation before token {@code i} in sentence {@code s}. */
  private boolean opensSentence(int i, int s) {
    for (int j = t.sentenceStart(s); j < i; j++) {
      if (isWord(j) && !words.isIntro(t.id(j))) {
        return false;
      }
    }
    return true;
  }

  private void assignRoles() {
    for (int m = 0; m < mentions.size(); m++) {
      roles[m] = (byte) MentionRole.OTHER.ordinal();
    }
    for (int k = 0; k < spans.count(); k++) {
      if (spans.mention(k) >= 0) {
        roles[spans.mention(k)] = (byte) MentionRole.SPEAKER.ordinal();
      }
    }
    for (int m = 0; m < mentions.size(); m++) {
      if (roles[m] == MentionRole.SPEAKER.ordinal()) {
        continue;
      }
      Mention x = mentions.get(m);
      int first = x.firstToken();
      boolean insideOthers = false;
      boolean insideOwn = false;
      boolean ownSentence = false;
      for (int k = 0; k < spans.count(); k++) {
        if (spans.from(k) <= first && first < spans.to(k)) {
          if (spans.speaker(k) == x.actor()) {
            insideOwn = true;
          } else {
            insideOthers = true;
          }
        } else if (spans.speaker(k) == x.actor() && (spans.frameSentence(k) == x.sentence()
            || (spans.firstSentence(k) <= x.sentence() && x.sentence() <= spans.lastSentence(k)))) {
          ownSentence = true;
        }
      }
      MentionRole role = insideOthers ? MentionRole.TARGET
          : insideOwn || ownSentence ? MentionRole.SPEAKER : MentionRole.OTHER;
      roles[m] = (byte) role.ordinal();
    }
  }
}
