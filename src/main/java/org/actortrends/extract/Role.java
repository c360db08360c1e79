package org.actortrends.extract;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An office held over a date range. {@code from} is inclusive; {@code to} is exclusive (the day the
 * successor took over) and null while the office is still held.
 */
public record Role(List<String> titles, LocalDate from, LocalDate to) implements Serializable {

  public Role {
    titles = List.copyOf(titles);
    Objects.requireNonNull(from, "from");
  }

  /** True if the office was held on {@code day}: from &lt;= day &lt; to. */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(from) && (to == null || day.isBefore(to));
  }
}
