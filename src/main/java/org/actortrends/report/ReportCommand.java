package org.actortrends.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.actortrends.bench.Commands;
import org.actortrends.io.OutputCommitter;
import org.actortrends.report.ActorTrend.Label;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report}: reads a run's daily tables and writes the day's partition of the {@code trends} table
 * ({@code OUTPUT/trends/day=DAY/}) and {@code OUTPUT/reports/DAY/} (report.html, report.md, report.json). Both are
 * written aside and published like a run's partitions (journaled renames, see {@link OutputCommitter}), so a reader
 * sees the old report or the new one, and running the same day twice gives the same files.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write the trend report of one day, comparing it with the window of days before it: the day's "
        + "partition of the trends table (OUTPUT/trends/day=DAY/) and OUTPUT/reports/DAY/{report.html,report.md,"
        + "report.json}.")
public final class ReportCommand implements Callable<Integer> {
  public static final String REPORTS_DIR = "reports";

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "The run's output directory.")
  Path output;

  @Option(names = "--day", required = true, paramLabel = "YYYY-MM-DD", description = "The day to report on.")
  LocalDate day;

  @Option(names = "--window", defaultValue = "28", paramLabel = "DAYS",
      description = "Days before DAY to compare with (default: ${DEFAULT-VALUE}).")
  int window;

  private final PrintStream out;

  ReportCommand(PrintStream out) {
    this.out = out;
  }

  public static int execute(String[] args) {
    return Commands.execute(new ReportCommand(System.out), args);
  }

  @Override
  public Integer call() throws IOException {
    if (window < 1 || window > 366) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--window must be between 1 and 366");
    }
    if (!Files.isDirectory(output.resolve("corpus_daily"))) {
      throw new CommandLine.ParameterException(new CommandLine(this),
          "no corpus_daily table in " + output + " (give the --output of a run)");
    }
    TrendReport report = Trends.compute(DailyTables.read(output, day, window), TrendRules.defaults(window));
    Path written = write(report, output);
    out.printf("report for %s: %d actors, %d rising, %d falling, %d sentiment shifts, %d new; %s%n", day,
        report.trends().stream().filter(t -> t.mentions() > 0).count(), report.withLabel(Label.RISING).size(),
        report.withLabel(Label.FALLING).size(), report.sentimentShifts().size(), report.withLabel(Label.NEW).size(),
        written.resolve("report.html"));
    return 0;
  }

  /**
   * Writes the day's {@code trends} partition and {@code reports/DAY/}, replacing an earlier report of the day;
   * returns the report's directory.
   */
  static Path write(TrendReport report, Path output) throws IOException {
    String reportDir = REPORTS_DIR + "/" + report.day();
    String runName = "report-" + report.day() + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    try (OutputCommitter run = OutputCommitter.start(output, runName)) {
      TrendsTable.write(report, run.staging().resolve(TrendsTable.TABLE));
      Path dir = Files.createDirectories(run.staging().resolve(reportDir));
      Files.writeString(dir.resolve("report.html"), HtmlReport.render(report), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("report.md"), MarkdownReport.render(report), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("report.json"), JsonReport.render(report), StandardCharsets.UTF_8);
      int day = (int) report.day().toEpochDay();
      run.publish(List.of(TrendsTable.TABLE), List.of(reportDir), d -> d == day);
    }
    return output.resolve(reportDir);
  }
}
