package org.actortrends.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.actortrends.extract.Actor;
import org.actortrends.extract.ActorType;
import org.actortrends.extract.Role;

/**
 * Every form the generator may write for every actor of the dictionary, each proven when the catalog is built:
 * the trie finds exactly the phrases the form means to plant (at a sentence start and with "'s" too), and the
 * form records what it needs from the article (days its title is held, other claimants of its short form). Forms
 * the dictionary makes unusable (a short form that is also someone's name, a title two actors hold at once) are
 * left out and listed in {@link #leftOut()}.
 */
final class FormCatalog {
  /** Organisation names written without "the". */
  static final Set<String> NO_ARTICLE = Set.of(
      "NATO", "Nato", "Opec", "OPEC", "Hamas", "Hezbollah", "Hizbollah", "Hizballah", "Hizbullah", "Mossad",
      "Congress", "Downing Street", "10 Downing Street", "No 10", "Number 10", "Reform UK", "BRICS", "Brics",
      "al-Qaeda", "al-Qaida", "al Qaeda", "al-Qa'ida", "Islamic State", "ISIS", "ISIL", "Daesh", "UNRWA",
      "Unrwa", "DOGE", "Doge", "SCOTUS", "Ansar Allah", "Ansarallah", "HTS", "Hayat Tahrir al-Sham", "Wagner",
      "PMC Wagner", "Alternative for Germany", "Alternative für Deutschland", "AfD");
  /** Why a form such as "Robert F. Kennedy Jr." is not written: its actor's other names do the job. */
  private static final String ENDS_IN_FULL_STOP =
      "ends in a full stop, which would run into the full stop of a sentence ending after it";
  private static final Set<String> LOWER_IN_TITLES = Set.of("of", "the", "for", "and", "to", "on", "in");
  private static final Pattern PRESIDENT = Pattern.compile("[A-Z][\\p{L}.]* president|president of [A-Z].*");
  private static final Pattern PRIME_MINISTER =
      Pattern.compile("[A-Z]\\p{L}* prime minister|prime minister of [A-Z].*");
  private static final Pattern CHANCELLOR = Pattern.compile("(German|Austrian) chancellor");

  private final PhraseTrie trie;
  private final List<Actor> actors;
  private final long firstDay;
  private final int days;
  private final List<List<Form>> byActor = new ArrayList<>();
  private final List<Form[][]> byActorAndKind = new ArrayList<>();
  private final List<List<String>> spellings = new ArrayList<>();
  private final List<List<Integer>> titledAfter = new ArrayList<>();
  private final List<Form> ambiguousShorts = new ArrayList<>();
  private final List<Form> blockedTitles = new ArrayList<>();
  private final List<String> leftOut = new ArrayList<>();

  FormCatalog(PhraseTrie trie, LocalDate first, int days) {
    this.trie = trie;
    this.actors = trie.dictionary().actors();
    this.firstDay = first.toEpochDay();
    this.days = days;
    for (int a = 0; a < actors.size(); a++) {
      Map<String, Form> forms = new LinkedHashMap<>();
      if (actors.get(a).type() == ActorType.PERSON) {
        addPerson(a, forms);
      } else {
        addOrganization(a, forms);
      }
      List<Form> all = List.copyOf(forms.values());
      byActor.add(all);
      spellings.add(markSpellings(all));
      Form[][] byKind = new Form[Form.Kind.values().length][];
      for (Form.Kind kind : Form.Kind.values()) {
        byKind[kind.ordinal()] = all.stream().filter(f -> f.kind == kind).toArray(Form[]::new);
      }
      byActorAndKind.add(byKind);
    }
    for (int a = 0; a < actors.size(); a++) {
      titledAfter.add(new ArrayList<>());
    }
    for (List<Form> forms : byActor) {
      for (Form f : forms) {
        if (f.companion >= 0 && !titledAfter.get(f.companion).contains(f.actor)) {
          titledAfter.get(f.companion).add(f.actor);
        }
      }
    }
    addDecoys();
  }

  /** Actors holding a title named after {@code actor} in the possessive ("Putin's spokesman" for Putin). */
  List<Integer> titledAfter(int actor) {
    return titledAfter.get(actor);
  }

  List<Actor> actors() {
    return actors;
  }

  List<Form> forms(int actor) {
    return byActor.get(actor);
  }

  Form[] forms(int actor, Form.Kind kind) {
    return byActorAndKind.get(actor)[kind.ordinal()];
  }

