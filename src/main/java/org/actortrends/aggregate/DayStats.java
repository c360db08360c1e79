package org.actortrends.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.values.KV;

/**
 * One day's rows of a table while they are being added up: a sorted map from the row's key within the day (an
 * actor id, a pair "a|b", or "" for the day itself) to its {@link DailyStats}.
 *
 * <p>Tables combine per day rather than per row: the accumulator is bounded by the dictionary (actors and pairs of
 * actors), never by the number of articles, and a runner handles a few keys per day instead of thousands of tiny
 * ones (the direct runner pays a fixed cost for every key it groups).
 */
public final class DayStats {
  final TreeMap<String, DailyStats> rows = new TreeMap<>();

  public DayStats add(String rowKey, DailyStats stats) {
    DailyStats existing = rows.get(rowKey);
    if (existing == null) {
      rows.put(rowKey, stats);
    } else {
      existing.mergeFrom(stats);
    }
    return this;
  }

  public Map<String, DailyStats> rows() {
    return rows;
  }

  DayStats mergeFrom(DayStats other) {
    for (Map.Entry<String, DailyStats> e : other.rows.entrySet()) {
      DailyStats existing = rows.get(e.getKey());
      if (existing == null) {
        DailyStats copy = new DailyStats(e.getValue().counts.length, e.getValue().sums.length);
        rows.put(e.getKey(), copy.mergeFrom(e.getValue()));
      } else {
        existing.mergeFrom(e.getValue());
      }
    }
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DayStats d && rows.equals(d.rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return "DayStats" + rows;
  }

  /** The coder of per-day contributions, to set on the step that makes them. */
  public static Coder<KV<Integer, DayStats>> contributionCoder() {
    return KvCoder.of(VarIntCoder.of(), StatsCoder.of());
  }

  /** Adds up the per-article contributions of each day: the one combine every daily table uses. */
  public static Combine.PerKey<Integer, DayStats, DayStats> perDay() {
    return Combine.perKey(new Sum());
  }

  /** Adds up the per-article contributions of one day into one mutable accumulator. */
  public static final class Sum extends Combine.CombineFn<DayStats, DayStats, DayStats> {
    @Override
    public DayStats createAccumulator() {
      return new DayStats();
    }

    @Override
    public DayStats addInput(DayStats accumulator, DayStats input) {
      return accumulator.mergeFrom(input);
    }

    @Override
    public DayStats mergeAccumulators(Iterable<DayStats> accumulators) {
      DayStats merged = new DayStats();
      for (DayStats a : accumulators) {
        merged.mergeFrom(a);
      }
      return merged;
    }

    @Override
    public DayStats extractOutput(DayStats accumulator) {
      return accumulator;
    }

    @Override
    public Coder<DayStats> getAccumulatorCoder(CoderRegistry registry, Coder<DayStats> input) {
      return StatsCoder.of();
    }

    @Override
    public Coder<DayStats> getDefaultOutputCoder(CoderRegistry registry, Coder<DayStats> input) {
      return StatsCoder.of();
    }
  }

  /** Compact binary coder: row count, then each row key and its stats. */
  public static final class StatsCoder extends AtomicCoder<DayStats> {
    private static final StatsCoder INSTANCE = new StatsCoder();

    public static StatsCoder of() {
      return INSTANCE;
    }

    @Override
    public void encode(DayStats value, OutputStream out) throws IOException {
      VarIntCoder.of().encode(value.rows.size(), out);
      for (Map.Entry<String, DailyStats> e : value.rows.entrySet()) {
        StringUtf8Coder.of().encode(e.getKey(), out);
        DailyStats.StatsCoder.of().encode(e.getValue(), out);
      }
    }

    @Override
    public DayStats decode(InputStream in) throws IOException {
      DayStats stats = new DayStats();
      int n = VarIntCoder.of().decode(in);
      for (int i = 0; i < n; i++) {
        stats.rows.put(StringUtf8Coder.of().decode(in), DailyStats.StatsCoder.of().decode(in));
      }
      return stats;
    }

    @Override
    public void verifyDeterministic() {}
  }
}
