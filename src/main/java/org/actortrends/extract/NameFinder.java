package org.actortrends.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds the proper names of one document in its {@link Tokens}: runs of capitalised words, each split into a title
 * ("Prime Minister", "Mr.") and a core (the name itself), and typed as a person, an organisation or unknown. One
 * pass over the tokens by vocabulary id, no regular expressions, no allocation per token.
 *
 * <p>A run is a sequence of capitalised words joined by name particles ("Osama bin Laden", "al-Maliki"), hyphens
 * ("Jean-Claude"), initials ("C. William Verity"), "of" after an organisation word ("Bank of England") and months
 * after a given name ("Theresa May"); it ends after a possessive ("Adams's"). Words that open sentences ("The",
 * "But"), months and days are not names. The core is the run's longest tail without title words; the title words
 * right before it are its title and anything before them a modifier left out ("Iraqi", "U.S.", "Supreme Court").
 * The type, from the word lists in {@code /names/}: an organisation word in the core makes an organisation, a
 * title a person; then a place, nationality or event word makes an unknown; a known first name, two words or more
 * (not right after "in", "near" or "the town of"), or a verb of saying right after one word ("Solana said") make a
 * person. A single unknown word is a person where the same document names a person with that surname. A datelined
 * place ("WASHINGTON (Reuters) -") is skipped; in a sentence mostly in capitals (a headline) only a title or a
 * known first name makes a person, with one surname word after it.
 *
 * <p>Not thread-safe (reuses scratch arrays): one per worker thread. Build it before the vocabulary is shared.
 */
public final class NameFinder {
  private final boolean[] notName;
  private final boolean[] time;
  private final boolean[] title;
  private final boolean[] given;
  private final boolean[] particle;
  private final boolean[] organization;
  private final boolean[] nonPerson;
  private final boolean[] speech;
  private final boolean[] placePreposition;
  private final int ofId;
  private final int forId;
  private int[] surnames = new int[16]; // token index of the last word of each person core found so far
  private int surnameCount;
  /** The first word of the sentence being read: capitalised for its place, whatever it is. */
  private int sentenceFirstWord;

  public NameFinder(Vocabulary vocabulary) {
    notName = idSet(vocabulary, "not-name-words.txt");
    time = idSet(vocabulary, "time-words.txt");
    title = idSet(vocabulary, "titles.txt");
    given = idSet(vocabulary, "given-names.txt");
    particle = idSet(vocabulary, "particles.txt");
    organization = idSet(vocabulary, "organization-words.txt");
    nonPerson = idSet(vocabulary, "non-person-words.txt");
    speech = idSet(vocabulary, "speech-verbs.txt");
    placePreposition = idSet(vocabulary, "place-prepositions.txt");
    ofId = vocabulary.add("of");
    forId = vocabulary.add("for");
  }

  /** Is {@code folded} (lower case, no dots) a title or honorific word ("president", "mr", "minister")? */
  public boolean isTitleWord(Vocabulary vocabulary, String folded) {
    return in(title, vocabulary.id(folded));
  }

  /** Is the word of this vocabulary id a place, nationality, time or event word? */
  boolean isNonPersonWord(int vocabularyId) {
    return in(nonPerson, vocabularyId) || in(time, vocabularyId);
  }

  /** Is the word of this vocabulary id one that makes an organisation ("party", "bank", "parliament")? */
  boolean isOrganizationWord(int vocabularyId) {
    return in(organization, vocabularyId);
  }

  /** Is the word of this vocabulary id a known first name ("wayne", "jimmy")? */
  boolean isGivenName(int vocabularyId) {
    return in(given, vocabularyId);
  }

  /** Is {@code folded} a word of a place, nationality, time or event ("iraqi", "us", "hurricane")? */
  public boolean isNonPersonWord(Vocabulary vocabulary, String folded) {
    int id = vocabulary.id(folded);
    return in(nonPerson, id) || in(time, id);
  }

