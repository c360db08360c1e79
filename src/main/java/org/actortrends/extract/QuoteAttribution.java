package org.actortrends.extract;

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
  private static final Speech.Kind[] KINDS = Speech.Kind.values();
  private static final byte SAY = 1;
  private static final byte TELL = 2;
  private static final byte EVAL = 3;

  /** Verbs whose words follow them (or precede them, when the attribution trails). */
  private static final List<String> SAY_VERBS = List.of(
      "say", "says", "said", "saying", "add", "adds", "added", "adding", "insist", "insists", "insisted",
      "insisting", "claimed", "claiming", "argue", "argues", "argued", "arguing", "writes", "wrote", "stated",
      "announces", "announced", "declares", "declared", "noted", "noting", "stressed", "stressing", "explained",
      "replied", "suggests", "suggested", "acknowledged", "admit", "admits", "admitted", "deny", "denies", "denied",
      "confirms", "confirmed", "predicts", "predicted", "reiterated", "repeated", "tweeted", "vowed", "vows",
      "pledged", "promised", "conceded", "cautioned", "complained", "maintained", "countered", "declaring", "posted",
      "suggesting", "pledges", "promises", "claims");
  /** Forms that are also plural nouns ("new pledges of aid"): only an actor or a pronoun makes them verbs. */
  private static final List<String> NOUN_LIKE = List.of("pledges", "promises", "claims", "vows", "thanks");
  /** Verbs with an addressee before the words ("told reporters that", "warned Trump that"). */
  private static final List<String> TELL_VERBS = List.of(
      "tell", "tells", "told", "telling", "warn", "warns", "warned", "warning", "assured", "assures", "informed",
      "reminded", "urge", "urges", "urged", "urging", "asked", "asks");
  /** Verbs whose object is what is talked about ("accused Vance of …": Vance is the target). */
  private static final List<String> EVAL_VERBS = List.of(
      "accuse", "accuses", "accused", "accusing", "criticise", "criticises", "criticised", "criticize",
      "criticizes", "criticized", "condemn", "condemns", "condemned", "praises", "praised", "denounces",
      "denounced", "hails", "hailed", "blames", "blamed", "thanked", "describes", "described", "describing",
      "slammed", "rebuked", "lambasted", "commended", "applauded", "dismissed", "dismisses", "calling");
  /** Participles that take the subject of their sentence ("Zelensky rejected it, saying …"). */
  private static final List<String> PARTICIPLES = List.of(
      "saying", "adding", "insisting", "arguing", "claiming", "noting", "stressing", "warning", "telling", "urging",
      "accusing", "describing", "declaring", "suggesting", "calling");
  /** May stand between subject and verb: "Trump later said", "Zelensky has repeatedly warned". */
  private static final List<String> ADVERBS = List.of(
      "has", "have", "had", "also", "later", "then", "again", "previously", "repeatedly", "once", "reportedly",
      "separately", "initially", "first", "publicly", "privately", "earlier", "recently", "would", "will", "could",
      "may", "might", "did", "does", "do", "not", "never", "already", "further", "subsequently", "quickly",
      "immediately", "swiftly", "sharply", "openly", "bluntly", "angrily", "flatly", "often", "frequently",
      "himself", "herself", "itself", "now", "still", "just", "only", "even", "afterwards", "afterward", "yesterday",
      "today", "tonight", "meanwhile", "instead", "likewise", "too", "personally", "directly", "formally");
  /** Words of a time phrase between subject and verb: "Joe Biden on Tuesday condemned …". */
  private static final List<String> TIME_WORDS = List.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend", "month",
      "year", "night", "morning", "evening", "afternoon", "day");
  private static final List<String> TIME_LEADS = List.of("on", "last", "this", "late", "early", "that", "the");
  /** Lower-case words of a title the dictionary does not join to a name: "former prime minister Boris Johnson". */
  private static final List<String> TITLE_WORDS = List.of(
      "former", "ex", "prime", "minister", "president", "vice", "chancellor", "envoy", "secretary", "general",
      "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "foreign", "defence", "defense", "state",
      "special", "senior", "top", "aide", "adviser", "advisor", "ambassador", "senator", "governor", "mayor",
      "opposition", "party", "deputy", "finance", "interior", "trade", "economy", "health", "justice",
      "commissioner", "negotiator", "diplomat", "us", "uk", "eu", "un", "nato", "peace");
  /** May stand right before a subject: "…, while the Commission president said", "But Merz said". */
  private static final List<String> INTRO = List.of(
      "and", "but", "while", "whereas", "as", "meanwhile", "then", "later", "also", "so", "yet", "now", "since",
      "because", "when", "after", "before", "although", "though", "if", "where", "once", "however", "instead",
      "still", "separately", "earlier", "today", "yesterday", "tonight", "here", "there", "that");
  /** Clause conjunctions after a comma that may start someone else's words: "…, while Democrats warned …". */
  private static final List<String> CONTRAST = List.of("but", "while", "whereas", "although", "though");
  /** A word right before the verb that cannot end its subject. */
  private static final List<String> NOT_SUBJECT = List.of(
      "and", "or", "but", "nor", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "of", "to",
      "for", "with", "by", "from", "in", "on", "at", "as", "than", "that", "this", "these", "those", "what",
      "where", "when", "how", "why", "whether", "if", "not", "also");
  /** A word right before a verb of saying that makes it no attribution: "is said to", "having said", "the said". */
  private static final List<String> BE = List.of(
      "is", "was", "are", "were", "be", "been", "being", "having", "the", "widely");
  /** Words that alone make no statement: "X said on Tuesday." */
  private static final List<String> FILLER = List.of(
      "on", "in", "at", "last", "this", "earlier", "later", "late", "yesterday", "today", "tonight", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "night",
      "morning", "evening", "afternoon", "so", "again", "also", "too", "it", "this", "that", "as", "much", "well",
      "then", "nothing", "more", "the", "a", "an", "statement", "interview", "news", "conference", "reporters");
  private static final List<String> DETERMINERS = List.of("the", "a", "an");
  private static final List<String> HE_SHE = List.of("he", "she");
  private static final List<String> OTHER_PRONOUNS = List.of("they", "we", "i", "you", "it");
  /** First word after a verb whose attribution trails its words: "…, the Kremlin said on Thursday." */
  private static final List<String> TRAIL_START = List.of(
      "on", "in", "at", "during", "after", "before", "late", "last", "earlier", "later", "yesterday", "today",
      "tonight", "this", "afterwards", "while", "when", "as", "in", "from", "after", "shortly", "again", "then");
  private static final List<String> BE_AUXILIARY = List.of("is", "was", "are", "were", "been");
  private static final List<String> AFTER_ACCORDING = List.of(
      "on", "in", "at", "who", "during", "last", "earlier", "later", "this", "yesterday", "today");

  private final boolean[] person;
  private final byte[] verb;
  private final boolean[] participle;
  private final boolean[] adverb;
  private final boolean[] intro;
  private final boolean[] notSubject;
  private final boolean[] be;
  private final boolean[] filler;
  private final boolean[] determiner;
  private final boolean[] heShe;
  private final boolean[] otherPronoun;
  private final boolean[] afterAccording;
  private final boolean[] trailStart;
  private final boolean[] beAuxiliary;
  private final boolean[] progressive;
  private final boolean[] nounLike;
  private final boolean[] timeWord;
  private final boolean[] timeLead;
  private final boolean[] titleWord;
  private final int with;
  private final boolean[] contrast;
  private final int according;
  /** Verbs of saying and "according", by vocabulary id + 1: the words worth a look. */
  private final boolean[] candidate;
  private final int to;
  private final int that;
  private final int who;
  private final int which;
  private final int and;
  private final int but;
  private final int than;
  private final int beId;
  private final int haveId;

  // Per-article scratch, grown as needed and reused.
  private Tokens t;
  private List<Mention> mentions;
  private int[] mentionEndingAt = filled(512);
  private int[] mentionStartingAt = filled(512);
  private boolean[] covered = new boolean[512];
  private int[] paragraph = new int[64];
  private int quoteCount;
  private int[] quoteOpen = new int[16];
  private int[] quoteClose = new int[16];
  private int[] quoteEnd = new int[16];
  private int[] quoteSpan = new int[16];
  private int spanCount;
  private int[] spanFrom = new int[16];
  private int[] spanTo = new int[16];
  private int[] spanSpeaker = new int[16];
  private int[] spanMention = new int[16];
  private int[] spanFrameEnd = new int[16];
  private int[] spanFrameSentence = new int[16];
  private int[] spanPronoun = new int[16];
  private int[] spanLink = new int[16];
  private byte[] spanKind = new byte[16];
  private int[] order = new int[16];
  private int[] spanFirstSentence = new int[16];
  /** A sentence at or near where the words of the speech start, to find theirs quickly. */
  private int[] spanHint = new int[16];
  private int[] spanLastSentence = new int[16];
  private byte[] roles = new byte[64];
  private int candidateCount;
  private int[] candidateSentence = new int[32];
  private int openSentence;
  private int[] quoteSentence = new int[16];
  private int spanSentence;
  private int spanSentenceFirst;
  private int[] candidates = new int[32];

  // The subject found by findSubject.
  private static final int NO_SUBJECT = 0;
  private static final int ACTOR = 1;
  private static final int PRONOUN = 2;
  private static final int NOT_AN_ACTOR = 3;
  private static final int COORDINATED = 4;
  private int subjectKind;
  private int subjectMention;
  private int subjectStart;
  /** Set by {@link #wordsEnd}. */
  private boolean wordsSaySomething;

  public QuoteAttribution(ActorDictionary dictionary, Vocabulary vocabulary) {
    person = new boolean[dictionary.size()];
    for (int a = 0; a < person.length; a++) {
      person[a] = dictionary.actors().get(a).type() == ActorType.PERSON;
    }
    int[] say = ids(vocabulary, SAY_VERBS);
    int[] tell = ids(vocabulary, TELL_VERBS);
    int[] eval = ids(vocabulary, EVAL_VERBS);
    int max = 0;
    for (int[] ids : List.of(say, tell, eval)) {
      max = Math.max(max, Arrays.stream(ids).max().orElse(0));
    }
    verb = new byte[max + 1];
    for (int id : say) {
      verb[id] = SAY;
    }
    for (int id : tell) {
      verb[id] = TELL;
    }
    for (int id : eval) {
      verb[id] = EVAL;
    }
    participle = set(vocabulary, PARTICIPLES);
    adverb = set(vocabulary, ADVERBS);
    intro = set(vocabulary, INTRO);
    notSubject = set(vocabulary, NOT_SUBJECT);
    be = set(vocabulary, BE);
    filler = set(vocabulary, FILLER);
    determiner = set(vocabulary, DETERMINERS);
    heShe = set(vocabulary, HE_SHE);
    otherPronoun = set(vocabulary, OTHER_PRONOUNS);
    afterAccording = set(vocabulary, AFTER_ACCORDING);
    trailStart = set(vocabulary, TRAIL_START);
    beAuxiliary = set(vocabulary, BE_AUXILIARY);
    nounLike = set(vocabulary, NOUN_LIKE);
    timeWord = set(vocabulary, TIME_WORDS);
    timeLead = set(vocabulary, TIME_LEADS);
    titleWord = set(vocabulary, TITLE_WORDS);
    with = vocabulary.add("with");
    contrast = set(vocabulary, CONTRAST);
    progressive = set(vocabulary, java.util.stream.Stream.of(SAY_VERBS, TELL_VERBS, EVAL_VERBS)
        .flatMap(List::stream).filter(w -> w.endsWith("ing")).toList());
    according = vocabulary.add("according");
    candidate = new boolean[Math.max(vocabulary.size(), Math.max(verb.length, according + 1)) + 1];
    for (int id = 0; id < verb.length; id++) {
      candidate[id + 1] = verb[id] != 0; // shifted by one: id -1 (punctuation, unknown words) is slot 0
    }
    candidate[according + 1] = true;
    to = vocabulary.add("to");
    that = vocabulary.add("that");
    who = vocabulary.add("who");
    which = vocabulary.add("which");
    and = vocabulary.add("and");
    but = vocabulary.add("but");
    than = vocabulary.add("than");
    beId = vocabulary.add("be");
    haveId = vocabulary.add("have");
  }

  private static int[] filled(int size) {
    int[] a = new int[size];
    Arrays.fill(a, -1);
    return a;
  }

  private static int[] ids(Vocabulary vocabulary, List<String> words) {
    return words.stream().mapToInt(vocabulary::add).toArray();
  }

  private static boolean[] set(Vocabulary vocabulary, List<String> words) {
    int[] ids = ids(vocabulary, words);
    boolean[] set = new boolean[Arrays.stream(ids).max().orElse(0) + 1];
    for (int id : ids) {
      set[id] = true;
    }
    return set;
  }

  private static boolean in(boolean[] set, int id) {
    return id >= 0 && id < set.length && set[id];
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Results (valid until the next call). Speech is numbered in text order.

  /** Pieces of speech found. */
  public int speechCount() {
    return spanCount;
  }

  public int speechFrom(int k) {
    return spanFrom[order[k]];
  }

  public int speechTo(int k) {
    return spanTo[order[k]];
  }

  public int speechSpeaker(int k) {
    return spanSpeaker[order[k]];
  }

  public int speechSpeakerMention(int k) {
    return spanMention[order[k]];
  }

  public Speech.Kind speechKind(int k) {
    return KINDS[spanKind[order[k]]];
  }

  public int speechFirstSentence(int k) {
    return spanFirstSentence[order[k]];
  }

  public int speechLastSentence(int k) {
    return spanLastSentence[order[k]];
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
    spanCount = 0;
    spanSentence = -1;
    scan(n);
    if (quoteCount > 0 || candidateCount > 0) {
      indexMentions();
      for (int c = 0; c < candidateCount; c++) {
        int i = candidates[c];
        int s = candidateSentence[c];
        int id = t.id(i);
        if (id < verb.length && verb[id] != 0) {
          reportingVerb(i, s, verb[id]);
        } else if (i + 1 < t.sentenceEnd(s) && t.id(i + 1) == to) {
          accordingTo(i, s);
        }
      }
      absorbQuotes();
      attributeRemainingQuotes();
      boolean pronouns = sortSpans();
      if (pronouns) {
        markCovered(true); // only "he"/"she" look at what is inside speech
      }
      resolveInOrder();
      if (pronouns) {
        markCovered(false);
      }
      unindexMentions();
    }
    assignRoles();
    t = null;
    mentions = null;
  }

  private void grow(int n, int sentences, int mentionCount) {
    if (mentionEndingAt.length < n) {
      int size = Math.max(n, mentionEndingAt.length * 2);
      mentionEndingAt = new int[size];
      mentionStartingAt = new int[size];
      Arrays.fill(mentionEndingAt, -1); // kept at -1 between articles: only mentions' tokens are set and reset
      Arrays.fill(mentionStartingAt, -1);
      covered = new boolean[size];
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
    quoteCount = 0;
    candidateCount = 0;
    int open = -1;
    openSentence = 0;
    byte[] type = t.type;
    char[] punct = t.punct;
    int[] id = t.id;
    for (int s = 0, sentences = t.sentenceCount(); s < sentences; s++) {
      int from = t.sentenceStart(s);
      boolean newParagraph = s == 0 || t.has(from, Tokens.LINE_START); // a line break always ends a sentence
      paragraph[s] = s == 0 ? 0 : paragraph[s - 1] + (newParagraph ? 1 : 0);
      if (open >= 0 && newParagraph) {
        addQuote(open, -1, from);
        open = -1;
      }
      for (int i = from, to = t.sentenceEnd(s); i < to; i++) {
        if (punct[i] == '"') { // words and numbers have no punctuation character
          if (open < 0) {
            open = i;
            openSentence = s;
          } else {
            addQuote(open, i, i + 1);
            open = -1;
          }
        } else if (open < 0) {
          int w = id[i] + 1; // 0 for punctuation and unknown words
          if (w < candidate.length && candidate[w] && type[i] == Tokens.WORD) {
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
      addQuote(open, -1, n);
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

  /** The quote whose marks enclose token {@code i} (the marks included), or -1. */
  private int quoteAt(int i) {
    int lo = 0;
    int hi = quoteCount - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (quoteEnd[mid] <= i) {
        lo = mid + 1;
      } else if (quoteOpen[mid] > i) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private void indexMentions() {
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

  private void unindexMentions() {
    for (Mention x : mentions) {
      mentionEndingAt[x.endToken() - 1] = -1;
      mentionStartingAt[x.firstToken()] = -1;
    }
  }

  private void addQuote(int open, int close, int end) {
    if (quoteCount == quoteOpen.length) {
      int size = quoteCount * 2;
      quoteOpen = Arrays.copyOf(quoteOpen, size);
      quoteClose = Arrays.copyOf(quoteClose, size);
      quoteEnd = Arrays.copyOf(quoteEnd, size);
      quoteSpan = Arrays.copyOf(quoteSpan, size);
      quoteSentence = Arrays.copyOf(quoteSentence, size);
    }
    quoteSentence[quoteCount] = openSentence;
    quoteOpen[quoteCount] = open;
    quoteClose[quoteCount] = close;
    quoteEnd[quoteCount] = end;
    quoteSpan[quoteCount] = -1;
    quoteCount++;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Verbs of saying.

  private boolean isWord(int i) {
    return t.type(i) == Tokens.WORD;
  }

  private boolean isPunct(int i, char p) {
    return t.type(i) == Tokens.PUNCT && t.punct(i) == p;
  }

  /** A closing quote mark at token {@code i}: the quote that it closes, or -1. */
  private int closedQuote(int i) {
    if (i < 0 || t.type(i) != Tokens.PUNCT || t.punct(i) != '"') {
      return -1;
    }
    int q = quoteAt(i);
    return q >= 0 && quoteClose[q] == i ? q : -1;
  }

  /**
   * The quote closed at token {@code close} if an attribution right after it may claim it: not already part of
   * earlier speech, and either in the attribution's sentence or ending it with "!" or "?" ("…!" Trump said); a quote
   * ending "." before a new sentence is not attributed by the sentence after it.
   */
  private int attributableQuote(int close, int sStart) {
    int q = closedQuote(close);
    if (q < 0) {
      return -1;
    }
    for (int k = 0; k < spanCount; k++) {
      if (spanFrom[k] <= quoteOpen[q] && quoteOpen[q] < spanTo[k]) {
        return -1;
      }
    }
    if (close < sStart) {
      int last = close - 1;
      while (last > quoteOpen[q] && t.type(last) == Tokens.PUNCT && t.punct(last) == '"') {
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
    boolean ing = in(progressive, t.id(v));
    if (ing && prev >= sStart && isWord(prev) && in(beAuxiliary, t.id(prev))) {
      prev--; // "Zelensky is warning": an auxiliary, not a passive
    }
    if (prev >= sStart && isWord(prev) && in(be, t.id(prev)) && !(ing && prev < v - 1)) {
      return; // "is said to", "was praised by", "having said", "the said agreement"
    }
    if (prev >= sStart && t.id(prev) == that && v + 1 < sEnd && isPunct(v + 1, ',')) {
      return; // "That said, ..."
    }
    if (v + 1 < sEnd && t.id(v + 1) == than) {
      return; // "easier said than done"
    }
    if (v + 2 < sEnd && t.id(v + 1) == to && (t.id(v + 2) == beId || t.id(v + 2) == haveId)) {
      return; // "said to be"
    }
    int p = prev;
    for (int skipped = 0; p >= sStart && isWord(p) && skipped < 4; skipped++) {
      if (in(adverb, t.id(p))) {
        p--;
      } else if (in(timeWord, t.id(p)) && p - 1 >= sStart && isWord(p - 1) && in(timeLead, t.id(p - 1))) {
        p -= 2; // "on Tuesday", "last week"
      } else {
        break;
      }
    }
    boolean participleAfterComma = p >= sStart && isPunct(p, ',') && in(participle, t.id(v));
    if (participleAfterComma) {
      subjectKind = COORDINATED; // ", saying …": the subject of the sentence speaks
    } else {
      findSubject(p, sStart, true);
    }
    if (subjectKind == NOT_AN_ACTOR && in(nounLike, t.id(v))) {
      return; // "new pledges of aid"
    }
    int clauseStart = clauseStart(s, sStart);

    if (subjectKind == ACTOR || subjectKind == PRONOUN || subjectKind == NOT_AN_ACTOR) {
      int pronoun = subjectKind == PRONOUN ? subjectStart : -1;
      int mention = subjectKind == ACTOR ? subjectMention : -1;
      // A closing quote right before the subject: those are the words ("…," Zelensky said).
      int b = subjectStart - 1;
      if (b >= 0 && isPunct(b, ',') && !t.has(subjectStart, Tokens.LINE_START)) {
        b--;
      }
      int q = t.has(subjectStart, Tokens.LINE_START) ? -1 : attributableQuote(b, sStart);
      if (q >= 0) {
        int from = quoteOpen[q] < sStart ? quoteOpen[q] : Math.min(quoteOpen[q], clauseStart);
        addSpan(Speech.Kind.QUOTE, from, subjectStart, mention, pronoun, -1, v + 1, s);
        return;
      }
      if (mention < 0 && insideEarlierSpeech(s, v) && !opensClause(subjectStart, sStart)) {
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
      int a = v + 1 < sEnd && isWord(v + 1) && in(determiner, t.id(v + 1)) ? v + 2 : v + 1;
      int m = a < sEnd ? mentionStartingAt[a] : -1;
      if (m >= 0 && t.has(mentions.get(m).endToken() - 1, Tokens.POSSESSIVE)) {
        m = -1; // "said Zelensky's spokesman"
      }
      int frameEnd = m >= 0 ? mentions.get(m).endToken() : v + 1;
      if (q >= 0) {
        int from = quoteOpen[q] < sStart ? quoteOpen[q] : Math.min(quoteOpen[q], clauseStart);
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
    if (subjectKind != COORDINATED || hasSpeechFramedIn(s)) {
      return;
    }
    int subject = sentenceSubject(s, sStart, v);
    int from = forwardStart(kind, v, sEnd);
    int end = wordsEnd(from, sEnd);
    if (subject != NO_SUBJECT && wordsSaySomething) {
      addSpan(Speech.Kind.REPORTED, from, end, subject == ACTOR ? subjectMention : -1,
          subject == PRONOUN ? subjectStart : -1, -1, v + 1, s);
    }
  }

  /**
   * Finds the subject ending at token {@code p} into subjectKind / subjectMention / subjectStart. A comma may end a
   * parenthesis or apposition after the subject ("Orbán, who …, said"; "Zelensky, the Ukrainian president, said").
   */
  private void findSubject(int p, int sStart, boolean parenthesis) {
    subjectKind = NO_SUBJECT;
    subjectMention = -1;
    subjectStart = -1;
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
        if (subjectKind == COORDINATED) {
          subjectKind = NO_SUBJECT;
        }
      }
      return;
    }
    if (!isWord(p)) {
      return;
    }
    int id = t.id(p);
    if (id == who || id == which) {
      int q = p - 1;
      if (q >= sStart && isPunct(q, ',')) {
        q--;
      }
      findSubject(q, sStart, false);
      if (subjectKind == COORDINATED) {
        subjectKind = NO_SUBJECT;
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
    if (in(heShe, id)) {
      subjectKind = PRONOUN;
      subjectStart = p;
      return;
    }
    if (in(otherPronoun, id)) {
      subjectKind = NOT_AN_ACTOR;
      subjectStart = p;
      return;
    }
    if (in(notSubject, id)) {
      subjectKind = id == and || id == but ? COORDINATED : NO_SUBJECT;
      return;
    }
    otherSubject(p, sStart);
  }

  /** "…, with the Chinese president describing …": an actor after "with" before a participle speaks. */
  private boolean afterWith(int m, int sStart) {
    int b = mentions.get(m).firstToken() - 1;
    if (b >= sStart && isWord(b) && in(determiner, t.id(b))) {
      b--;
    }
    int v = mentions.get(m).endToken();
    while (v < t.size() && isWord(v) && in(adverb, t.id(v))) {
      v++;
    }
    return b >= sStart && t.id(b) == with && v < t.size() && in(progressive, t.id(v));
  }

  private void actorSubject(int m, int sStart) {
    subjectKind = ACTOR;
    subjectMention = m;
    int first = mentions.get(m).firstToken();
    if (first - 1 >= sStart && isWord(first - 1) && in(determiner, t.id(first - 1))) {
      first--;
    }
    subjectStart = first;
  }

  /** A subject that is not an actor: the words back to the previous punctuation (at most eight). */
  private void otherSubject(int p, int sStart) {
    subjectKind = NOT_AN_ACTOR;
    int first = p;
    while (first - 1 >= sStart && first > p - 8 && t.type(first - 1) != Tokens.PUNCT) {
      first--;
    }
    while (first < p && isWord(first) && in(intro, t.id(first))) {
      first++; // "…, and the UN human rights office warned": the subject starts after "and"
    }
    subjectStart = first;
  }

  /**
   * Whether mention {@code m} heads a subject: it starts its sentence (after "the", "a") or follows punctuation or
   * a conjunction or adverb that opens a clause; not "close to Modi", not "Macron and Merz".
   */
  private boolean headsSubject(int m, int sStart) {
    int first = mentions.get(m).firstToken();
    int b = first - 1;
    for (int k = 0; k < 4 && b >= sStart && isWord(b) && !in(intro, t.id(b)) && mentionEndingAt[b] < 0
        && (t.has(b, Tokens.CAPITALIZED) || in(titleWord, t.id(b))); k++) {
      b--; // a title the dictionary does not join to the name: "Vice President JD Vance", "former prime minister"
    }
    if (b >= sStart && isWord(b) && in(determiner, t.id(b))) {
      b--;
    }
    if (b < sStart || t.type(b) == Tokens.PUNCT) {
      return true;
    }
    int id = t.id(b);
    if (isWord(b) && in(timeWord, id)) {
      return true; // "In a speech this week Khamenei described …"
    }
    if (!isWord(b) || !in(intro, id)) {
      return false;
    }
    return id != and || b - 1 < sStart || mentionEndingAt[b - 1] < 0; // "Macron and Merz said": no one alone
  }

  /** The comma that opens the parenthesis closed by the comma at {@code close}, skipping whole quotes; or -1. */
  private int openingComma(int close, int sStart) {
    for (int i = close - 1; i >= sStart && i > close - 40; i--) {
      if (t.type(i) != Tokens.PUNCT) {
        continue;
      }
      int q = closedQuote(i);
      if (q >= 0) {
        if (quoteOpen[q] <= sStart) {
          return -1;
        }
        i = quoteOpen[q];
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
   * comes first ("Critics attacked Trump, saying …" has no actor subject). Sets subjectMention / subjectStart.
   */
  private int sentenceSubject(int s, int sStart, int v) {
    for (int i = sStart; i < v; i++) {
      int m = mentionStartingAt[i];
      if (m >= 0) {
        if (!t.has(mentions.get(m).endToken() - 1, Tokens.POSSESSIVE) && headsSubject(m, sStart)) {
          subjectMention = m;
          subjectStart = i;
          return ACTOR;
        }
        i = nextComma(i, v); // not a subject: perhaps after a fronted phrase ("Speaking at …, the president")
        continue;
      }
      if (!isWord(i)) {
        continue;
      }
      int id = t.id(i);
      if (in(heShe, id) && (i == sStart || t.type(i - 1) == Tokens.PUNCT || in(intro, t.id(i - 1)))) {
        subjectStart = i;
        return PRONOUN;
      }
      if (!t.has(i, Tokens.CAPITALIZED) && !in(intro, id) && !in(determiner, id)) {
        i = nextComma(i, v);
      }
    }
    return NO_SUBJECT;
  }

  /** The next comma after {@code i} and before {@code v}, or {@code v}. */
  private int nextComma(int i, int v) {
    for (int j = i + 1; j < v; j++) {
      if (isPunct(j, ',') && quoteAt(j) < 0) {
        return j;
      }
    }
    return v;
  }

  /** A subject right after ", and" / ", but" / ", while": a clause of its own, not words inside a statement. */
  private boolean opensClause(int subjectStart, int sStart) {
    int b = subjectStart - 1;
    return b - 1 >= sStart && isWord(b) && (t.id(b) == and || in(contrast, t.id(b))) && isPunct(b - 1, ',');
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
        wordsSaySomething |= !in(filler, t.id(i)) && !in(intro, t.id(i));
        continue;
      }
      char c = t.punct(i);
      if (c == '"') {
        wordsSaySomething = true;
      } else if (c == ';' && i + 1 < sEnd && quoteAt(i) < 0) {
        return i;
      } else if (c == ',' && i + 2 < sEnd && isWord(i + 1) && in(contrast, t.id(i + 1))) {
        int next = t.id(i + 2);
        boolean sameSpeaker = next == that || (next >= 0 && next < verb.length && verb[next] != 0)
            || in(adverb, next) || t.type(i + 2) == Tokens.PUNCT;
        if (!sameSpeaker && quoteAt(i) < 0) {
          return i;
        }
      }
    }
    return sEnd;
  }

  /** Where the words of a verb of saying begin when they follow it. */
  private int forwardStart(byte kind, int v, int sEnd) {
    if (kind == TELL) {
      for (int j = v + 1; j < sEnd && j <= v + 10; j++) {
        if (t.type(j) == Tokens.PUNCT) {
          char c = t.punct(j);
          if (c == ':') {
            return j + 1;
          }
          if (c == ';') {
            break;
          }
          int q = c == '"' ? quoteAt(j) : -1;
          if (q >= 0 && quoteOpen[q] == j) {
            return j;
          }
        } else if (t.id(j) == that) {
          return j + 1;
        }
      }
      int a = v + 1 < sEnd && isWord(v + 1) && in(determiner, t.id(v + 1)) ? v + 2 : v + 1;
      int m = a < sEnd ? mentionStartingAt[a] : -1;
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
    for (int j = v + 1, words = 0; j < sEnd; j++) {
      if (t.type(j) == Tokens.PUNCT) {
        char c = t.punct(j);
        return c == ',' || c == ';' || c == '.' || c == '!' || c == '?' || c == '—';
      }
      if (words == 0 && !in(trailStart, t.id(j))) {
        return false;
      }
      if (t.id(j) == that || ++words > 5) {
        return false;
      }
    }
    return true;
  }

  /** Some word in {@code [from, to)} that says something (not only "on Tuesday"), or a quote. */
  private boolean hasContent(int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.type(i) == Tokens.PUNCT ? t.punct(i) == '"' : !in(filler, t.id(i)) && !in(intro, t.id(i))) {
        return true;
      }
    }
    return false;
  }

  /** Where a clause of sentence {@code s} may begin: after the last attribution already found in it. */
  private int clauseStart(int s, int sStart) {
    int from = sStart;
    for (int k = firstSpanOf(s); k < spanCount; k++) {
      if (spanFrameSentence[k] == s) {
        from = Math.max(from, Math.max(spanFrameEnd[k], spanTo[k]));
      }
    }
    while (from < t.sentenceEnd(s) && t.type(from) == Tokens.PUNCT && t.punct(from) == ',') {
      from++;
    }
    return from;
  }

  private boolean hasSpeechFramedIn(int s) {
    for (int k = firstSpanOf(s); k < spanCount; k++) {
      if (spanFrameSentence[k] == s) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first speech that may be framed in sentence {@code s}: verbs are handled in text order, so the speech of a
   * sentence is added after that of the sentences before it.
   */
  private int firstSpanOf(int s) {
    if (s != spanSentence) {
      spanSentence = s;
      spanSentenceFirst = spanCount;
    }
    return spanSentenceFirst;
  }

  /** Whether token {@code v} lies in the words of speech found earlier in sentence {@code s}. */
  private boolean insideEarlierSpeech(int s, int v) {
    for (int k = firstSpanOf(s); k < spanCount; k++) {
      if (spanFrameSentence[k] == s && spanFrom[k] <= v && v < spanTo[k]) {
        return true;
      }
    }
    return false;
  }

  /** A new attribution in sentence {@code s} at {@code frameStart} ends the words of an earlier one there. */
  private void cutEarlierSpeech(int s, int frameStart) {
    for (int k = firstSpanOf(s); k < spanCount; k++) {
      if (spanFrameSentence[k] == s && spanFrom[k] < frameStart && spanTo[k] > frameStart) {
        int to = frameStart;
        while (to - 1 > spanFrom[k] && (isWord(to - 1) ? in(intro, t.id(to - 1))
            : t.punct(to - 1) != '"' && t.type(to - 1) == Tokens.PUNCT)) {
          to--; // not the "…, while" or "that" before the next speaker
        }
        spanTo[k] = to;
      }
    }
  }

  private void accordingTo(int a, int s) {
    int sStart = t.sentenceStart(s);
    int sEnd = t.sentenceEnd(s);
    int first = a + 2 < sEnd && isWord(a + 2) && in(determiner, t.id(a + 2)) ? a + 3 : a + 2;
    int m = first < sEnd ? mentionStartingAt[first] : -1;
    int frameEnd;
    if (m >= 0) {
      int end = mentions.get(m).endToken();
      boolean heads = !t.has(end - 1, Tokens.POSSESSIVE)
          && (end >= sEnd || !isWord(end) || in(afterAccording, t.id(end)));
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
    if (spanCount == spanFrom.length) {
      int size = spanCount * 2;
      spanFrom = Arrays.copyOf(spanFrom, size);
      spanTo = Arrays.copyOf(spanTo, size);
      spanSpeaker = Arrays.copyOf(spanSpeaker, size);
      spanMention = Arrays.copyOf(spanMention, size);
      spanFrameEnd = Arrays.copyOf(spanFrameEnd, size);
      spanFrameSentence = Arrays.copyOf(spanFrameSentence, size);
      spanPronoun = Arrays.copyOf(spanPronoun, size);
      spanLink = Arrays.copyOf(spanLink, size);
      spanKind = Arrays.copyOf(spanKind, size);
      order = Arrays.copyOf(order, size);
      spanFirstSentence = Arrays.copyOf(spanFirstSentence, size);
      spanHint = Arrays.copyOf(spanHint, size);
      spanLastSentence = Arrays.copyOf(spanLastSentence, size);
    }
    int k = spanCount++;
    spanFrom[k] = from;
    spanTo[k] = to;
    spanMention[k] = mention;
    spanSpeaker[k] = mention >= 0 ? mentions.get(mention).actor() : -1;
    spanPronoun[k] = pronoun;
    spanLink[k] = link;
    spanFrameEnd[k] = frameEnd;
    spanFrameSentence[k] = frameSentence;
    spanHint[k] = frameSentence;
    spanKind[k] = (byte) kind.ordinal();
    return k;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Quotes.

  /** A quote that begins inside the words of a statement is part of them (and may carry them on). */
  private void absorbQuotes() {
    for (int q = 0; q < quoteCount; q++) {
      int open = quoteOpen[q];
      for (int k = 0; k < spanCount; k++) {
        if (spanFrom[k] <= open && open < spanTo[k]) {
          quoteSpan[q] = k;
          spanTo[k] = Math.max(spanTo[k], quoteEnd[q]);
          break;
        }
      }
    }
  }

  private void attributeRemainingQuotes() {
    for (int q = 0; q < quoteCount; q++) {
      if (quoteSpan[q] >= 0) {
        continue;
      }
      int open = quoteOpen[q];
      int s = quoteSentence[q];
      int sStart = t.sentenceStart(s);
      int link = -1;
      int mention = -1;
      Speech.Kind kind = Speech.Kind.UNATTRIBUTED;
      int b = open - 1;
      if (b >= sStart && (isPunct(b, ',') || isPunct(b, ':'))) {
        // "…," Zelensky said, "…" / Kallas said: "…": the attribution of this sentence goes on.
        for (int k = 0; k < spanCount; k++) {
          if (spanFrameSentence[k] == s && spanFrameEnd[k] <= open && isAttributed(k)
              && (link < 0 || spanFrameEnd[k] >= spanFrameEnd[link])) {
            link = k;
          }
        }
        if (link < 0 && isPunct(b, ':')) {
          int subject = sentenceSubject(s, sStart, b);
          if (subject == ACTOR) {
            mention = subjectMention;
            kind = Speech.Kind.QUOTE;
          }
        }
      }
      if (link < 0 && mention < 0 && open == sStart && s > 0) {
        // A quote opening the sentence after attributed speech carries it on.
        for (int k = 0; k < spanCount; k++) {
          int last = spanTo[k] - 1;
          boolean before = (last >= t.sentenceStart(s - 1) && last < sStart) || spanFrameSentence[k] == s - 1;
          if (before && isAttributed(k) && (link < 0 || spanFrom[k] >= spanFrom[link])) {
            link = k;
          }
        }
      }
      if (link >= 0) {
        kind = Speech.Kind.CONTINUATION;
      }
      quoteSpan[q] = addSpan(kind, open, quoteEnd[q], mention, -1, link, kind == Speech.Kind.QUOTE ? b : -1,
          kind == Speech.Kind.QUOTE ? s : -1);
      spanHint[quoteSpan[q]] = s;
    }
  }

  private boolean isAttributed(int k) {
    return spanKind[k] != Speech.Kind.UNATTRIBUTED.ordinal();
  }

  /** Orders the speech by where its words start; returns whether any has "he" or "she" as subject. */
  private boolean sortSpans() {
    boolean pronouns = false;
    for (int k = 0; k < spanCount; k++) {
      order[k] = k;
      pronouns |= spanPronoun[k] >= 0;
      int near = spanHint[k] >= 0 ? spanHint[k] : sentenceOf(spanFrom[k]);
      spanFirstSentence[k] = sentenceNear(spanFrom[k], near);
      spanLastSentence[k] = sentenceNear(spanTo[k] - 1, spanFirstSentence[k]);
    }
    for (int i = 1; i < spanCount; i++) { // insertion sort by start: a few pieces per article
      int k = order[i];
      int j = i - 1;
      while (j >= 0 && spanFrom[order[j]] > spanFrom[k]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = k;
    }
    return pronouns;
  }

  /** Marks (or, after use, clears) the tokens inside the words of any speech. */
  private void markCovered(boolean value) {
    for (int k = 0; k < spanCount; k++) {
      Arrays.fill(covered, spanFrom[k], spanTo[k], value);
    }
  }

  /** In text order: "he"/"she" to the last speaker, continuations to the speaker they continue. */
  private void resolveInOrder() {
    int lastAttributed = -1;
    for (int i = 0; i < spanCount; i++) {
      int k = order[i];
      if (spanPronoun[k] >= 0) {
        spanSpeaker[k] = pronounSpeaker(lastAttributed, spanPronoun[k], spanFrameSentence[k]);
      } else if (spanLink[k] >= 0) {
        spanSpeaker[k] = spanSpeaker[spanLink[k]];
      }
      if (isAttributed(k)) {
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
      if (sentenceSubject(s, t.sentenceStart(s), t.sentenceEnd(s)) == ACTOR
          && person[mentions.get(subjectMention).actor()]) {
        return mentions.get(subjectMention).actor();
      }
    }
    int firstSentence = ps;
    while (firstSentence > 0 && paragraph[firstSentence - 1] >= paragraph[ps] - 1) {
      firstSentence--;
    }
    int windowStart = t.sentenceStart(firstSentence);
    if (previous >= 0 && Math.max(spanTo[previous], spanFrameEnd[previous]) > windowStart) {
      int speaker = spanSpeaker[previous];
      if (speaker < 0 || !person[speaker]) {
        return -1;
      }
      int previousEnd = Math.max(spanTo[previous], spanFrameEnd[previous]);
      return onlyPerson(previousEnd, pronoun, speaker) ? speaker : -1;
    }
    int only = -1;
    for (Mention m : mentions) {
      int first = m.firstToken();
      if (first >= windowStart && first < pronoun && person[m.actor()] && !covered[first]) {
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
      if (first >= from && first < to && m.actor() != speaker && person[m.actor()] && !covered[first]) {
        return false;
      }
    }
    return true;
  }

  /** Only conjunctions, adverbs or punctuation before token {@code i} in sentence {@code s}. */
  private boolean opensSentence(int i, int s) {
    for (int j = t.sentenceStart(s); j < i; j++) {
      if (isWord(j) && !in(intro, t.id(j))) {
        return false;
      }
    }
    return true;
  }

  private void assignRoles() {
    for (int m = 0; m < mentions.size(); m++) {
      roles[m] = (byte) MentionRole.OTHER.ordinal();
    }
    for (int k = 0; k < spanCount; k++) {
      if (spanMention[k] >= 0) {
        roles[spanMention[k]] = (byte) MentionRole.SPEAKER.ordinal();
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
      for (int k = 0; k < spanCount; k++) {
        if (spanFrom[k] <= first && first < spanTo[k]) {
          if (spanSpeaker[k] == x.actor()) {
            insideOwn = true;
          } else {
            insideOthers = true;
          }
        } else if (spanSpeaker[k] == x.actor() && (spanFrameSentence[k] == x.sentence()
            || (spanFirstSentence[k] <= x.sentence() && x.sentence() <= spanLastSentence[k]))) {
          ownSentence = true;
        }
      }
      MentionRole role = insideOthers ? MentionRole.TARGET
          : insideOwn || ownSentence ? MentionRole.SPEAKER : MentionRole.OTHER;
      roles[m] = (byte) role.ordinal();
    }
  }
}
