package org.actortrends.generate;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** The invented news outlets the corpus comes from; bigger ones publish more. */
final class Outlets {
  /** {@code typographic}: curly quotes and dashes; otherwise the straight ones of a plain keyboard. */
  record Outlet(String name, String host, int weight, boolean typographic) {}

  static final List<Outlet> ALL = List.of(
      new Outlet("The Daily Ledger", "www.dailyledger.example", 20, true),
      new Outlet("Global Dispatch", "globaldispatch.example", 16, false),
      new Outlet("Continental Wire", "www.continentalwire.example", 14, false),
      new Outlet("Harbor Times", "www.harbortimes.example", 11, true),
      new Outlet("Northern Post", "www.northernpost.example", 9, true),
      new Outlet("Capital Observer", "www.capitalobserver.example", 8, false),
      new Outlet("Eastern Herald", "www.easternherald.example", 7, true),
      new Outlet("Meridian Chronicle", "www.meridianchronicle.example", 6, true),
      new Outlet("Lakeside Gazette", "lakesidegazette.example", 5, false),
      new Outlet("The Evening Compass", "www.eveningcompass.example", 4, true));

  private static final int TOTAL = ALL.stream().mapToInt(Outlet::weight).sum();

  private Outlets() {}

  static Outlet pick(SplittableRandom rng) {
    int r = rng.nextInt(TOTAL);
    for (Outlet o : ALL) {
      r -= o.weight();
      if (r < 0) {
        return o;
      }
    }
    throw new AssertionError();
  }

  static List<String> names() {
    return ALL.stream().map(Outlet::name).collect(Collectors.toList());
  }
}
