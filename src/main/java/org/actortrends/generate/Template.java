package org.actortrends.generate;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence or line of our own with slots: literal text, values ({weekday}, {city}, a quote) and actor slots
 * ({X}, {Y's}, {X-Y}) whose surroundings were read when the library was loaded, so that a form can be checked
 * against them in two array look-ups.
 */
final class Template {
  /** What surrounds a slot, for the junction checks. */
  record Context(int[] leftEdges, int[] rightWords, boolean wordAfter, boolean atStart) {
    /** Whether a form starting with {@code word} would continue a dictionary phrase begun before the slot. */
    boolean continuedBy(int word) {
      return word >= 0 && Arrays.binarySearch(leftEdges, word) >= 0;
    }

    /** Whether the words after the slot would carry {@code form}'s last phrase on. */
    boolean carriesOn(Form form) {
      for (int w : rightWords) {
        if (form.continuesWith(w)) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code form} fits here: right capitalisation, no phrase running into or out of it. */
    boolean fits(Form form, boolean possessive) {
      return !continuedBy(form.firstWord) && !carriesOn(form) && (!atStart || form.atStart != null)
          && (!possessive || form.possessiveOk) && (!form.needsWordAfter || (wordAfter && !possessive));
    }
  }

  sealed interface Part permits Literal, Value, ActorSlot, PairSlot, DecoySlot {}

  /** Fixed words, in curly punctuation and in the straight one some outlets use. */
  record Literal(String text, String plain) implements Part {
    Literal(String text) {
      this(text, Template.plain(text));
    }
  }

  /** {weekday}, {city}, {quote} and the like: words that never touch the dictionary. */
  record Value(String name) implements Part {}

  /** {X}, {Y}, {X's}: a mention of the sentence's subject (X) or another actor of the article (Y). */
  record ActorSlot(char who, boolean possessive, Context context) implements Part {}

  /** {X-Y}: both short forms joined by a hyphen ("the Trump-Putin summit"), one mention each. */
  record PairSlot(Context first, Context second) implements Part {}

  /** {ambig}: a short form several actors claim; {blocked}: a title after "former" and the like. */
  record DecoySlot(String kind, Context context) implements Part {}

  /** Number of the template in its library, to write each at most once an article. */
  final int id;
  final String kind;
  final String source;
  final boolean personsOnly;
  final List<Part> parts;
  final boolean usesX;
  final boolean usesY;
  final int words;

  Template(int id, String kind, String source, boolean personsOnly, List<Part> parts) {
    this.id = id;
    this.kind = kind;
    this.source = source;
    this.personsOnly = personsOnly;
    this.parts = List.copyOf(parts);
    usesX = parts.stream().anyMatch(p -> p instanceof PairSlot || (p instanceof ActorSlot s && s.who() == 'X'));
    usesY = parts.stream().anyMatch(p -> p instanceof PairSlot || (p instanceof ActorSlot s && s.who() == 'Y'));
    words = source.split("\\s+").length;
  }

  /** Straight quotes, apostrophes and hyphens for curly ones and dashes. */
  static String plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u201c' || c == '\u201d' || c == '\u2019' || c == '\u2014') {
        return s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', '\'').replace('\u2014', '-');
      }
    }
    return s;
  }

  @Override
  public String toString() {
    return kind + ": " + source;
  }
}
