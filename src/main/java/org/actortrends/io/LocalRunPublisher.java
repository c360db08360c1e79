package org.actortrends.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.IntPredicate;

/** Publishes to a local directory through {@link OutputCommitter}: staging, then a journal of renames. */
final class LocalRunPublisher implements RunPublisher {
  private final Path output;
  private final OutputCommitter committer;

  private LocalRunPublisher(Path output, OutputCommitter committer) {
    this.output = output;
    this.committer = committer;
  }

  static LocalRunPublisher start(String output, String runName) throws IOException {
    Path dir = Paths.get(output).toAbsolutePath().normalize();
    return new LocalRunPublisher(dir, OutputCommitter.start(dir, runName));
  }

  @Override
  public OutputLayout layout() {
    return OutputLayout.staged(committer.staging().toString());
  }

  @Override
  public String readRunFile(String name) throws IOException {
    return Files.readString(committer.staging().resolve(name), StandardCharsets.UTF_8);
  }

  @Override
  public void writeRunFile(String name, String content) throws IOException {
    OutputCommitter.writeAtomically(committer.staging().resolve(name), content);
  }

  @Override
  public int stagedPartitions(List<String> tables) throws IOException {
    return committer.stagedPartitions(tables);
  }

  @Override
  public void publish(List<String> tables, List<String> wholeDirectories, IntPredicate runDays)
      throws IOException {
    committer.publish(tables, wholeDirectories, runDays);
  }

  @Override
  public String outputPath(String relative) {
    return relative.isEmpty() ? output.toString() : output.resolve(relative).toString();
  }

  @Override
  public void close() throws IOException {
    committer.close();
  }
}
