package org.actortrends.generate;

import java.util.List;
import java.util.Set;

/**
 * The word lists behind the documented matching rules (README, "How extraction works"), restated here so that the
 * generator plants text from its own statement of the rules instead of asking the matcher what it would find.
 */
final class MatchingRules {
  /** Capitalised words that join a person's mention when written right before it ("Mr", "Prime Minister"). */
  static final Set<String> HONORIFICS = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "chancellor", "premier",
      "senator", "sen", "gov", "governor", "rep", "representative", "secretary", "minister", "general", "gen",
      "pope", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "madame", "mme", "monsieur", "herr",
      "frau", "commissioner", "ambassador", "speaker", "leader", "judge", "justice", "emir", "marshal", "admiral",
      "colonel", "col", "envoy");

  /** Words that make a role title name someone other than today's holder ("the former German chancellor"). */
  static final Set<String> ROLE_BLOCKERS = Set.of(
      "former", "ex", "late", "then", "future", "next", "previous", "past", "outgoing", "incoming", "would",
      "deputy", "vice", "acting", "interim");

  /** Short forms that are everyday words: they name someone only after an honorific ("Mrs May", not "in May"). */
  static final Set<String> EVERYDAY_WORD_SHORT_FORMS = Set.of(
      "may", "march", "april", "june", "july", "august", "will", "mark", "grant", "rice", "price", "young",
      "long", "love", "power", "cook", "cash", "king", "white", "black", "brown", "green", "rich", "best", "hope",
      "faith", "law", "ross", "page", "lee", "bill", "bush");

  /** Folded, lower-case line starts that make the tokenizer drop a whole line as site boilerplate. */
  static final List<String> BOILERPLATE_LINE_STARTS = List.of(
      "your support helps", "sign up to", "sign up for", "subscribe to", "read more:", "related:",
      "advertisement", "share this article", "follow us on", "click here", "get our free",
      "this article was amended", "copyright ©", "copyright (c)", "©");

  /** Folded prefixes of caption lines: dropped, while the caption after them is read. */
  static final List<String> CAPTION_PREFIXES = List.of("open image in gallery", "photo:", "image:");

  private MatchingRules() {}
}
