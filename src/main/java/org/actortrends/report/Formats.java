package org.actortrends.report;

import java.util.Locale;

/** Number and text formatting shared by the report writers, so the HTML, Markdown and JSON say the same. */
final class Formats {
  private Formats() {}

  /** Escapes text from data for HTML element content and quoted attribute values. */
  static String html(String s) {
    return escape(s, c -> switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> c < 0x20 && c != '\n' && c != '\t' ? " " : null;
    });
  }

  /** Escapes text from data for Markdown: its punctuation is taken literally and no HTML passes through. */
  static String markdown(String s) {
    return escape(s, c -> switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '|', '!', '~' -> "\\" + c;
      case '\n', '\r' -> " ";
      default -> null;
    });
  }

  /** What a character becomes, or null to keep it. */
  private interface Replacement {
    String of(char c);
  }

  /** Replaces each character for which {@code replacement} gives a string; null keeps the character. */
  private static String escape(String s, Replacement replacement) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = replacement.of(c);
      if (r == null) {
        b.append(c);
      } else {
        b.append(r);
      }
    }
    return b.toString();
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String decimal(double v, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", v);
  }

  /** A sentiment with its sign, typographic minus: "+0.12", "−0.45"; "–" when there is none. */
  static String signed(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    String s = String.format(Locale.ROOT, "%.2f", Math.abs(v));
    return (v < 0 && !s.equals("0.00") ? "\u2212" : "+") + s;
  }

  /** A change ratio as a factor: "×3.2", "×0.4". */
  static String ratio(double r) {
    return "\u00d7" + String.format(Locale.ROOT, r >= 10 ? "%.0f" : "%.1f", r);
  }
}
