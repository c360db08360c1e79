package org.actortrends.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.actortrends.extract.Actor;
import org.actortrends.extract.ActorType;

/**
 * Writes one article from its number: picks an outlet, a theme and a cast of actors by the day's popularity, then
 * writes a headline, a dated lede and paragraphs of reactions, quotes, background, a caption, site boilerplate and
 * now and then a decoy sentence, until the article reaches its length; in curly or straight punctuation, as the
 * outlet prefers. Every form it writes was chosen to plant exactly the mentions counted in {@link #planted()}: a
 * short form only where its actor is named in full and no other claimant is in the article, a title only on days
 * its holder is the only one, a slot's form only where no dictionary phrase runs into or out of it. On a day an
 * actor's sentiment drops, every reaction sentence that names them is criticism.
 *
 * <p>Not thread-safe: one composer per thread. Article {@code n} depends only on the options and {@code n}, not on
 * the layout, the shards or the thread that writes it.
 */
final class ArticleComposer {
  static final int MIN_WORDS = 300;
  static final int MAX_WORDS = 1500;
  private static final int[] CAST_SIZE_WEIGHTS = {3, 17, 30, 27, 15, 8};
  private static final String DASH = " \u2014 ";
  private static final String PLAIN_DASH = " - ";
  private static final int[] POSITIVE_LEAN = {5, 1, 3};
  private static final int[] NEGATIVE_LEAN = {1, 5, 3};
  private static final int[] BALANCED = {3, 3, 3};
  private static final Form.Kind[] KINDS = Form.Kind.values();
  // Weights of NAME, SHORT, ROLE, APPOSITION: in a headline, at a first mention, later (people, organisations).
  private static final int[] TITLE_KINDS = {30, 60, 10, 0};
  private static final int[] FIRST_KINDS = {70, 0, 0, 30};
  private static final int[] LATER_KINDS = {15, 58, 20, 7};
  private static final int[] ORG_KINDS = {1, 0, 0, 0};

  private final FormCatalog catalog;
  private final TemplateLibrary library;
  private final Popularity popularity;
  private final DayPlan plan;
  private final long seed;
  private final List<Actor> actors;
  private final int[][] drops; // per day, actors whose sentiment drops; null on days without
  private final Namesakes namesakes;

  // The article being written.
  private SplittableRandom rng;
  private int day;
  /** Which actors are in public life on {@link #publicLifeDay} (the dictionary's {@code active}). */
  private final boolean[] inPublicLife;
  private int publicLifeDay = -1;
  private int[] dropsToday;
  private TemplateLibrary.Theme theme;
  private TemplateLibrary.Theme second;
  private int[] weights; // positive, negative, neutral
  private final boolean[] used;
  private final List<Integer> usedIds = new ArrayList<>();
  private final int[] spelling;
  private final int[] cast = new int[CAST_SIZE_WEIGHTS.length];
  private int castSize;
  private final boolean[] inCast;
  private final boolean[] introduced;
  private final int[] tally;
  private final List<Integer> touched = new ArrayList<>();
  private final List<Integer> pending = new ArrayList<>();
  private final Form[] chosen = new Form[8];
  private int words;
  private final StringBuilder title = new StringBuilder(200);
  private final StringBuilder text = new StringBuilder(12_000);
  private int paraMark;
  private int paraStart;
  private boolean typographic;
  private final List<Template> generalBackground;
  private final List<Template> attributions;
  private final List<Template> captions;
  private final List<Template> decoys;
  private final List<Template> boilerplates;
  private List<Namesakes.Span> traps = List.of();
  // What a wire copy of the last article needs to know: the actors each paragraph planted (the lede's include the
  // headline's), the headline's own, whether the headline was the first to name an actor in full, the dateline.
  private final List<Integer> paragraphActors = new ArrayList<>();
  private final List<Integer> paragraphEnds = new ArrayList<>();
  private final List<Integer> titleActors = new ArrayList<>();
  private boolean titleIntroduces;
  private String dateline = "";
  private Outlets.Outlet outlet;
  private String publishedAt;