  /**
   * The full names an article may introduce the actor by, the canonical one first. An article keeps to one of them
   * and to the short forms it contains ("Volodymyr Zelenskyy", then "Zelenskyy"), as an outlet's style guide does.
   */
  List<String> spellings(int actor) {
    return spellings.get(actor);
  }

  private static List<String> markSpellings(List<Form> forms) {
    List<String> names = new ArrayList<>();
    for (Form f : forms) {
      if (f.intro && (f.kind == Form.Kind.NAME || f.kind == Form.Kind.APPOSITION) && !names.contains(f.base)
          && names.size() < 64) {
        names.add(f.base);
      }
    }
    for (Form f : forms) {
      long mask = 0;
      for (int k = 0; k < names.size(); k++) {
        boolean agrees = switch (f.kind) {
          case NAME, APPOSITION -> !f.intro || f.base.equals(names.get(k));
          case SHORT -> containsWords(names.get(k), f.base);
          case ROLE -> true;
        };
        if (agrees) {
          mask |= 1L << k;
        }
      }
      f.spellings = mask == 0 ? -1L : mask;
    }
    return List.copyOf(names);
  }

  /** Whether {@code words} occur in {@code phrase} as whole words, spelt the same (accents too). */
  private static boolean containsWords(String phrase, String words) {
    String p = " " + phrase.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    return p.contains(" " + words.toLowerCase(Locale.ROOT).replace('-', ' ') + " ");
  }

  /** Bare short forms that several actors claim: they name nobody unless one claimant is in the article. */
  List<Form> ambiguousShorts() {
    return ambiguousShorts;
  }

  /** Role titles that name nobody after a blocker word ("the former German chancellor"). */
  List<Form> blockedTitles() {
    return blockedTitles;
  }

  /** Forms the dictionary makes unusable, with the reason. */
  List<String> leftOut() {
    return leftOut;
  }

  // ---------------------------------------------------------------------------------------------
  // People

  private void addPerson(int a, Map<String, Form> out) {
    Actor actor = actors.get(a);
    Map<String, BitSet> titleHonorifics = titleHonorifics(actor);
    for (String full : actor.fullForms()) {
      if (full.endsWith(".")) {
        reject(a, full, ENDS_IN_FULL_STOP);
        continue;
      }
      boolean intro = full.equals(actor.name()) || (wordCount(full) >= 2 && !isAcronym(full));
      put(out, nameForm(a, full, full, intro, null));
    }
    for (Map.Entry<String, BitSet> h : titleHonorifics.entrySet()) {
      put(out, nameForm(a, h.getKey() + " " + actor.name(), actor.name(), true, h.getValue()));
    }
    String courtesy = CourtesyTitles.of(actor);
    for (String shortForm : actor.shortForms()) {
      ShortInfo info = shortInfo(a, shortForm);
      if (info == null) {
        continue;
      }
      if (!info.everyday) {
        put(out, shortForm(a, shortForm, shortForm, info, null));
      }
      if (courtesy != null) {
        put(out, shortForm(a, courtesy + " " + shortForm, shortForm, info, null));
      }
      for (Map.Entry<String, BitSet> h : titleHonorifics.entrySet()) {
        put(out, shortForm(a, h.getKey() + " " + shortForm, shortForm, info, h.getValue()));
      }
    }
    for (Role role : actor.roles()) {
      for (String title : role.titles()) {
        addRole(a, role, title, out);
      }
    }
  }

  /** "President", "Prime Minister" or "Chancellor" before the name, on the days an office makes it fit. */
  private Map<String, BitSet> titleHonorifics(Actor actor) {
    Map<String, BitSet> out = new LinkedHashMap<>();
    for (Role role : actor.roles()) {
      for (String title : role.titles()) {
        String honorific = PRESIDENT.matcher(title).matches() ? "President"
            : PRIME_MINISTER.matcher(title).matches() ? "Prime Minister"
            : CHANCELLOR.matcher(title).matches() ? "Chancellor" : null;
        if (honorific != null) {
          out.computeIfAbsent(honorific, h -> new BitSet()).or(daysActive(role));
        }
      }
    }
    out.values().removeIf(BitSet::isEmpty);
    return out;
  }

  private BitSet daysActive(Role role) {
    BitSet set = new BitSet(days);
    for (int d = 0; d < days; d++) {
      long day = firstDay + d;
      if (day >= role.from().toEpochDay() && (role.to() == null || day < role.to().toEpochDay())) {
        set.set(d);
      }
    }
    return set;
  }

  private record ShortInfo(boolean everyday, boolean unique, int[] conflicts) {}

