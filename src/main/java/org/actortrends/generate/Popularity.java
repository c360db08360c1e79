package org.actortrends.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.actortrends.extract.Actor;
import org.actortrends.extract.ActorType;

/**
 * How often each actor is in the news: Zipf over a ranking of the whole dictionary (weight 1/rank), where people in
 * office and organisations tend to rank higher, and each day a few actors have a big story that multiplies theirs.
 * Planted spikes multiply an actor's weight on their day on top of that; they draw no random numbers, so only the
 * articles of the spiked days change.
 */
final class Popularity {
  static final int STORIES_A_DAY = 3; // the default of --stories
  static final double STORY_BOOST = 6.0;

  private final double[][] cumulative;

  Popularity(List<Actor> actors, LocalDate first, int days, long seed, int stories, Anomalies anomalies) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = actors.size();
    double[] key = new double[n];
    for (int a = 0; a < n; a++) {
      Actor actor = actors.get(a);
      boolean inOffice = actor.roles().stream().anyMatch(r -> r.activeOn(first));
      double weight = actor.type() == ActorType.ORGANIZATION ? 2 : inOffice ? 3 : 1;
      key[a] = -Math.log(1 - rng.nextDouble()) / weight; // a weighted shuffle: smaller keys rank first
    }
    List<Integer> order = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      order.add(a);
    }
    order.sort(Comparator.comparingDouble((Integer a) -> key[a]).thenComparing(a -> a));
    double[] base = new double[n];
    for (int rank = 0; rank < n; rank++) {
      base[order.get(rank)] = 1.0 / (rank + 1);
    }
    Map<String, Integer> index = new HashMap<>();
    for (int a = 0; a < n; a++) {
      index.put(actors.get(a).id(), a);
    }
    cumulative = new double[days][];
    for (int d = 0; d < days; d++) {
      double[] w = Arrays.copyOf(base, n);
      for (int s = 0; s < stories; s++) {
        w[rng.nextInt(n)] *= STORY_BOOST;
      }
      for (Anomalies.Spike spike : anomalies.spikes()) {
        if (ChronoUnit.DAYS.between(first, spike.day()) == d) {
          w[index.get(spike.actorId())] *= spike.factor().doubleValue();
        }
      }
      for (int a = 1; a < n; a++) {
        w[a] += w[a - 1];
      }
      cumulative[d] = w;
    }
  }

  /** An actor index drawn by the day's popularity. */
  int sample(int day, SplittableRandom rng) {
    double[] c = cumulative[day];
    int i = Arrays.binarySearch(c, rng.nextDouble() * c[c.length - 1]);
    return Math.min(i >= 0 ? i + 1 : -i - 1, c.length - 1);
  }
}
