package org.actortrends.report;

import static org.actortrends.report.Formats.count;
import static org.actortrends.report.Formats.decimal;
import static org.actortrends.report.Formats.html;
import static org.actortrends.report.Formats.ratio;
import static org.actortrends.report.Formats.signed;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.actortrends.report.ActorTrend.Label;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG; a Content-Security-Policy that allows nothing
 * to be fetched or run) that reads on a laptop and on a phone. Every string from data goes through
 * {@link Formats#html}.
 */
final class HtmlReport {
  static final int TOP = 15;
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

  private static final String CSS = """
      :root{--ink:#1d232b;--muted:#5d6673;--line:#e3e6ea;--bg:#fff;--soft:#f5f7f9;--accent:#2f6fdf;--up:#c2410c;
      --down:#0e7490;--pos:#15803d;--neg:#b91c1c}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
      main{max-width:980px;margin:0 auto;padding:20px 16px 40px}
      h1{font-size:1.6rem;margin:0}h1 span{display:block;font-size:1rem;font-weight:500;color:var(--muted)}
      h2{font-size:1.15rem;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
      .sub{color:var(--muted);margin:4px 0 0}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;margin-top:18px}
      .card{background:var(--soft);border-radius:8px;padding:10px 12px}
      .card b{display:block;font-size:1.35rem}.card small{color:var(--muted)}
      .movers{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:10px}
      .mover{border:1px solid var(--line);border-radius:8px;padding:10px 12px;display:flex;justify-content:space-between;
      align-items:center;gap:10px}
      .mover .who{font-weight:600}.mover .why{color:var(--muted);font-size:.9rem}
      .rising .sparkline path{stroke:var(--up)}.rising .sparkline circle{fill:var(--up)}
      .falling .sparkline path{stroke:var(--down)}.falling .sparkline circle{fill:var(--down)}
      .sparkline path{stroke:var(--accent)}.sparkline circle{fill:var(--accent)}
      .sentiment-line path.value{stroke:var(--neg)}.sentiment-line circle{fill:var(--neg)}
      .sentiment-line line{stroke:var(--line)}
      .tag{display:inline-block;font-size:.75rem;padding:1px 6px;border-radius:9px;background:var(--soft);color:var(--muted)}
      .tag.rising{background:#ffedd5;color:var(--up)}.tag.falling{background:#cffafe;color:var(--down)}
      .tag.new{background:#e0e7ff;color:#3730a3}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;width:100%;font-size:.92rem}
      th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left}
      th{font-weight:600;color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.03em}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .pos{fill:var(--pos);color:var(--pos)}.neg{fill:var(--neg);color:var(--neg)}.track{fill:var(--line)}
      .volume-chart{width:100%;height:auto;display:block}
      .volume-chart rect.day{fill:#b8c7e0}.volume-chart rect.today{fill:var(--accent)}
      .volume-chart text{font-size:11px;fill:var(--muted)}.volume-chart line{stroke:var(--line)}
      .none{color:var(--muted);font-style:italic}
      footer{margin-top:32px;color:var(--muted);font-size:.85rem}
      @media (max-width:600px){body{font-size:14px}h1{font-size:1.3rem}.hide-narrow{display:none}th,td{padding:5px 4px}th{font-size:.7rem;letter-spacing:0;text-transform:none}}
      """;

  private HtmlReport() {}

  static String render(TrendReport r) {
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>Who is in the news, ").append(r.day()).append(" · actor-trends</title>\n<style>")
        .append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    header(b, r);
    movers(b, "rising", "Rising", r.withLabel(Label.RISING), "No actor is mentioned unusually often today.");
    movers(b, "falling", "Falling", r.withLabel(Label.FALLING), "No actor is mentioned unusually rarely today.");
    sentiment(b, r);
    newcomers(b, r);
    top(b, r);
    pairs(b, r);
    b.append("<section id=\"volume\"><h2>Corpus volume</h2>\n")
        .append(Charts.volume(r.corpus(), r.firstDay())).append("\n</section>\n");
    footer(b, r);
    return b.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void header(StringBuilder b, TrendReport r) {
    DailyTables.CorpusDay today = r.today();
    long actors = r.trends().stream().filter(t -> t.mentions() > 0).count();
    b.append("<header>\n<h1>Who is in the news <span>").append(LONG_DATE.format(r.day())).append("</span></h1>\n")
        .append("<p class=\"sub\">Compared with the ").append(r.rules().window())
        .append(" days before (").append(r.firstDay()).append(" to ").append(r.day().minusDays(1))
        .append("). Daily report of actor-trends.</p>\n");
    if (today == null || today.articles() == 0) {
      b.append("<p class=\"none\">The tables hold no articles for this day, so nothing is called a trend.</p>\n");
    }
    b.append("<div class=\"cards\">\n");
    card(b, today == null ? "0" : count(today.articles()), "articles",
        "usually " + decimal(r.baselineArticles(), 0));
    card(b, today == null ? "0" : count(today.sources()), "sources", "");
    card(b, count(actors), "actors mentioned", "");
    card(b, today == null ? "–" : signed(today.toneMean()), "tone",
        "positive % − negative % of words");
    b.append("</div>\n</header>\n");
  }

  private static void card(StringBuilder b, String value, String what, String note) {
    b.append("<div class=\"card\"><b>").append(html(value)).append("</b>").append(html(what));
    if (!note.isEmpty()) {
      b.append("<br><small>").append(html(note)).append("</small>");
    }
    b.append("</div>\n");
  }

  private static void movers(StringBuilder b, String id, String title, List<ActorTrend> list, String none) {
    b.append("<section id=\"").append(id).append("\" class=\"").append(id).append("\"><h2>").append(title)
        .append("</h2>\n");
    if (list.isEmpty()) {
      b.append("<p class=\"none\">").append(none).append("</p>\n");
    } else {
      b.append("<div class=\"movers\">\n");
      for (ActorTrend t : list) {
        b.append("<div class=\"mover\"><div><div class=\"who\">").append(html(t.name())).append("</div>")
            .append("<div class=\"why\">").append(count(t.articles())).append(" articles (expected ")
            .append(decimal(t.expectedArticles(), 1)).append("), ").append(count(t.mentions()))
            .append(" mentions (expected ").append(decimal(t.expected(), 1)).append("); ")
            .append(ratio(t.changeRatio())).append(", score ").append(decimal(t.score(), 1)).append("</div></div>")
            .append(Charts.sparkline(t.series(), "mentions of " + t.name() + " a day", id)).append("</div>\n");
      }
      b.append("</div>\n");
    }
    b.append("</section>\n");
  }

  private static void sentiment(StringBuilder b, TrendReport r) {
    List<ActorTrend> shifts = r.sentimentShifts();
    b.append("<section id=\"sentiment\"><h2>Sentiment shifts</h2>\n");
    if (shifts.isEmpty()) {
      b.append("<p class=\"none\">No actor is talked about in a clearly different tone today.</p>\n</section>\n");
      return;
    }
    b.append("<div class=\"scroll\"><table>\n<tr><th>actor</th><th class=\"num\">usually</th><th class=\"num\">today"
        + "</th><th></th><th class=\"num\">change</th><th class=\"num hide-narrow\">mentions</th>"
        + "<th class=\"hide-narrow\">").append(r.rules().window()).append(" days</th></tr>\n");
    for (ActorTrend t : shifts) {
      String cls = t.sentimentChange() < 0 ? "neg" : "pos";
      b.append("<tr><td>").append(html(t.name())).append("</td><td class=\"num\">").append(signed(t.baselineSentiment()))
          .append("</td><td class=\"num\">").append(signed(t.sentiment())).append("</td><td>")
          .append(Charts.sentimentBar(t.sentiment())).append("</td><td class=\"num ").append(cls).append("\">")
          .append(signed(t.sentimentChange())).append("</td><td class=\"num hide-narrow\">")
          .append(count(t.mentions())).append("</td><td class=\"hide-narrow\">")
          .append(Charts.sentimentLine(t.sentimentSeries(), "mean sentiment toward " + t.name() + " a day"))
          .append("</td></tr>\n");
    }
    b.append("</table></div>\n</section>\n");
  }

  private static void newcomers(StringBuilder b, TrendReport r) {
    List<ActorTrend> list = r.withLabel(Label.NEW);
    b.append("<section id=\"new\"><h2>New in the news</h2>\n");
    if (list.isEmpty()) {
      b.append("<p class=\"none\">Every actor mentioned today was mentioned in the window before.</p>\n");
    } else {
      b.append("<ul>\n");
      for (ActorTrend t : list) {
        b.append("<li><b>").append(html(t.name())).append("</b>: ").append(count(t.mentions()))
            .append(" mentions in ").append(count(t.articles())).append(" articles</li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");
  }

  private static void top(StringBuilder b, TrendReport r) {
    List<ActorTrend> top = r.top(TOP);
    b.append("<section id=\"top\"><h2>Most mentioned today</h2>\n");
    if (top.isEmpty()) {
      b.append("<p class=\"none\">No actor mentioned.</p>\n</section>\n");
      return;
    }
    b.append("<div class=\"scroll\"><table>\n<tr><th class=\"num\">#</th><th>actor</th><th class=\"num\">mentions"
        + "</th><th class=\"num hide-narrow\">articles</th><th class=\"num\">vs usual</th><th class=\"num\">"
        + "sentiment</th><th class=\"hide-narrow\">").append(r.rules().window()).append(" days</th></tr>\n");
    for (ActorTrend t : top) {
      b.append("<tr><td class=\"num\">").append(t.rank()).append("</td><td>").append(html(t.name()));
      if (t.label() != Label.STEADY) {
        b.append(" <span class=\"tag ").append(t.label().id()).append("\">").append(t.label().id()).append("</span>");
      }
      b.append("</td><td class=\"num\">").append(count(t.mentions())).append("</td><td class=\"num hide-narrow\">")
          .append(count(t.articles())).append("</td><td class=\"num\">").append(ratio(t.changeRatio()))
          .append("</td><td class=\"num ").append(t.sentiment() < 0 ? "neg" : "pos").append("\">")
          .append(signed(t.sentiment())).append("</td><td class=\"hide-narrow\">")
          .append(Charts.sparkline(t.series(), "mentions of " + t.name() + " a day", "top")).append("</td></tr>\n");
    }
    b.append("</table></div>\n</section>\n");
  }

  private static void pairs(StringBuilder b, TrendReport r) {
    b.append("<section id=\"pairs\"><h2>Mentioned together</h2>\n");
    if (r.pairs().isEmpty()) {
      b.append("<p class=\"none\">No two actors were mentioned in the same article.</p>\n</section>\n");
      return;
    }
    b.append("<div class=\"scroll\"><table>\n<tr><th>actors</th><th class=\"num\">articles</th>"
        + "<th class=\"num\">sentences</th></tr>\n");
    for (TrendReport.Pair p : r.pairs()) {
      b.append("<tr><td>").append(html(p.nameA())).append(" &amp; ").append(html(p.nameB()))
          .append("</td><td class=\"num\">").append(count(p.articles())).append("</td><td class=\"num\">")
          .append(count(p.sentences())).append("</td></tr>\n");
    }
    b.append("</table></div>\n</section>\n");
  }

  private static void footer(StringBuilder b, TrendReport r) {
    TrendRules rules = r.rules();
    b.append("<footer><p><b>How to read this.</b> An actor is <i>rising</i> when the articles naming them today are"
            + " at least ").append(decimal(rules.threshold(), 1)).append(" standard deviations above what the last ")
        .append(rules.window()).append(" days lead one to expect for today's number of articles, the mentions at least ")
        .append(ratio(rules.minRatio())).append(" that expectation (with ").append(decimal(rules.smoothing(), 0))
        .append(" mentions added to both sides, so small counts do not swing), with at least ")
        .append(rules.minMentions()).append(" mentions in ").append(rules.minArticles())
        .append(" articles; <i>falling</i> is the mirror image. <i>New</i> actors had no mention in the window. A"
            + " sentiment shift is a change of mean mention sentiment of at least ")
        .append(decimal(rules.minSentimentChange(), 2)).append(" and ").append(decimal(rules.sentimentThreshold(), 1))
        .append(" standard errors, counted over articles. Sentiment runs from −1 to +1.</p></footer>\n");
  }
}