  ArticleComposer(FormCatalog catalog, TemplateLibrary library, Popularity popularity, DayPlan plan, long seed,
      int[][] drops, Namesakes namesakes) {
    this.catalog = catalog;
    this.library = library;
    this.popularity = popularity;
    this.plan = plan;
    this.seed = seed;
    this.drops = drops;
    this.namesakes = namesakes;
    this.actors = catalog.actors();
    this.inPublicLife = new boolean[actors.size()];
    inCast = new boolean[actors.size()];
    introduced = new boolean[actors.size()];
    tally = new int[actors.size()];
    spelling = new int[actors.size()];
    used = new boolean[library.count()];
    generalBackground = library.common("background");
    attributions = library.common("attribution");
    captions = library.common("caption");
    decoys = library.common("decoy");
    boilerplates = library.common("boilerplate");
  }

  /** One article as written; {@link #planted()} tells whom it mentions and how often. */
  record Article(String id, String url, String source, String publishedAt, LocalDate day, String title,
      String text) {
    /** The URL's host without "www.": the source a reader takes from a page (WARC) or its domain column. */
    String domain() {
      String host = url.substring(url.indexOf("://") + 3, url.indexOf('/', url.indexOf("://") + 3));
      return host.startsWith("www.") ? host.substring(4) : host;
    }
  }

  Article compose(long index) {
    reset(index);
    pickOutletThemesAndCast();
    return write(index);
  }

  private void pickOutletThemesAndCast() {
    outlet = Outlets.pick(rng);
    typographic = outlet.typographic();
    List<TemplateLibrary.Theme> themes = library.themes();
    theme = themes.get(rng.nextInt(themes.size()));
    second = themes.get(rng.nextInt(themes.size()));
    pickCast();
  }

  /**
   * Article {@code index} as a different report of the event of article {@code event}: the same day, theme and
   * cast (lead first), its own outlet and words. Used only in corpora with wire copies.
   */
  Article composeReport(long index, long event) {
    reset(event);
    pickOutletThemesAndCast();
    TemplateLibrary.Theme eventTheme = theme;
    int[] eventCast = java.util.Arrays.copyOf(cast, castSize);
    reset(index);
    pickOutletThemesAndCast();
    for (int k = 0; k < castSize; k++) {
      inCast[cast[k]] = false;
    }
    castSize = 0;
    theme = eventTheme;
    for (int a : eventCast) {
      join(a);
    }
    return write(index);
  }

  private Article write(long index) {
    int stance = rng.nextInt(3);
    weights = stance == 0 ? POSITIVE_LEAN : stance == 1 ? NEGATIVE_LEAN : BALANCED;
    // About 790 words on average (some 5 KB), never fewer than 320; the last paragraph may overshoot a little.
    int target = MIN_WORDS + 20 + (int) Math.round(940 * (rng.nextDouble() + rng.nextDouble()) / 2);

    // The lede first: a headline may call the lead by a short form only if the article names them in full.
    text.setLength(0);
    title.setLength(0);
    startParagraph();
    lede();
    boolean[] before = new boolean[castSize];
    for (int k = 0; k < castSize; k++) {
      before[k] = introduced[cast[k]];
    }
    int titleFrom = pending.size();
    writeOne(theme.get("headline"), lead(), other(lead()), title, true);
    titleActors.addAll(pending.subList(titleFrom, pending.size()));
    for (int k = 0; k < castSize; k++) {
      titleIntroduces |= !before[k] && introduced[cast[k]];
    }
    endParagraph();
    for (int k = 1; k < castSize && words < target; k++) {
      if (!introduced[cast[k]]) {
        startParagraph();
        if (rng.nextInt(3) == 0 && isPerson(cast[k])) {
          quote(cast[k]);
        } else {
          reaction(cast[k]);
        }
        if (!endParagraph()) {
          break;
        }
      }
    }
    boolean caption = rng.nextInt(100) < 35;
    int boilerplate = rng.nextInt(100) < 45 ? (rng.nextInt(100) < 35 ? 2 : 1) : 0;
    boolean decoy = rng.nextInt(100) < 30;
    while (words < target) {
      startParagraph();
      int r = rng.nextInt(100);
      if (caption && r < 10) {
        caption = false;
        writeOne(captions, anyCast(), -1, text, false);
      } else if (boilerplate > 0 && r < 18) {
        boilerplate--;
        boilerplateLine(outlet);
      } else if (r < 45) {
        reaction(anyCast());
      } else if (r < 62) {
        quote(anySpeaker());
      } else {
        background(decoy);
        decoy = false;
      }
      if (!endParagraph()) {
        break;
      }
    }
    // A namesake trap draws its own random numbers: the article around it is the same as without it.
    traps = namesakes.active() ? namesakes.plant(seed, index, title.toString(), text, words, MAX_WORDS) : List.of();
    return article(index, outlet, title.toString(), text.toString());
  }

