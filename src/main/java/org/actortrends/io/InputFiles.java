package org.actortrends.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Expands the --input list (files, globs, directories, comma-separated) into the sorted list of corpus files, on
 * the client, so that a typo fails fast with one clear line instead of an empty run. An object-store prefix
 * ({@code s3://bucket/corpus}) is read like a directory.
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<String> expand(String inputs) {
    TreeSet<String> files = new TreeSet<>();
    for (String raw : inputs.split(",")) {
      String input = raw.trim();
      if (input.isEmpty()) {
        continue;
      }
      if (StoragePaths.isRemote(input) && !isGlob(input)) {
        files.addAll(remoteFileOrPrefix(input));
        continue;
      }
      Path local = Paths.get(input);
      if (Files.isDirectory(local)) {
        List<String> found = walk(local);
        if (found.isEmpty()) {
          throw new IllegalArgumentException("no corpus files (.jsonl, .ndjson, .json, .csv, .warc, .parquet) under " + input);
        }
        files.addAll(found);
      } else if (isGlob(input)) {
        List<String> found = match(input);
        if (found.isEmpty()) {
          throw new IllegalArgumentException("no input files match " + input);
        }
        files.addAll(found);
      } else {
        if (Files.isRegularFile(local)) {
          CorpusFormat.forFileName(input); // a file named explicitly in a format not read: say which formats are
        }
        List<String> found = match(input);
        if (found.isEmpty()) {
          throw new IllegalArgumentException("input file not found: " + input);
        }
        files.addAll(found);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("--input names no files");
    }
    return new ArrayList<>(files);
  }

  /**
   * An object named exactly, else every corpus object under the prefix as under a directory: object stores have
   * no directories, only keys that share a prefix ({@code s3://bucket/corpus} lists {@code corpus/**}).
   */
  private static List<String> remoteFileOrPrefix(String input) {
    String prefix = StoragePaths.withoutTrailingSlash(input);
    boolean bucketOnly = prefix.indexOf('/', prefix.indexOf("://") + 3) < 0; // s3://bucket: no object to name
    if (!input.endsWith("/") && !bucketOnly) {
      List<String> exact = match(prefix);
      if (!exact.isEmpty()) {
        return exact;
      }
    }
    List<String> found = new ArrayList<>();
    for (String file : match(prefix + "/**")) {
      if (!isHidden(Paths.get(file.substring(prefix.length() + 1)))) {
        found.add(file);
      }
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no corpus files (.jsonl, .ndjson, .json, .csv, .warc, .parquet) at or under "
          + input);
    }
    return found;
  }

  private static boolean isGlob(String input) {
    return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0
        || input.indexOf('{') >= 0;
  }

  /** Glob matches with a known corpus format; others (README.md next to the data) are left out. */
  private static List<String> match(String pattern) {
    try {
      MatchResult result = FileSystems.match(pattern);
      List<String> found = new ArrayList<>();
      if (result.status() == MatchResult.Status.OK) {
        for (MatchResult.Metadata m : result.metadata()) {
          String name = m.resourceId().toString();
          if (isCorpusFile(name)) {
            found.add(name);
          }
        }
      }
      return found;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list " + pattern + ": " + e.getMessage());
    }
  }

  private static List<String> walk(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(dir.relativize(p)))
          .map(p -> p.toAbsolutePath().normalize().toString())
          .filter(InputFiles::isCorpusFile)
          .toList();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read directory " + dir + ": " + e.getMessage());
    }
  }

  /** Names starting with '_' or '.' hold metadata (ground truth, staging), not articles. */
  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      String s = part.toString();
      if (s.startsWith("_") || s.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCorpusFile(String name) {
    try {
      CorpusFormat.forFileName(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
