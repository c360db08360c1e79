package org.actortrends.extract;

/**
 * What part a mention plays in the speech of its article (see {@link QuoteAttribution}); written to the
 * {@code mentions} table as its lower-case name.
 */
public enum MentionRole {
  /** The actor says something here: the speaker of a quote or a reported statement, named in its attribution. */
  SPEAKER,
  /** The actor is talked about: inside the words of a quote or reported statement of someone else. */
  TARGET,
  /** Neither: narrative, an addressee ("told Trump that"), part of a speaker's description ("aides to Modi"). */
  OTHER;

  private static final MentionRole[] VALUES = values();

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static MentionRole ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }
}
