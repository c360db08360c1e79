package org.actortrends.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * Publishes a finished run. The job writes everything under {@code OUTPUT/_staging/run-N/}; only after it succeeded
 * are its day partitions moved into the output, each replacing the same day of an earlier run. A failed or killed run
 * leaves the output as it was.
 *
 * <p>Publishing is a list of renames, so it can itself be interrupted. Before the first rename the full list is
 * written to a journal in the staging directory; a run that finds a journal left behind by a dead run finishes those
 * renames first (roll forward), so every day shows either the old partitions or the new ones, never a mix, and never
 * none. A staging directory without a journal whose owner is dead is an abandoned run and is deleted. Liveness is
 * an OS file lock on {@code run-N/.owner}, held for the life of the run and released by the OS when it dies.
 */
public final class OutputCommitter implements AutoCloseable {
  public static final String STAGING = "_staging";
  static final String JOURNAL = "_publish.journal";
  static final String OWNER = ".owner";
  private static final String REPLACED = "_replaced";
  private static final String PUBLISH_LOCK = ".publish.lock";
  private static final String REPLACE = "replace ";
  private static final String REMOVE = "remove ";

  private final Path output;
  private final Path staging;
  private final FileChannel ownerChannel;
  private final FileLock owner;

  private OutputCommitter(Path output, Path staging, FileChannel ownerChannel, FileLock owner) {
    this.output = output;
    this.staging = staging;
    this.ownerChannel = ownerChannel;
    this.owner = owner;
  }

  /**
   * Finishes or clears what dead runs left in {@code output}, then creates this run's staging directory and holds
   * its owner lock until {@link #close()}.
   */
  public static OutputCommitter start(Path output, String runName) throws IOException {
    recover(output);
    Path staging = output.resolve(STAGING).resolve(runName);
    Files.createDirectories(staging);
    FileChannel channel = FileChannel.open(staging.resolve(OWNER), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    return new OutputCommitter(output, staging, channel, channel.lock());
  }

  public Path staging() {
    return staging;
  }

  /** The day partitions the job wrote to staging, over all tables. */
  public int stagedPartitions(List<String> tables) throws IOException {
    int n = 0;
    for (String table : tables) {
      n += dayPartitions(staging.resolve(table)).size();
    }
    return n;
  }

  /**
   * Moves {@code staging/<table>/day=*} to {@code output/<table>/day=*}, replacing those days, and the
   * {@code wholeDirectories} (such as {@code _rejected}) as a whole. Every other partition of the output whose day is
   * in {@code runDays} (the days this run was asked for) is removed: the run found no data for it, and a re-run of a
   * day must not keep rows from an earlier one.
   */
  public void publish(List<String> tables, List<String> wholeDirectories, IntPredicate runDays)
      throws IOException {
    List<String> journal = new ArrayList<>();
    for (String table : tables) {
      TreeSet<String> staged = new TreeSet<>(dayPartitions(staging.resolve(table)));
      for (String day : staged) {
        journal.add(REPLACE + table + "/" + day);
      }
      for (String day : dayPartitions(output.resolve(table))) {
        if (!staged.contains(day) && runDays.test(epochDay(day))) {
          journal.add(REMOVE + table + "/" + day);
        }
      }
    }
    for (String dir : wholeDirectories) {
      journal.add((Files.exists(staging.resolve(dir)) ? REPLACE : REMOVE) + dir);
    }
    try (Held publishing = lockPublishing(output)) {
      writeAtomically(staging.resolve(JOURNAL), String.join("\n", journal) + "\n");
      for (String entry : journal) {
        apply(staging, output, entry);
      }
    }
  }

  /** Deletes the staging directory and releases the owner lock; the output keeps what was published. */
  @Override
  public void close() throws IOException {
    try {
      owner.release();
    } finally {
      ownerChannel.close();
      deleteRecursively(staging);
      try {
        Files.deleteIfExists(staging.getParent()); // only when no other run uses it
      } catch (IOException notEmpty) {
        // another run's staging is still there
      }
    }
  }

  /**
   * Rolls forward every publish a dead run left half done and deletes the staging directories of dead runs that
   * never started publishing. Directories of live runs are left alone. Returns what was done, a line a run.
   */
  public static List<String> recover(Path output) throws IOException {
    Path root = output.resolve(STAGING);
    List<String> handled = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return handled;
    }
    List<Path> runs;
    try (Stream<Path> list = Files.list(root)) {
      runs = list.filter(Files::isDirectory).sorted().toList();
    }
    try (Held publishing = lockPublishing(output)) {
      for (Path run : runs) {
        if (!ownerIsDead(run)) {
          continue;
        }
        Path journal = run.resolve(JOURNAL);
        if (Files.exists(journal)) {
          for (String entry : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            if (!entry.isBlank()) {
              apply(run, output, entry);
            }
          }
          handled.add(run.getFileName() + ": finished the publish it had started");
        } else {
          handled.add(run.getFileName() + ": ended before publishing; removed");
        }
        deleteRecursively(run);
      }
    }
    return handled;
  }

  /**
   * One journal entry; safe to repeat. {@code replace P}: if the staged copy is still there, the output's copy (if
   * any) goes aside and the staged one in; once moved, the output's copy is the new one and is kept. {@code remove P}:
   * the output's copy, if any, goes aside.
   */
  private static void apply(Path staging, Path output, String entry) throws IOException {
    boolean replace = entry.startsWith(REPLACE);
    String path = entry.substring(replace ? REPLACE.length() : REMOVE.length());
    Path staged = staging.resolve(path);
    Path target = output.resolve(path);
    if (replace && !Files.exists(staged)) {
      return;
    }
    if (Files.exists(target)) {
      Path aside = staging.resolve(REPLACED).resolve(path);
      deleteRecursively(aside);
      move(target, aside);
    }
    if (replace) {
      move(staged, target);
    }
  }

  private static boolean ownerIsDead(Path run) throws IOException {
    Path ownerFile = run.resolve(OWNER);
    if (!Files.exists(ownerFile)) {
      return true;
    }
    try (FileChannel channel = FileChannel.open(ownerFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (OverlappingFileLockException heldByThisProcess) {
      return false;
    }
  }

  /** An OS lock held on a file until closed. */
  private record Held(FileChannel channel, FileLock lock) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }

  /** Serialises publishing and recovery between runs sharing an output directory. */
  private static Held lockPublishing(Path output) throws IOException {
    Path lockFile = output.resolve(PUBLISH_LOCK); // beside _staging, so an empty _staging can go
    Files.createDirectories(output);
    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    return new Held(channel, channel.lock());
  }

  private static List<String> dayPartitions(Path table) throws IOException {
    if (!Files.isDirectory(table)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(table)) {
      return list.filter(p -> p.getFileName().toString().startsWith("day=") && Files.isDirectory(p))
          .map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static int epochDay(String partition) {
    try {
      return (int) LocalDate.parse(partition.substring("day=".length())).toEpochDay();
    } catch (DateTimeParseException notOurs) {
      return Integer.MIN_VALUE; // a directory someone else put there: never a day of the run
    }
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
    Files.createDirectories(to.getParent());
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
