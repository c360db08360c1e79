package org.actortrends.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A TSV of human-rated sentences, {@code id<TAB>rating<TAB>text}, with or without a header row. */
public final class RatedSentences {
  /** One rated sentence; {@code rating} is the mean human rating (the VADER sets: -4 .. +4). */
  public record Rated(String id, double rating, String text) {}

  private RatedSentences() {}

  /** Reads every row; a row that is not {@code id<TAB>number<TAB>text} fails with its file and line. */
  public static List<Rated> read(Path file) throws IOException {
    List<Rated> rows = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      int tab1 = line.indexOf('\t');
      int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
      if (tab2 < 0) {
        throw new IOException(file + ":" + lineNumber + ": expected id<TAB>rating<TAB>text");
      }
      String rating = line.substring(tab1 + 1, tab2).trim();
      double value;
      try {
        value = Double.parseDouble(rating);
      } catch (NumberFormatException e) {
        if (lineNumber == 1) {
          continue; // the header row
        }
        throw new IOException(file + ":" + lineNumber + ": rating is not a number: " + rating);
      }
      rows.add(new Rated(line.substring(0, tab1), value, line.substring(tab2 + 1)));
    }
    return rows;
  }

  /** The group of an id: what comes before its first '_' ("12" of "12_3": the article of a sentence). */
  public static String group(String id) {
    int underscore = id.indexOf('_');
    return underscore < 0 ? id : id.substring(0, underscore);
  }

  /**
   * For each row, the rank of its group in order of first appearance (0 for the first group of the file), so a
   * set can be split by article: the NYT dev file holds only odd-numbered articles, so the numbers themselves
   * split it unevenly.
   */
  public static int[] groupRanks(List<Rated> rows) {
    java.util.Map<String, Integer> ranks = new java.util.HashMap<>();
    int[] out = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      out[i] = ranks.computeIfAbsent(group(rows.get(i).id()), g -> ranks.size());
    }
    return out;
  }
}
