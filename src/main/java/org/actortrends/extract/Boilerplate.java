package org.actortrends.extract;

import java.util.List;

/**
 * Site furniture that is not part of the article: donation appeals, newsletter prompts, "Read more" lines, and the
 * "open image in gallery" prefix of image captions. Lines that start with one of the phrases are skipped whole;
 * the caption prefix is skipped and the caption itself kept, since captions say who is in the picture.
 */
final class Boilerplate {
  /** Folded, lower case line starts that mark a whole line as boilerplate. */
  static final List<String> LINE_PHRASES = List.of(
      "your support helps", "sign up to", "sign up for", "subscribe to", "read more:", "related:",
      "advertisement", "share this article", "follow us on", "click here", "get our free",
      "this article was amended", "copyright ©", "copyright (c)", "©");

  /** Folded prefixes of caption lines that are skipped while the rest of the line is kept. */
  static final List<String> CAPTION_PREFIXES = List.of("open image in gallery", "photo:", "image:");

  private Boilerplate() {}

  /**
   * Where reading should continue for a line starting at {@code pos}: the end of the line for a boilerplate line,
   * after the prefix for a caption, else {@code pos} itself.
   */
  static int skip(CharSequence text, int pos) {
    for (String phrase : LINE_PHRASES) {
      if (startsWithFolded(text, pos, phrase)) {
        int end = pos;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
          end++;
        }
        return end;
      }
    }
    for (String prefix : CAPTION_PREFIXES) {
      if (startsWithFolded(text, pos, prefix)) {
        return pos + prefix.length();
      }
    }
    return pos;
  }

  private static boolean startsWithFolded(CharSequence text, int pos, String folded) {
    if (pos + folded.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < folded.length(); i++) {
      if (TextFold.fold(text.charAt(pos + i)) != folded.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
