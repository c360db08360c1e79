package org.actortrends.extract;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The word classes {@link QuoteAttribution} reads speech by (verbs of saying, the adverbs and titles that may stand
 * between a subject and its verb, the words that make no statement…) and which actors are persons. Built once per
 * instance from the vocabulary, before any text is tokenized, as arrays indexed by vocabulary id, so that asking
 * about a token is an array read: no lookup, no allocation per token. An id outside an array (-1 for punctuation
 * and unknown words, or past the array's end) is in no class.
 */
final class SpeechWords {
  /** Kinds of verb of saying ({@link #verbKind}); 0 is none. */
  static final byte SAY = 1;
  static final byte TELL = 2;
  static final byte EVAL = 3;

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
  private final boolean[] contrast;
  /** Verbs of saying and "according", by vocabulary id + 1: the words worth a look. */
  private final boolean[] candidate;

  // Vocabulary ids of single words the rules compare tokens with.
  final int with;
  final int according;
  final int to;
  final int that;
  final int who;
  final int which;
  final int and;
  final int but;
  final int than;
  final int beId;
  final int haveId;

  SpeechWords(ActorDictionary dictionary, Vocabulary vocabulary) {
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
    participle = vocabulary.idSet(PARTICIPLES);
    adverb = vocabulary.idSet(ADVERBS);
    intro = vocabulary.idSet(INTRO);
    notSubject = vocabulary.idSet(NOT_SUBJECT);
    be = vocabulary.idSet(BE);
    filler = vocabulary.idSet(FILLER);
    determiner = vocabulary.idSet(DETERMINERS);
    heShe = vocabulary.idSet(HE_SHE);
    otherPronoun = vocabulary.idSet(OTHER_PRONOUNS);
    afterAccording = vocabulary.idSet(AFTER_ACCORDING);
    trailStart = vocabulary.idSet(TRAIL_START);
    beAuxiliary = vocabulary.idSet(BE_AUXILIARY);
    nounLike = vocabulary.idSet(NOUN_LIKE);
    timeWord = vocabulary.idSet(TIME_WORDS);
    timeLead = vocabulary.idSet(TIME_LEADS);
    titleWord = vocabulary.idSet(TITLE_WORDS);
    with = vocabulary.add("with");
    contrast = vocabulary.idSet(CONTRAST);
    progressive = vocabulary.idSet(Stream.of(SAY_VERBS, TELL_VERBS, EVAL_VERBS)
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

  private static int[] ids(Vocabulary vocabulary, List<String> words) {
    return words.stream().mapToInt(vocabulary::add).toArray();
  }


  boolean isPerson(int actor) {
    return person[actor];
  }

  /** {@link #SAY}, {@link #TELL} or {@link #EVAL} for a verb of saying, else 0. */
  byte verbKind(int id) {
    return id >= 0 && id < verb.length ? verb[id] : 0;
  }

  /** A verb of saying or "according": a token worth a second look. */
  boolean isCandidate(int id) {
    int w = id + 1; // 0 for punctuation and unknown words
    return w < candidate.length && candidate[w];
  }

  boolean isParticiple(int id) {
    return Vocabulary.in(participle, id);
  }

  boolean isAdverb(int id) {
    return Vocabulary.in(adverb, id);
  }

  boolean isIntro(int id) {
    return Vocabulary.in(intro, id);
  }

  boolean isNotSubject(int id) {
    return Vocabulary.in(notSubject, id);
  }

  boolean isBe(int id) {
    return Vocabulary.in(be, id);
  }

  boolean isFiller(int id) {
    return Vocabulary.in(filler, id);
  }

  boolean isDeterminer(int id) {
    return Vocabulary.in(determiner, id);
  }

  boolean isHeShe(int id) {
    return Vocabulary.in(heShe, id);
  }

  boolean isOtherPronoun(int id) {
    return Vocabulary.in(otherPronoun, id);
  }

  boolean isAfterAccording(int id) {
    return Vocabulary.in(afterAccording, id);
  }

  boolean isTrailStart(int id) {
    return Vocabulary.in(trailStart, id);
  }

  boolean isBeAuxiliary(int id) {
    return Vocabulary.in(beAuxiliary, id);
  }

  boolean isProgressive(int id) {
    return Vocabulary.in(progressive, id);
  }

  boolean isNounLike(int id) {
    return Vocabulary.in(nounLike, id);
  }

  boolean isTimeWord(int id) {
    return Vocabulary.in(timeWord, id);
  }

  boolean isTimeLead(int id) {
    return Vocabulary.in(timeLead, id);
  }

  boolean isTitleWord(int id) {
    return Vocabulary.in(titleWord, id);
  }

  boolean isContrast(int id) {
    return Vocabulary.in(contrast, id);
  }
}