  /**
   * Article {@code index} as copy {@code copyNo} (from 0) of the wire story first run as article {@code original}:
   * the original as written, edited by {@code wire}; {@link #planted()} then counts what the copy holds.
   */
  WireCopies.Copy composeCopy(long index, long original, int copyNo, WireCopies wire) {
    Article first = compose(original);
    WireCopies.Copy copy = wire.copy(first, original(), seed, index, original, copyNo);
    unplant(copy.removed());
    return copy;
  }

  /** What a wire copy of the last article composed needs: see {@link WireCopies}. */
  WireCopies.Original original() {
    return new WireCopies.Original(outlet, typographic, theme.name(), dateline, publishedAt,
        List.copyOf(titleActors), titleIntroduces, paragraphs(), !traps.isEmpty(), words);
  }

  /** The actors each committed paragraph planted, in order. */
  private List<List<Integer>> paragraphs() {
    List<List<Integer>> out = new ArrayList<>();
    int from = 0;
    for (int end : paragraphEnds) {
      out.add(List.copyOf(paragraphActors.subList(from, end)));
      from = end;
    }
    return out;
  }

  /** Takes mentions the last article planted off its counts: a wire copy left out the words that held them. */
  void unplant(List<Integer> removed) {
    for (int a : removed) {
      if (tally[a] <= 0) {
        throw new IllegalStateException("unplanting a mention that was not planted");
      }
      if (--tally[a] == 0) {
        touched.remove(Integer.valueOf(a));
      }
    }
  }

  /** The namesake trap spans of the last article composed (they name no actor); empty when it has none. */
  List<Namesakes.Span> traps() {
    return traps;
  }

  /** Actor index to mentions planted in the last article composed (actors not listed have none). */
  List<Integer> plantedActors() {
    return touched;
  }

  int planted(int actor) {
    return tally[actor];
  }

  /** The mentions of the last article, as "actor_id=count" pairs; for tests and debugging. */
  String planted() {
    StringBuilder b = new StringBuilder();
    for (int a : touched) {
      b.append(actors.get(a).id()).append('=').append(tally[a]).append(' ');
    }
    return b.toString().trim();
  }

  // ---------------------------------------------------------------------------------------------
  // Setting up one article

  private void reset(long index) {
    rng = new SplittableRandom(mix64(seed + mix64(index + 1)));
    day = plan.dayOf(index);
    dropsToday = drops[day];
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
    for (int a : touched) {
      tally[a] = 0;
    }
    touched.clear();
    for (int id : usedIds) {
      used[id] = false;
    }
    usedIds.clear();
    pending.clear();
    words = 0;
    paragraphActors.clear();
    paragraphEnds.clear();
    titleActors.clear();
    titleIntroduces = false;
    traps = List.of();
  }