  /** Finds the names of the document in {@code t} into {@code out}, replacing what it held. */
  public void find(Tokens t, Names out) {
    out.clear();
    surnameCount = 0;
    for (int s = 0; s < t.sentenceCount(); s++) {
      int to = t.sentenceEnd(s);
      boolean headline = mostlyCapitals(t, t.sentenceStart(s), to);
      int i = t.sentenceStart(s);
      sentenceFirstWord = i;
      while (sentenceFirstWord < to && !isWord(t, sentenceFirstWord)) {
        sentenceFirstWord++; // past an opening quote or dash
      }
      while (i < to) {
        if (t.has(i, Tokens.LINE_START)) {
          i = afterDateline(t, i, to);
        }
        if (i < to && canStart(t, i, to)) {
          int runEnd = runEnd(t, i, to);
          emit(t, i, runEnd, headline, out);
          i = runEnd;
        } else {
          i++;
        }
      }
    }
    promoteSurnames(t, out);
  }

  private boolean canStart(Tokens t, int i, int to) {
    if (isNameWord(t, i, -1)) {
      return true;
    }
    // "al-Maliki", "el-Baradei": a lower-case particle hyphenated to a capitalised word
    return isWord(t, i) && in(particle, t.id[i]) && i + 1 < to && t.has(i + 1, Tokens.AFTER_HYPHEN)
        && isCapitalized(t, i + 1);
  }

  /** A capitalised word that can be part of a name after token {@code prev} (-1: at the start of a run). */
  private boolean isNameWord(Tokens t, int i, int prev) {
    if (!isCapitalized(t, i)) {
      return false;
    }
    int id = t.id[i];
    if (in(notName, id) && !(prev >= 0 && in(particle, id))) { // "Kim Do Hoon" goes on after "Kim"
      return false;
    }
    // "Theresa May", "Prime Minister May"; otherwise a month or day is not a name
    return !in(time, id) || (prev >= 0 && isWord(t, prev) && (in(given, t.id[prev]) || in(title, t.id[prev])));
  }

  /** One past the last token of the run that starts at {@code i}. */
  private int runEnd(Tokens t, int i, int to) {
    int j = i;
    while (!t.has(j, Tokens.POSSESSIVE)) {
      int n = j + 1;
      if (n >= to) {
        break;
      }
      if (isDotAfter(t, j, n)) {
        // "J. Adams", "Mr. Bush": the dot of an initial or an abbreviated title joins
        if ((isInitial(t, j) || in(title, t.id[j])) && n + 1 < to && isNameWord(t, n + 1, j)) {
          j = n + 1;
          continue;
        }
        break;
      }
      if (isWord(t, n) && t.has(n, Tokens.AFTER_HYPHEN)) {
        if (isCapitalized(t, n) || in(title, t.id[n])) { // "Jean-Claude", "Minister-designate"
          j = n;
          continue;
        }
        break; // "Bush-era"
      }
      if (isNameWord(t, n, j)) {
        j = n;
        continue;
      }
      if (isWord(t, n) && !isCapitalized(t, n) && n + 1 < to && isCapitalized(t, n + 1)
          && !in(notName, t.id[n + 1])) {
        int id = t.id[n];
        boolean joins = in(particle, id) // "bin Laden", "de Gaulle"
            || (id == ofId || id == forId) && in(organization, t.id[j]) // "Bank of England"
            || id == ofId && in(title, t.id[j]) && in(title, t.id[n + 1]); // "Secretary of State"
        if (joins) {
          j = n + 1;
          continue;
        }
      }
      break;
    }
    return j + 1;
  }

  /** Splits the run {@code [a, b)} into modifier, title and core, types it and adds it to {@code out}. */
  private void emit(Tokens t, int a, int b, boolean headline, Names out) {
    int core = b;
    while (core > a && !isTitleToken(t, core - 1, a)) {
      core--;
    }
    int spanFirst;
    if (core == a || core == b) {
      // no title word, or the run ends with one ("Martin Luther King"): a title only at the start
      spanFirst = a;
      core = a;
      while (core < b && (isTitleToken(t, core, a) || isOfInTitle(t, core, a, b))) {
        core++;
      }
      if (core == b) {
        return; // only title words: "President", "Police Chief"
      }
    } else {
      spanFirst = core;
      while (spanFirst > a && (isTitleToken(t, spanFirst - 1, a) || isOfInTitle(t, spanFirst - 1, a, b))) {
        spanFirst--;
      }
    }
    NameType type = type(t, spanFirst, core, b, headline);
    if (type == NameType.ORGANIZATION) {
      out.add(a, a, b, type); // "General Motors", "Foreign Ministry": the whole run is the name
      return;
    }
    if (type == NameType.UNKNOWN) {
      out.add(core, core, b, type);
      return;
    }
    if (headline) {
      b = afterWords(t, core, b, in(given, t.id[core]) ? 2 : 1); // "PRESIDENT BUSH SAYS ..."
    }
    out.add(spanFirst, core, b, type);
    addSurname(b - 1);
  }

