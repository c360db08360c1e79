package org.actortrends.extract;

/** How a mention was recognised; written to the {@code mentions} table as its lower-case name. */
public enum MatchedBy {
  /** The actor's canonical name. */
  NAME,
  /** A listed alias: spelling variant, transliteration, acronym. */
  ALIAS,
  /** A bare surname or honorific + surname, resolved by the article's context or by being unambiguous. */
  SHORT,
  /** An office title valid on the article's day ("the German chancellor"). */
  ROLE;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
