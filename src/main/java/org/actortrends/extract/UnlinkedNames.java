package org.actortrends.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of a document that no actor mention covers, grouped under the fullest form the document used: a lone
 * surname counts toward the person the document named in full with it ("Costa" toward "Rui Costa"). Each use is
 * scored for sentiment toward it like an actor mention. Names of unknown type are kept only when they are two
 * words or more with no place, nationality or time word among them: alone, such a word is mostly a place
 * ("Kyiv"), a nationality ("Russian") or a sentence's first word; an organisation's cue word alone ("Parliament")
 * is a common noun. One per extractor, reused for every document.
 */
final class UnlinkedNames {
  private final TargetSentiment targets;
  private final NameFinder finder;
  private boolean[] linked = new boolean[256];

  UnlinkedNames(TargetSentiment targets, NameFinder finder) {
    this.targets = targets;
    this.finder = finder;
  }

  List<UnlinkedName> collect(Tokens tokens, Names names, List<Mention> mentions) {
    if (names.size() == 0) {
      return List.of();
    }
    if (linked.length < tokens.size()) {
      linked = new boolean[Math.max(tokens.size(), linked.length * 2)];
    }
    Arrays.fill(linked, 0, tokens.size(), false);
    for (Mention m : mentions) {
      Arrays.fill(linked, m.firstToken(), m.endToken(), true);
    }
    // The fullest person name ending in each surname, for the lone surnames of the document.
    Map<String, String> fullBySurname = new LinkedHashMap<>(); // by the folded surname: most names are not in the
    // vocabulary, so their ids are all -1
    for (int k = 0; k < names.size(); k++) {
      if (isUnlinked(tokens, names, k) && names.type(k) == NameType.PERSON && names.end(k) - names.coreFirst(k) > 1) {
        String core = names.coreText(tokens, k);
        fullBySurname.merge(folded(tokens, names.end(k) - 1), core, (a, b) -> b.length() > a.length() ? b : a);
      }
    }
    Map<String, int[]> counts = new LinkedHashMap<>(); // name -> {mentions, scored, type}
    Map<String, double[]> sums = new LinkedHashMap<>();
    int sentence = -1;
    int readSentence = -1;
    for (int k = 0; k < names.size(); k++) {
      if (!isUnlinked(tokens, names, k)) {
        continue;
      }
      String name = names.end(k) - names.coreFirst(k) == 1
          ? fullBySurname.get(folded(tokens, names.coreFirst(k))) : null;
      NameType type = name != null ? NameType.PERSON : names.type(k);
      if (name == null) {
        name = names.coreText(tokens, k);
      }
      while (sentence + 1 < tokens.sentenceCount() && tokens.sentenceStart(sentence + 1) <= names.coreFirst(k)) {
        sentence++;
      }
      if (sentence != readSentence) {
        targets.beginSentence(tokens, tokens.sentenceStart(sentence), tokens.sentenceEnd(sentence));
        readSentence = sentence;
      }
      double sentiment = targets.score(names.coreFirst(k), names.end(k));
      int[] c = counts.computeIfAbsent(name, n -> new int[] {0, 0, type.ordinal()});
      c[0]++;
      c[1]++;
      if (type == NameType.PERSON) {
        c[2] = NameType.PERSON.ordinal();
      }
      sums.computeIfAbsent(name, n -> new double[1])[0] += sentiment;
    }
    List<UnlinkedName> out = new ArrayList<>(counts.size());
    counts.forEach((name, c) -> out.add(new UnlinkedName(name, NameType.values()[c[2]], c[0], c[1],
        sums.get(name)[0])));
    return out;
  }

  private static String folded(Tokens tokens, int i) {
    return tokens.surface(i).toLowerCase(java.util.Locale.ROOT);
  }

  /** No actor mention covers any word of the span's core, and it is a name worth keeping (see the class). */
  private boolean isUnlinked(Tokens tokens, Names names, int k) {
    boolean unknown = names.type(k) == NameType.UNKNOWN;
    boolean oneWord = names.end(k) - names.coreFirst(k) == 1;
    if (oneWord && (unknown || finder.isOrganizationWord(tokens.id(names.coreFirst(k))))) {
      return false; // alone, "Kyiv", "Russian", "Parliament", "Government" name no one we could add
    }
    for (int i = names.coreFirst(k); i < names.end(k); i++) {
      if (linked[i] || (unknown && finder.isNonPersonWord(tokens.id(i)))) {
        return false;
      }
    }
    return true;
  }
}
