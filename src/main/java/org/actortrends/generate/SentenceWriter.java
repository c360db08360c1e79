package org.actortrends.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.actortrends.extract.Actor;

/**
 * Writes the headline and the sentences of each paragraph of an article from templates: a dated lede, reactions,
 * quotes, background, a caption, site boilerplate and now and then a decoy sentence; each template at most once an
 * article, in curly or straight punctuation as the outlet prefers. The {@link ArticleCast} names the actors of each
 * slot. On a day an actor's sentiment drops, every reaction sentence that names them is criticism.
 *
 * <p>For {@link ArticleComposer}, which plans the paragraphs, keeps or drops each, and counts the mentions the forms
 * written plant.
 */
final class SentenceWriter {
  private static final String DASH = " \u2014 ";
  private static final String PLAIN_DASH = " - ";
  private static final int[] POSITIVE_LEAN = {5, 1, 3};
  private static final int[] NEGATIVE_LEAN = {1, 5, 3};
  private static final int[] BALANCED = {3, 3, 3};

  private final TemplateLibrary library;
  private final DayPlan plan;
  private final List<Actor> actors;
  private final int[][] drops; // per day, actors whose sentiment drops; null on days without
  private final ArticleCast cast;
  /** The actors each form written names, in order; the composer keeps or drops them with their paragraph. */
  private final List<Integer> pending;
  private final List<Template> generalBackground;
  private final List<Template> attributions;
  private final List<Template> captions;
  private final List<Template> decoys;
  private final List<Template> boilerplates;

  // The article being written.
  private SplittableRandom rng;
  private int day;
  private int[] dropsToday;
  private Outlets.Outlet outlet;
  private boolean typographic;
  private TemplateLibrary.Theme theme;
  private TemplateLibrary.Theme second;
  private int[] weights; // positive, negative, neutral
  private final boolean[] used;
  private final List<Integer> usedIds = new ArrayList<>();
  private final Form[] chosen = new Form[8];
  private final StringBuilder title = new StringBuilder(200);
  private final StringBuilder text = new StringBuilder(12_000);
  private int paraMark;
  private int paraStart;
  private String dateline = "";

  SentenceWriter(TemplateLibrary library, DayPlan plan, int[][] drops, ArticleCast cast, List<Actor> actors,
      List<Integer> pending) {
    this.library = library;
    this.plan = plan;
    this.drops = drops;
    this.cast = cast;
    this.actors = actors;
    this.pending = pending;
    used = new boolean[library.count()];
    generalBackground = library.common("background");
    attributions = library.common("attribution");
    captions = library.common("caption");
    decoys = library.common("decoy");
    boilerplates = library.common("boilerplate");
  }

  /**
   * An empty headline and text for an article of {@code day} by {@code outlet} on {@code theme} (with templates of
   * {@code second} mixed in), whose reactions lean positive ({@code stance} 0), negative (1) or neither (2).
   */
  void start(SplittableRandom rng, int day, Outlets.Outlet outlet, TemplateLibrary.Theme theme,
      TemplateLibrary.Theme second, int stance) {
    this.rng = rng;
    this.day = day;
    this.dropsToday = drops[day];
    this.outlet = outlet;
    this.typographic = outlet.typographic();
    this.theme = theme;
    this.second = second;
    weights = stance == 0 ? POSITIVE_LEAN : stance == 1 ? NEGATIVE_LEAN : BALANCED;
    for (int id : usedIds) {
      used[id] = false;
    }
    usedIds.clear();
    text.setLength(0);
    title.setLength(0);
  }

  String title() {
    return title.toString();
  }

  /** The text written so far; a namesake trap goes into it once it is done. */
  StringBuilder text() {
    return text;
  }

  /** The place the lede opens with ("WASHINGTON"), before the dash; for wire copies. */
  String dateline() {
    return dateline;
  }

  // ---------------------------------------------------------------------------------------------
  // Paragraphs

  void startParagraph() {
    paraMark = text.length();
    if (paraMark > 0) {
      text.append("\n\n");
    }
    paraStart = text.length();
  }

  boolean paragraphEmpty() {
    return text.length() == paraStart;
  }

  int paragraphWords() {
    return ArticleComposer.countWords(text, paraStart);
  }

  /** Takes the paragraph being written out again, with the break before it. */
  void dropParagraph() {
    text.setLength(paraMark);
  }

  /** A space between two sentences of the paragraph being written. */
  private void gap() {
    if (text.length() > paraStart) {
      text.append(' ');
    }
  }

  /** The headline, about the lead and maybe another cast member. */
  void headline() {
    writeOne(theme.get("headline"), cast.lead(), cast.other(cast.lead()), title, true);
  }

  void lede() {
    int lead = cast.lead();
    String country = cast.size() > 0 && actors.get(lead).country() != null ? actors.get(lead).country() : "*";
    dateline = Fills.pick(library.datelines(country), rng);
    text.append(dateline).append(typographic ? DASH : PLAIN_DASH);
    writeOne(theme.get("lede"), lead, cast.other(lead), text, false);
    if (rng.nextBoolean()) {
      gap();
      writeOne(background(), -1, -1, text, false);
    }
  }

  void caption() {
    writeOne(captions, cast.any(), -1, text, false);
  }

  void reaction(int subject) {
    int sentences = 1 + rng.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      gap();
      if (s == 0 || rng.nextBoolean()) {
        int x = s == 0 ? subject : cast.any();
        stance(polarity(), x);
      } else {
        writeOne(background(), -1, -1, text, false);
      }
    }
  }

  void quote(int speaker) {
    String polarity = polarity();
    String quoteKind = polarity.equals("positive") ? "quote+" : polarity.equals("negative") ? "quote-" : "quote0";
    List<String> quotes = theme.quotes().get(quoteKind);
    String quote = quotes.get(rng.nextInt(quotes.size()));
    for (int tries = 0; tries < 6; tries++) {
      Template t = attributions.get(rng.nextInt(attributions.size()));
      if (render(t, speaker, cast.other(speaker), text, false, quote)) {
        break;
      }
    }
    if (text.length() > paraStart && rng.nextBoolean()) {
      gap();
      stance(polarity, cast.any());
    }
  }

  void background(boolean decoy) {
    int sentences = 2 + rng.nextInt(2);
    int decoyAt = decoy ? rng.nextInt(sentences) : -1;
    for (int s = 0; s < sentences; s++) {
      gap();
      writeOne(s == decoyAt ? decoys : background(), cast.any(), -1, text, false);
    }
  }

  void boilerplateLine() {
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
    int y = cast.other(x);
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

  /** Templates of a kind: mostly from the article's theme, some from a second one, some general. */
  private List<Template> pool(String kind) {
    int r = rng.nextInt(100);
    return r < 65 ? theme.get(kind) : r < 85 ? second.get(kind) : library.common(kind);
  }

  private List<Template> background() {
    return rng.nextInt(100) < 70 ? pool("background") : generalBackground;
  }

  private String polarity() {
    int r = ArticleComposer.weighted(weights, 0, rng);
    return r == 0 ? "positive" : r == 1 ? "negative" : "neutral";
  }

  // ---------------------------------------------------------------------------------------------
  // Templates

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
    if (!cast.formsFor(t, x, y, inTitle, chosen)) {
      return false;
    }
    if (!used[t.id]) {
      used[t.id] = true;
      usedIds.add(t.id);
    }
    int n = 0;
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
    cast.named(f);
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
}
