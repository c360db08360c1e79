package org.actortrends.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * The additive numbers of one table row: fixed-width counts and sums plus the set of distinct sources (bounded by
 * the number of outlets, not of articles). Rows are added up per day in a {@link DayStats}.
 */
public final class DailyStats {
  final long[] counts;
  final double[] sums;
  final TreeSet<String> sources = new TreeSet<>();

  public DailyStats(int countWidth, int sumWidth) {
    this(new long[countWidth], new double[sumWidth]);
  }

  private DailyStats(long[] counts, double[] sums) {
    this.counts = counts;
    this.sums = sums;
  }

  public long count(int i) {
    return counts[i];
  }

  public double sum(int i) {
    return sums[i];
  }

  public int sourceCount() {
    return sources.size();
  }

  public DailyStats addCount(int i, long value) {
    counts[i] += value;
    return this;
  }

  public DailyStats addSum(int i, double value) {
    sums[i] += value;
    return this;
  }

  public DailyStats addSource(String source) {
    sources.add(source);
    return this;
  }

  DailyStats mergeFrom(DailyStats other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] += other.sums[i];
    }
    sources.addAll(other.sources);
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DailyStats d && Arrays.equals(counts, d.counts) && Arrays.equals(sums, d.sums)
        && sources.equals(d.sources);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts) * 31 + sources.hashCode();
  }

  @Override
  public String toString() {
    return "DailyStats" + Arrays.toString(counts) + Arrays.toString(sums) + sources;
  }

  /** Compact binary coder: varints, doubles and strings, no Java serialization. */
  public static final class StatsCoder extends AtomicCoder<DailyStats> {
    private static final StatsCoder INSTANCE = new StatsCoder();

    public static StatsCoder of() {
      return INSTANCE;
    }

    @Override
    public void encode(DailyStats value, OutputStream out) throws IOException {
      VarIntCoder.of().encode(value.counts.length, out);
      for (long c : value.counts) {
        VarLongCoder.of().encode(c, out);
      }
      VarIntCoder.of().encode(value.sums.length, out);
      for (double s : value.sums) {
        DoubleCoder.of().encode(s, out);
      }
      VarIntCoder.of().encode(value.sources.size(), out);
      for (String s : value.sources) {
        StringUtf8Coder.of().encode(s, out);
      }
    }

    @Override
    public DailyStats decode(InputStream in) throws IOException {
      long[] counts = new long[VarIntCoder.of().decode(in)];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = VarLongCoder.of().decode(in);
      }
      double[] sums = new double[VarIntCoder.of().decode(in)];
      for (int i = 0; i < sums.length; i++) {
        sums[i] = DoubleCoder.of().decode(in);
      }
      DailyStats stats = new DailyStats(counts, sums);
      int sources = VarIntCoder.of().decode(in);
      for (int i = 0; i < sources; i++) {
        stats.sources.add(StringUtf8Coder.of().decode(in));
      }
      return stats;
    }

    @Override
    public void verifyDeterministic() {}
  }
}
