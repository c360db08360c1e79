package org.actortrends.extract;

import static org.actortrends.extract.SpeechSubjects.ACTOR;

import java.util.Arrays;
import java.util.List;

/**
 * Orders the speech {@link QuoteAttribution} found by where its words start and then, in text order, gives a
 * speaker to the speech that refers back to one: "he"/"she" as subject (the subject of the sentence before, the last
 * speaker, or the only person named in this paragraph and the one before: rule 2 of {@link QuoteAttribution}) and
 * quotes that continue earlier speech. It runs once all speech is known, because the speech before a "he" may have
 * been found after it (the quotes no verb claimed come last), and a continuation takes the speaker of the speech it
 * continues, which may be a "he" resolved just before. Reuses its token marks from article to article.
 */
final class SpeakerResolver {
  private final SpeechWords words;
  private final SpeechSubjects subjects;
  private final SpeechSpans spans;

  // The article being resolved, during resolve().
  private Tokens t;
  private List<Mention> mentions;
  private int[] paragraph;
  /** Tokens inside the words of some speech, while pronouns are resolved; all false otherwise. */
  private boolean[] covered = new boolean[512];

  SpeakerResolver(SpeechWords words, SpeechSubjects subjects, SpeechSpans spans) {
    this.words = words;
    this.subjects = subjects;
    this.spans = spans;
  }

  /**
   * Orders the speech and resolves the speakers of its pronouns and continuations; {@code sentenceParagraph} holds
   * the paragraph of each sentence, and {@link SpeechSubjects} has begun on the article.
   */
  void resolve(Tokens tokens, List<Mention> articleMentions, int[] sentenceParagraph) {
    t = tokens;
    mentions = articleMentions;
    paragraph = sentenceParagraph;
    int n = tokens.size();
    if (covered.length < n) {
      covered = new boolean[Math.max(n, covered.length * 2)];
    }
    sortSpans();
    boolean pronouns = spans.hasPronoun();
    if (pronouns) {
      markCovered(true); // only "he"/"she" look at what is inside speech
    }
    resolveInOrder();
    if (pronouns) {
      markCovered(false);
    }
    t = null;
    mentions = null;
    paragraph = null;
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

  private boolean isWord(int i) {
    return t.type(i) == Tokens.WORD;
  }
}
