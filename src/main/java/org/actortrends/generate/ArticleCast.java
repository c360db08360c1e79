package org.actortrends.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.actortrends.extract.Actor;
import org.actortrends.extract.ActorType;

/**
 * The actors of the article being written and the forms that name them. It draws the cast by the day's popularity
 * (an aide now and then with the boss) and a spelling for each, and for every actor slot picks a form that names
 * exactly whom it should: a full name at the first mention; a short form only where its actor is named in full and
 * no other claimant is in the article; a title only on days its holder is the only one; a form only where no
 * dictionary phrase runs into or out of its slot.
 *
 * <p>For {@link ArticleComposer}, which starts it afresh for every article with that article's random numbers.
 */
final class ArticleCast {
  private static final int[] CAST_SIZE_WEIGHTS = {3, 17, 30, 27, 15, 8};
  private static final Form.Kind[] KINDS = Form.Kind.values();
  // Weights of NAME, SHORT, ROLE, APPOSITION: in a headline, at a first mention, later (people, organisations).
  private static final int[] TITLE_KINDS = {30, 60, 10, 0};
  private static final int[] FIRST_KINDS = {70, 0, 0, 30};
  private static final int[] LATER_KINDS = {15, 58, 20, 7};
  private static final int[] ORG_KINDS = {1, 0, 0, 0};

  private final FormCatalog catalog;
  private final Popularity popularity;
  private final DayPlan plan;
  private final List<Actor> actors;

  // The article being written.
  private SplittableRandom rng;
  private int day;
  /** Which actors are in public life on {@link #publicLifeDay} (the dictionary's {@code active}). */
  private final boolean[] inPublicLife;
  private int publicLifeDay = -1;
  private final int[] spelling;
  private final int[] cast = new int[CAST_SIZE_WEIGHTS.length];
  private int castSize;
  private final boolean[] inCast;
  private final boolean[] introduced;
  private final List<Form> candidates = new ArrayList<>();

  ArticleCast(FormCatalog catalog, Popularity popularity, DayPlan plan) {
    this.catalog = catalog;
    this.popularity = popularity;
    this.plan = plan;
    this.actors = catalog.actors();
    this.inPublicLife = new boolean[actors.size()];
    inCast = new boolean[actors.size()];
    introduced = new boolean[actors.size()];
    spelling = new int[actors.size()];
  }

  /** An empty cast for an article of {@code day} that draws from {@code rng}. */
  void start(SplittableRandom rng, int day) {
    this.rng = rng;
    this.day = day;
    if (day != publicLifeDay) {
      LocalDate date = plan.date(day);
      for (int a = 0; a < actors.size(); a++) {
        inPublicLife[a] = actors.get(a).inPublicLifeOn(date);
      }
      publicLifeDay = day;
    }
    for (int k = 0; k < castSize; k++) {
      inCast[cast[k]] = false;
      introduced[cast[k]] = false;
    }
    castSize = 0;
  }

  void pick() {
    int size = ArticleComposer.weighted(CAST_SIZE_WEIGHTS, 0, rng);
    for (int tries = 0; castSize < size && tries < 40; tries++) {
      int a = popularity.sample(day, rng);
      if (!inCast[a]) {
        join(a);
        // Now and then the aide comes with the boss, so that "Putin's spokesman" can name them both.
        List<Integer> aides = catalog.titledAfter(a);
        if (!aides.isEmpty() && castSize < size && rng.nextInt(100) < 40) {
          int aide = aides.get(rng.nextInt(aides.size()));
          if (!inCast[aide]) {
            join(aide);
          }
        }
      }
    }
  }

  /** The cast in order, lead first. */
  int[] members() {
    return Arrays.copyOf(cast, castSize);
  }

  /** Makes {@code members} the cast instead, in order; each draws a spelling again, as a new member does. */
  void recast(int[] members) {
    for (int k = 0; k < castSize; k++) {
      inCast[cast[k]] = false;
    }
    castSize = 0;
    for (int a : members) {
      join(a);
    }
  }

  private void join(int a) {
    inCast[a] = true;
    cast[castSize++] = a;
    int names = catalog.spellings(a).size();
    spelling[a] = names <= 1 || rng.nextInt(4) > 0 ? 0 : rng.nextInt(names);
  }

  int size() {
    return castSize;
  }

  /** Cast member {@code k}, the lead being 0. */
  int member(int k) {
    return cast[k];
  }

  int lead() {
    return castSize > 0 ? cast[0] : -1;
  }

  /** A cast member other than {@code a}, or -1. */
  int other(int a) {
    if (castSize < 2) {
      return -1;
    }
    int b;
    do {
      b = cast[rng.nextInt(castSize)];
    } while (b == a);
    return b;
  }

  /** Any cast member, the lead more often than the others; -1 when the article has none. */
  int any() {
    if (castSize == 0) {
      return -1;
    }
    return rng.nextInt(100) < 40 ? cast[0] : cast[rng.nextInt(castSize)];
  }

  /** A cast member who can be quoted, people before organisations. */
  int anySpeaker() {
    for (int tries = 0; tries < 4; tries++) {
      int a = any();
      if (a < 0 || isPerson(a)) {
        return a;
      }
    }
    return any();
  }

  boolean isPerson(int a) {
    return a >= 0 && actors.get(a).type() == ActorType.PERSON;
  }

