package org.actortrends.aggregate;

/** Composite string keys "day|part|part" for per-day combines; the day is days since 1970-01-01. */
final class DayKeys {
  private static final char SEPARATOR = '|';

  private DayKeys() {}

  static String of(int day, String... parts) {
    StringBuilder b = new StringBuilder().append(day);
    for (String p : parts) {
      b.append(SEPARATOR).append(p);
    }
    return b.toString();
  }

  static int day(String key) {
    int end = key.indexOf(SEPARATOR);
    return Integer.parseInt(end < 0 ? key : key.substring(0, end));
  }

  /** Part {@code i} (0-based, after the day). Actor ids never contain the separator (dictionary validates ids). */
  static String part(String key, int i) {
    int start = key.indexOf(SEPARATOR);
    for (int k = 0; k < i; k++) {
      start = key.indexOf(SEPARATOR, start + 1);
    }
    int end = key.indexOf(SEPARATOR, start + 1);
    return end < 0 ? key.substring(start + 1) : key.substring(start + 1, end);
  }
}
