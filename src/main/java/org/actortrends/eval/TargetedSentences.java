package org.actortrends.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * NewsMTSC-style JSON Lines: {@code {"primary_gid", "sentence_normalized", "targets": [{"from", "to", "mention",
 * "polarity"}]}}, polarity 2.0 negative, 4.0 neutral, 6.0 positive.
 */
public final class TargetedSentences {
  /**
   * One target. {@code from} and {@code to} are the offsets as written in the file (Python code points);
   * {@code charFrom} and {@code charTo} the same span as Java char offsets into {@code sentence}.
   */
  public record Target(String gid, String sentence, int from, int to, int charFrom, int charTo, String mention,
      int truth) {}

  private TargetedSentences() {}

  public static List<Target> read(Path file) throws IOException {
    List<Target> targets = new ArrayList<>();
    JsonLinesRows.forEach(file, (row, lineNumber, where) -> {
      String gid = row.path("primary_gid").asText();
      String sentence = row.path("sentence_normalized").asText(null);
      if (sentence == null || !row.path("targets").isArray()) {
        throw new IOException(where + "expected sentence_normalized and a targets list");
      }
      for (JsonNode t : row.get("targets")) {
        int from = t.path("from").asInt(-1);
        int to = t.path("to").asInt(-1);
        String mention = t.path("mention").asText("");
        int cpCount = sentence.codePointCount(0, sentence.length());
        if (from < 0 || to < from || to > cpCount) {
          throw new IOException(where + "target span " + from + ".." + to + " outside the sentence");
        }
        int charFrom = sentence.offsetByCodePoints(0, from);
        int charTo = sentence.offsetByCodePoints(charFrom, to - from);
        targets.add(new Target(gid, sentence, from, to, charFrom, charTo, mention,
            polarityClass(t.path("polarity").asDouble(Double.NaN), where)));
      }
    });
    return targets;
  }

  /** 2.0 negative, 4.0 neutral, 6.0 positive (NewsMTSC also uses 1-7 in its raw data: below 4 is negative). */
  static int polarityClass(double polarity, String where) throws IOException {
    if (Double.isNaN(polarity)) {
      throw new IOException(where + "target without a numeric polarity");
    }
    return polarity < 4 ? Metrics.NEGATIVE : polarity > 4 ? Metrics.POSITIVE : Metrics.NEUTRAL;
  }
}
