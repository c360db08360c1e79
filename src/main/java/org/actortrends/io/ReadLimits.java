package org.actortrends.io;

import java.io.Serializable;

/**
 * What a run accepts from its input files, and what it does with a file it cannot read to its end.
 *
 * @param maxArticleBytes a larger record is rejected as {@code too_large} (and never held in memory whole)
 * @param maxFileBytes a file that inflates past this many bytes is cut there, as a read error (a gzip bomb)
 * @param skipCorruptFiles true: a file that cannot be read to its end gives one {@code read_error} record and the
 *     rest of the corpus is processed; false: the run fails with one line naming the file
 */
public record ReadLimits(int maxArticleBytes, long maxFileBytes, boolean skipCorruptFiles) implements Serializable {
  public static final String FAIL = "fail";
  public static final String SKIP = "skip";

  public ReadLimits {
    if (maxArticleBytes <= 0 || maxFileBytes <= 0) {
      throw new IllegalArgumentException("--maxArticleBytes and --maxFileBytes must be positive");
    }
  }

  /** From the option values; {@code onCorruptFile} is {@code fail} or {@code skip}. */
  public static ReadLimits of(int maxArticleBytes, long maxFileBytes, String onCorruptFile) {
    if (!FAIL.equals(onCorruptFile) && !SKIP.equals(onCorruptFile)) {
      throw new IllegalArgumentException("--onCorruptFile must be fail or skip, not '" + onCorruptFile + "'");
    }
    return new ReadLimits(maxArticleBytes, maxFileBytes, SKIP.equals(onCorruptFile));
  }
}