  private void pickCast() {
    int size = weighted(CAST_SIZE_WEIGHTS);
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

  private void join(int a) {
    inCast[a] = true;
    cast[castSize++] = a;
    int names = catalog.spellings(a).size();
    spelling[a] = names <= 1 || rng.nextInt(4) > 0 ? 0 : rng.nextInt(names);
  }

  private int lead() {
    return castSize > 0 ? cast[0] : -1;
  }

  /** A cast member other than {@code a}, or -1. */
  private int other(int a) {
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
  private int anyCast() {
    if (castSize == 0) {
      return -1;
    }
    return rng.nextInt(100) < 40 ? cast[0] : cast[rng.nextInt(castSize)];
  }

  /** A cast member who can be quoted, people before organisations. */
  private int anySpeaker() {
    for (int tries = 0; tries < 4; tries++) {
      int a = anyCast();
      if (a < 0 || isPerson(a)) {
        return a;
      }
    }
    return anyCast();
  }

  private boolean isPerson(int a) {
    return a >= 0 && actors.get(a).type() == ActorType.PERSON;
  }

  // ---------------------------------------------------------------------------------------------
  // Paragraphs

  private void lede() {
    String country = castSize > 0 && actors.get(lead()).country() != null ? actors.get(lead()).country() : "*";
    dateline = Fills.pick(library.datelines(country), rng);
    text.append(dateline).append(typographic ? DASH : PLAIN_DASH);
    writeOne(theme.get("lede"), lead(), other(lead()), text, false);
    if (rng.nextBoolean()) {
      gap();
      writeOne(background(), -1, -1, text, false);
    }
  }

  private void reaction(int subject) {
    int sentences = 1 + rng.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      gap();
      if (s == 0 || rng.nextBoolean()) {
        int x = s == 0 ? subject : anyCast();
        stance(polarity(), x);
      } else {
        writeOne(background(), -1, -1, text, false);
      }
    }
  }

  private void quote(int speaker) {
    String polarity = polarity();
    String quoteKind = polarity.equals("positive") ? "quote+" : polarity.equals("negative") ? "quote-" : "quote0";
    List<String> quotes = theme.quotes().get(quoteKind);
    String quote = quotes.get(rng.nextInt(quotes.size()));
    for (int tries = 0; tries < 6; tries++) {
      Template t = attributions.get(rng.nextInt(attributions.size()));
      if (render(t, speaker, other(speaker), text, false, quote)) {
        break;
      }
    }
    if (text.length() > paraStart && rng.nextBoolean()) {
      gap();
      stance(polarity, anyCast());
    }
  }

  private void background(boolean decoy) {
    int sentences = 2 + rng.nextInt(2);
    int decoyAt = decoy ? rng.nextInt(sentences) : -1;
    for (int s = 0; s < sentences; s++) {
      gap();
      writeOne(s == decoyAt ? decoys : background(), anyCast(), -1, text, false);
    }
  }

  private void boilerplateLine(Outlets.Outlet outlet) {
    Template t = boilerplates.get(rng.nextInt(boilerplates.size()));
    for (Template.Part part : t.parts) {
      if (part instanceof Template.Literal l) {
        text.append(l.text());
      } else if (part instanceof Template.Value v) {
        text.append(v.name().equals("anyone") ? actors.get(rng.nextInt(actors.size())).name()
            : v.name().equals("outlet") ? outlet.name() : value(v.name()));
      }
    }
  }

  /**
   * A reaction sentence about {@code x} and maybe {@code y}: praise, criticism or a neutral word as {@code polarity}
   * says, but criticism when either's sentiment drops today. An article whose cast holds no such actor draws the same
   * random numbers as without drops, so it is the same.
   */
  private void stance(String polarity, int x) {
    boolean negative = polarity.equals("negative");
    boolean drop = !negative && dropped(x);
    List<Template> templates = pool(negative || drop ? "negative" : polarity);
    int y = other(x);
    if (!negative && !drop && dropped(y)) {
      drop = true;
      templates = pool("negative"); // y is known only now; drawing it first would change every other article
    }
    if (drop) {
      criticism(templates, x, y);
    } else {
      writeOne(templates, x, y, text, false);
    }
  }

  /**
   * Criticism that names x, from the pool drawn or else any other pool of criticism: an article about an actor whose
   * sentiment drops needs several times its usual share of it, more than one theme holds, and writeOne would fall
   * back to a sentence without x; the drop would then lower the counts as well as the tone.
   */
  private void criticism(List<Template> drawn, int x, int y) {
    List<List<Template>> pools = List.of(drawn, theme.get("negative"), second.get("negative"),
        library.common("negative"));
    for (List<Template> pool : pools) {
      int start = rng.nextInt(pool.size());
      for (int k = 0; k < pool.size(); k++) {
        Template t = pool.get((start + k) % pool.size());
        if (!used[t.id] && t.usesX && render(t, x, y, text, false, null)) {
          return;
        }
      }
    }
    writeOne(drawn, x, y, text, false);
  }

  private boolean dropped(int a) {
    if (dropsToday != null && a >= 0) {
      for (int d : dropsToday) {
        if (d == a) {
          return true;
        }
      }
    }
    return false;
  }

  /** A space between two sentences of the paragraph being written. */
  private void gap() {
    if (text.length() > paraStart) {
      text.append(' ');
    }
  }

  /** Templates of a kind: mostly from the article's theme, some from a second one, some general. */
  private List<Template> pool(String kind) {
    int r = rng.nextInt(100);
    return r < 65 ? theme.get(kind) : r < 85 ? second.get(kind) : library.common(kind);
  }

  private List<Template> background() {
    return rng.nextInt(100) < 70 ? pool("background") : generalBackground;
  }

  private String polarity() {
    int r = weighted(weights);
    return r == 0 ? "positive" : r == 1 ? "negative" : "neutral";
  }

  private void startParagraph() {
    paraMark = text.length();
    if (paraMark > 0) {
      text.append("\n\n");
    }
    paraStart = text.length();
  }

  /** Keeps the paragraph just written, or drops it and returns false when it would make the article too long. */
  private boolean endParagraph() {
    if (text.length() == paraStart) {
      text.setLength(paraMark);
      return true;
    }
    int n = countWords(text, paraStart);
    if (words + n > MAX_WORDS) {
      text.setLength(paraMark);
      pending.clear();
      return false;
    }
    words += n;
    commit();
    return true;
  }

  /** Words as whitespace-separated runs; the composer writes no whitespace but spaces and line breaks. */
  static int countWords(CharSequence s) {
    return countWords(s, 0);
  }

  private static int countWords(CharSequence s, int from) {
    int n = 0;
    boolean inWord = false;
    for (int i = from, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\n';
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  private void commit() {
    for (int a : pending) {
      if (tally[a]++ == 0) {
        touched.add(a);
      }
    }
    paragraphActors.addAll(pending);
    paragraphEnds.add(paragraphActors.size());
    pending.clear();
  }

  // ---------------------------------------------------------------------------------------------
  // Templates and forms

  /**
   * Writes one template of {@code pool} that fits the actors, trying a few; falls back to one without actors.
   * Subject {@code x} and other {@code y} may be -1 (none).
   */
  private void writeOne(List<Template> pool, int x, int y, StringBuilder out, boolean inTitle) {
    for (int tries = 0; tries < 12; tries++) {
      Template t = pool.get(rng.nextInt(pool.size()));
      if (!used[t.id] && render(t, x, y, out, inTitle, null)) {
        return;
      }
    }
    for (Template t : pool) {
      if (!used[t.id] && !t.usesX && !t.usesY && render(t, -1, -1, out, inTitle, null)) {
        return;
      }
    }
    // Nothing fits (no actor, or every template used): a sentence of general background instead.
    List<Template> general = generalBackground;
    int start = rng.nextInt(general.size());
    for (int k = 0; k < general.size(); k++) {
      Template t = general.get((start + k) % general.size());
      if (!used[t.id] && render(t, -1, -1, out, inTitle, null)) {
        return;
      }
    }
    render(general.get(start), -1, -1, out, inTitle, null);
  }

  private boolean render(Template t, int x, int y, StringBuilder out, boolean inTitle, String quote) {
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
        if (!choosePair(x, y, p, n)) {
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
    if (!used[t.id]) {
      used[t.id] = true;
      usedIds.add(t.id);
    }
    n = 0;
    for (Template.Part part : t.parts) {
      if (part instanceof Template.Literal l) {
        out.append(typographic ? l.text() : l.plain());
      } else if (part instanceof Template.Value v) {
        out.append(v.name().startsWith("quote") ? quoteText(quote, v.name().endsWith(",")) : value(v.name()));
      } else if (part instanceof Template.ActorSlot s) {
        write(chosen[n++], s.context().atStart(), s.possessive(), out);
      } else if (part instanceof Template.PairSlot p) {
        write(chosen[n++], p.first().atStart(), false, out);
        out.append('-');
        write(chosen[n++], false, false, out);
      } else if (part instanceof Template.DecoySlot d) {
        Form f = chosen[n++];
        out.append(d.context().atStart() ? f.atStart : f.text);
      }
    }
    return true;
  }

  private void write(Form f, boolean atStart, boolean possessive, StringBuilder out) {
    out.append(atStart ? f.atStart : f.text);
    if (possessive) {
      out.append(typographic ? "\u2019s" : "'s");
    }
    pending.add(f.actor);
    if (f.companion >= 0) {
      pending.add(f.companion);
    }
    if (f.kind != Form.Kind.SHORT) {
      introduced[f.actor] = true;
    }
  }

  private final List<Form> candidates = new ArrayList<>();

  /**
   * A form of {@code actor} that fits the slot and names exactly whom it should in this article: a full name at
   * the first mention, and later a short form, a title or a name again.
   */
  private Form choose(int actor, Template.Context context, boolean possessive, boolean inTitle) {
    boolean first = !introduced[actor];
    int[] kindWeights = inTitle ? TITLE_KINDS : first ? FIRST_KINDS : isPerson(actor) ? LATER_KINDS : ORG_KINDS;
    int tried = 0;
    while (true) {
      int kind = weighted(kindWeights, tried);
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

  private boolean choosePair(int x, int y, Template.PairSlot p, int at) {
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

  private String value(String name) {
    switch (name) {
      case "weekday":
        // The day of publication or the day before, as news reports it.
        return Fills.WEEKDAYS.get(plan.date(day).minusDays(rng.nextInt(2)).getDayOfWeek().getValue() - 1);
      case "month":
        return Fills.pick(Fills.MONTHS, rng);
      case "city":
        return Fills.pick(Fills.CITIES, rng);
      case "agency":
        return Fills.pick(Fills.AGENCIES, rng);
      case "outlet":
        return Outlets.pick(rng).name();
      case "n":
        return Fills.number(rng);
      case "pct":
        return Fills.percent(rng);
      default:
        throw new IllegalStateException("unknown slot {" + name + "}");
    }
  }

  private String quoteText(String quote, boolean comma) {
    String q = typographic ? quote : Template.plain(quote);
    return comma && q.endsWith(".") ? q.substring(0, q.length() - 1) + "," : q;
  }

  // ---------------------------------------------------------------------------------------------
  // The record

  private Article article(long index, Outlets.Outlet outlet, String title, String text) {
    LocalDate date = plan.date(day);
    String id = id(seed, index);
    String url = "https://" + outlet.host() + "/" + theme.name() + "/" + date.toString().replace('-', '/') + "/"
        + slug(title) + "-" + index;
    int minute = rng.nextInt(60);
    String published = date + "T12:" + (minute < 10 ? "0" : "") + minute + ":00Z";
    publishedAt = published;
    return new Article(id, url, outlet.name(), published, date, title, text);
  }

  long seed() {
    return seed;
  }

  static String id(long seed, long index) {
    return "gen-" + Long.toUnsignedString(seed, 36) + "-" + index;
  }

  static String slug(String title) {
    StringBuilder b = new StringBuilder();
    int words = 0;
    boolean gap = false;
    for (int i = 0; i < title.length() && words < 8; i++) {
      char c = Fold.fold(title.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && b.length() > 0) {
          b.append('-');
          words++;
        }
        b.append(c);
        gap = false;
      } else if (c != '\'') {
        gap = true;
      }
    }
    return b.toString();
  }

  private int weighted(int[] w) {
    return weighted(w, 0);
  }

  /** An index drawn by weight, leaving out those whose bit is set in {@code excluded}; -1 when none is left. */
  private int weighted(int[] w, int excluded) {
    int total = 0;
    for (int i = 0; i < w.length; i++) {
      total += (excluded & (1 << i)) == 0 ? w[i] : 0;
    }
    if (total == 0) {
      return -1;
    }
    int r = rng.nextInt(total);
    for (int i = 0; i < w.length; i++) {
      r -= (excluded & (1 << i)) == 0 ? w[i] : 0;
      if (r < 0) {
        return i;
      }
    }
    throw new AssertionError();
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser: nearby article numbers get unrelated seeds. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