  /** Whether the article has named {@code a} in full yet. */
  boolean introduced(int a) {
    return introduced[a];
  }

  /** Notes {@code f} as written: any form but a short one names its actor in full. */
  void named(Form f) {
    if (f.kind != Form.Kind.SHORT) {
      introduced[f.actor] = true;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Forms

  /**
   * Puts a form for each actor, pair and decoy slot of {@code t} into {@code chosen}, in order; false when the
   * template does not fit subject {@code x} and other {@code y} (either may be -1, none) or a slot has no form.
   */
  boolean formsFor(Template t, int x, int y, boolean inTitle, Form[] chosen) {
    if ((t.usesX && x < 0) || (t.usesY && y < 0)
        || (t.personsOnly && ((t.usesX && !isPerson(x)) || (t.usesY && !isPerson(y))))) {
      return false;
    }
    int n = 0;
    for (Template.Part part : t.parts) {
      if (part instanceof Template.ActorSlot s) {
        Form f = choose(s.who() == 'X' ? x : y, s.context(), s.possessive(), inTitle);
        if (f == null) {
          return false;
        }
        chosen[n++] = f;
      } else if (part instanceof Template.PairSlot p) {
        if (!choosePair(x, y, p, chosen, n)) {
          return false;
        }
        n += 2;
      } else if (part instanceof Template.DecoySlot d) {
        Form f = chooseDecoy(d);
        if (f == null) {
          return false;
        }
        chosen[n++] = f;
      }
    }
    return true;
  }

  /**
   * A form of {@code actor} that fits the slot and names exactly whom it should in this article: a full name at
   * the first mention, and later a short form, a title or a name again.
   */
  private Form choose(int actor, Template.Context context, boolean possessive, boolean inTitle) {
    boolean first = !introduced[actor];
    int[] kindWeights = inTitle ? TITLE_KINDS : first ? FIRST_KINDS : isPerson(actor) ? LATER_KINDS : ORG_KINDS;
    int tried = 0;
    while (true) {
      int kind = ArticleComposer.weighted(kindWeights, tried, rng);
      if (kind < 0) {
        return null;
      }
      candidates.clear();
      for (Form f : catalog.forms(actor, KINDS[kind])) {
        if (usable(f, actor, first, inTitle) && context.fits(f, possessive)) {
          candidates.add(f);
        }
      }
      if (!candidates.isEmpty()) {
        return pick(candidates);
      }
      tried |= 1 << kind;
    }
  }

  /** A random candidate; a title that names a second actor ("Putin's spokesman") every other time it can. */
  private Form pick(List<Form> forms) {
    if (rng.nextBoolean()) {
      for (Form f : forms) {
        if (f.companion >= 0) {
          return f;
        }
      }
    }
    return forms.get(rng.nextInt(forms.size()));
  }

  private boolean usable(Form f, int actor, boolean first, boolean inTitle) {
    if (!f.validOn(day) || (first && !inTitle && !f.intro) || (f.spellings & (1L << spelling[actor])) == 0) {
      return false;
    }
    if (f.kind == Form.Kind.SHORT) {
      // Named in full (in a headline: later, in the lede), or the only claimant and in public life that day: a
      // bare short form of someone out of public life, never named in full, is someone else of that name.
      boolean resolves = (f.unique && inPublicLife[actor]) || !first;
      if (!resolves || anyInCast(f.conflicts)) {
        return false;
      }
    }
    if (f.companion >= 0) {
      if (!inCast[f.companion] || (!f.companionUnique && !introduced[f.companion])
          || anyInCast(f.companionConflicts)) {
        return false;
      }
    }
    return !(f.kind == Form.Kind.APPOSITION && inTitle);
  }

  private boolean choosePair(int x, int y, Template.PairSlot p, Form[] chosen, int at) {
    if (!isPerson(x) || !isPerson(y) || !introduced[x] || !introduced[y]) {
      return false;
    }
    Form a = bareShort(x, p.first());
    Form b = bareShort(y, p.second());
    if (a == null || b == null || a.continuesWith(b.firstWord)) {
      return false;
    }
    chosen[at] = a;
    chosen[at + 1] = b;
    return true;
  }

  /** A one-word short form without honorific, for "the Trump-Putin summit". */
  private Form bareShort(int actor, Template.Context context) {
    candidates.clear();
    for (Form f : catalog.forms(actor, Form.Kind.SHORT)) {
      if (f.oneWord && usable(f, actor, false, false)
          && context.fits(f, false)) {
        candidates.add(f);
      }
    }
    return candidates.isEmpty() ? null : candidates.get(rng.nextInt(candidates.size()));
  }

  private Form chooseDecoy(Template.DecoySlot d) {
    List<Form> pool = d.kind().equals("ambig") ? catalog.ambiguousShorts() : catalog.blockedTitles();
    for (int tries = 0; tries < 8; tries++) {
      Form f = pool.get(rng.nextInt(pool.size()));
      if (!anyInCast(f.conflicts) && d.context().fits(f, false)) {
        return f;
      }
    }
    return null;
  }

  private boolean anyInCast(int[] actorIndexes) {
    for (int a : actorIndexes) {
      if (inCast[a]) {
        return true;
      }
    }
    return false;
  }
}
