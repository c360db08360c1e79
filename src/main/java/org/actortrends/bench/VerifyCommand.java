package org.actortrends.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.actortrends.io.ParquetTables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verify}: compares the job's {@code actor_daily} table with a generated corpus's ground truth
 * ({@code _truth/actor_daily.csv}: day, actor_id, mentions, articles) and prints {@code exact: yes} or the rows
 * that differ.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Compare the actor_daily table of a run with a generated corpus's _truth/actor_daily.csv.")
public final class VerifyCommand implements Callable<Integer> {
  @Option(names = "--output", required = true, description = "The run's output directory (holds actor_daily/).")
  Path output;

  @Option(names = "--truth", required = true,
      description = "The truth file, or the generated corpus directory holding _truth/actor_daily.csv.")
  Path truth;

  @Option(names = "--show", defaultValue = "50", description = "How many differing rows to print (default: 50).")
  int show;

  private final PrintStream out;

  VerifyCommand(PrintStream out) {
    this.out = out;
  }

  public static int execute(String[] args) {
    return Commands.execute(new VerifyCommand(System.out), args);
  }

  @Override
  public Integer call() throws IOException {
    Path truthFile = Files.isDirectory(truth) ? truth.resolve("_truth/actor_daily.csv") : truth;
    if (!Files.isRegularFile(truthFile)) {
      throw new CommandLine.ParameterException(new CommandLine(this), "truth file not found: " + truthFile);
    }
    TreeMap<String, String> expected = readTruth(truthFile);
    TreeMap<String, String> actual = new TreeMap<>();
    ParquetTables.forEachRow(output.resolve("actor_daily"), (day, r) -> actual.put(
        day + "," + r.get("actor_id"), r.get("mentions") + "," + r.get("articles")));
    List<String> differences = differences(expected, actual);
    out.printf("rows: truth %d, output %d%n", expected.size(), actual.size());
    Path truthDir = truthFile.getParent();
    if (truthDir != null && Files.isRegularFile(truthDir.resolve("namesakes.csv"))) {
      out.println(NamesakeCheck.summary(truthDir, output));
    }
    if (differences.isEmpty()) {
      out.println("exact: yes");
      return 0;
    }
    out.println("day,actor_id: truth mentions,articles | output mentions,articles");
    differences.stream().limit(show).forEach(out::println);
    out.printf("exact: no (%d rows differ)%n", differences.size());
    return 1;
  }

  /** Rows that differ, as "day,actor: truth | output" ("-" where a side has no row). */
  static List<String> differences(TreeMap<String, String> expected, TreeMap<String, String> actual) {
    TreeSet<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    List<String> diffs = new ArrayList<>();
    for (String k : keys) {
      String want = expected.getOrDefault(k, "-");
      String got = actual.getOrDefault(k, "-");
      if (!want.equals(got)) {
        diffs.add(k + ": " + want + " | " + got);
      }
    }
    return diffs;
  }

  /** day,actor_id -> "mentions,articles" from a CSV with the header day,actor_id,mentions,articles. */
  static TreeMap<String, String> readTruth(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).trim().equals("day,actor_id,mentions,articles")) {
      throw new IOException(file + ": expected the header day,actor_id,mentions,articles");
    }
    TreeMap<String, String> rows = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split(",");
      rows.put(f[0] + "," + f[1], f[2] + "," + f[3]);
    }
    return rows;
  }
}