  /** What the trie holds for a bare short form, or null (with the reason recorded) when it is unusable. */
  private ShortInfo shortInfo(int a, String shortForm) {
    Scan scan = scan(shortForm);
    if (!scan.surfaces().equals(List.of(shortForm))) {
      return reject(a, shortForm, "does not scan as itself: " + scan.surfaces());
    }
    List<PhraseTrie.Entry> entries = scan.entries(0);
    if (entries.stream().anyMatch(e -> e.kind() != PhraseKind.SHORT)) {
      return reject(a, shortForm, "also a name or title");
    }
    TreeSet<Integer> others = new TreeSet<>();
    boolean everyday = false;
    for (PhraseTrie.Entry e : entries) {
      everyday |= e.everydayWord();
      if (e.actor() != a) {
        others.add(e.actor());
      }
    }
    return new ShortInfo(everyday, entries.size() == 1, toArray(others));
  }

  private Form nameForm(int a, String written, String name, boolean intro, BitSet when) {
    Scan scan = scan(written);
    if (!scan.surfaces().equals(List.of(name)) || !namesActor(scan.entries(0), a)) {
      return reject(a, written, "does not scan as the name: " + scan.surfaces());
    }
    return finish(new Form.Builder(Form.Kind.NAME, a, written).base(name).intro(intro).days(when), written,
        List.of(name));
  }

  private Form shortForm(int a, String written, String shortForm, ShortInfo info, BitSet when) {
    Scan scan = scan(written);
    if (!scan.surfaces().equals(List.of(shortForm))) {
      return reject(a, written, "does not scan as the short form: " + scan.surfaces());
    }
    return finish(new Form.Builder(Form.Kind.SHORT, a, written).base(shortForm)
        .claimants(info.unique, info.conflicts).days(when), written, List.of(shortForm));
  }

  private void addRole(int a, Role role, String title, Map<String, Form> out) {
    Actor actor = actors.get(a);
    String written = startsPossessive(title) ? title : "the " + title;
    Scan scan = scan(written);
    List<String> surfaces = scan.surfaces();
    if (surfaces.isEmpty() || !surfaces.get(surfaces.size() - 1).equals(title) || surfaces.size() > 2) {
      reject(a, written, "does not scan as the title: " + surfaces);
      return;
    }
    int t = surfaces.size() - 1;
    List<PhraseTrie.Entry> entries = scan.entries(t);
    if (entries.stream().anyMatch(e -> e.kind() != PhraseKind.ROLE)) {
      reject(a, written, "the title is also a name or short form");
      return;
    }
    List<Companion> companions = t == 0 ? List.of(Companion.NONE) : companions(scan.entries(0));
    if (companions.isEmpty()) {
      reject(a, written, "begins with a possessive that names nobody for sure: " + surfaces.get(0));
      return;
    }
    BitSet soleHolder = new BitSet(days);
    BitSet holds = new BitSet(days);
    for (int d = 0; d < days; d++) {
      int epochDay = (int) (firstDay + d);
      Set<Integer> holders = new TreeSet<>();
      for (PhraseTrie.Entry e : entries) {
        if (e.activeOn(epochDay)) {
          holders.add(e.actor());
        }
      }
      holds.set(d, holders.contains(a));
      soleHolder.set(d, holders.equals(Set.of(a)));
    }
    if (soleHolder.isEmpty() && !holds.isEmpty()) {
      reject(a, written, "names nobody alone: another actor holds the title too on every day " + actor.id()
          + " does");
    }
    for (Companion c : companions) {
      if (!soleHolder.isEmpty()) {
        put(out, roleForm(a, written, surfaces, c, soleHolder));
      }
      if (!holds.isEmpty()) {
        String name = introName(actor);
        if (!title.contains(" of ")) {
          String capitalised = titleCase(title) + " " + name;
          put(out, apposition(a, capitalised, List.of(titleCase(title), name), t, c, holds, false));
        }
        String comma = written + ", " + name + ",";
        put(out, apposition(a, comma, List.of(title, name), t, c, holds, true));
      }
    }
    if (role.to() != null && t == 0 && !startsPossessive(title)) {
      BitSet after = new BitSet(days);
      for (int d = 0; d < days; d++) {
        after.set(d, firstDay + d >= role.to().toEpochDay() && !holds.get(d));
      }
      if (!after.isEmpty()) {
        String name = introName(actor);
        String former = "former " + title + " " + name;
        Scan s = scan(former);
        if (s.surfaces().equals(List.of(title, name)) && namesActor(s.entries(1), a)) {
          put(out, finish(new Form.Builder(Form.Kind.APPOSITION, a, former).base(name).intro(true).days(after),
              former, List.of(title, name)));
        } else {
          reject(a, former, "does not scan as title and name: " + s.surfaces());
        }
      }
    }
  }

