package org.actortrends.generate;

import java.util.Arrays;
import java.util.BitSet;

/**
 * One way of writing an actor into a sentence ("Mr Putin", "the German chancellor", "Ukrainian President Volodymyr
 * Zelensky"), with what it plants: one mention of {@link #actor}, and one of {@link #companion} when a title
 * begins with that actor in the possessive ("Putin's spokesman"). The conditions under which the text names
 * exactly these actors are fields here, checked by {@link ArticleCast}.
 */
final class Form {
  enum Kind {
    /** A full name or alias, possibly after an honorific ("President Emmanuel Macron"). */
    NAME,
    /** A short form, bare or after an honorific ("Macron", "Mr Macron"): needs its actor's context. */
    SHORT,
    /** A role title ("the French president"): names the holder of the article's day. */
    ROLE,
    /** A title right before the name, one mention ("French President Emmanuel Macron"). */
    APPOSITION
  }

  final Kind kind;
  final int actor;
  final String text;
  /** The dictionary phrase it is built on (a name, short form or title), to keep one spelling an article. */
  final String base;
  /** Bit k set when the form agrees with the actor's k-th spelling ({@link FormCatalog#spellings}). */
  long spellings = -1L;
  /** The spelling at the start of a sentence, or null when capitalising would change what it names. */
  final String atStart;
  /** Names the actor in full, as a first mention in an article may. */
  final boolean intro;
  /** Still names the same actors with "'s" after it. */
  final boolean possessiveOk;
  /** Ends in a comma ("the French president, Emmanuel Macron,"), so a word must follow. */
  final boolean needsWordAfter;
  /** Short forms: no other actor claims it, so it resolves without a full mention. */
  final boolean unique;
  /** Short forms: other actors claiming the same short form; none of them may be in the article. */
  final int[] conflicts;
  /** The actor a title's possessive names, or -1. */
  final int companion;
  final boolean companionUnique;
  final int[] companionConflicts;
  /** Day offsets (from the first generated day) on which the form names its actors; null for every day. */
  final BitSet days;
  /** Vocabulary id of the first word, -1 when no dictionary phrase holds it. */
  final int firstWord;
  /** Words that would extend a dictionary phrase at the end of the form (sorted). */
  final int[] continuations;
  /** One capitalised word, fit for a hyphenated pair ("Trump-Putin"). */
  final boolean oneWord;

  private Form(Builder b) {
    kind = b.kind;
    actor = b.actor;
    text = b.text;
    base = b.base;
    atStart = b.atStart;
    intro = b.intro;
    possessiveOk = b.possessiveOk;
    needsWordAfter = b.needsWordAfter;
    unique = b.unique;
    conflicts = b.conflicts;
    companion = b.companion;
    companionUnique = b.companionUnique;
    companionConflicts = b.companionConflicts;
    days = b.days;
    firstWord = b.firstWord;
    continuations = b.continuations;
    oneWord = text.matches("\\p{Lu}\\p{L}+");
  }

  boolean validOn(int dayOffset) {
    return days == null || days.get(dayOffset);
  }

  /** Whether {@code word} written right after the form could join it into a longer dictionary phrase. */
  boolean continuesWith(int word) {
    return word >= 0 && Arrays.binarySearch(continuations, word) >= 0;
  }

  int mentions() {
    return companion >= 0 ? 2 : 1;
  }

  @Override
  public String toString() {
    return kind + ":" + text;
  }

  static final class Builder {
    private final Kind kind;
    private final int actor;
    private final String text;
    private String base;
    private String atStart;
    private boolean intro;
    private boolean possessiveOk;
    private boolean needsWordAfter;
    private boolean unique = true;
    private int[] conflicts = new int[0];
    private int companion = -1;
    private boolean companionUnique = true;
    private int[] companionConflicts = new int[0];
    private BitSet days;
    private int firstWord = -1;
    private int[] continuations = new int[0];

    Builder(Kind kind, int actor, String text) {
      this.kind = kind;
      this.actor = actor;
      this.text = text;
      this.base = text;
    }

    Builder base(String phrase) {
      base = phrase;
      return this;
    }

    Builder atStart(String s) {
      atStart = s;
      return this;
    }

    Builder intro(boolean b) {
      intro = b;
      return this;
    }

    Builder possessiveOk(boolean b) {
      possessiveOk = b;
      return this;
    }

    Builder needsWordAfter(boolean b) {
      needsWordAfter = b;
      return this;
    }

    Builder claimants(boolean isUnique, int[] others) {
      unique = isUnique;
      conflicts = others;
      return this;
    }

    Builder companion(int actorIndex, boolean isUnique, int[] others) {
      companion = actorIndex;
      companionUnique = isUnique;
      companionConflicts = others;
      return this;
    }

    Builder days(BitSet set) {
      days = set;
      return this;
    }

    Builder junctions(int first, int[] next) {
      firstWord = first;
      continuations = next;
      return this;
    }

    Form build() {
      return new Form(this);
    }
  }
}
