package org.actortrends.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Inline SVG charts for the HTML report: nothing is fetched, every label from data is escaped. */
final class Charts {
  private Charts() {}

  /**
   * A sparkline of mentions over the window, today's point marked; days without data (-1) break the line.
   *
   * @param label what a screen reader says about the chart
   */
  static String sparkline(long[] series, String label, String cssClass) {
    int w = 120;
    int h = 28;
    long max = 1;
    for (long v : series) {
      max = Math.max(max, v);
    }
    StringBuilder path = new StringBuilder();
    boolean pen = false;
    for (int i = 0; i < series.length; i++) {
      if (series[i] < 0) {
        pen = false;
        continue;
      }
      path.append(pen ? " L" : " M").append(x(i, series.length, w)).append(',').append(y(series[i], max, h));
      pen = true;
    }
    int last = series.length - 1;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"sparkline ").append(cssClass).append("\" viewBox=\"0 0 ").append(w).append(' ')
        .append(h).append("\" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" role=\"img\" aria-label=\"").append(Formats.html(label)).append("\">");
    b.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke-width=\"1.5\"/>");
    if (series[last] >= 0) {
      b.append("<circle cx=\"").append(x(last, series.length, w)).append("\" cy=\"")
          .append(y(series[last], max, h)).append("\" r=\"2.5\"/>");
    }
    return b.append("</svg>").toString();
  }

  /**
   * Mean sentiment a day over the window, on a fixed scale from −1 to +1 with the zero line drawn; days without
   * mentions (NaN) break the line.
   */
  static String sentimentLine(double[] series, String label) {
    int w = 120;
    int h = 28;
    StringBuilder path = new StringBuilder();
    boolean pen = false;
    for (int i = 0; i < series.length; i++) {
      if (Double.isNaN(series[i])) {
        pen = false;
        continue;
      }
      path.append(pen ? " L" : " M").append(x(i, series.length, w)).append(',').append(sentimentY(series[i], h));
      pen = true;
    }
    int last = series.length - 1;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"sparkline sentiment-line\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" role=\"img\" aria-label=\"")
        .append(Formats.html(label)).append("\">");
    b.append("<line x1=\"0\" x2=\"").append(w).append("\" y1=\"").append(sentimentY(0, h)).append("\" y2=\"")
        .append(sentimentY(0, h)).append("\"/>");
    b.append("<path class=\"value\" d=\"").append(path.toString().trim())
        .append("\" fill=\"none\" stroke-width=\"1.5\"/>");
    if (!Double.isNaN(series[last])) {
      b.append("<circle cx=\"").append(x(last, series.length, w)).append("\" cy=\"")
          .append(sentimentY(series[last], h)).append("\" r=\"2.5\"/>");
    }
    return b.append("</svg>").toString();
  }

  private static String sentimentY(double v, int h) {
    return fmt(h / 2.0 - (h / 2.0 - 3) * Math.max(-1, Math.min(1, v)));
  }

  /** Bars of articles a day over the window, today's bar highlighted, each with a tooltip. */
  static String volume(List<DailyTables.CorpusDay> corpus, LocalDate first) {
    int w = 720;
    int h = 170;
    int top = 16;
    int bottom = 22;
    long max = 1;
    for (DailyTables.CorpusDay c : corpus) {
      if (c != null) {
        max = Math.max(max, c.articles());
      }
    }
    double slot = (double) w / corpus.size();
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"volume-chart\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" role=\"img\" aria-label=\"Articles a day over the window\">");
    for (int i = 0; i < corpus.size(); i++) {
      DailyTables.CorpusDay c = corpus.get(i);
      LocalDate day = first.plusDays(i);
      long articles = c == null ? 0 : c.articles();
      double bh = (h - top - bottom) * (double) articles / max;
      b.append("<rect class=\"").append(i == corpus.size() - 1 ? "today" : "day").append("\" x=\"")
          .append(fmt(i * slot + 1)).append("\" y=\"").append(fmt(h - bottom - bh)).append("\" width=\"")
          .append(fmt(Math.max(1, slot - 2))).append("\" height=\"").append(fmt(bh)).append("\"><title>")
          .append(day).append(": ").append(c == null ? "no data" : Formats.count(articles) + " articles")
          .append("</title></rect>");
    }
    b.append("<text x=\"0\" y=\"").append(h - 6).append("\">").append(first).append("</text>");
    b.append("<text x=\"").append(w).append("\" y=\"").append(h - 6).append("\" text-anchor=\"end\">")
        .append(first.plusDays(corpus.size() - 1)).append("</text>");
    b.append("<text x=\"0\" y=\"11\">").append(Formats.count(max)).append(" articles</text>");
    b.append("<line x1=\"0\" x2=\"").append(w).append("\" y1=\"").append(h - bottom).append("\" y2=\"")
        .append(h - bottom).append("\"/>");
    return b.append("</svg>").toString();
  }

  /** A bar from the centre for a sentiment in [-1, 1]: left and red when negative, right and green when positive. */
  static String sentimentBar(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    double v = Math.max(-1, Math.min(1, value));
    int w = 80;
    double half = w / 2.0;
    double len = Math.abs(v) * half;
    return "<svg class=\"sentiment-bar\" viewBox=\"0 0 " + w + " 10\" width=\"" + w + "\" height=\"10\" "
        + "aria-hidden=\"true\"><rect class=\"track\" x=\"0\" y=\"4\" width=\"" + w + "\" height=\"2\"/>"
        + "<rect class=\"" + (v < 0 ? "neg" : "pos") + "\" x=\"" + fmt(v < 0 ? half - len : half)
        + "\" y=\"1\" width=\"" + fmt(Math.max(len, 0.5)) + "\" height=\"8\"/></svg>";
  }

  private static String x(int i, int n, int w) {
    return fmt(n == 1 ? w / 2.0 : 3 + (w - 6) * (double) i / (n - 1));
  }

  private static String y(long v, long max, int h) {
    return fmt(h - 3 - (h - 6) * (double) v / max);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
