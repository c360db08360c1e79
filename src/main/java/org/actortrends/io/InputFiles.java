package org.actortrends.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
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

  /** The corpus files of {@code inputs}, each file's format told from its name. */
  public static List<String> expand(String inputs) {
    return expand(inputs, Optional.empty());
  }

  /**
   * The corpus files of {@code inputs}; when {@code forAll} names the format of every file ({@code --format}),
   * directories and globs give all their files whatever their names, except hidden ones.
   */
  public static List<String> expand(String inputs, Optional<CorpusFormat> forAll) {
    Predicate<String> isCorpusFile = forAll.isPresent() ? name -> true : InputFiles::hasCorpusSuffix;
    TreeSet<String> files = new TreeSet<>();
    for (String raw : inputs.split(",")) {
      String input = raw.trim();
      if (input.isEmpty()) {
        continue;
      }
      if (StoragePaths.isRemote(input) && !isGlob(input)) {
        files.addAll(remoteFileOrPrefix(input, isCorpusFile));
        continue;
      }
      Path local = Paths.get(input);
      if (Files.isDirectory(local)) {
        List<String> found = walk(local, isCorpusFile);
        if (found.isEmpty()) {
          throw new IllegalArgumentException("no corpus files under " + input + " (names ending in "
              + CorpusFormat.SUFFIXES_READ + ", or any name with --format)");
        }
        files.addAll(found);
      } else if (isGlob(input)) {
        List<String> found = match(input, isCorpusFile);
        if (found.isEmpty()) {
          throw new IllegalArgumentException("no input files match " + input);
        }
        files.addAll(found);
      } else {
        if (Files.isRegularFile(local) && forAll.isEmpty()) {
          CorpusFormat.forFileName(input); // a file named explicitly in a format not read: say which formats are
        }
        List<String> found = match(input, isCorpusFile);
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

  /** The stored size of the files, in bytes (0 for those that cannot be listed). */
  public static long totalBytes(List<String> files) {
    try {
      long total = 0;
      for (MatchResult result : FileSystems.match(files)) {
        if (result.status() == MatchResult.Status.OK) {
          for (MatchResult.Metadata m : result.metadata()) {
            total += m.sizeBytes();
          }
        }
      }
      return total;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * An object named exactly, else every corpus object under the prefix as under a directory: object stores have
   * no directories, only keys that share a prefix ({@code s3://bucket/corpus} lists {@code corpus/**}).
   */
  private static List<String> remoteFileOrPrefix(String input, Predicate<String> isCorpusFile) {
    String prefix = StoragePaths.withoutTrailingSlash(input);
    boolean bucketOnly = prefix.indexOf('/', prefix.indexOf("://") + 3) < 0; // s3://bucket: no object to name
    if (!input.endsWith("/") && !bucketOnly) {
      List<String> exact = match(prefix, isCorpusFile);
      if (!exact.isEmpty()) {
        return exact;
      }
    }
    List<String> found = new ArrayList<>();
    for (String file : match(prefix + "/**", isCorpusFile)) {
      if (!isHidden(Paths.get(file.substring(prefix.length() + 1)))) {
        found.add(file);
      }
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no corpus files at or under " + input + " (names ending in "
          + CorpusFormat.SUFFIXES_READ + ", or any name with --format)");
    }
    return found;
  }

  private static boolean isGlob(String input) {
    return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0
        || input.indexOf('{') >= 0;
  }

  /** Glob matches with a known corpus format; others (README.md next to the data) are left out. */
  private static List<String> match(String pattern, Predicate<String> isCorpusFile) {
    try {
      MatchResult result = FileSystems.match(pattern);
      List<String> found = new ArrayList<>();
      if (result.status() == MatchResult.Status.OK) {
        for (MatchResult.Metadata m : result.metadata()) {
          String name = m.resourceId().toString();
          if (isCorpusFile.test(name)) {
            found.add(name);
          }
        }
      }
      return found;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list " + pattern + ": " + e.getMessage());
    }
  }

  private static List<String> walk(Path dir, Predicate<String> isCorpusFile) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(dir.relativize(p)))
          .map(p -> p.toAbsolutePath().normalize().toString())
          .filter(isCorpusFile)
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

  private static boolean hasCorpusSuffix(String name) {
    try {
      CorpusFormat.forFileName(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
