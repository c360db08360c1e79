package org.actortrends.io;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a run processes ({@code --day}, or {@code --fromDay}/{@code --toDay}, inclusive); unbounded when none
 * is given. Articles of other days are read but not counted in the tables, and only these days' partitions are
 * replaced.
 */
public record DayRange(LocalDate from, LocalDate to) implements Serializable {
  /** Placeholder in --input replaced by each day of the range ("corpus/{day}/*.jsonl.gz"). */
  public static final String DAY_PLACEHOLDER = "{day}";

  public static final DayRange ALL = new DayRange(null, null);

  /** From the three options; a bad date or a mix of --day with --fromDay/--toDay is an IllegalArgumentException. */
  public static DayRange of(String day, String fromDay, String toDay) {
    if (day != null && (fromDay != null || toDay != null)) {
      throw new IllegalArgumentException("give either --day or --fromDay/--toDay, not both");
    }
    if (day != null) {
      LocalDate d = parse("--day", day);
      return new DayRange(d, d);
    }
    LocalDate from = fromDay == null ? null : parse("--fromDay", fromDay);
    LocalDate to = toDay == null ? null : parse("--toDay", toDay);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--toDay " + to + " is before --fromDay " + from);
    }
    return new DayRange(from, to);
  }

  private static LocalDate parse(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be a date like 2025-08-13, not '" + value + "'");
    }
  }

  public boolean isAll() {
    return from == null && to == null;
  }

  /** Whether the day (days since 1970-01-01) is in the range. */
  public boolean contains(int epochDay) {
    return (from == null || epochDay >= from.toEpochDay()) && (to == null || epochDay <= to.toEpochDay());
  }

  /** The --input list with {day} replaced by every day of the range (which must then be bounded). */
  public String expandInput(String input) {
    if (!input.contains(DAY_PLACEHOLDER)) {
      return input;
    }
    if (from == null || to == null) {
      throw new IllegalArgumentException("--input uses " + DAY_PLACEHOLDER + ": give --day or --fromDay and --toDay");
    }
    List<String> expanded = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      expanded.add(input.replace(DAY_PLACEHOLDER, d.toString()));
    }
    return String.join(",", expanded);
  }
}
