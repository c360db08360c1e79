package org.actortrends.io;

import java.io.IOException;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Makes a finished run's files the output, all at once for each day, and a failed or killed run invisible: renames
 * on a local disk ({@link LocalRunPublisher}), manifests on an object store ({@link ManifestPublisher}).
 */
public interface RunPublisher extends AutoCloseable {

  /**
   * Finishes what a killed run left half done, then prepares this run's place in {@code output}.
   *
   * @param afterEachDay called as each day of an object store is published (the fault tests stop the JVM there)
   */
  static RunPublisher start(String output, String runName, Runnable afterEachDay) throws IOException {
    return StoragePaths.isRemote(output) ? ManifestPublisher.start(output, runName, afterEachDay)
        : LocalRunPublisher.start(output, runName);
  }

  /** Where the job writes. */
  OutputLayout layout();

  /** A file of the run's own directory (such as {@code _run/counts.tsv}). */
  String readRunFile(String name) throws IOException;

  /** Writes a file to the run's own directory, published with the tables. */
  void writeRunFile(String name, String content) throws IOException;

  /** The day partitions the job wrote, over all tables. */
  int stagedPartitions(List<String> tables) throws IOException;

  /**
   * Publishes the tables' day partitions, each replacing the same day of the output, and the run's
   * {@code wholeDirectories} (such as {@code _rejected}). Other days in {@code runDays} lose their partitions: the
   * run found no data for them.
   */
  void publish(List<String> tables, List<String> wholeDirectories, IntPredicate runDays) throws IOException;

  /** Where a published directory of the output is, for messages. */
  String outputPath(String relative);

  /** Removes what this run wrote and did not publish. */
  @Override
  void close() throws IOException;
}
