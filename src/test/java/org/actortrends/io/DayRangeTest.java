package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {
  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void oneDayOrAnInclusiveRangeOrEverything() {
    DayRange one = DayRange.of("2025-08-13", null, null);
    assertTrue(one.contains(day("2025-08-13")));
    assertFalse(one.contains(day("2025-08-14")));
    DayRange range = DayRange.of(null, "2025-08-01", "2025-08-03");
    assertTrue(range.contains(day("2025-08-01")) && range.contains(day("2025-08-03")));
    assertFalse(range.contains(day("2025-07-31")) || range.contains(day("2025-08-04")));
    assertTrue(DayRange.of(null, null, null).isAll());
    assertTrue(DayRange.of(null, "2025-08-01", null).contains(day("2030-01-01")));
  }

  @Test
  void dayPlaceholderExpandsForEveryDay() {
    assertEquals("c/2025-08-01/*.gz,c/2025-08-02/*.gz",
        DayRange.of(null, "2025-08-01", "2025-08-02").expandInput("c/{day}/*.gz"));
    assertEquals("plain/*.gz", DayRange.ALL.expandInput("plain/*.gz"));
    assertThrows(IllegalArgumentException.class, () -> DayRange.ALL.expandInput("c/{day}/*.gz"));
  }

  @Test
  void badOptionsAreClearErrors() {
    assertThrows(IllegalArgumentException.class, () -> DayRange.of("2025-02-30", null, null));
    assertThrows(IllegalArgumentException.class, () -> DayRange.of("2025-08-01", "2025-08-01", null));
    assertThrows(IllegalArgumentException.class, () -> DayRange.of(null, "2025-08-02", "2025-08-01"));
  }
}
