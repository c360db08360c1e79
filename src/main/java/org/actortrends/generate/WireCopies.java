package org.actortrends.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Wire copies: a syndicated story as another outlet runs it, made from the original article as written. Each copy
 * gets its own id, outlet, URL and a later publication time the same day, and one or more edits:
 *
 * <ul>
 *   <li>{@link #HEADLINE}: the headline UPPER-CASED when it names no actor, else replaced by a headline of our own
 *       that names no one (sometimes upper-cased), but only when the original headline was not the first to name an
 *       actor in full (the body's short forms lean on that); its mentions come off the counts;
 *   <li>{@link #DATELINE}: the wire credited in the dateline, "WASHINGTON (Continental Wire) —";
 *   <li>{@link #CREDIT}: a credit line appended, "Reporting by ...; editing by ...", with made-up names no
 *       dictionary phrase holds;
 *   <li>{@link #DROP}: the last paragraph dropped (its mentions come off the counts) when at least three
 *       paragraphs and {@link ArticleComposer#MIN_WORDS} words remain; never in an article with a namesake trap;
 *   <li>{@link #QUOTES}: double quotes restyled, curly to straight or straight to curly.
 * </ul>
 *
 * Every string a copy adds is scanned with the generator's own {@link PhraseTrie}: it holds no dictionary phrase in
 * any case, so a copy names exactly what the original names less what was taken out. Never more: a copy's actors
 * are a subset of its original's, so a story names an actor when its original does.
 */
final class WireCopies {
  static final int HEADLINE = 1;
  static final int DATELINE = 2;
  static final int CREDIT = 4;
  static final int DROP = 8;
  static final int QUOTES = 16;

  private static final long COPY_SALT = 0x77697265636f7079L; // "wirecopy"
  private static final long OUTLET_SALT = 0x6f75746c65747321L;

  /** Headlines of our own that name no one, for copies whose desk rewrote the headline. */
  static final List<String> HEADLINES = List.of(
      "Talks resume as deadline nears", "What we know so far", "Pressure mounts ahead of key vote",
      "Officials weigh next steps", "Allies split over response", "Critics question the plan",
      "Deal in doubt after late changes", "Sides agree to keep talking", "A tense week ends without a deal",
      "Questions remain after statement", "Markets watch closely as talks drag on", "Reaction pours in",
      "New details emerge", "Leaders trade barbs", "Officials defend decision", "Calls grow for inquiry",
      "Breakthrough hopes fade", "Latest developments", "Analysts see long road ahead", "Backlash builds");

  /** Made-up names for credit lines; only those no dictionary phrase holds are used. */
  static final List<String> CREDIT_GIVEN = List.of(
      "Alice", "Brendan", "Clara", "Dmitri", "Esther", "Fiona", "Gareth", "Helena", "Ivo", "Jonas", "Katrin",
      "Leon", "Maren", "Nils", "Olga", "Pieter", "Rosa", "Silas", "Tessa", "Ulrich", "Vera", "Wendell", "Yvette");
  static final List<String> CREDIT_SURNAMES = List.of(
      "Holloway", "Brandt", "Quillfeather", "Marchetti", "Oyelaran", "Lindgren", "Abernathy", "Szabo", "Ferrante",
      "Kettleby", "Rasmussen", "Pemberton", "Ashdown", "Vukovic", "Thorne", "Galloway", "Ostrander", "Mireles");

  /** What the composer knows of an article that copies need. {@code paragraphs}: the actors each planted. */
  record Original(Outlets.Outlet outlet, boolean typographic, String theme, String dateline, String publishedAt,
      List<Integer> titleActors, boolean titleIntroduces, List<List<Integer>> paragraphs, boolean hasTraps,
      int words) {}

  /** A copy as written, the mentions of the original it does not hold, and the edits made (bits). */
  record Copy(ArticleComposer.Article article, List<Integer> removed, int edits) {}

  private final PhraseTrie trie;
  private final List<String> given = new ArrayList<>();
  private final List<String> surnames = new ArrayList<>();

  WireCopies(PhraseTrie trie) {
    this.trie = trie;
    for (String h : HEADLINES) {
      if (!clean(h) || !clean(h.toUpperCase(Locale.ROOT))) {
        throw new IllegalStateException("the copy headline '" + h + "' holds a dictionary phrase");
      }
    }
    for (Outlets.Outlet o : Outlets.ALL) {
      if (!clean("(" + o.name() + ")")) {
        throw new IllegalStateException("the outlet '" + o.name() + "' holds a dictionary phrase");
      }
    }
    for (String g : CREDIT_GIVEN) {
      if (trie.wordId(Fold.fold(g)) < 0) {
        given.add(g);
      }
    }
    for (String s : CREDIT_SURNAMES) {
      if (trie.wordId(Fold.fold(s)) < 0) {
        surnames.add(s);
      }
    }
    if (given.size() < 5 || surnames.size() < 5) {
      throw new IllegalStateException("too few credit names no dictionary phrase holds");
    }
  }

  /** Whether {@code s} holds no dictionary phrase at all (in whatever case it is written). */
  boolean clean(String s) {
    return trie.scan(trie.split(s)).isEmpty();
  }

  /**
   * The outlet of copy {@code copyNo} (from 0) of the story first run as article {@code original} by {@code first}:
   * the copies of a story come from distinct outlets, none of them the original's, the bigger ones more often.
   */
  static Outlets.Outlet outlet(long seed, long original, Outlets.Outlet first, int copyNo) {
    SplittableRandom rng = new SplittableRandom(ArticleComposer.mix64(seed ^ OUTLET_SALT)
        + ArticleComposer.mix64(original));
    List<Outlets.Outlet> left = new ArrayList<>(Outlets.ALL);
    left.remove(first);
    Outlets.Outlet pick = null;
    for (int k = 0; k <= copyNo; k++) {
      int total = left.stream().mapToInt(Outlets.Outlet::weight).sum();
      int r = rng.nextInt(total);
      for (Outlets.Outlet o : left) {
        r -= o.weight();
        if (r < 0) {
          pick = o;
          break;
        }
      }
      left.remove(pick);
    }
    return pick;
  }

  /**
   * Copy {@code copyNo} (from 0), written as article {@code index}, of {@code original} (article
   * {@code originalIndex}, described by {@code info}).
   */
  Copy copy(ArticleComposer.Article original, Original info, long seed, long index, long originalIndex,
      int copyNo) {
    SplittableRandom rng = new SplittableRandom(ArticleComposer.mix64(seed ^ COPY_SALT) + ArticleComposer.mix64(index));
    Outlets.Outlet outlet = outlet(seed, originalIndex, info.outlet(), copyNo);
    int wanted = rng.nextInt(1, 32);
    int edits = 0;
    List<Integer> removed = new ArrayList<>();
    String title = original.title();
    String text = original.text();

    if ((wanted & HEADLINE) != 0) {
      String upper = title.toUpperCase(Locale.ROOT);
      if (info.titleActors().isEmpty() && rng.nextBoolean() && clean(upper)) {
        title = upper;
        edits |= HEADLINE;
      } else if (!info.titleIntroduces()) {
        String h = HEADLINES.get(rng.nextInt(HEADLINES.size()));
        title = rng.nextInt(3) == 0 ? h.toUpperCase(Locale.ROOT) : h;
        removed.addAll(info.titleActors());
        edits |= HEADLINE;
      }
    }
    if ((wanted & DROP) != 0 && !info.hasTraps()) {
      String[] paragraphs = text.split("\n\n", -1);
      int last = paragraphs.length - 1;
      if (paragraphs.length == info.paragraphs().size() && paragraphs.length >= 4) {
        String kept = text.substring(0, text.length() - paragraphs[last].length() - 2);
        if (ArticleComposer.countWords(kept) >= ArticleComposer.MIN_WORDS) {
          text = kept;
          removed.addAll(info.paragraphs().get(last));
          edits |= DROP;
        }
      }
    }
    if ((wanted & CREDIT) != 0) {
      String credit = credit(rng);
      if (clean(credit)
          && ArticleComposer.countWords(text) + ArticleComposer.countWords(credit) <= ArticleComposer.MAX_WORDS) {
        text = text + "\n\n" + credit;
        edits |= CREDIT;
      }
    }
    if ((wanted & DATELINE) != 0 || edits == 0) {
      String dash = info.typographic() ? " \u2014 " : " - ";
      if (text.startsWith(info.dateline() + dash)) {
        text = info.dateline() + " (" + info.outlet().name() + ")" + text.substring(info.dateline().length());
        edits |= DATELINE;
      }
    }
    if ((wanted & QUOTES) != 0) {
      String restyled = info.typographic() ? straightQuotes(text) : curlyQuotes(text);
      if (!restyled.equals(text)) {
        text = restyled;
        edits |= QUOTES;
      }
    }

    LocalDate day = original.day();
    String id = ArticleComposer.id(seed, index);
    String url = "https://" + outlet.host() + "/" + info.theme() + "/" + day.toString().replace('-', '/') + "/"
        + ArticleComposer.slug(title) + "-" + index;
    return new Copy(new ArticleComposer.Article(id, url, outlet.name(), later(info.publishedAt(), rng), day, title,
        text), removed, edits);
  }

  /**
   * A time of the same day strictly after {@code published} ({@code YYYY-MM-DDT12:MM:00Z}): the same or a later
   * minute and 1 to 59 seconds, so that the original is always the story's first copy.
   */
  static String later(String published, SplittableRandom rng) {
    int minute = Integer.parseInt(published.substring(14, 16));
    if (!published.endsWith(":00Z")) {
      throw new IllegalArgumentException("an original is published on the minute: " + published);
    }
    int m = minute + rng.nextInt(60 - minute);
    int s = 1 + rng.nextInt(59);
    return published.substring(0, 14) + two(m) + ":" + two(s) + "Z";
  }

  private static String two(int n) {
    return (n < 10 ? "0" : "") + n;
  }

  private String credit(SplittableRandom rng) {
    String a = name(rng);
    String b = name(rng);
    switch (rng.nextInt(3)) {
      case 0:
        return "Reporting by " + a + "; editing by " + b;
      case 1:
        return "Reporting by " + a + " in " + Fills.pick(Fills.CITIES, rng) + "; additional reporting by " + b
            + "; editing by " + name(rng);
      default:
        return "Writing by " + a + "; editing by " + b + " and " + name(rng);
    }
  }

  private String name(SplittableRandom rng) {
    return given.get(rng.nextInt(given.size())) + " " + surnames.get(rng.nextInt(surnames.size()));
  }

  /** Curly double quotes made straight. */
  static String straightQuotes(String text) {
    return text.replace('\u201C', '"').replace('\u201D', '"');
  }

  /** Straight double quotes made curly: opening at the start, after a space, a line break or a bracket. */
  static String curlyQuotes(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        b.append(before == ' ' || before == '\n' || before == '(' || before == '[' ? '\u201C' : '\u201D');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