  private NameType type(Tokens t, int spanFirst, int core, int b, boolean headline) {
    int words = 0;
    for (int k = core; k < b; k++) {
      if (isWord(t, k)) {
        int id = t.id[k];
        if (in(organization, id)) {
          return NameType.ORGANIZATION;
        }
        words++;
      }
    }
    if (spanFirst < core) {
      return NameType.PERSON; // a title: "Justice Sandra Day O'Connor"
    }
    for (int k = core; k < b; k++) {
      if (isWord(t, k) && in(nonPerson, t.id[k])) {
        return NameType.UNKNOWN;
      }
    }
    if (in(given, t.id[core])) {
      return NameType.PERSON;
    }
    if (afterPlacePreposition(t, core)) {
      return NameType.UNKNOWN; // "in Tel Aviv", "the town of Spin Boldak"
    }
    if (words >= 2 && !headline) {
      return NameType.PERSON;
    }
    if (words == 1 && t.has(core, Tokens.ALL_CAPS) && t.end[core] - t.start[core] <= 5) {
      return NameType.ORGANIZATION; // an acronym: "NATO", "IAEA"
    }
    if (words == 1 && b < t.size && isWord(t, b) && in(speech, t.id[b]) && !openingPlural(t, core)) {
      return NameType.PERSON; // "Solana said"
    }
    return NameType.UNKNOWN;
  }

  /** "Diplomats said": a plural noun opening a sentence, not a surname (a surname named in full is found later). */
  private boolean openingPlural(Tokens t, int k) {
    return k == sentenceFirstWord && t.text.charAt(t.end[k] - 1) == 's';
  }

  private boolean afterPlacePreposition(Tokens t, int k) {
    if (k == 0 || !isWord(t, k - 1)) {
      return false;
    }
    int before = t.id[k - 1];
    return in(placePreposition, before) || before == ofId && k >= 2 && isWord(t, k - 2) && in(nonPerson, t.id[k - 2]);
  }

  /** A single unknown word that is the surname of a person the document names is that person. */
  private void promoteSurnames(Tokens t, Names out) {
    for (int k = 0; k < out.size; k++) {
      if (out.type[k] != NameType.UNKNOWN.ordinal() || out.end[k] - out.coreFirst[k] != 1) {
        continue;
      }
      int w = out.coreFirst[k];
      for (int p = 0; p < surnameCount; p++) {
        if (surnames[p] != w && sameWord(t, surnames[p], w)) {
          out.type[k] = (byte) NameType.PERSON.ordinal();
          break;
        }
      }
    }
  }

  private static boolean sameWord(Tokens t, int x, int y) {
    if (t.id[x] >= 0 || t.id[y] >= 0) {
      return t.id[x] == t.id[y];
    }
    int len = t.end[x] - t.start[x];
    if (t.end[y] - t.start[y] != len) {
      return false;
    }
    CharSequence text = t.text;
    for (int c = 0; c < len; c++) {
      if (TextFold.fold(text.charAt(t.start[x] + c)) != TextFold.fold(text.charAt(t.start[y] + c))) {
        return false;
      }
    }
    return true;
  }

  private void addSurname(int token) {
    if (surnameCount == surnames.length) {
      surnames = Arrays.copyOf(surnames, surnameCount * 2);
    }
    surnames[surnameCount++] = token;
  }

  /** Skips a dateline's place in capitals at the start of a line ("WASHINGTON (Reuters) -", "BAGHDAD, Iraq"). */
  private static int afterDateline(Tokens t, int i, int to) {
    int k = i;
    while (k < to && k - i < 4 && isWord(t, k) && t.has(k, Tokens.ALL_CAPS)) {
      k++;
    }
    if (k > i && k < to && t.type[k] == Tokens.PUNCT) {
      char p = t.punct[k];
      if (p == '(' || p == ',' || p == '-' || p == '—' || p == '–') {
        return afterAgencyCredit(t, k, to);
      }
    }
    return i;
  }

