package org.actortrends.extract;

import static org.actortrends.extract.SpeechSubjects.ACTOR;

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
 * <p>This class pairs the quotes (rule 1) and finds the verbs of saying outside them, which {@link SpeechVerbs}
 * reads one by one within their sentence (rules 2 to 4). It then joins quotes to the statements they begin in, gives
 * the other quotes their speaker or the speech they continue (rule 5), has {@link SpeakerResolver} put the speech in
 * text order and find who "he"/"she" and continuations stand for, and gives the mentions their roles (rule 6).
 *
 * <p>One instance per thread (scratch arrays); results stay valid until the next {@link #attribute} call.
 */
public final class QuoteAttribution {
  private final SpeechWords words;
  private final SpeechSpans spans = new SpeechSpans();
  private final SpeechQuotes quotes = new SpeechQuotes();
  private final SpeechSubjects subjects;
  private final SpeechVerbs verbs;
  private final SpeakerResolver speakers;

  // Per-article scratch, grown as needed and reused.
  private Tokens t;
  private List<Mention> mentions;
  private int[] paragraph = new int[64];
  private byte[] roles = new byte[64];
  private int candidateCount;
  private int[] candidateSentence = new int[32];
  private int[] candidates = new int[32];

  public QuoteAttribution(ActorDictionary dictionary, Vocabulary vocabulary) {
    words = new SpeechWords(dictionary, vocabulary);
    subjects = new SpeechSubjects(words, quotes);
    verbs = new SpeechVerbs(words, quotes, subjects, spans);
    speakers = new SpeakerResolver(words, subjects, spans);
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
    grow(tokens.sentenceCount(), articleMentions.size());
    spans.clear();
    scan(n);
    if (quotes.count() > 0 || candidateCount > 0) {
      subjects.begin(tokens, articleMentions);
      verbs.read(tokens, articleMentions, candidates, candidateSentence, candidateCount);
      absorbQuotes();
      attributeRemainingQuotes();
      speakers.resolve(tokens, articleMentions, paragraph);
      subjects.end();
    }
    assignRoles();
    t = null;
    mentions = null;
  }

  private void grow(int sentences, int mentionCount) {
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

  private boolean isPunct(int i, char p) {
    return t.type(i) == Tokens.PUNCT && t.punct(i) == p;
  }

  private int addSpan(Speech.Kind kind, int from, int to, int mention, int pronoun, int link, int frameEnd,
      int frameSentence) {
    int speaker = mention >= 0 ? mentions.get(mention).actor() : -1;
    return spans.add(kind, from, to, mention, speaker, pronoun, link, frameEnd, frameSentence);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Roles.

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
