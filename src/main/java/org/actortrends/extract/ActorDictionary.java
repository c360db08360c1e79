package org.actortrends.extract;

import java.io.Serializable;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.actortrends.extract.DictionaryParser.SourcedEntry;

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
 * time, within one actor or across actors; and unknown keys. Reading and checking the entries is
 * {@link DictionaryParser}'s; this class is the dictionary they make and its lookups.
 */
public final class ActorDictionary implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Classpath location of the bundled default dictionary. */
  public static final String DEFAULT_RESOURCE = "/actors.yaml";

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

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
    return fromEntries(DictionaryParser.yamlEntries(yaml, sourceName));
  }

  /** Validates entries read from one or more sources (in order) and builds the dictionary. */
  static ActorDictionary fromEntries(List<SourcedEntry> entries) {
    return new ActorDictionary(DictionaryParser.actors(entries));
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

  /** The key a name or title phrase is compared by; {@link DictionaryParser} checks claims and offices by it too. */
  static String foldPhrase(String s) {
    return WHITESPACE.matcher(fold(s).trim()).replaceAll(" ");
  }
}
