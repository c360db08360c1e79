package org.actortrends.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * How many articles each day gets: fewer at weekends, some noise, the total exactly as asked (largest remainders).
 * Articles are numbered in day order, so day {@code d} holds articles {@code [start(d), start(d + 1))}.
 */
final class DayPlan {
  private final LocalDate first;
  private final long[] start;

  DayPlan(long articles, int days, LocalDate first, long seed) {
    this.first = first;
    SplittableRandom rng = new SplittableRandom(seed);
    double[] weight = new double[days];
    double total = 0;
    for (int d = 0; d < days; d++) {
      DayOfWeek dow = first.plusDays(d).getDayOfWeek();
      double weekday = dow == DayOfWeek.SATURDAY ? 0.6 : dow == DayOfWeek.SUNDAY ? 0.55 : 1.0;
      weight[d] = weekday * (0.85 + 0.3 * rng.nextDouble());
      total += weight[d];
    }
    long[] count = new long[days];
    double[] remainder = new double[days];
    long assigned = 0;
    for (int d = 0; d < days; d++) {
      double exact = articles * weight[d] / total;
      count[d] = (long) Math.floor(exact);
      remainder[d] = exact - count[d];
      assigned += count[d];
    }
    for (long left = articles - assigned; left > 0; left--) {
      int best = 0;
      for (int d = 1; d < days; d++) {
        if (remainder[d] > remainder[best]) {
          best = d;
        }
      }
      count[best]++;
      remainder[best] = -1;
    }
    start = new long[days + 1];
    for (int d = 0; d < days; d++) {
      start[d + 1] = start[d] + count[d];
    }
  }

  int days() {
    return start.length - 1;
  }

  LocalDate date(int day) {
    return first.plusDays(day);
  }

  long start(int day) {
    return start[day];
  }

  long count(int day) {
    return start[day + 1] - start[day];
  }

  /** The day of article {@code index}. */
  int dayOf(long index) {
    int lo = 0;
    int hi = days() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (start[mid] <= index) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
