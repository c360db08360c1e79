package org.actortrends.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Publishes a finished run: the job writes everything under a staging directory, and only after it succeeded are
 * its day partitions moved into the output, each replacing the same day from an earlier run. A failed run leaves
 * the output as it was; re-running a day replaces that day and leaves other days alone.
 */
public final class OutputCommitter {
  private OutputCommitter() {}

  /** Moves {@code staging/<table>/day=*} to {@code output/<table>/day=*}; returns the partitions published. */
  public static List<String> publishPartitions(Path staging, Path output, List<String> tables) throws IOException {
    List<String> published = new ArrayList<>();
    Path trash = staging.resolve("_replaced");
    for (String table : tables) {
      Path stagedTable = staging.resolve(table);
      if (!Files.isDirectory(stagedTable)) {
        continue;
      }
      List<Path> days;
      try (Stream<Path> list = Files.list(stagedTable)) {
        days = list.filter(p -> p.getFileName().toString().startsWith("day=") && Files.isDirectory(p)).sorted()
            .toList();
      }
      Files.createDirectories(output.resolve(table));
      for (Path day : days) {
        Path target = output.resolve(table).resolve(day.getFileName().toString());
        if (Files.exists(target)) {
          Path old = trash.resolve(table).resolve(day.getFileName().toString());
          Files.createDirectories(old.getParent());
          move(target, old);
        }
        move(day, target);
        published.add(table + "/" + day.getFileName());
      }
    }
    return published;
  }

  /** Replaces {@code output/<name>} as a whole with {@code staging/<name>} (for run-level outputs). */
  public static void replaceDirectory(Path staging, Path output, String name) throws IOException {
    Path staged = staging.resolve(name);
    Path target = output.resolve(name);
    if (Files.exists(target)) {
      Path old = staging.resolve("_replaced").resolve(name);
      Files.createDirectories(old.getParent());
      move(target, old);
    }
    Files.createDirectories(staged);
    move(staged, target);
  }

  /** Writes a small file so that readers see the old or the new content, never a half-written one. */
  public static void writeAtomically(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    move(tmp, file);
  }

  public static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
