package org.actortrends.io;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Publishes a run to an object store ({@code s3://bucket/prefix}), which has no rename: files are never moved, a
 * small manifest per day says which files are the day.
 *
 * <ul>
 *   <li>The job writes each table's files under a folder of its own run:
 *       {@code OUTPUT/<table>/day=YYYY-MM-DD/run=RUN/part-*.parquet}, and its rejected records and counts to
 *       {@code OUTPUT/_runs/RUN/}. Nothing refers to them yet, so readers of the manifests do not see them.
 *   <li>Publishing writes the new manifests to {@code OUTPUT/_runs/RUN/_publish/}, then the plan
 *       ({@code _publish/plan.txt}, one object, so it is there whole or not at all), then copies each staged
 *       manifest over {@code OUTPUT/_manifests/YYYY-MM-DD.txt}. A manifest lists every file of the day, all tables
 *       together, one URI a line; each is one PUT, so a reader sees a day's old files or its new ones, never a mix.
 *   <li>Only then are the files that no manifest lists removed: the day's previous run, and leftovers of runs that
 *       failed or were killed before their plan.
 *   <li>A run killed after its plan is rolled forward by the next run on the same output, before anything else.
 * </ul>
 *
 * <p>Runs on one object-store output must not overlap: the start of a run clears every other run's unpublished
 * files (there are no locks on an object store to tell a live run from a dead one).
 */
public final class ManifestPublisher implements RunPublisher {
  static final String RUNS = "_runs";
  static final String MANIFESTS = "_manifests";
  static final String PUBLISH = "_publish";
  static final String PLAN = "plan.txt";
  private static final String MANIFEST = "manifest ";
  private static final String REMOVE = "remove ";
  private static final String CLEAR = "clear ";
  private static final String COPY = "copy ";

  private final String output;
  private final String run;
  private final Runnable afterEachDay;
  private boolean planWritten;

  private ManifestPublisher(String output, String run, Runnable afterEachDay) {
    this.output = output;
    this.run = run;
    this.afterEachDay = afterEachDay;
  }

  /**
   * Rolls forward a killed run's publish, clears what failed runs left, and returns the publisher of a new run.
   *
   * @param afterEachDay called once a day's manifest is published (the fault tests stop the JVM there)
   */
  public static ManifestPublisher start(String output, String run, Runnable afterEachDay) throws IOException {
    String root = StoragePaths.withoutTrailingSlash(output);
    recover(root);
    return new ManifestPublisher(root, run, afterEachDay);
  }

  static ManifestPublisher start(String output, String run) throws IOException {
    return start(output, run, () -> {});
  }

  /** Finishes every publish whose plan is written, then removes files no manifest lists. */
  public static List<String> recover(String output) throws IOException {
    List<String> done = new ArrayList<>();
    for (String plan : BeamFiles.list(output + "/" + RUNS + "/*/" + PUBLISH + "/" + PLAN)) {
      apply(output, BeamFiles.read(plan), () -> {});
      done.add(runOf(output, plan) + ": finished the publish it had started");
    }
    removeUnlisted(output);
    return done;
  }

  private String runDirectory() {
    return output + "/" + RUNS + "/" + run;
  }

  @Override
  public OutputLayout layout() {
    return new OutputLayout(output, "run=" + run, runDirectory());
  }

  @Override
  public String readRunFile(String name) throws IOException {
    return BeamFiles.read(runDirectory() + "/" + name);
  }

  @Override
  public void writeRunFile(String name, String content) throws IOException {
    BeamFiles.write(runDirectory() + "/" + name, content);
  }

  @Override
  public int stagedPartitions(List<String> tables) throws IOException {
    Set<String> partitions = new TreeSet<>();
    for (String file : runFiles()) {
      DataFile f = DataFile.parse(output, file);
      if (f != null && tables.contains(f.table())) {
        partitions.add(f.table() + "/" + f.day());
      }
    }
    return partitions.size();
  }

  @Override
  public void publish(List<String> tables, List<String> wholeDirectories, IntPredicate runDays)
      throws IOException {
    Map<String, List<String>> newFiles = new TreeMap<>(); // by day
    Set<String> newTablesOfDay = new TreeSet<>(); // "day table"
    for (String file : runFiles()) {
      DataFile f = DataFile.parse(output, file);
      if (f != null && tables.contains(f.table())) {
        newFiles.computeIfAbsent(f.day(), d -> new ArrayList<>()).add(file);
        newTablesOfDay.add(f.day() + " " + f.table());
      }
    }
    Map<String, List<String>> current = currentManifests();
    StringBuilder plan = new StringBuilder();
    for (Map.Entry<String, List<String>> day : newFiles.entrySet()) {
      List<String> files = new ArrayList<>(day.getValue());
      // A table this run did not write for the day keeps its earlier files, as local output keeps its partition,
      // unless the day was asked for (then the run found no rows of that table).
      if (!runDays.test(epochDay(day.getKey()))) {
        for (String old : current.getOrDefault(day.getKey(), List.of())) {
          DataFile f = DataFile.parse(output, old);
          if (f != null && !newTablesOfDay.contains(day.getKey() + " " + f.table())) {
            files.add(old);
          }
        }
      }
      files.sort(null);
      String staged = runDirectory() + "/" + PUBLISH + "/" + day.getKey() + ".txt";
      BeamFiles.write(staged, String.join("\n", files) + "\n");
      plan.append(MANIFEST).append(day.getKey()).append(' ').append(staged).append('\n');
    }
    for (String day : current.keySet()) {
      if (!newFiles.containsKey(day) && runDays.test(epochDay(day))) {
        plan.append(REMOVE).append(day).append('\n');
      }
    }
    for (String dir : wholeDirectories) {
      for (String file : BeamFiles.list(runDirectory() + "/" + dir + "/*")) {
        plan.append(COPY).append(file).append(' ')
            .append(output).append('/').append(file.substring(runDirectory().length() + 1)).append('\n');
      }
      plan.append(CLEAR).append(dir).append('\n'); // after the copies: the directory is never empty between
    }
    BeamFiles.write(runDirectory() + "/" + PUBLISH + "/" + PLAN, plan.toString()); // the point of no return
    planWritten = true;
    apply(output, plan.toString(), afterEachDay);
    removeUnlisted(output);
  }

  /** Carries out a plan; safe to repeat, as the staged manifests and files stay until it is done. */
  private static void apply(String output, String plan, Runnable afterEachDay) throws IOException {
    Set<String> copied = new TreeSet<>();
    for (String line : plan.split("\n")) {
      if (line.startsWith(MANIFEST)) {
        String[] dayAndStaged = line.substring(MANIFEST.length()).split(" ", 2);
        BeamFiles.copy(List.of(dayAndStaged[1]), List.of(manifestPath(output, dayAndStaged[0])));
        afterEachDay.run();
      } else if (line.startsWith(REMOVE)) {
        BeamFiles.delete(List.of(manifestPath(output, line.substring(REMOVE.length()))));
      } else if (line.startsWith(COPY)) {
        String[] fromTo = line.substring(COPY.length()).split(" ", 2);
        BeamFiles.copy(List.of(fromTo[0]), List.of(fromTo[1]));
        copied.add(fromTo[1]);
      } else if (line.startsWith(CLEAR)) { // what an earlier run left there and this one did not replace
        List<String> stale = new ArrayList<>(BeamFiles.list(output + "/" + line.substring(CLEAR.length()) + "/*"));
        stale.removeAll(copied);
        BeamFiles.delete(stale);
      }
    }
  }

  /**
   * Removes the table files no manifest lists and every run directory. Manifests are read first: a file listed by
   * one is never removed.
   */
  private static void removeUnlisted(String output) throws IOException {
    Set<String> listed = new TreeSet<>();
    for (List<String> files : currentManifests(output).values()) {
      listed.addAll(files);
    }
    List<String> unlisted = new ArrayList<>();
    for (String file : BeamFiles.list(output + "/**")) {
      String relative = file.substring(output.length() + 1);
      if (relative.startsWith(RUNS + "/")) {
        unlisted.add(file);
      } else {
        DataFile f = DataFile.parse(output, file);
        if (f != null && !listed.contains(file)) {
          unlisted.add(file);
        }
      }
    }
    BeamFiles.delete(unlisted);
  }

  /**
   * Removes what a failed run wrote. Once the plan is written there is nothing to do: a publish that went through
   * has cleaned up, and one that broke off is finished by the next run.
   */
  @Override
  public void close() throws IOException {
    if (!planWritten) {
      removeUnlisted(output);
    }
  }

  @Override
  public String outputPath(String relative) {
    return relative.isEmpty() ? output : output + "/" + relative;
  }

  private List<String> runFiles() throws IOException {
    return BeamFiles.list(output + "/*/day=*/run=" + run + "/*");
  }

  private Map<String, List<String>> currentManifests() throws IOException {
    return currentManifests(output);
  }

  /** The files of each published day. */
  static Map<String, List<String>> currentManifests(String output) throws IOException {
    Map<String, List<String>> days = new TreeMap<>();
    String prefix = output + "/" + MANIFESTS + "/";
    for (String manifest : BeamFiles.list(prefix + "*.txt")) {
      String day = manifest.substring(prefix.length(), manifest.length() - ".txt".length());
      List<String> files = new ArrayList<>();
      for (String line : BeamFiles.read(manifest).split("\n")) {
        if (!line.isBlank()) {
          files.add(line.trim());
        }
      }
      days.put(day, files);
    }
    return days;
  }

  static String manifestPath(String output, String day) {
    return output + "/" + MANIFESTS + "/" + day + ".txt";
  }

  private static String runOf(String output, String plan) {
    String relative = plan.substring(output.length() + 1 + RUNS.length() + 1);
    return relative.substring(0, relative.indexOf('/'));
  }

  private static int epochDay(String day) {
    try {
      return (int) LocalDate.parse(day).toEpochDay();
    } catch (DateTimeParseException notOurs) {
      return Integer.MIN_VALUE;
    }
  }

  /** A table file of the layout {@code OUTPUT/<table>/day=D/run=R/<name>}; null for any other path. */
  record DataFile(String table, String day, String run) {
    static DataFile parse(String output, String file) {
      if (!file.startsWith(output + "/")) {
        return null;
      }
      String[] parts = file.substring(output.length() + 1).split("/");
      if (parts.length != 4 || parts[0].startsWith("_") || !parts[1].startsWith("day=")
          || !parts[2].startsWith("run=")) {
        return null;
      }
      return new DataFile(parts[0], parts[1].substring("day=".length()), parts[2].substring("run=".length()));
    }
  }
}
