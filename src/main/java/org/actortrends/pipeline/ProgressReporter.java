package org.actortrends.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import org.actortrends.io.ProgressMarks;

/**
 * Shows on stderr how far a run has read its input, from the {@link ProgressMarks} its workers write: files done of
 * all, articles, MB read of all (as stored), MB/s and an estimate of the time left. On a terminal one line is
 * redrawn in place every second; otherwise (cron, systemd, a pipe) a plain line is printed every 30 s.
 */
final class ProgressReporter implements AutoCloseable {
  enum Mode {
    TERMINAL(1_000), PLAIN(30_000), OFF(0);

    final long everyMillis;

    Mode(long everyMillis) {
      this.everyMillis = everyMillis;
    }

    /** {@code --progress}: auto (a terminal when there is one, else plain), plain or off. */
    static Mode of(String option) {
      return switch (option.trim().toLowerCase(Locale.ROOT)) {
        case "auto" -> System.console() != null ? TERMINAL : PLAIN;
        case "plain" -> PLAIN;
        case "off" -> OFF;
        default -> throw new IllegalArgumentException("--progress must be auto, plain or off, not '" + option + "'");
      };
    }
  }

  private final Mode mode;
  private final long everyMillis;
  private final String marks;
  private final int files;
  private final long totalBytes;
  private final PrintStream err;
  private final long started = System.currentTimeMillis();
  private final Thread thread;
  private int drawn; // characters of the line on the terminal
  private boolean shown; // a line has been printed

  /** {@code everyMillis}: 0 for the mode's own interval. */
  ProgressReporter(Mode mode, long everyMillis, String marks, int files, long totalBytes, PrintStream err) {
    this.mode = mode;
    this.everyMillis = everyMillis > 0 ? everyMillis : mode.everyMillis;
    this.marks = marks;
    this.files = files;
    this.totalBytes = totalBytes;
    this.err = err;
    this.thread = new Thread(this::loop, "progress");
    thread.setDaemon(true);
    if (mode != Mode.OFF) {
      thread.start();
    }
  }

  private void loop() {
    try {
      while (true) {
        Thread.sleep(everyMillis);
        show(line(ProgressMarks.sum(marks), files, totalBytes, (System.currentTimeMillis() - started) / 1000.0));
      }
    } catch (InterruptedException done) {
      // the job ended
    }
  }

  private synchronized void show(String line) {
    if (mode == Mode.TERMINAL) {
      err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
      drawn = line.length();
    } else {
      err.println(line);
    }
    shown = true;
    err.flush();
  }

  /**
   * Stops. A terminal line is cleared so the summary line stands alone; a log that got progress lines gets a last
   * one of what was read. A run shorter than the interval prints nothing.
   */
  @Override
  public synchronized void close() {
    thread.interrupt();
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
      drawn = 0;
    } else if (mode == Mode.PLAIN && shown) {
      long[] sum = ProgressMarks.sum(marks);
      err.println(String.format(Locale.ROOT, "progress: %d/%d files, %,d articles, %.1f MB read; job ended", sum[2],
          files, sum[1], Math.min(sum[0], totalBytes) / 1e6));
    }
  }

  /** {@code bytesRecordsDone}: the sum of the marks (stored bytes, records, files done). */
  static String line(long[] bytesRecordsDone, int files, long totalBytes, double seconds) {
    long bytes = Math.min(bytesRecordsDone[0], totalBytes);
    String counts = String.format(Locale.ROOT, "progress: %d/%d files, %,d articles, ", bytesRecordsDone[2], files,
        bytesRecordsDone[1]);
    if (bytesRecordsDone[2] >= files) {
      return counts + String.format(Locale.ROOT, "%.1f MB read; aggregating and writing tables", totalBytes / 1e6);
    }
    double rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
    String head = counts + String.format(Locale.ROOT, "%.1f of %.1f MB, %.1f MB/s", bytes / 1e6, totalBytes / 1e6,
        rate);
    if (bytes == 0) {
      return head + ", starting";
    }
    long left = Math.round((totalBytes - bytes) / 1e6 / rate);
    return head + ", about " + duration(left) + " left to read";
  }

  private static String duration(long seconds) {
    if (seconds < 90) {
      return seconds + " s";
    }
    if (seconds < 90 * 60) {
      return Math.round(seconds / 60.0) + " min";
    }
    return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
  }
}
