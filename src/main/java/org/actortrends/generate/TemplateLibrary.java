package org.actortrends.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generator's sentences, read from {@code /generate/templates.txt} and checked against the dictionary when
 * loaded. Loading fails, naming the line, when the fixed words of a template contain a dictionary phrase that could
 * name someone (a "White House" in a filler sentence, a capitalised word that is a short form), when a slot sits
 * where a mention would merge with its neighbours (two slots side by side, a slot after "former" or "Mr"), or when
 * a boilerplate line does not start the way the counting rules drop.
 *
 * <p>Format: {@code @theme NAME} or {@code @common} starts a section; then {@code kind: text} lines; {@code p|}
 * before the text makes the template take persons only; {@code #} starts a comment. Datelines are written
 * {@code dateline: CC: TEXT} with CC a country code of the dictionary ({@code *} for any).
 */
final class TemplateLibrary {
  static final String RESOURCE = "/generate/templates.txt";
  static final Set<String> SENTENCE_KINDS = Set.of(
      "lede", "positive", "negative", "neutral", "background", "attribution", "decoy");
  static final Set<String> QUOTE_KINDS = Set.of("quote+", "quote-", "quote0");
  static final Set<String> LINE_KINDS = Set.of("headline", "caption", "boilerplate");
  private static final Pattern SLOT = Pattern.compile("\\{([^}]+)}");
  private static final String PLACEHOLDER = "Qzqslot";

  /** One theme's templates by kind, and its quotes by polarity. */
  record Theme(String name, Map<String, List<Template>> templates, Map<String, List<String>> quotes) {
    List<Template> get(String kind) {
      return templates.getOrDefault(kind, List.of());
    }
  }

  private final PhraseTrie trie;
  private final List<String> outlets;
  private final Set<Integer> blockerIds = new TreeSet<>();
  private final Set<Integer> honorificIds = new TreeSet<>();
  private final List<Theme> themes = new ArrayList<>();
  private final Map<String, List<Template>> common = new LinkedHashMap<>();
  private final Map<String, List<String>> datelines = new LinkedHashMap<>();
  private int count;

  private TemplateLibrary(PhraseTrie trie, List<String> outlets) {
    this.trie = trie;
    this.outlets = outlets;
    MatchingRules.ROLE_BLOCKERS.forEach(w -> blockerIds.add(trie.wordId(w)));
    MatchingRules.HONORIFICS.forEach(w -> honorificIds.add(trie.wordId(w)));
  }

  /** Loads and checks the bundled templates; throws {@link IllegalStateException} naming the faulty line. */
  static TemplateLibrary load(PhraseTrie trie, List<String> outlets) {
    try (InputStream in = TemplateLibrary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " not found");
      }
      return read(trie, outlets, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Reads and checks templates in the format above; {@code source} names them in messages. */
  static TemplateLibrary read(PhraseTrie trie, List<String> outlets, BufferedReader reader, String source)
      throws IOException {
    TemplateLibrary library = new TemplateLibrary(trie, outlets);
    library.read(reader, source);
    return library;
  }

  List<Theme> themes() {
    return themes;
  }

  /** How many templates there are; their ids run from 0. */
  int count() {
    return count;
  }

  List<Template> common(String kind) {
    return common.getOrDefault(kind, List.of());
  }

  /** Datelines for a country code, or the general ones. */
  List<String> datelines(String country) {
    return datelines.getOrDefault(country, datelines.get("*"));
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  private void read(BufferedReader reader, String source) throws IOException {
    Map<String, List<Template>> section = null;
    Map<String, List<String>> quotes = null;
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String where = source + " line " + number;
      if (trimmed.startsWith("@theme ")) {
        section = new LinkedHashMap<>();
        quotes = new LinkedHashMap<>();
        themes.add(new Theme(trimmed.substring(7).strip(), section, quotes));
        continue;
      }
      if (trimmed.equals("@common")) {
        section = common;
        quotes = null;
        continue;
      }
      int colon = trimmed.indexOf(": ");
      if (colon < 0 || section == null) {
        throw new IllegalStateException(where + ": expected 'kind: text' inside a section");
      }
      String kind = trimmed.substring(0, colon);
      String text = trimmed.substring(colon + 2).strip();
      try {
        if (kind.equals("dateline")) {
          addDateline(text);
        } else if (QUOTE_KINDS.contains(kind)) {
          checkPlain(text);
          quotes.computeIfAbsent(kind, k -> new ArrayList<>()).add(text);
        } else if (SENTENCE_KINDS.contains(kind) || LINE_KINDS.contains(kind)) {
          section.computeIfAbsent(kind, k -> new ArrayList<>()).add(parse(kind, text));
        } else {
          throw new IllegalStateException("unknown kind '" + kind + "'");
        }
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw new IllegalStateException(where + ": " + e.getMessage() + " in: " + text, e);
      }
    }
  }

  private void addDateline(String text) {
    int colon = text.indexOf(": ");
    String country = text.substring(0, colon);
    String dateline = text.substring(colon + 2);
    for (String dash : List.of(" \u2014 ", " - ")) {
      if (!namingPhrases(trie.split(dateline + dash + PLACEHOLDER + "a said.")).isEmpty()) {
        throw new IllegalStateException("the dateline holds a dictionary phrase");
      }
    }
    datelines.computeIfAbsent(country, c -> new ArrayList<>()).add(dateline);
  }

  /** A quote: our words in someone's mouth, which must name nobody. */
  private void checkPlain(String text) {
    if (SLOT.matcher(text).find()) {
      throw new IllegalStateException("quotes take no slots");
    }
    checkNamesNobody(text);
    checkNamesNobody(Template.plain(text));
    if (!text.matches(".*[.!?]$")) {
      throw new IllegalStateException("a quote ends with . ! or ?");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing and checking one template

  private Template parse(String kind, String line) {
    boolean personsOnly = line.startsWith("p|");
    String text = personsOnly ? line.substring(2).strip() : line;
    checkShape(kind, text);
    List<String> slotNames = new ArrayList<>();
    Matcher m = SLOT.matcher(text);
    while (m.find()) {
      slotNames.add(m.group(1));
    }
    checkSlotNames(kind, text, slotNames);
    if (kind.equals("boilerplate")) {
      return new Template(count++, kind, text, personsOnly, parts(text, null));
    }
    List<Template.Context> contexts = contexts(kind, text, slotNames);
    return new Template(count++, kind, text, personsOnly, parts(text, contexts));
  }

  private void checkShape(String kind, String text) {
    String folded = Fold.fold(text);
    if (kind.equals("boilerplate")) {
      if (MatchingRules.BOILERPLATE_LINE_STARTS.stream().noneMatch(folded::startsWith)) {
        throw new IllegalStateException("a boilerplate line must start as the counting rules' boilerplate lines do");
      }
      return;
    }
    if (MatchingRules.BOILERPLATE_LINE_STARTS.stream().anyMatch(folded::startsWith)) {
      throw new IllegalStateException("starts like boilerplate, so it would not be read");
    }
    boolean caption = MatchingRules.CAPTION_PREFIXES.stream().anyMatch(folded::startsWith);
    if (kind.equals("caption") != caption) {
      throw new IllegalStateException(caption ? "only captions start with a caption prefix"
          : "a caption starts with a caption prefix");
    }
    if (SENTENCE_KINDS.contains(kind) && !text.matches(".*([.!?][\u201d\"]?|\\{quote}\u201d)$")) {
      throw new IllegalStateException("a sentence ends with . ! or ?");
    }
    if (text.contains("\n")) {
      throw new IllegalStateException("one line only");
    }
  }

  private static void checkSlotNames(String kind, String text, List<String> names) {
    Set<Character> actors = new TreeSet<>();
    for (String name : names) {
      String who = name.endsWith("'s") ? name.substring(0, name.length() - 2) : name;
      for (String part : who.equals("X-Y") ? List.of("X", "Y") : List.of(who)) {
        if (part.equals("X") || part.equals("Y")) {
          if (!actors.add(part.charAt(0))) {
            throw new IllegalStateException("each of X and Y at most once");
          }
        }
      }
      if (name.equals("anyone") && !kind.equals("boilerplate")) {
        throw new IllegalStateException("{anyone} belongs in boilerplate lines");
      }
      if (kind.equals("boilerplate") && isActorSlot(name)) {
        throw new IllegalStateException("boilerplate lines take {anyone}, not actor slots");
      }
      if ((name.equals("quote") || name.equals("quote,")) && !kind.equals("attribution")) {
        throw new IllegalStateException("{quote} belongs in attributions");
      }
    }
    if (kind.equals("attribution") && !text.matches(".*\u201c\\{quote,?}\u201d.*")) {
      throw new IllegalStateException("an attribution holds \u201c{quote}\u201d or \u201c{quote,}\u201d");
    }
  }

  private static boolean isActorSlot(String name) {
    return name.matches("[XY](-Y)?('s)?") || name.equals("ambig") || name.equals("blocked");
  }

  /** The parts of the template, the actor slots carrying the contexts read by {@link #contexts}. */
  private static List<Template.Part> parts(String text, List<Template.Context> contexts) {
    List<Template.Part> parts = new ArrayList<>();
    Matcher m = SLOT.matcher(text);
    int at = 0;
    int slot = 0;
    while (m.find()) {
      if (m.start() > at) {
        parts.add(new Template.Literal(text.substring(at, m.start())));
      }
      String name = m.group(1);
      if (contexts != null && isActorSlot(name)) {
        Template.Context c = contexts.get(slot++);
        if (name.equals("X-Y")) {
          parts.add(new Template.PairSlot(c, contexts.get(slot++)));
        } else if (name.equals("ambig") || name.equals("blocked")) {
          parts.add(new Template.DecoySlot(name, c));
        } else {
          parts.add(new Template.ActorSlot(name.charAt(0), name.endsWith("'s"), c));
        }
      } else {
        parts.add(new Template.Value(name));
      }
      at = m.end();
    }
    if (at < text.length()) {
      parts.add(new Template.Literal(text.substring(at)));
    }
    return parts;
  }

  /**
   * Writes the template with every combination of its values and a placeholder word for each actor slot, checks
   * the fixed words hold no phrase that could name someone, and reads what surrounds each slot: the dictionary
   * words that could run into it from the left and the words that follow it. One context per slot; a pair slot
   * has two.
   */
  private List<Template.Context> contexts(String kind, String text, List<String> slotNames) {
    List<String> valueNames = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    List<String> slotKinds = new ArrayList<>();
    for (String name : slotNames) {
      if (name.equals("X-Y")) {
        placeholders.add(PLACEHOLDER + (char) ('a' + placeholders.size()));
        slotKinds.add("X");
        placeholders.add(PLACEHOLDER + (char) ('a' + placeholders.size()));
        slotKinds.add("Y");
      } else if (isActorSlot(name)) {
        placeholders.add(PLACEHOLDER + (char) ('a' + placeholders.size()));
        slotKinds.add(name);
      } else if (!name.startsWith("quote")) {
        valueNames.add(name);
      }
    }
    List<Map<String, String>> combinations = combinations(valueNames);
    int n = placeholders.size();
    List<TreeSet<Integer>> left = new ArrayList<>();
    List<TreeSet<Integer>> right = new ArrayList<>();
    boolean[] wordAfter = new boolean[n];
    for (int i = 0; i < n; i++) {
      left.add(new TreeSet<>());
      right.add(new TreeSet<>());
      wordAfter[i] = true;
    }
    for (Map<String, String> values : combinations) {
      String written = write(text, values, placeholders);
      checkNamesNobody(Template.plain(written));
      SplitText tokens = checkNamesNobody(written);
      for (int s = 0; s < n; s++) {
        int p = find(tokens, placeholders.get(s));
        readContext(kind, tokens, p, slotKinds.get(s), left.get(s), right.get(s));
        boolean pairFirst = s + 1 < n && slotKinds.get(s).equals("X") && slotKinds.get(s + 1).equals("Y")
            && p + 1 < tokens.size() && tokens.has(p + 1, SplitText.AFTER_HYPHEN);
        wordAfter[s] &= pairFirst || (p + 1 < tokens.size() && tokens.type(p + 1) == SplitText.Type.WORD
            && !tokens.has(p + 1, SplitText.LINE_START));
      }
    }
    List<Template.Context> out = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      out.add(new Template.Context(toArray(left.get(s)), toArray(right.get(s)), wordAfter[s],
          s == 0 && startsLine(text)));
    }
    return out;
  }

  /** Whether the first slot opens the line, or the caption after its prefix: it is written capitalised. */
  private static boolean startsLine(String text) {
    int brace = text.indexOf('{');
    String before = Fold.fold(text.substring(0, Math.max(brace, 0))).strip();
    return brace >= 0 && (before.isEmpty() || MatchingRules.CAPTION_PREFIXES.contains(before));
  }

  private void readContext(String kind, SplitText tokens, int p, String slotKind, TreeSet<Integer> left,
      TreeSet<Integer> right) {
    boolean pairSecond = tokens.has(p, SplitText.AFTER_HYPHEN) && p > 0 && isPlaceholder(tokens, p - 1);
    int prev = p - 1;
    if (!pairSecond && prev >= 0 && isPlaceholder(tokens, prev) && !tokens.has(p, SplitText.LINE_START)) {
      throw new IllegalStateException("two slots side by side would read as one name");
    }
    int next = p + 1;
    boolean pairFirst = next < tokens.size() && isPlaceholder(tokens, next) && tokens.has(next, SplitText.AFTER_HYPHEN);
    if (!pairFirst && next < tokens.size() && tokens.isPunct(next) && tokens.punct(next) == ','
        && next + 1 < tokens.size() && isPlaceholder(tokens, next + 1)) {
      throw new IllegalStateException("a slot, a comma and a slot read as a title and its holder");
    }
    if (next >= tokens.size() || tokens.has(next, SplitText.LINE_START)) {
      throw new IllegalStateException("a slot may not end a line");
    }
    boolean afterWord = prev >= 0 && tokens.type(prev) == SplitText.Type.WORD && !tokens.has(p, SplitText.LINE_START);
    boolean afterBlocker = afterWord && blockerIds.contains(tokens.id(prev));
    if (slotKind.equals("blocked") != afterBlocker) {
      throw new IllegalStateException(afterBlocker ? "an actor slot right after '" + tokens.surface(prev)
          + "' would lose its title" : "{blocked} goes right after former, ex- or the like");
    }
    if (afterWord && tokens.has(prev, SplitText.CAPITALIZED) && honorificIds.contains(tokens.id(prev))) {
      throw new IllegalStateException("a slot right after the honorific '" + tokens.surface(prev) + "'");
    }
    if (!pairSecond) {
      List<Integer> run = new ArrayList<>();
      for (int i = p - 1; i >= 0 && !tokens.has(i + 1, SplitText.LINE_START); i--) {
        if (isPlaceholder(tokens, i) || (tokens.isPunct(i) && !tokens.isInitialDot(i))) {
          break;
        }
        if (!tokens.isPunct(i)) {
          run.add(0, tokens.id(i));
        }
      }
      for (int w : trie.continuations(run.stream().mapToInt(Integer::intValue).toArray())) {
        left.add(w);
      }
    }
    if (!pairFirst && !tokens.isPunct(next)) {
      right.add(tokens.id(next));
    }
  }

  /** Splits a written template and fails when its fixed words hold a phrase that could name someone. */
  private SplitText checkNamesNobody(String written) {
    SplitText tokens = trie.split(written);
    List<PhraseTrie.Candidate> found = namingPhrases(tokens);
    if (!found.isEmpty()) {
      PhraseTrie.Candidate c = found.get(0);
      throw new IllegalStateException("the fixed words hold the dictionary phrase '"
          + written.substring(tokens.start(c.start()), tokens.end(c.end() - 1)) + "'");
    }
    return tokens;
  }

  private static boolean isPlaceholder(SplitText tokens, int i) {
    return tokens.type(i) == SplitText.Type.WORD && tokens.surface(i).startsWith(PLACEHOLDER);
  }

  private static int find(SplitText tokens, String placeholder) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.surface(i).equals(placeholder)) {
        return i;
      }
    }
    throw new IllegalStateException("placeholder " + placeholder + " not found");
  }

  private String write(String text, Map<String, String> values, List<String> placeholders) {
    StringBuilder b = new StringBuilder();
    Matcher m = SLOT.matcher(text);
    int at = 0;
    int slot = 0;
    while (m.find()) {
      b.append(text, at, m.start());
      String name = m.group(1);
      if (name.equals("X-Y")) {
        b.append(placeholders.get(slot++)).append('-').append(placeholders.get(slot++));
      } else if (isActorSlot(name)) {
        b.append(placeholders.get(slot++)).append(name.endsWith("'s") ? "\u2019s" : "");
      } else if (name.startsWith("quote")) {
        b.append(name.endsWith(",") ? "We will see," : "We will see.");
      } else {
        b.append(values.get(name));
      }
      at = m.end();
    }
    return b.append(text.substring(at)).toString();
  }

  /** Every combination of the values of the named slots, each list cut to the values that differ for the trie. */
  private List<Map<String, String>> combinations(List<String> names) {
    List<Map<String, String>> out = new ArrayList<>();
    out.add(new LinkedHashMap<>());
    for (String name : names) {
      List<Map<String, String>> grown = new ArrayList<>();
      for (String value : representatives(Fills.all(name, outlets))) {
        for (Map<String, String> partial : out) {
          Map<String, String> m = new LinkedHashMap<>(partial);
          m.put(name, value);
          grown.add(m);
        }
      }
      out = grown;
      if (out.size() > 20_000) {
        throw new IllegalStateException("too many value slots to check");
      }
    }
    return out;
  }

  /** Values whose words the dictionary does not know behave alike; one of them stands for all. */
  private List<String> representatives(List<String> values) {
    List<String> out = new ArrayList<>();
    boolean unknownTaken = false;
    for (String v : values) {
      SplitText tokens = trie.split(v);
      boolean known = false;
      for (int i = 0; i < tokens.size(); i++) {
        known |= tokens.id(i) >= 0 || tokens.isPunct(i);
      }
      if (known || !unknownTaken) {
        out.add(v);
        unknownTaken |= !known;
      }
    }
    return out;
  }

  /**
   * The phrases in {@code tokens} that could name someone. Two kinds never can and are let through: an everyday
   * word that is a short form, without an honorific before it ("in May"), and a title after a blocker word
   * ("the former German chancellor").
   */
  private List<PhraseTrie.Candidate> namingPhrases(SplitText tokens) {
    List<PhraseTrie.Candidate> out = new ArrayList<>();
    for (PhraseTrie.Candidate c : trie.scan(tokens)) {
      List<PhraseTrie.Entry> entries = trie.matching(c.node(), tokens, c.start(), c.end());
      int prev = c.start() - 1;
      boolean afterBlocker = prev >= 0 && tokens.type(prev) == SplitText.Type.WORD
          && blockerIds.contains(tokens.id(prev));
      boolean afterHonorific = prev >= 0 && tokens.type(prev) == SplitText.Type.WORD
          && tokens.has(prev, SplitText.CAPITALIZED) && honorificIds.contains(tokens.id(prev));
      boolean everydayWord = !entries.isEmpty() && !afterHonorific
          && entries.stream().allMatch(e -> e.kind() == PhraseKind.SHORT && e.everydayWord());
      boolean blockedTitle = !entries.isEmpty() && afterBlocker
          && entries.stream().allMatch(e -> e.kind() == PhraseKind.ROLE);
      if (!everydayWord && !blockedTitle) {
        out.add(c);
      }
    }
    return out;
  }

  private static int[] toArray(Set<Integer> set) {
    return set.stream().mapToInt(Integer::intValue).toArray();
  }
}
