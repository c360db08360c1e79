package org.actortrends.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.actortrends.extract.Actor;

/**
 * Writes one article from its number: picks an outlet, a theme and a cast of actors by the day's popularity, then
 * writes a headline, a dated lede and paragraphs of reactions, quotes, background, a caption, site boilerplate and
 * now and then a decoy sentence, until the article reaches its length. Every form it writes was chosen to plant
 * exactly the mentions counted in {@link #planted()}. The {@link ArticleCast} draws the cast and names them; the
 * {@link SentenceWriter} writes each paragraph's sentences; this class plans the paragraphs, keeps them within the
 * length, counts what the kept ones plant and makes the record.
 *
 * <p>Not thread-safe: one composer per thread. Article {@code n} depends only on the options and {@code n}, not on
 * the layout, the shards or the thread that writes it.
 */
final class ArticleComposer {
  static final int MIN_WORDS = 300;
  static final int MAX_WORDS = 1500;

  private final TemplateLibrary library;
  private final DayPlan plan;
  private final long seed;
  private final List<Actor> actors;
  private final Namesakes namesakes;
  private final ArticleCast cast;
  private final SentenceWriter sentences;

  // The article being written.
  private SplittableRandom rng;
  private int day;
  private TemplateLibrary.Theme theme;
  private TemplateLibrary.Theme second;
  private final int[] tally;
  private final List<Integer> touched = new ArrayList<>();
  /** The actors named in the paragraph being written (the sentence writer adds them); counted if it is kept. */
  private final List<Integer> pending = new ArrayList<>();
  private int words;
  private List<Namesakes.Span> traps = List.of();
  // What a wire copy of the last article needs to know: the actors each paragraph planted (the lede's include the
  // headline's), the headline's own, whether the headline was the first to name an actor in full.
  private final List<Integer> paragraphActors = new ArrayList<>();
  private final List<Integer> paragraphEnds = new ArrayList<>();
  private final List<Integer> titleActors = new ArrayList<>();
  private boolean titleIntroduces;
  private Outlets.Outlet outlet;
  private String publishedAt;

  ArticleComposer(FormCatalog catalog, TemplateLibrary library, Popularity popularity, DayPlan plan, long seed,
      int[][] drops, Namesakes namesakes) {
    this.library = library;
    this.plan = plan;
    this.seed = seed;
    this.namesakes = namesakes;
    this.actors = catalog.actors();
    tally = new int[actors.size()];
    cast = new ArticleCast(catalog, popularity, plan);
    sentences = new SentenceWriter(library, plan, drops, cast, actors, pending);
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
    List<TemplateLibrary.Theme> themes = library.themes();
    theme = themes.get(rng.nextInt(themes.size()));
    second = themes.get(rng.nextInt(themes.size()));
    cast.pick();
  }

  /**
   * Article {@code index} as a different report of the event of article {@code event}: the same day, theme and
   * cast (lead first), its own outlet and words. Used only in corpora with wire copies.
   */
  Article composeReport(long index, long event) {
    reset(event);
    pickOutletThemesAndCast();
    TemplateLibrary.Theme eventTheme = theme;
    int[] eventCast = cast.members();
    reset(index);
    pickOutletThemesAndCast();
    theme = eventTheme;
    cast.recast(eventCast);
    return write(index);
  }

  private Article write(long index) {
    int stance = rng.nextInt(3);
    sentences.start(rng, day, outlet, theme, second, stance);
    // About 790 words on average (some 5 KB), never fewer than 320; the last paragraph may overshoot a little.
    int target = MIN_WORDS + 20 + (int) Math.round(940 * (rng.nextDouble() + rng.nextDouble()) / 2);

    // The lede first: a headline may call the lead by a short form only if the article names them in full.
    sentences.startParagraph();
    sentences.lede();
    boolean[] before = new boolean[cast.size()];
    for (int k = 0; k < cast.size(); k++) {
      before[k] = cast.introduced(cast.member(k));
    }
    int titleFrom = pending.size();
    sentences.headline();
    titleActors.addAll(pending.subList(titleFrom, pending.size()));
    for (int k = 0; k < cast.size(); k++) {
      titleIntroduces |= !before[k] && cast.introduced(cast.member(k));
    }
    endParagraph();
    for (int k = 1; k < cast.size() && words < target; k++) {
      int a = cast.member(k);
      if (!cast.introduced(a)) {
        sentences.startParagraph();
        if (rng.nextInt(3) == 0 && cast.isPerson(a)) {
          sentences.quote(a);
        } else {
          sentences.reaction(a);
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
      sentences.startParagraph();
      int r = rng.nextInt(100);
      if (caption && r < 10) {
        caption = false;
        sentences.caption();
      } else if (boilerplate > 0 && r < 18) {
        boilerplate--;
        sentences.boilerplateLine();
      } else if (r < 45) {
        sentences.reaction(cast.any());
      } else if (r < 62) {
        sentences.quote(cast.anySpeaker());
      } else {
        sentences.background(decoy);
        decoy = false;
      }
      if (!endParagraph()) {
        break;
      }
    }
    // A namesake trap draws its own random numbers: the article around it is the same as without it.
    String title = sentences.title();
    StringBuilder text = sentences.text();
    traps = namesakes.active() ? namesakes.plant(seed, index, title, text, words, MAX_WORDS) : List.of();
    return article(index, outlet, title, text.toString());
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
    return new WireCopies.Original(outlet, outlet.typographic(), theme.name(), sentences.dateline(), publishedAt,
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
    cast.start(rng, day);
    for (int a : touched) {
      tally[a] = 0;
    }
    touched.clear();
    pending.clear();
    words = 0;
    paragraphActors.clear();
    paragraphEnds.clear();
    titleActors.clear();
    titleIntroduces = false;
    traps = List.of();
  }

  // ---------------------------------------------------------------------------------------------
  // Paragraphs kept

  /** Keeps the paragraph just written, or drops it and returns false when it would make the article too long. */
  private boolean endParagraph() {
    if (sentences.paragraphEmpty()) {
      sentences.dropParagraph();
      return true;
    }
    int n = sentences.paragraphWords();
    if (words + n > MAX_WORDS) {
      sentences.dropParagraph();
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

  static int countWords(CharSequence s, int from) {
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

  /** An index drawn by weight, leaving out those whose bit is set in {@code excluded}; -1 when none is left. */
  static int weighted(int[] w, int excluded, SplittableRandom rng) {
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