  /** The name to write after a title: the canonical one, unless it ends in a full stop ("Jr."). */
  private static String introName(Actor actor) {
    if (!actor.name().endsWith(".")) {
      return actor.name();
    }
    for (String alias : actor.aliases()) {
      if (!alias.endsWith(".") && wordCount(alias) >= 2) {
        return alias;
      }
    }
    return actor.name();
  }

  /** Whom a title's leading possessive names: one option per actor it can stand for. */
  private record Companion(int actor, boolean unique, int[] conflicts) {
    static final Companion NONE = new Companion(-1, true, new int[0]);
  }

  private List<Companion> companions(List<PhraseTrie.Entry> inner) {
    List<Companion> out = new ArrayList<>();
    if (inner.stream().anyMatch(e -> e.kind() == PhraseKind.NAME || e.kind() == PhraseKind.ALIAS)) {
      Set<Integer> named = new TreeSet<>();
      inner.stream().filter(e -> e.kind() == PhraseKind.NAME || e.kind() == PhraseKind.ALIAS)
          .forEach(e -> named.add(e.actor()));
      if (named.size() == 1) {
        out.add(new Companion(named.iterator().next(), true, new int[0]));
      }
      return out;
    }
    if (inner.stream().anyMatch(e -> e.kind() != PhraseKind.SHORT || e.everydayWord())) {
      return out;
    }
    TreeSet<Integer> claimants = new TreeSet<>();
    inner.forEach(e -> claimants.add(e.actor()));
    for (int c : claimants) {
      TreeSet<Integer> others = new TreeSet<>(claimants);
      others.remove(c);
      out.add(new Companion(c, inner.size() == 1, toArray(others)));
    }
    return out;
  }

  private Form roleForm(int a, String written, List<String> surfaces, Companion c, BitSet when) {
    Form.Builder b = new Form.Builder(Form.Kind.ROLE, a, written).base(surfaces.get(surfaces.size() - 1))
        .days(when);
    if (c.actor >= 0) {
      b.companion(c.actor, c.unique, c.conflicts);
    }
    return finish(b, written, surfaces);
  }

  private Form apposition(int a, String written, List<String> parts, int titleIndex, Companion c, BitSet when,
      boolean comma) {
    Scan scan = scan(written);
    List<String> expected = new ArrayList<>();
    if (titleIndex == 1) {
      expected.add(scan.surfaces().isEmpty() ? "" : scan.surfaces().get(0));
    }
    expected.addAll(parts);
    if (!scan.surfaces().equals(expected) || !namesActor(scan.entries(expected.size() - 1), a)) {
      return reject(a, written, "does not scan as title and name: " + scan.surfaces());
    }
    Form.Builder b = new Form.Builder(Form.Kind.APPOSITION, a, written).base(parts.get(parts.size() - 1))
        .intro(true).days(when).needsWordAfter(comma);
    if (c.actor >= 0) {
      b.companion(c.actor, c.unique, c.conflicts);
    }
    return finish(b, written, expected);
  }

  // ---------------------------------------------------------------------------------------------
  // Organisations

