package org.actortrends.extract;

/** PLACEHOLDER until the detector branch is merged. */
public final class LanguageDetector {
  public String detect(CharSequence title, CharSequence text) {
    return "en";
  }

  public static String normalize(String code) {
    return code == null ? null : code.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
