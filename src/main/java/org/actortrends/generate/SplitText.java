package org.actortrends.generate;

import java.util.ArrayList;
import java.util.List;

/** A text as {@link WordSplitter} reads it: words, numbers and punctuation marks, with what the rules see of each. */
final class SplitText {
  enum Type { WORD, NUMBER, PUNCT }

  /** First letter upper case: a word capitalised in the dictionary needs one. */
  static final int CAPITALIZED = 1;
  /** Written with "'s" or a trailing "'", which was cut off: "Trump’s" is the word "trump". */
  static final int POSSESSIVE = 1 << 1;
  /** Joined to the word before by a hyphen: "Putin" in "Trump-Putin". */
  static final int AFTER_HYPHEN = 1 << 2;
  /** First piece of a line. */
  static final int LINE_START = 1 << 3;

  /** One piece: characters [start, end), its folded form (words and numbers), its word id or -1. */
  private record Piece(int start, int end, Type type, String folded, int id, int flags, char punct) {}

  private final String text;
  private final List<Piece> pieces = new ArrayList<>();

  SplitText(String text) {
    this.text = text;
  }

  void add(int start, int end, Type type, String folded, int id, int flags, char punct) {
    pieces.add(new Piece(start, end, type, folded, id, flags, punct));
  }

  String text() {
    return text;
  }

  int size() {
    return pieces.size();
  }

  int start(int i) {
    return pieces.get(i).start;
  }

  int end(int i) {
    return pieces.get(i).end;
  }

  Type type(int i) {
    return pieces.get(i).type;
  }

  boolean isPunct(int i) {
    return pieces.get(i).type == Type.PUNCT;
  }

  /** The folded word or number; null for punctuation. */
  String folded(int i) {
    return pieces.get(i).folded;
  }

  /** The id of the folded word among the dictionary's words, or -1. */
  int id(int i) {
    return pieces.get(i).id;
  }

  boolean has(int i, int flag) {
    return (pieces.get(i).flags & flag) != 0;
  }

  /** A punctuation mark, double quotes written '"' and apostrophes '\''; 0 for words. */
  char punct(int i) {
    return pieces.get(i).punct;
  }

  String surface(int i) {
    return text.substring(start(i), end(i));
  }

  /** The dot written straight after a one-letter word: the "W." of "George W. Bush", part of the name. */
  boolean isInitialDot(int j) {
    int prev = j - 1;
    return punct(j) == '.' && prev >= 0 && type(prev) == Type.WORD && end(prev) == start(j)
        && end(prev) - start(prev) == 1;
  }
}
