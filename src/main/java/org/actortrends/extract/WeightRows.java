package org.actortrends.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The TSV form of the contextual models' weights: comment lines starting with '#', then one line per named row,
 * {@code name<TAB>bias<TAB>w1 … wN}. Numbers are written with six significant digits: the fits' own precision is
 * far coarser, and the files stay readable.
 */
final class WeightRows {
  private WeightRows() {}

  /** Rows {@code rows[k]} (bias first) named {@code names[k]}, after {@code comments} (each a '#' line). */
  static String write(List<String> comments, List<String> names, double[][] rows) {
    StringBuilder sb = new StringBuilder();
    for (String c : comments) {
      sb.append("# ").append(c).append('\n');
    }
    for (int k = 0; k < names.size(); k++) {
      sb.append(names.get(k));
      for (double v : rows[k]) {
        sb.append('\t').append(String.format(Locale.ROOT, "%.6g", v));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The rows named {@code names}, each of {@code length} numbers (bias first), in the order of the names. */
  static double[][] read(InputStream in, String source, List<String> names, int length) throws IOException {
    double[][] rows = new double[names.size()][];
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      int k = names.indexOf(f[0]);
      if (k < 0 || f.length != length + 1) {
        throw new IOException(source + ":" + lineNumber + ": expected one of " + names + " and " + length
            + " numbers, got '" + f[0] + "' and " + (f.length - 1));
      }
      rows[k] = new double[length];
      try {
        for (int i = 0; i < length; i++) {
          rows[k][i] = Double.parseDouble(f[i + 1]);
        }
      } catch (NumberFormatException e) {
        throw new IOException(source + ":" + lineNumber + ": " + e.getMessage());
      }
    }
    for (int k = 0; k < names.size(); k++) {
      if (rows[k] == null) {
        throw new IOException(source + ": no line for " + names.get(k));
      }
    }
    return rows;
  }

  /** The rows of a resource in the jar. */
  static double[][] readResource(String resource, List<String> names, int length) {
    try (InputStream in = WeightRows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the class path");
      }
      return read(in, resource, names, length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
