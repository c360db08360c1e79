package org.actortrends.extract;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/**
 * The languages a run processes ({@code --languages}): {@code all}, or a comma-separated list of codes. Articles in
 * other languages are read and counted, and go into no table. English is the kernel's own language; an article too
 * short to tell ({@value #UNDETERMINED}) is read as English when English is processed.
 */
public final class LanguageSet implements Serializable {
  public static final String ALL = "all";
  public static final String ENGLISH = "en";
  public static final String UNDETERMINED = "und";

  /** Null: every language. */
  private final TreeSet<String> codes;

  private LanguageSet(TreeSet<String> codes) {
    this.codes = codes;
  }

  /**
   * Parses {@code all} or a list such as {@code en,de,fr}.
   *
   * @throws IllegalArgumentException naming the first code that is not a language
   */
  public static LanguageSet parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("--languages is empty: give 'all' or codes such as en,de");
    }
    if (spec.trim().equalsIgnoreCase(ALL)) {
      return new LanguageSet(null);
    }
    TreeSet<String> codes = new TreeSet<>();
    for (String part : spec.split(",")) {
      String code = LanguageDetector.normalize(part.trim());
      if (code == null || code.equals(UNDETERMINED)) {
        throw new IllegalArgumentException("--languages: '" + part.trim() + "' is not a language code"
            + " (ISO 639-1 such as en, de, fr; or 'all')");
      }
      codes.add(code);
    }
    return new LanguageSet(codes);
  }

  public boolean processes(String language) {
    return codes == null || codes.contains(language)
        || (language.equals(UNDETERMINED) && codes.contains(ENGLISH));
  }

  /** Read with every English rule (short forms, roles, sentiment) or only by names and aliases. */
  public static boolean readAsEnglish(String language) {
    return language.equals(ENGLISH) || language.equals(UNDETERMINED);
  }

  /** The codes, or {@code [all]}. */
  public Set<String> codes() {
    return codes == null ? Set.of(ALL) : Set.copyOf(codes);
  }

  @Override
  public String toString() {
    return codes == null ? ALL : String.join(",", codes);
  }
}
