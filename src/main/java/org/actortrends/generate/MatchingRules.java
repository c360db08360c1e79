package org.actortrends.generate;

import java.util.List;
import java.util.Set;

/**
 * The word lists of the written counting rules (README, "How extraction works";
 * {@code sample-data/answer-key/README.md}, "Counting rules"), stated here as data because each list is the rule
 * itself: the generator plants text from its own statement of the rules, never by asking the extractor what it would
 * find. Where the written rule ends in "and the like", the list says which words are meant.
 */
final class MatchingRules {
  /**
   * Capitalised words that join a person's mention when written right before it, so that honorific + short form is
   * one mention ("Mr Putin", "President Macron", "Chancellor Merz": answer key, rule 2).
   */
  static final Set<String> HONORIFICS = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "chancellor", "premier",
      "senator", "sen", "gov", "governor", "rep", "representative", "secretary", "minister", "general", "gen",
      "pope", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "madame", "mme", "monsieur", "herr",
      "frau", "commissioner", "ambassador", "speaker", "leader", "judge", "justice", "emir", "marshal", "admiral",
      "colonel", "col", "envoy");

  /**
   * Words that make a role title name someone other than today's holder: "former / ex- / late / then / future /
   * next" (answer key, rule 3) and the like ("the former German chancellor", "the outgoing president").
   */
  static final Set<String> ROLE_BLOCKERS = Set.of(
      "former", "ex", "late", "then", "future", "next", "previous", "past", "outgoing", "incoming", "would",
      "deputy", "vice", "acting", "interim");

  /**
   * Short forms that are everyday words: they name someone only after an honorific ("Mrs May", not "in May"; "beat
   * around the bush" is nobody: answer key, "Never counted").
   */
  static final Set<String> EVERYDAY_WORD_SHORT_FORMS = Set.of(
      "may", "march", "april", "june", "july", "august", "will", "mark", "grant", "rice", "price", "young",
      "long", "love", "power", "cook", "cash", "king", "white", "black", "brown", "green", "rich", "best", "hope",
      "faith", "law", "ross", "page", "lee", "bill", "bush");

  /** Folded line starts of site boilerplate: the whole line is not counted (answer key, "Counted text"). */
  static final List<String> BOILERPLATE_LINE_STARTS = List.of(
      "your support helps", "sign up to", "sign up for", "subscribe to", "read more:", "related:",
      "advertisement", "share this article", "follow us on", "click here", "get our free",
      "this article was amended", "copyright ©", "copyright (c)", "©");

  /** Folded prefixes of caption lines: dropped, while the caption after them is counted (answer key). */
  static final List<String> CAPTION_PREFIXES = List.of("open image in gallery", "photo:", "image:");

  private MatchingRules() {}
}
