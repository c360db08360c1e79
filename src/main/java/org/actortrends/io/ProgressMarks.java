package org.actortrends.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * How far the reading of each input file has got, as one small file per input file in a folder under the run's
 * staging output, written by whichever worker reads it (on every runner, a cluster included, since workers already
 * share the output) and read by the client to show progress. A mark holds the stored bytes read, the records read
 * and whether the file is done: {@code 1048576 2310 0}. Marks are rewritten at most every {@link #EVERY_MILLIS}
 * ms a file, so they cost nothing next to the reading.
 */
public final class ProgressMarks {
  static final long EVERY_MILLIS = 2000;

  private ProgressMarks() {}

  /** One input file's progress as it is read; {@link #update} and {@link #done} write the mark. */
  public static final class Writer {
    private final ResourceId mark; // null: progress is not shown
    private long lastWritten;

    private Writer(ResourceId mark) {
      this.mark = mark;
    }

    /** Writes the mark when the last one is older than {@link #EVERY_MILLIS}. */
    public void update(long bytes, long records) {
      long now = System.currentTimeMillis();
      if (mark != null && now - lastWritten >= EVERY_MILLIS) {
        lastWritten = now;
        write(bytes, records, false);
      }
    }

    public void done(long bytes, long records) {
      if (mark != null) {
        write(bytes, records, true);
      }
    }

    private void write(long bytes, long records, boolean done) {
      try (OutputStream out = Channels.newOutputStream(FileSystems.create(mark, MimeTypes.TEXT))) {
        out.write((bytes + " " + records + " " + (done ? 1 : 0) + "\n").getBytes(StandardCharsets.US_ASCII));
      } catch (IOException | RuntimeException e) {
        // progress is for show: a mark that cannot be written never fails the run
      }
    }
  }

  /** A writer of the mark of input {@code file} in {@code dir}; with no dir, one that writes nothing. */
  public static Writer writer(String dir, String file) {
    if (dir == null) {
      return new Writer(null);
    }
    String name = UUID.nameUUIDFromBytes(file.getBytes(StandardCharsets.UTF_8)) + ".txt";
    return new Writer(FileSystems.matchNewResource(dir + "/" + name, false));
  }

  /** The sum of the marks in {@code dir}: bytes, records, files done. Unreadable marks (being written) are skipped. */
  public static long[] sum(String dir) {
    long[] total = new long[3];
    try {
      MatchResult match = FileSystems.match(dir + "/*.txt");
      if (match.status() != MatchResult.Status.OK) {
        return total;
      }
      List<ResourceId> marks = new ArrayList<>();
      for (MatchResult.Metadata m : match.metadata()) {
        marks.add(m.resourceId());
      }
      for (ResourceId mark : marks) {
        try (var in = Channels.newInputStream(FileSystems.open(mark))) {
          String[] v = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
          if (v.length == 3) {
            total[0] += Long.parseLong(v[0]);
            total[1] += Long.parseLong(v[1]);
            total[2] += Long.parseLong(v[2]);
          }
        } catch (IOException | RuntimeException beingWritten) {
          // read again at the next poll
        }
      }
    } catch (IOException | RuntimeException e) {
      // no marks yet
    }
    return total;
  }
}
