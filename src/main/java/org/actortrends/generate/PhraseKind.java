package org.actortrends.generate;

/** How a dictionary phrase names its actor, by the counting rules (answer key's README, rules 1 to 3). */
enum PhraseKind {
  /** The canonical name: names its actor wherever it stands. */
  NAME,
  /** An alias (spelling, transliteration, acronym): names its actor wherever it stands. */
  ALIAS,
  /** A short form: names its actor when the article names it in full, or when no other actor claims it. */
  SHORT,
  /** A role title: names the one holder of the article's day, unless after former, ex-, late and the like. */
  ROLE
}
