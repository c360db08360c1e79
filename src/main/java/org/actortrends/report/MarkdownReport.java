package org.actortrends.report;

import static org.actortrends.report.Formats.count;
import static org.actortrends.report.Formats.decimal;
import static org.actortrends.report.Formats.markdown;
import static org.actortrends.report.Formats.ratio;
import static org.actortrends.report.Formats.signed;

import java.util.List;
import java.util.function.Function;
import org.actortrends.report.ActorTrend.Label;

/** {@code report.md}: the day in a few lines, for a chat message or an e-mail. */
final class MarkdownReport {
  static final int TOP = 5;

  private MarkdownReport() {}

  static String render(TrendReport r) {
    StringBuilder b = new StringBuilder();
    DailyTables.CorpusDay today = r.today();
    b.append("# Who is in the news, ").append(r.day()).append("\n\n");
    b.append(today == null ? "No articles" : count(today.articles()) + " articles from " + count(today.sources())
        + " sources").append(" (usually ").append(decimal(r.baselineArticles(), 0)).append(" a day over the last ")
        .append(r.rules().window()).append(" days).\n\n");
    line(b, "Rising", r.withLabel(Label.RISING), t -> markdown(t.name()) + " (" + count(t.mentions())
        + " mentions, expected " + decimal(t.expected(), 1) + ", " + ratio(t.changeRatio()) + ")");
    line(b, "Falling", r.withLabel(Label.FALLING), t -> markdown(t.name()) + " (" + count(t.mentions())
        + " mentions, expected " + decimal(t.expected(), 1) + ")");
    line(b, "Sentiment shifts", r.sentimentShifts(), t -> markdown(t.name()) + " (" + signed(t.baselineSentiment())
        + " → " + signed(t.sentiment()) + ")");
    line(b, "New", r.withLabel(Label.NEW), t -> markdown(t.name()) + " (" + count(t.mentions()) + " mentions)");
    line(b, "Most mentioned", r.top(TOP), t -> t.rank() + ". " + markdown(t.name()) + " (" + count(t.mentions())
        + ")");
    if (!r.pairs().isEmpty()) {
      TrendReport.Pair p = r.pairs().get(0);
      b.append("- **Mentioned together most**: ").append(markdown(p.nameA())).append(" & ")
          .append(markdown(p.nameB())).append(" (").append(count(p.articles())).append(" articles)\n");
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String title, List<ActorTrend> list, Function<ActorTrend, String> item) {
    b.append("- **").append(title).append("**: ");
    if (list.isEmpty()) {
      b.append("none");
    } else {
      b.append(String.join(", ", list.stream().map(item).toList()));
    }
    b.append('\n');
  }
}
