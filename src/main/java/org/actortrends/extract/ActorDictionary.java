package org.actortrends.extract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * <p>Schema (see spec-actors.md):
 *
 * <pre>
 * actors:
 *   - id: volodymyr_zelensky     # required, unique, ^[a-z0-9_]+$
 *     name: Volodymyr Zelensky   # required
 *     type: person               # required: person | organization
 *     country: UA                # required: ISO 3166-1 alpha-2, or an org code such as EU, UN, INT
 *     aliases: [...]             # optional: further full forms
 *     short: [...]               # optional: bare forms that need context
 *     roles:                     # optional
 *       - titles: [Ukrainian president, president of Ukraine]
 *         from: 2019-05-20       # required, inclusive
 *         to: null               # optional, exclusive; absent/null = still in office
 * </pre>
 *
 * <p>When {@code short} is absent (or null), persons get the last word of the name and of each
 * multi-word alias; organisations get none. {@code short: []} means "no short forms".
 *
 * <p>Validation rejects: missing or blank id, name, type or country; a malformed id or country;
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
      orderedSet("id", "name", "type", "country", "aliases", "short", "roles");
  private static final Set<String> ROLE_KEYS = orderedSet("titles", "from", "to");

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

  /** Reads and validates the dictionary in {@code file}. */
  public static ActorDictionary load(Path file) {
    String source = String.valueOf(file);
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new DictionaryException(source + ": cannot read file: " + describe(e), e);
    }
    return parse(yaml, source);
  }

  private static final Map<String, ActorDictionary> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The dictionary in {@code file}, or the bundled one when {@code file} is null, parsed once per JVM: pipeline
   * steps carry only this location (cheap to serialize) and every worker thread shares one parsed copy.
   */
  public static ActorDictionary cached(String file) {
    return file == null ? loadDefault() : LOADED.computeIfAbsent(file, f -> load(Path.of(f)));
  }

  /** The bundled default dictionary (classpath resource {@code /actors.yaml}). */
  public static ActorDictionary loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  private static final class DefaultHolder {
    static final ActorDictionary INSTANCE = readDefault();
  }

  private static ActorDictionary readDefault() {
    String source = "classpath:" + DEFAULT_RESOURCE;
    try (InputStream in = ActorDictionary.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new DictionaryException(source + ": resource not found");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      throw new DictionaryException(source + ": cannot read resource: " + describe(e), e);
    }
  }

  /** Parses and validates YAML text; {@code sourceName} is used in error messages. */
  public static ActorDictionary parse(String yaml, String sourceName) {
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
    return new Parser(source).parseRoot(root);
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

  private record Term(String actorId, int entry, LocalDate from, LocalDate to) {
    boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
      LocalDate end = to == null ? LocalDate.MAX : to;
      LocalDate otherEnd = otherTo == null ? LocalDate.MAX : otherTo;
      return from.isBefore(otherEnd) && otherFrom.isBefore(end);
    }
  }

  private record Claim(String actorId, int entry, String form) {}

  private static final class Parser {
    private final String source;
    private final Map<String, Integer> idEntries = new HashMap<>();
    private final Map<String, Claim> fullForms = new HashMap<>();
    private final Map<String, List<Term>> offices = new HashMap<>();

    // context of the entry being parsed, for messages
    private String currentId = "?";
    private int currentEntry;

    Parser(String source) {
      this.source = source;
    }

    ActorDictionary parseRoot(JsonNode root) {
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw new DictionaryException(source + ": empty document (expected a mapping with 'actors')");
      }
      if (!root.isObject()) {
        throw new DictionaryException(
            source + ": top level must be a mapping with 'actors', found " + kind(root));
      }
      for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!TOP_KEYS.contains(key)) {
          throw new DictionaryException(
              source + ": unknown top-level key '" + key + "' (allowed: " + TOP_KEYS + ")");
        }
      }
      JsonNode list = root.get("actors");
      if (list == null || list.isNull()) {
        throw new DictionaryException(source + ": missing 'actors' list");
      }
      if (!list.isArray()) {
        throw new DictionaryException(source + ": 'actors' must be a list, found " + kind(list));
      }
      List<Actor> out = new ArrayList<>(list.size());
      int entry = 0;
      for (JsonNode node : list) {
        entry++;
        out.add(parseEntry(node, entry));
      }
      return new ActorDictionary(out);
    }

    private DictionaryException fail(String problem) {
      return new DictionaryException(
          source + ": actor '" + currentId + "' (entry " + currentEntry + "): " + problem);
    }

    private Actor parseEntry(JsonNode node, int entry) {
      currentEntry = entry;
      currentId = "?";
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
      Integer firstEntry = idEntries.putIfAbsent(id, entry);
      if (firstEntry != null) {
        throw fail("duplicate id (already used by entry " + firstEntry + ")");
      }

      String name = requiredText(node, "name").trim();
      String typeText = requiredText(node, "type");
      ActorType type = ActorType.fromYaml(typeText);
      if (type == null) {
        throw fail("unknown type '" + typeText + "' (expected person or organization)");
      }
      String country = requiredText(node, "country").trim();
      if (!COUNTRY.matcher(country).matches()) {
        throw fail(
            "bad country '"
                + country
                + "' (expected an ISO 3166-1 alpha-2 code or an org code such as EU, UN, INT)");
      }

      List<String> aliases = textList(node, "aliases");
      aliases.removeIf(a -> a.equals(name));
      claimFullForm(id, entry, name);
      for (String alias : aliases) {
        claimFullForm(id, entry, alias);
      }

      List<String> shortForms;
      JsonNode shortNode = node.get("short");
      if (shortNode == null || shortNode.isNull()) {
        shortForms = type == ActorType.PERSON ? derivedShortForms(name, aliases) : List.of();
      } else {
        shortForms = dedupe(textList(node, "short"));
      }

      List<Role> roles = parseRoles(node.get("roles"), id, entry);
      return new Actor(id, name, type, country, dedupe(aliases), shortForms, roles);
    }

    private void claimFullForm(String id, int entry, String form) {
      String key = foldPhrase(form);
      Claim previous = fullForms.get(key);
      if (previous == null) {
        fullForms.put(key, new Claim(id, entry, form));
      } else if (!previous.actorId().equals(id)) {
        throw fail(
            "alias '"
                + form
                + "' is already claimed by actor '"
                + previous.actorId()
                + "' (entry "
                + previous.entry()
                + ") as '"
                + previous.form()
                + "'");
      }
    }

    private List<Role> parseRoles(JsonNode rolesNode, String id, int entry) {
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
                      : "actor '" + t.actorId() + "' (entry " + t.entry() + ")";
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
          terms.add(new Term(id, entry, from, to));
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
