package org.actortrends.extract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the entries of a YAML dictionary and checks them into actors: keys, ids, types, countries, aliases, short
 * forms and date-ranged roles, and what one entry may not share with another (an id, a full form, a term of an
 * office). One parser reads all the sources of a dictionary in order, so a conflict across files names both places.
 * The format and what it rejects are described at {@link ActorDictionary}; each problem is one
 * {@link DictionaryException} naming the source, the entry and the problem.
 */
final class DictionaryParser {
  private static final Pattern ID = Pattern.compile("^[a-z0-9_]+$");
  private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2,3}$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final String QUOTE_HINT =
      " (quote values that YAML reads as booleans, numbers or null, e.g. 'NO', 'yes')";

  private static final Set<String> TOP_KEYS = orderedSet("actors");
  private static final Set<String> ENTRY_KEYS =
      orderedSet("id", "name", "type", "country", "aliases", "short", "roles", "active");
  private static final Set<String> ROLE_KEYS = orderedSet("titles", "from", "to");
  private static final Set<String> ACTIVE_KEYS = orderedSet("from", "to");

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

  // ids, full forms and offices seen so far, across all sources
  private final Map<String, String> idPlaces = new HashMap<>();
  private final Map<String, Claim> fullForms = new HashMap<>();
  private final Map<String, List<Term>> offices = new HashMap<>();

  // the entry being parsed, for messages
  private SourcedEntry current;
  private String currentId = "?";

  private DictionaryParser() {}

  /** Validates entries read from one or more sources (in order), one by one: their actors, in the same order. */
  static List<Actor> actors(List<SourcedEntry> entries) {
    DictionaryParser parser = new DictionaryParser();
    List<Actor> actors = new ArrayList<>(entries.size());
    for (SourcedEntry e : entries) {
      actors.add(parser.parseEntry(e));
    }
    return actors;
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
  // One entry

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
    String key = ActorDictionary.foldPhrase(form);
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
        // the key holdersOn compares titles by, so it finds at most one holder per phrase and day
        String key = ActorDictionary.foldPhrase(title);
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

  // ---------------------------------------------------------------------------------------------
  // Helpers

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
