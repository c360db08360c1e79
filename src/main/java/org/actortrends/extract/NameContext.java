package org.actortrends.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Where a dictionary match sits among a document's name spans ({@link NameFinder}): a form inside a longer name
 * that holds words of someone else's name is not the actor ("Wayne Bennett", "Kim Kardashian", "African National
 * Congress"). The longer name may hold the actor's own words ("Donald J. Trump", "U.S. Congress"), initials of
 * them, and other dictionary forms ("Trump-Putin"). One per matcher, reused for every document.
 */
final class NameContext {
  /** Per actor, the sorted vocabulary ids of the words of its name and aliases. */
  private final int[][] ownWords;
  /** Per actor, bit k set when a word of its name or aliases starts with letter 'a' + k. */
  private final int[] ownInitials;
  /** Per token of the current document, the name span whose core holds it, or -1. */
  private int[] spanOf = new int[256];
  /** Per token, whether it is the first word of its sentence (capitalised for its place, not for a name). */
  private boolean[] opensSentence = new boolean[256];
  private final NameFinder finder;
  private Tokens tokens;
  private Names names;

  NameContext(ActorDictionary dictionary, Vocabulary vocabulary, Tokenizer phraseTokenizer, NameFinder finder) {
    this.finder = finder;
    List<Actor> actors = dictionary.actors();
    ownWords = new int[actors.size()][];
    ownInitials = new int[actors.size()];
    for (int a = 0; a < actors.size(); a++) {
      List<String> words = actors.get(a).fullForms().stream()
          .flatMap(form -> phraseTokenizer.foldedWords(form).stream()).toList();
      ownWords[a] = words.stream().mapToInt(vocabulary::add).sorted().distinct().toArray();
      for (String w : words) {
        char c = w.isEmpty() ? ' ' : w.charAt(0);
        if (c >= 'a' && c <= 'z') {
          ownInitials[a] |= 1 << (c - 'a');
        }
      }
    }
  }

  /** Indexes the name spans of the document just tokenized. */
  void index(Tokens tokens, Names names) {
    this.tokens = tokens;
    this.names = names;
    if (spanOf.length < tokens.size()) {
      spanOf = new int[Math.max(tokens.size(), spanOf.length * 2)];
    }
    Arrays.fill(spanOf, 0, tokens.size(), -1);
    if (opensSentence.length < tokens.size()) {
      opensSentence = new boolean[spanOf.length];
    }
    Arrays.fill(opensSentence, 0, tokens.size(), false);
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      int i = tokens.sentenceStart(s);
      while (i < tokens.sentenceEnd(s) && tokens.type(i) == Tokens.PUNCT) {
        i++; // an opening quote or dash
      }
      if (i < tokens.sentenceEnd(s)) {
        opensSentence[i] = true;
      }
    }
    for (int k = 0; k < names.size(); k++) {
      for (int i = names.coreFirst(k); i < names.end(k); i++) {
        spanOf[i] = k;
      }
    }
  }

  /**
   * True when the match {@code [start, end)} lies in a name core that also holds a word that is neither the
   * actor's (a word or initial of its name or aliases) nor covered by another dictionary match ({@code covered}); any
   * other initial passes only beside a word of the actor's ("Donald J. Trump", not "J. Adams" for Eric Adams).
   */
  boolean insideOtherName(int actor, int start, int end, boolean[] covered) {
    int k = spanOf[start];
    if (k < 0) {
      return false;
    }
    boolean ownWord = false;
    boolean initial = false;
    // A full name of two words or more already names its person: words before it describe ("Billionaire Elon
    // Musk"); only words after it can make another name ("Donald Trump Jr.").
    int from = wordsIn(start, end) >= 2 ? start : names.coreFirst(k);
    for (int i = from; i < names.end(k); i++) {
      if ((i >= start && i < end) || tokens.type(i) != Tokens.WORD || covered[i]) {
        continue;
      }
      int id = tokens.id(i);
      boolean oneLetter = tokens.end(i) - tokens.start(i) == 1;
      if ((id >= 0 && Arrays.binarySearch(ownWords[actor], id) >= 0)
          || (oneLetter && isOwnInitial(actor, tokens.text().charAt(tokens.start(i))))) {
        ownWord = true; // "Donald", or the "E." of "E. Adams"
      } else if (oneLetter) {
        initial = true; // a middle initial, or someone else's first
      } else if (!opensSentence[i] || id < 0 || finder.isGivenName(id)) {
        return true; // "Rui Costa"; but "Blaming Biden-era decisions": a known word opening a sentence is no name
      }
    }
    return initial && !ownWord;
  }

  private int wordsIn(int start, int end) {
    int words = 0;
    for (int i = start; i < end; i++) {
      if (tokens.type(i) == Tokens.WORD) {
        words++;
      }
    }
    return words;
  }

  private boolean isOwnInitial(int actor, char c) {
    char lower = Character.toLowerCase(c);
    return lower >= 'a' && lower <= 'z' && (ownInitials[actor] & (1 << (lower - 'a'))) != 0;
  }
}
