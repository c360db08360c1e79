package org.actortrends.extract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.Serializable;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The actor dictionary (people and organisations with their names, aliases, short forms and
 * date-ranged roles), read from YAML and validated.
 *
 * <p>Schema (the full statement, with the CSV form, is {@code pipelines/ACTORS.md}):
 *
 * <pre>
 * actors:
 *   - id: volodymyr_zelensky     # required, unique, ^[a-z0-9_]+$
 *     name: Volodymyr Zelensky   # required
 *     type: person               # required: person | organization
 *     country: UA                # optional: ISO 3166-1 alpha-2, or an org code such as EU, UN, INT
 *     aliases: [...]             # optional: further full forms
 *     short: [...]               # optional: bare forms that need context
 *     active: {from: 2019-05-20} # optional: public life, from inclusive, to exclusive; each may be absent
 *     roles:                     # optional
 *       - titles: [Ukrainian president, president of Ukraine]
 *         from: 2019-05-20       # required, inclusive
 *         to: null               # optional, exclusive; absent/null = still in office
 * </pre>
 *
 * <p>When {@code short} is absent (or null), persons get the last word of the name and of each
 * multi-word alias; organisations get none. {@code short: []} means "no short forms".
 *
 * <p>A dictionary may be read from several sources at once ({@link DictionarySources}: the bundled list, YAML and
 * CSV files); it is validated as one, so an id or full form claimed in two files is an error naming both.
 *
 * <p>Validation rejects: missing or blank id, name or type; a malformed id or country;
 * an unknown type; a duplicate id; a full form (name or alias, compared case- and
 * diacritics-insensitively) claimed by two actors; an unparseable date; a role whose from is not
 * before its to; two terms of the same office (same normalised title phrase) that overlap in
 * time, within one actor or across actors; and unknown keys.
 */
