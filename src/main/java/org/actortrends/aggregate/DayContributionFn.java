package org.actortrends.aggregate;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;

/**
 * Adds each article's contribution to its day's rows, pre-combined within the bundle: one {@link DayStats} per day
 * leaves the bundle instead of one per article. Runners that combine per element with an encoded accumulator (the
 * direct runner re-encodes it for every input) then see a handful of inputs per day, and every runner shuffles
 * less. The buffer lives for one bundle only and is bounded by days × actors.
 */
abstract class DayContributionFn extends DoFn<ArticleSignals, KV<Integer, DayStats>> {
  private transient Map<Integer, DayStats> bundle;

  /** Adds what {@code article} contributes to {@code day}'s rows. */
  abstract void contribute(ArticleSignals article, DayStats day);

  @StartBundle
  public void startBundle() {
    bundle = new HashMap<>();
  }

  @ProcessElement
  public void process(@Element ArticleSignals article) {
    contribute(article, bundle.computeIfAbsent(article.day, d -> new DayStats()));
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    for (Map.Entry<Integer, DayStats> day : bundle.entrySet()) {
      if (!day.getValue().rows().isEmpty()) {
        context.output(KV.of(day.getKey(), day.getValue()), BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
      }
    }
    bundle = null;
  }
}
