package org.actortrends.extract;

/** What a name span found by {@link NameFinder} names. */
public enum NameType {
  PERSON,
  ORGANIZATION,
  /** A capitalised name with no evidence either way, or a place, nationality or event. */
  UNKNOWN;

  private static final NameType[] VALUES = values();

  static NameType of(byte ordinal) {
    return VALUES[ordinal];
  }
}
