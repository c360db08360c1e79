package org.actortrends.generate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which articles are wire stories, copies of them and different reports of their events ({@code --copies}). Per
 * day, a {@code fraction} of the day's articles (rounded) are copies: wire stories of 2 to 6 articles, an original
 * and 1 to 5 copies, all on the day of the original, at places of the day drawn at random. A quarter of the wire
 * stories also get a different report of the same event, an article of its own story. A day too small for the next
 * story gets fewer copies. The rest are ordinary articles. Article numbers stay those of {@link DayPlan}: the option
 * changes what some articles are, not how many there are.
 */
final class CopyPlan {
  static final double MAX_FRACTION = 0.6;
  private static final long PLAN_SALT = 0x636f7079706c616eL; // "copyplan"
  private static final int KEEP_DAYS = 16;

  enum Kind { PLAIN, ORIGINAL, COPY, REPORT }

  /** What article {@code index} is; {@code source} is the original (of a copy or report), {@code copyNo} from 0. */
  record Role(Kind kind, long source, int copyNo) {}

  static final Role PLAIN = new Role(Kind.PLAIN, -1, 0);

  /** One day's roles, by position in the day. */
  private record Day(byte[] kind, int[] source, byte[] copyNo) {}

  private final DayPlan plan;
  private final long seed;
  private final double fraction;
  private final Map<Integer, Day> days = new LinkedHashMap<>(KEEP_DAYS, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, Day> eldest) {
      return size() > KEEP_DAYS;
    }
  };

  CopyPlan(DayPlan plan, long seed, double fraction) {
    this.plan = plan;
    this.seed = seed;
    this.fraction = fraction;
  }

  boolean active() {
    return fraction > 0;
  }

  double fraction() {
    return fraction;
  }

  Role role(long index) {
    if (!active()) {
      return PLAIN;
    }
    int d = plan.dayOf(index);
    Day day = day(d);
    int p = (int) (index - plan.start(d));
    Kind kind = Kind.values()[day.kind()[p]];
    return kind == Kind.PLAIN ? PLAIN : new Role(kind, plan.start(d) + day.source()[p], day.copyNo()[p]);
  }

  private synchronized Day day(int d) {
    return days.computeIfAbsent(d, this::build);
  }

  private Day build(int d) {
    int count = (int) plan.count(d);
    SplittableRandom rng = new SplittableRandom(ArticleComposer.mix64(seed ^ PLAN_SALT) + ArticleComposer.mix64(d));
    int[] places = new int[count];
    for (int i = 0; i < count; i++) {
      places[i] = i;
    }
    for (int i = count - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = places[i];
      places[i] = places[j];
      places[j] = t;
    }
    byte[] kind = new byte[count];
    int[] source = new int[count];
    byte[] copyNo = new byte[count];
    long copies = Math.round(fraction * count);
    int next = 0;
    for (long made = 0; made < copies; ) {
      int extra = (int) Math.min(1 + rng.nextInt(5), copies - made);
      int report = rng.nextInt(4) == 0 ? 1 : 0;
      if (next + 1 + extra + report > count) {
        break;
      }
      int original = places[next++];
      kind[original] = (byte) Kind.ORIGINAL.ordinal();
      source[original] = original;
      for (int c = 0; c < extra; c++) {
        int p = places[next++];
        kind[p] = (byte) Kind.COPY.ordinal();
        source[p] = original;
        copyNo[p] = (byte) c;
      }
      if (report > 0) {
        int p = places[next++];
        kind[p] = (byte) Kind.REPORT.ordinal();
        source[p] = original;
      }
      made += extra;
    }
    return new Day(kind, source, copyNo);
  }
}