  private void addOrganization(int a, Map<String, Form> out) {
    Actor actor = actors.get(a);
    for (String full : actor.fullForms()) {
      if (full.endsWith(".")) {
        reject(a, full, ENDS_IN_FULL_STOP);
        continue;
      }
      String written = NO_ARTICLE.contains(full) ? full : "the " + full;
      boolean intro = full.equals(actor.name()) || wordCount(full) >= 2;
      Scan scan = scan(written);
      if (!scan.surfaces().equals(List.of(full)) || !namesActor(scan.entries(0), a)) {
        reject(a, written, "does not scan as the name: " + scan.surfaces());
        continue;
      }
      put(out, finish(new Form.Builder(Form.Kind.NAME, a, written).base(full).intro(intro), written,
          List.of(full)));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Decoys

  private void addDecoys() {
    Set<String> seen = new LinkedHashSet<>();
    for (int a = 0; a < actors.size(); a++) {
      for (String s : actors.get(a).shortForms()) {
        Scan scan = scan(s);
        if (!seen.add(s.toLowerCase(Locale.ROOT)) || !scan.surfaces().equals(List.of(s))) {
          continue;
        }
        List<PhraseTrie.Entry> entries = scan.entries(0);
        TreeSet<Integer> claimants = new TreeSet<>();
        entries.forEach(e -> claimants.add(e.actor()));
        boolean onlyShort = entries.stream().allMatch(e -> e.kind() == PhraseKind.SHORT);
        boolean everyday = entries.stream().anyMatch(PhraseTrie.Entry::everydayWord);
        if (onlyShort && (claimants.size() > 1 || everyday)) {
          ambiguousShorts.add(finish(new Form.Builder(Form.Kind.SHORT, -1, s)
              .claimants(false, everyday ? new int[0] : toArray(claimants)), s, List.of(s)));
        }
      }
      for (Role role : actors.get(a).roles()) {
        for (String title : role.titles()) {
          if (!seen.add("title:" + title.toLowerCase(Locale.ROOT)) || startsPossessive(title)) {
            continue;
          }
          String written = "the former " + title;
          Scan scan = scan(written);
          if (!scan.surfaces().equals(List.of(title))) {
            reject(a, written, "(a decoy) does not scan as the title: " + scan.surfaces());
          } else if (scan.entries(0).stream().allMatch(e -> e.kind() == PhraseKind.ROLE)) {
            blockedTitles.add(finish(new Form.Builder(Form.Kind.ROLE, -1, title), title, List.of(title)));
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Scanning and checks

  /** The phrases the trie finds in a text, with their surfaces as written. */
  private record Scan(PhraseTrie trie, SplitText tokens, List<PhraseTrie.Candidate> candidates) {
    List<String> surfaces() {
      List<String> out = new ArrayList<>();
      for (PhraseTrie.Candidate c : candidates) {
        out.add(tokens.text().subSequence(tokens.start(c.start()), tokens.end(c.end() - 1)).toString());
      }
      return out;
    }

    List<PhraseTrie.Entry> entries(int k) {
      PhraseTrie.Candidate c = candidates.get(k);
      return trie.matching(c.node(), tokens, c.start(), c.end());
    }
  }

  private Scan scan(String text) {
    SplitText tokens = trie.split(text);
    return new Scan(trie, tokens, trie.scan(tokens));
  }

  private static boolean namesActor(List<PhraseTrie.Entry> entries, int a) {
    return entries.stream().anyMatch(e -> e.actor() == a
        && (e.kind() == PhraseKind.NAME || e.kind() == PhraseKind.ALIAS));
  }

  /**
   * Checks the capitalised and possessive spellings scan to the same phrases, and records the junction data:
   * the first word, and the words that would carry the last phrase on.
   */
  private Form finish(Form.Builder b, String written, List<String> surfaces) {
    String capitalised = Character.toUpperCase(written.charAt(0)) + written.substring(1);
    List<String> capitalisedSurfaces = new ArrayList<>(surfaces);
    if (!surfaces.isEmpty() && written.startsWith(surfaces.get(0))) {
      String s = surfaces.get(0);
      capitalisedSurfaces.set(0, Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }
    b.atStart(scan(capitalised).surfaces().equals(capitalisedSurfaces) ? capitalised : null);
    b.possessiveOk(!written.endsWith(",") && scan(written + "\u2019s").surfaces().equals(surfaces));
    SplitText tokens = trie.split(written);
    int firstWord = -1;
    boolean seenWord = false;
    int lastRunStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.isPunct(i)) {
        if (!tokens.isInitialDot(i)) {
          lastRunStart = i + 1;
        }
      } else if (!seenWord) {
        firstWord = tokens.id(i);
        seenWord = true;
      }
    }
    int[] lastRun = PhraseTrie.wordIds(tokens, lastRunStart, tokens.size());
    return b.junctions(firstWord, trie.continuations(lastRun)).build();
  }

  private void put(Map<String, Form> out, Form form) {
    if (form != null) {
      out.putIfAbsent(form.kind + "|" + form.text + "|" + form.companion, form);
    }
  }

  private <T> T reject(int a, String written, String why) {
    leftOut.add(actors.get(a).id() + ": \"" + written + "\" " + why);
    return null;
  }

  private static boolean startsPossessive(String title) {
    String firstWord = title.split(" ")[0];
    return firstWord.endsWith("'s") || firstWord.endsWith("\u2019s") || firstWord.endsWith("'");
  }

  private static String titleCase(String title) {
    StringBuilder b = new StringBuilder();
    for (String w : title.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(LOWER_IN_TITLES.contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }

  private static int wordCount(String s) {
    return s.trim().split("\\s+").length;
  }

  private static boolean isAcronym(String s) {
    return s.equals(s.toUpperCase(Locale.ROOT));
  }

  private static int[] toArray(Set<Integer> set) {
    return set.stream().mapToInt(Integer::intValue).toArray();
  }
}
