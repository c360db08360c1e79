package org.actortrends.generate;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actortrends.extract.ActorDictionary;

/**
 * Anomalies planted on purpose, so that a trend report has something to find in otherwise stationary noise: a spike
 * multiplies an actor's popularity on one day; a sentiment drop makes every reaction (praise, criticism, neutral)
 * that names an actor on one day criticism. Checked against the dictionary and the generated days, written to
 * {@code _truth/planted.csv}.
 */
final class Anomalies {
  // Before NONE, which sorts with them.
  private static final Comparator<Spike> SPIKE_ORDER =
      Comparator.comparing(Spike::day).thenComparing(Spike::actorId);
  private static final Comparator<Drop> DROP_ORDER = Comparator.comparing(Drop::day).thenComparing(Drop::actorId);

  static final Anomalies NONE = new Anomalies(List.of(), List.of());
  static final BigDecimal MAX_FACTOR = BigDecimal.valueOf(1000);

  /** {@code actor_id:day:factor}; the factor multiplies the actor's popularity weight that day. */
  record Spike(String actorId, LocalDate day, BigDecimal factor) {}

  /** {@code actor_id:day}: the reactions naming the actor that day are all criticism. */
  record Drop(String actorId, LocalDate day) {}

  private final List<Spike> spikes;
  private final List<Drop> drops;

  /** Sorted, so that the order of the options changes nothing. */
  Anomalies(List<Spike> spikes, List<Drop> drops) {
    this.spikes = spikes.stream().sorted(SPIKE_ORDER).toList();
    this.drops = drops.stream().sorted(DROP_ORDER).toList();
  }

  List<Spike> spikes() {
    return spikes;
  }

  List<Drop> drops() {
    return drops;
  }

  boolean isEmpty() {
    return spikes.isEmpty() && drops.isEmpty();
  }

  /**
   * Parses {@code --spike} and {@code --sentiment-drop} values for a corpus of {@code days} days from {@code first};
   * throws {@link IllegalArgumentException} with a one-line message for the first bad one.
   */
  static Anomalies parse(List<String> spikeValues, List<String> dropValues, ActorDictionary dictionary,
      LocalDate first, int days) {
    LocalDate last = first.plusDays(days - 1L);
    List<Spike> spikes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String value : spikeValues) {
      String[] f = value.split(":", -1);
      if (f.length != 3) {
        throw new IllegalArgumentException("--spike must be ACTOR_ID:YYYY-MM-DD:FACTOR, not '" + value + "'");
      }
      Spike s = new Spike(actor("--spike", f[0], dictionary), day("--spike", f[1], first, last), factor(f[2]));
      if (!seen.add(s.actorId() + ":" + s.day())) {
        throw new IllegalArgumentException("--spike: " + s.actorId() + " on " + s.day() + " is given twice");
      }
      spikes.add(s);
    }
    List<Drop> drops = new ArrayList<>();
    seen.clear();
    for (String value : dropValues) {
      String[] f = value.split(":", -1);
      if (f.length != 2) {
        throw new IllegalArgumentException("--sentiment-drop must be ACTOR_ID:YYYY-MM-DD, not '" + value + "'");
      }
      Drop d = new Drop(actor("--sentiment-drop", f[0], dictionary), day("--sentiment-drop", f[1], first, last));
      if (!seen.add(d.actorId() + ":" + d.day())) {
        throw new IllegalArgumentException("--sentiment-drop: " + d.actorId() + " on " + d.day() + " is given twice");
      }
      drops.add(d);
    }
    return new Anomalies(spikes, drops);
  }

  private static String actor(String option, String id, ActorDictionary dictionary) {
    if (dictionary.byId(id) == null) {
      throw new IllegalArgumentException(option + ": unknown actor id '" + id
          + "' (ids of the bundled dictionary, e.g. " + dictionary.actors().get(0).id() + ")");
    }
    return id;
  }

  private static LocalDate day(String option, String text, LocalDate first, LocalDate last) {
    LocalDate day;
    try {
      day = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + ": '" + text + "' is not a day (YYYY-MM-DD)");
    }
    if (day.isBefore(first) || day.isAfter(last)) {
      throw new IllegalArgumentException(option + ": " + day + " is outside the generated days " + first + " to "
          + last);
    }
    return day;
  }

  /** A plain decimal (BigDecimal's syntax: no NaN, no "6d"), greater than 0 and at most {@link #MAX_FACTOR}. */
  private static BigDecimal factor(String text) {
    BigDecimal factor = null;
    try {
      factor = new BigDecimal(text);
    } catch (NumberFormatException e) {
      // reported below
    }
    if (factor == null || factor.signum() <= 0 || factor.compareTo(MAX_FACTOR) > 0) {
      throw new IllegalArgumentException("--spike: the factor must be a number greater than 0 and at most "
          + MAX_FACTOR + ", not '" + text + "'");
    }
    return factor.stripTrailingZeros();
  }

  /** {@code planted.csv}: kind,actor_id,day,factor; spikes then drops, each by day then actor id. */
  void write(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("kind,actor_id,day,factor\n");
      for (Spike s : spikes) {
        w.write("spike," + s.actorId() + "," + s.day() + "," + s.factor().toPlainString() + "\n");
      }
      for (Drop d : drops) {
        w.write("sentiment_drop," + d.actorId() + "," + d.day() + ",\n");
      }
    }
  }

  /** The options that plant these, as on the command line. */
  String commandLine() {
    StringBuilder b = new StringBuilder();
    for (Spike s : spikes) {
      b.append(" --spike=").append(s.actorId()).append(':').append(s.day()).append(':')
          .append(s.factor().toPlainString());
    }
    for (Drop d : drops) {
      b.append(" --sentiment-drop=").append(d.actorId()).append(':').append(d.day());
    }
    return b.toString();
  }
}