public final class ActorDictionary implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Classpath location of the bundled default dictionary. */
  public static final String DEFAULT_RESOURCE = "/actors.yaml";

  private static final Pattern ID = Pattern.compile("^[a-z0-9_]+$");
  private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2,3}$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private static final String QUOTE_HINT =
      " (quote values that YAML reads as booleans, numbers or null, e.g. 'NO', 'yes')";

  private static final Set<String> TOP_KEYS = orderedSet("actors");
  private static final Set<String> ENTRY_KEYS =
      orderedSet("id", "name", "type", "country", "aliases", "short", "roles", "active");
  private static final Set<String> ROLE_KEYS = orderedSet("titles", "from", "to");
  private static final Set<String> ACTIVE_KEYS = orderedSet("from", "to");

  private final List<Actor> actors;
  private final Map<String, Actor> byId;

  private ActorDictionary(List<Actor> actors) {
    this.actors = List.copyOf(actors);
    Map<String, Actor> ids = new HashMap<>();
    for (Actor a : this.actors) {
      ids.put(a.id(), a);
    }
    this.byId = ids;
  }

  // ---------------------------------------------------------------------------------------------
  // Loading

  /** Reads and validates the dictionary in {@code file} (YAML, or CSV when it ends in {@code .csv}). */
  public static ActorDictionary load(Path file) {
    return fromEntries(DictionarySources.readFile(file));
  }

  private static final Map<String, ActorDictionary> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The dictionary of {@code sources} (a {@link DictionarySources} list such as {@code bundled,/abs/mine.csv}), or
   * the bundled one when null, parsed once per JVM: pipeline steps carry only this string (cheap to serialize) and
   * every worker thread shares one parsed copy.
   */
  public static ActorDictionary cached(String sources) {
    return sources == null ? loadDefault()
        : LOADED.computeIfAbsent(sources, s -> fromEntries(DictionarySources.read(s)));
  }

  /** The bundled default dictionary (classpath resource {@code /actors.yaml}). */
  public static ActorDictionary loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  private static final class DefaultHolder {
    static final ActorDictionary INSTANCE = fromEntries(DictionarySources.readBundled());
  }

  /** Parses and validates YAML text; {@code sourceName} is used in error messages. */
  public static ActorDictionary parse(String yaml, String sourceName) {
    return fromEntries(yamlEntries(yaml, sourceName));
  }

  /** Validates entries read from one or more sources (in order) and builds the dictionary. */
  static ActorDictionary fromEntries(List<SourcedEntry> entries) {
    Parser parser = new Parser();
    List<Actor> actors = new ArrayList<>(entries.size());
    for (SourcedEntry e : entries) {
      actors.add(parser.parseEntry(e));
    }
    return new ActorDictionary(actors);
  }

  /** The entries of a YAML dictionary, after checking its top level. */
  static List<SourcedEntry> yamlEntries(String yaml, String sourceName) {
    String source = sourceName == null ? "<yaml>" : sourceName;
    if (yaml == null) {
      throw new DictionaryException(source + ": no content");
    }
    JsonNode root;
    try {
      YAMLMapper mapper =
          YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
      root = mapper.readTree(yaml);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where =
          loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
      throw new DictionaryException(
          source + ": invalid YAML" + where + ": " + e.getOriginalMessage(), e);
    } catch (RuntimeException e) {
      throw new DictionaryException(source + ": invalid YAML: " + describe(e), e);
    }
    return topLevelEntries(root, source);
  }

  private static List<SourcedEntry> topLevelEntries(JsonNode root, String source) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new DictionaryException(source + ": empty document (expected a mapping with 'actors')");
    }
    if (!root.isObject()) {
      throw new DictionaryException(source + ": top level must be a mapping with 'actors', found " + kind(root));
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP_KEYS.contains(key)) {
        throw new DictionaryException(source + ": unknown top-level key '" + key + "' (allowed: " + TOP_KEYS + ")");
      }
    }
    JsonNode list = root.get("actors");
    if (list == null || list.isNull()) {
      throw new DictionaryException(source + ": missing 'actors' list");
    }
    if (!list.isArray()) {
      throw new DictionaryException(source + ": 'actors' must be a list, found " + kind(list));
    }
    List<SourcedEntry> out = new ArrayList<>(list.size());
    int entry = 0;
    for (JsonNode node : list) {
      out.add(new SourcedEntry(source, "entry " + ++entry, node));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors

  /** All actors, in file order. */
  public List<Actor> actors() {
    return actors;
  }

  /** The actor with this id, or null. */
  public Actor byId(String id) {
    return byId.get(id);
  }

  public int size() {
    return actors.size();
  }

  /**
   * Actors holding an office with this title phrase on {@code day} (title compared case- and
   * diacritics-insensitively). Validation guarantees at most one holder per phrase and day.
   */
  public List<Actor> holdersOn(String title, LocalDate day) {
    String key = foldPhrase(title);
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      for (Role r : a.roles()) {
        if (r.activeOn(day) && r.titles().stream().anyMatch(t -> foldPhrase(t).equals(key))) {
          out.add(a);
          break;
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "ActorDictionary[" + actors.size() + " actors]";
  }

  // ---------------------------------------------------------------------------------------------
  // Normalisation (lowercase, no diacritics, typographic apostrophes as ', single spaces)

  private static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    String stripped =
        COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder sb = new StringBuilder(stripped.length());
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      switch (c) {
        case '\u2019', '\u2018', '\u02bc', '`', '\u00b4' -> sb.append('\'');
        // letters that NFD does not decompose
        case '\u0142' -> sb.append('l'); // ł
        case '\u00f8' -> sb.append('o'); // ø
        case '\u0111', '\u00f0' -> sb.append('d'); // đ, ð
        case '\u0131' -> sb.append('i'); // dotless ı
        case '\u00df' -> sb.append("ss");
        case '\u00e6' -> sb.append("ae");
        case '\u0153' -> sb.append("oe");
        case '\u00fe' -> sb.append("th");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String foldPhrase(String s) {
    return WHITESPACE.matcher(fold(s).trim()).replaceAll(" ");
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing and validation

  /** One entry of a dictionary source, and where it is ("entry 3" of a YAML list, "line 4" of a CSV file). */
  record SourcedEntry(String source, String where, JsonNode node) {
    String place() {
      return source + " " + where;
    }
  }

  private record Claim(String actorId, String place, String form) {}

  private record Term(String actorId, String place, LocalDate from, LocalDate to) {
    boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
      LocalDate end = to == null ? LocalDate.MAX : to;
      LocalDate otherEnd = otherTo == null ? LocalDate.MAX : otherTo;
      return from.isBefore(otherEnd) && otherFrom.isBefore(end);
    }
  }

  /** Validates entries one by one, remembering ids, full forms and offices across all sources. */
  private static final class Parser {
    private final Map<String, String> idPlaces = new HashMap<>();
    private final Map<String, Claim> fullForms = new HashMap<>();
    private final Map<String, List<Term>> offices = new HashMap<>();

    // the entry being parsed, for messages
    private SourcedEntry current;
    private String currentId = "?";

    private DictionaryException fail(String problem) {
      return new DictionaryException(
          current.source() + ": actor '" + currentId + "' (" + current.where() + "): " + problem);
    }

    /** "entry 3" within the source being parsed, "other.yaml entry 3" across sources. */
    private String placeSeenFrom(String place) {
      String here = current.source() + " ";
      return place.startsWith(here) ? place.substring(here.length()) : place;
    }

    private Actor parseEntry(SourcedEntry sourced) {
      current = sourced;
      currentId = "?";
      JsonNode node = sourced.node();
      if (!node.isObject()) {
        throw fail("entry must be a mapping, found " + kind(node));
      }
      JsonNode idNode = node.get("id");
      if (idNode != null && idNode.isValueNode() && !idNode.isNull()) {
        currentId = idNode.asText();
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!ENTRY_KEYS.contains(key)) {
          throw fail("unknown key '" + key + "' (allowed: " + ENTRY_KEYS + ")");
        }
      }

      String id = requiredText(node, "id");
      if (!ID.matcher(id).matches()) {
        throw fail("bad id format '" + id + "' (expected ^[a-z0-9_]+$)");
      }
      String firstPlace = idPlaces.putIfAbsent(id, sourced.place());
      if (firstPlace != null) {
        throw fail("duplicate id (already used by " + placeSeenFrom(firstPlace) + ")");
      }

      String name = requiredText(node, "name").trim();
      String typeText = requiredText(node, "type");
      ActorType type = ActorType.fromYaml(typeText);
      if (type == null) {
        throw fail("unknown type '" + typeText + "' (expected person or organization)");
      }
      String country = optionalText(node, "country");
      if (country != null && !COUNTRY.matcher(country).matches()) {
        throw fail(
            "bad country '"
                + country
                + "' (expected an ISO 3166-1 alpha-2 code or an org code such as EU, UN, INT)");
      }

      List<String> aliases = textList(node, "aliases");
      aliases.removeIf(a -> a.equals(name));
      claimFullForm(id, name);
      for (String alias : aliases) {
        claimFullForm(id, alias);
      }

      List<String> shortForms;
      JsonNode shortNode = node.get("short");
      if (shortNode == null || shortNode.isNull()) {
        shortForms = type == ActorType.PERSON ? derivedShortForms(name, aliases) : List.of();
      } else {
        shortForms = dedupe(textList(node, "short"));
      }

      List<Role> roles = parseRoles(node.get("roles"), id);
      LocalDate[] active = parseActive(node.get("active"));
      return new Actor(id, name, type, country, dedupe(aliases), shortForms, roles, active[0], active[1]);
    }

    private void claimFullForm(String id, String form) {
      String key = foldPhrase(form);
      Claim previous = fullForms.get(key);
      if (previous == null) {
        fullForms.put(key, new Claim(id, current.place(), form));
      } else if (!previous.actorId().equals(id)) {
        throw fail(
            "alias '"
                + form
                + "' is already claimed by actor '"
                + previous.actorId()
                + "' ("
                + placeSeenFrom(previous.place())
                + ") as '"
                + previous.form()
                + "'");
      }
    }

    /** {@code active: {from, to}}: both optional, {@code to} exclusive; {from, to}, nulls where open. */
    private LocalDate[] parseActive(JsonNode activeNode) {
      if (activeNode == null || activeNode.isNull()) {
        return new LocalDate[2];
      }
      if (!activeNode.isObject()) {
        throw fail("'active' must be a mapping with from and/or to, found " + kind(activeNode));
      }
      for (Iterator<String> it = activeNode.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!ACTIVE_KEYS.contains(key)) {
          throw fail("active: unknown key '" + key + "' (allowed: " + ACTIVE_KEYS + ")");
        }
      }
      LocalDate from = date(activeNode, "from", "active", false);
      LocalDate to = date(activeNode, "to", "active", false);
      if (from != null && to != null && !from.isBefore(to)) {
        throw fail("active: from " + from + " is not before to " + to + " (to is exclusive)");
      }
      return new LocalDate[] {from, to};
    }

    private List<Role> parseRoles(JsonNode rolesNode, String id) {
      if (rolesNode == null || rolesNode.isNull()) {
        return List.of();
      }
      if (!rolesNode.isArray()) {
        throw fail("'roles' must be a list, found " + kind(rolesNode));
      }
      List<Role> roles = new ArrayList<>();
      int index = 0;
      for (JsonNode roleNode : rolesNode) {
        index++;
        String where = "role " + index;
        if (!roleNode.isObject()) {
          throw fail(where + " must be a mapping, found " + kind(roleNode));
        }
        for (Iterator<String> it = roleNode.fieldNames(); it.hasNext(); ) {
          String key = it.next();
          if (!ROLE_KEYS.contains(key)) {
            throw fail(where + ": unknown key '" + key + "' (allowed: " + ROLE_KEYS + ")");
          }
        }
        List<String> titles = dedupe(textList(roleNode, "titles", where));
        if (titles.isEmpty()) {
          throw fail(where + ": 'titles' must be a non-empty list");
        }
        LocalDate from = date(roleNode, "from", where, true);
        LocalDate to = date(roleNode, "to", where, false);
        if (to != null && !from.isBefore(to)) {
          throw fail(where + ": from " + from + " is not before to " + to + " (to is exclusive)");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String title : titles) {
          String key = foldPhrase(title);
          if (!seen.add(key)) {
            continue;
          }
          List<Term> terms = offices.computeIfAbsent(key, k -> new ArrayList<>());
          for (Term t : terms) {
            if (t.overlaps(from, to)) {
              String other =
                  t.actorId().equals(id)
                      ? "another term of the same actor"
                      : "actor '" + t.actorId() + "' (" + placeSeenFrom(t.place()) + ")";
              throw fail(
                  where
                      + ": office '"
                      + title
                      + "' "
                      + range(from, to)
                      + " overlaps "
                      + other
                      + " "
                      + range(t.from(), t.to()));
            }
          }
          terms.add(new Term(id, current.place(), from, to));
        }
        roles.add(new Role(titles, from, to));
      }
      return roles;
    }

    private LocalDate date(JsonNode node, String key, String where, boolean required) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        if (required) {
          throw fail(where + ": missing '" + key + "' date");
        }
        return null;
      }
      if (!v.isValueNode()) {
        throw fail(where + ": '" + key + "' must be an ISO date (YYYY-MM-DD), found " + kind(v));
      }
      String text = v.asText().trim();
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw fail(where + ": unparseable date '" + key + "': '" + text + "' (expected YYYY-MM-DD)");
      }
    }

    private String requiredText(JsonNode node, String key) {
      JsonNode v = node.get(key);
      if (v == null || v.isNull()) {
        throw fail("missing '" + key + "'");
      }
      if (!v.isTextual()) {
        throw fail("'" + key + "' must be a string, found " + kind(v) + QUOTE_HINT);
      }
      String text = v.asText();
      if (text.isBlank()) {
        throw fail("blank '" + key + "'");
      }
      return text;
    }

    /** The trimmed text of {@code key}, or null when absent. */
    private String optionalText(JsonNode node, String key) {
      JsonNode v = node.get(key);
      return v == null || v.isNull() ? null : requiredText(node, key).trim();
    }

    private List<String> textList(JsonNode node, String key) {
      return textList(node, key, null);
    }

    private List<String> textList(JsonNode node, String key, String where) {
      String prefix = where == null ? "" : where + ": ";
      JsonNode v = node.get(key);
      List<String> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isArray()) {
        throw fail(prefix + "'" + key + "' must be a list, found " + kind(v));
      }
      for (JsonNode item : v) {
        if (!item.isTextual()) {
          throw fail(prefix + "'" + key + "' items must be strings, found " + kind(item) + QUOTE_HINT);
        }
        String text = WHITESPACE.matcher(item.asText().trim()).replaceAll(" ");
        if (text.isEmpty()) {
          throw fail(prefix + "blank item in '" + key + "'");
        }
        out.add(text);
      }
      return out;
    }
  }

  /** Last word of the name and of each multi-word alias, deduplicated, in order. */
  private static List<String> derivedShortForms(String name, List<String> aliases) {
    List<String> out = new ArrayList<>();
    out.add(lastWord(name));
    for (String alias : aliases) {
      String[] words = WHITESPACE.split(alias.trim());
      if (words.length > 1) {
        out.add(words[words.length - 1]);
      }
    }
    return dedupe(out);
  }

  private static String lastWord(String s) {
    String[] words = WHITESPACE.split(s.trim());
    return words[words.length - 1];
  }

  private static List<String> dedupe(List<String> items) {
    return new ArrayList<>(new LinkedHashSet<>(items));
  }

  private static String range(LocalDate from, LocalDate to) {
    return "[" + from + ", " + (to == null ? "open" : to.toString()) + ")";
  }

  private static String kind(JsonNode n) {
    if (n.isObject()) {
      return "a mapping";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isNull()) {
      return "null";
    }
    return "'" + n.asText() + "'";
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
  }

  private static Set<String> orderedSet(String... items) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(items)));
  }
}
