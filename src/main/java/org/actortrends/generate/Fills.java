package org.actortrends.generate;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The values of the non-actor slots: days, months, cities, picture agencies, numbers. */
final class Fills {
  static final List<String> WEEKDAYS = Arrays.stream(DayOfWeek.values())
      .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.toList());
  static final List<String> MONTHS = Arrays.stream(Month.values())
      .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.toList());
  static final List<String> CITIES = List.of(
      "Geneva", "Vienna", "Istanbul", "Doha", "Cairo", "Brussels", "London", "Paris", "Berlin", "Warsaw",
      "Helsinki", "Oslo", "Madrid", "Lisbon", "Rome", "Athens", "Prague", "Budapest", "Tokyo", "Seoul", "Jakarta",
      "Nairobi", "Addis Ababa", "Ottawa", "Mexico City", "Canberra", "Riyadh", "Ankara", "Tallinn", "Riga",
      "Vilnius", "Bucharest", "Sofia", "Zagreb", "Bratislava", "Copenhagen", "Stockholm", "Dublin", "The Hague",
      "Valletta", "Nicosia", "Singapore", "Abu Dhabi", "Muscat", "Baku", "Astana");
  static final List<String> AGENCIES = List.of("Getty", "AP", "Reuters", "AFP", "EPA", "PA", "Bloomberg", "Pool");
  static final int MIN_NUMBER = 2;
  static final int MAX_NUMBER = 95;

  private Fills() {}

  /** Every value a slot can take, for the checks; numbers are generated, so all of them are listed. */
  static List<String> all(String name, List<String> outlets) {
    switch (name) {
      case "weekday":
        return WEEKDAYS;
      case "month":
        return MONTHS;
      case "city":
        return CITIES;
      case "agency":
        return AGENCIES;
      case "outlet":
        return outlets;
      case "n":
        return IntStream.rangeClosed(MIN_NUMBER, MAX_NUMBER).mapToObj(Integer::toString)
            .collect(Collectors.toList());
      case "pct":
        return List.of("2.5");
      case "anyone":
        return List.of("Someone");
      default:
        throw new IllegalArgumentException("unknown slot {" + name + "}");
    }
  }

  static String number(SplittableRandom rng) {
    return Integer.toString(rng.nextInt(MIN_NUMBER, MAX_NUMBER + 1));
  }

  static String percent(SplittableRandom rng) {
    int tenths = rng.nextInt(5, 96);
    return (tenths / 10) + "." + (tenths % 10);
  }

  static String pick(List<String> values, SplittableRandom rng) {
    return values.get(rng.nextInt(values.size()));
  }
}