  /**
   * "BORGO EGNAZIA, Italy (Continental Wire) —": the agency in parentheses after a dateline is a credit, not a name
   * in the story. Returns the token after the credit's closing parenthesis, or {@code k} when there is none.
   */
  private static int afterAgencyCredit(Tokens t, int k, int to) {
    int j = k;
    if (t.punct[j] == ',') {
      j++;
      while (j < to && j - k <= 3 && isWord(t, j) && t.has(j, Tokens.CAPITALIZED)) {
        j++; // the country or state of the dateline
      }
    }
    if (j >= to || t.type[j] != Tokens.PUNCT || t.punct[j] != '(') {
      return k;
    }
    for (int close = j + 1; close < to && close - j <= 6; close++) {
      if (t.type[close] == Tokens.PUNCT && t.punct[close] == ')') {
        boolean dash = close + 1 < to && t.type[close + 1] == Tokens.PUNCT
            && (t.punct[close + 1] == '-' || t.punct[close + 1] == '—' || t.punct[close + 1] == '–');
        return dash ? close + 1 : k;
      }
    }
    return k;
  }

  /** A headline or a line written in capitals: most of its words (at least three) are all capitals. */
  private static boolean mostlyCapitals(Tokens t, int from, int to) {
    int words = 0;
    int caps = 0;
    for (int k = from; k < to; k++) {
      if (isWord(t, k)) {
        words++;
        if (t.has(k, Tokens.ALL_CAPS)) {
          caps++;
        }
      }
    }
    return words >= 3 && caps * 2 > words;
  }

  /** A title word, or the dot of an abbreviated one ("Mr."), inside a run that starts at {@code a}. */
  private boolean isTitleToken(Tokens t, int k, int a) {
    if (isWord(t, k)) {
      return in(title, t.id[k]);
    }
    return k > a && t.punct[k] == '.' && isWord(t, k - 1) && in(title, t.id[k - 1]);
  }

  /** The "of" of "Secretary of State". */
  private boolean isOfInTitle(Tokens t, int k, int a, int b) {
    return k > a && k + 1 < b && isWord(t, k) && t.id[k] == ofId && in(title, t.id[k - 1]) && in(title, t.id[k + 1]);
  }

  /** The end of the first {@code n} words from {@code from} (dots of initials included), at most {@code b}. */
  private static int afterWords(Tokens t, int from, int b, int n) {
    int k = from;
    int words = 0;
    while (k < b && words < n) {
      if (isWord(t, k)) {
        words++;
      }
      k++;
    }
    return k;
  }

  private static boolean isWord(Tokens t, int i) {
    return t.type[i] == Tokens.WORD;
  }

  private static boolean isCapitalized(Tokens t, int i) {
    return t.type[i] == Tokens.WORD && (t.flags[i] & Tokens.CAPITALIZED) != 0;
  }

  private static boolean isInitial(Tokens t, int i) {
    return isCapitalized(t, i) && t.end[i] - t.start[i] == 1;
  }

  private static boolean isDotAfter(Tokens t, int j, int n) {
    return t.type[n] == Tokens.PUNCT && t.punct[n] == '.' && t.start[n] == t.end[j];
  }

  private static boolean in(boolean[] set, int id) {
    return id >= 0 && id < set.length && set[id];
  }

  /** The words of a list in {@code /names/} (one or more a line, '#' starts a comment) as a set of ids. */
  private static boolean[] idSet(Vocabulary vocabulary, String file) {
    String resource = "/names/" + file;
    int[] ids = new int[256];
    int n = 0;
    try (InputStream in = NameFinder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String words = hash >= 0 ? line.substring(0, hash) : line;
        for (String word : words.trim().split("[\\s-]+")) { // hyphenated entries count by their parts
          if (!word.isEmpty()) {
            if (n == ids.length) {
              ids = Arrays.copyOf(ids, n * 2);
            }
            ids[n++] = vocabulary.add(word);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    int max = 0;
    for (int k = 0; k < n; k++) {
      max = Math.max(max, ids[k]);
    }
    boolean[] set = new boolean[max + 1];
    for (int k = 0; k < n; k++) {
      set[ids[k]] = true;
    }
    return set;
  }
}
