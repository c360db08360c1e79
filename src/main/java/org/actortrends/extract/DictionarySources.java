package org.actortrends.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.actortrends.extract.DictionaryParser.SourcedEntry;
import org.actortrends.io.BeamFiles;
import org.actortrends.io.StoragePaths;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Where a dictionary's entries come from: {@code --actors=bundled,my-actors.yaml,team.csv} reads the bundled list
 * and two files of one's own, in that order, and validates them as one dictionary. {@code bundled} names the
 * built-in list; a file ending in {@code .csv} is a CSV dictionary, any other file YAML (see pipelines/ACTORS.md).
 *
 * <p>A CSV dictionary has a header row naming its columns: {@code id}, {@code name} and {@code type} are required,
 * {@code aliases}, {@code short} and {@code country} optional; list cells hold their items separated by {@code |}.
 * An empty {@code short} cell means the default short forms (as an absent {@code short} key in YAML); a cell of
 * one {@code -} means none. Roles and dates need the YAML form.
 */
public final class DictionarySources {
  /** The name of the built-in dictionary in a list of sources. */
  public static final String BUNDLED = "bundled";

  private static final List<String> CSV_REQUIRED = List.of("id", "name", "type");
  private static final Set<String> CSV_COLUMNS = Set.of("id", "name", "type", "aliases", "short", "country");
  private static final String LIST_SEPARATOR = "|";
  private static final String NONE = "-";

  private DictionarySources() {}

  /**
   * The list of sources with each file made absolute, so workers that read it elsewhere find the same files; null
   * stays null (the bundled list). Fails on an empty item or a source named twice.
   */
  public static String normalize(String sources) {
    if (sources == null) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String item : sources.split(",", -1)) {
      String source = item.trim();
      if (source.isEmpty()) {
        throw new DictionaryException("--actors: empty item in '" + sources + "'");
      }
      String normalized = source.equals(BUNDLED) || StoragePaths.isRemote(source) ? source
          : Paths.get(source).toAbsolutePath().normalize().toString();
      if (!out.add(normalized)) {
        throw new DictionaryException("--actors: " + source + " is named twice");
      }
    }
    return String.join(",", out);
  }

  /** The entries of every source in the comma-separated list, in order. */
  static List<SourcedEntry> read(String sources) {
    List<SourcedEntry> entries = new ArrayList<>();
    for (String source : normalize(sources).split(",")) {
      entries.addAll(source.equals(BUNDLED) ? readBundled()
          : StoragePaths.isRemote(source) ? readRemote(source) : readFile(Path.of(source)));
    }
    return entries;
  }

  /** The entries of the built-in dictionary (classpath resource {@code /actors.yaml}). */
  static List<SourcedEntry> readBundled() {
    String source = BUNDLED;
    try (InputStream in = ActorDictionary.class.getResourceAsStream(ActorDictionary.DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new DictionaryException(source + ": resource " + ActorDictionary.DEFAULT_RESOURCE + " not found");
      }
      return DictionaryParser.yamlEntries(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      throw new DictionaryException(source + ": cannot read resource: " + e.getMessage(), e);
    }
  }

  /** The entries of one dictionary file: CSV when its name ends in {@code .csv}, else YAML. */
  static List<SourcedEntry> readFile(Path file) {
    String source = String.valueOf(file);
    try {
      if (source.toLowerCase(Locale.ROOT).endsWith(".csv")) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          return csvEntries(in, source);
        }
      }
      return DictionaryParser.yamlEntries(Files.readString(file, StandardCharsets.UTF_8), source);
    } catch (IOException | UncheckedIOException e) {
      throw new DictionaryException(source + ": cannot read file: " + e.getMessage(), e);
    }
  }

  /** A dictionary on an object store ({@code s3://bucket/actors.yaml}), read through Beam's FileSystems. */
  static List<SourcedEntry> readRemote(String source) {
    try {
      String text = BeamFiles.read(source);
      if (source.toLowerCase(Locale.ROOT).endsWith(".csv")) {
        return csvEntries(new StringReader(text), source);
      }
      return DictionaryParser.yamlEntries(text, source);
    } catch (IOException | UncheckedIOException e) {
      throw new DictionaryException(source + ": cannot read file: " + e.getMessage(), e);
    }
  }

  /** CSV rows as the same entries a YAML list gives, so one validation serves both. */
  static List<SourcedEntry> csvEntries(Reader in, String source) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
    List<SourcedEntry> entries = new ArrayList<>();
    try (CSVParser csv = CSVParser.parse(in, format)) {
      List<String> header = csv.getHeaderNames();
      for (String column : header) {
        if (!CSV_COLUMNS.contains(column)) {
          throw new DictionaryException(source + ": unknown column '" + column + "' (allowed: id, name, type, "
              + "aliases, short, country)");
        }
      }
      for (String column : CSV_REQUIRED) {
        if (!header.contains(column)) {
          throw new DictionaryException(source + ": missing column '" + column + "' in the header row");
        }
      }
      for (Iterator<CSVRecord> it = csv.iterator(); it.hasNext(); ) {
        CSVRecord row;
        try {
          row = it.next();
        } catch (UncheckedIOException e) {
          throw new DictionaryException(source + ": malformed CSV: " + e.getMessage(), e);
        }
        String where = "line " + row.getParser().getCurrentLineNumber();
        if (!row.isConsistent()) {
          throw new DictionaryException(source + " " + where + ": " + row.size() + " cells, the header has "
              + header.size());
        }
        entries.add(new SourcedEntry(source, where, entry(row, header)));
      }
    }
    return entries;
  }

  private static JsonNode entry(CSVRecord row, List<String> header) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (String column : header) {
      String cell = row.get(column).trim();
      switch (column) {
        case "aliases", "short" -> {
          if (cell.equals(NONE)) {
            node.putArray(column);
          } else if (!cell.isEmpty()) {
            ArrayNode items = node.putArray(column);
            for (String item : cell.split("\\" + LIST_SEPARATOR)) {
              if (!item.isBlank()) {
                items.add(item.trim());
              }
            }
          }
        }
        default -> {
          if (!cell.isEmpty()) {
            node.put(column, cell);
          }
        }
      }
    }
    return node;
  }
}
