package org.actortrends.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.actortrends.io.RejectedRecord;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Keeps one article per id: the copy read first (smallest file name, then line), whatever order the runner saw
 * them in. Later copies become {@code duplicate_id} rejections. Runs on the compact signals, not on the texts.
 */
public class DedupById extends PTransform<PCollection<ArticleSignals>, PCollectionTuple> {
  public static final TupleTag<ArticleSignals> UNIQUE = new TupleTag<>() {};
  public static final TupleTag<RejectedRecord> DUPLICATES = new TupleTag<>() {};

  static final Comparator<ArticleSignals> READ_ORDER =
      Comparator.comparing((ArticleSignals s) -> s.file).thenComparingLong(s -> s.line);

  @Override
  public PCollectionTuple expand(PCollection<ArticleSignals> signals) {
    PCollectionTuple result = signals
        .apply("ById", WithKeys.of((ArticleSignals s) -> s.articleId).withKeyType(TypeDescriptors.strings()))
        .apply("Group", GroupByKey.create())
        .apply("KeepFirst", ParDo.of(new KeepFirstFn()).withOutputTags(UNIQUE, TupleTagList.of(DUPLICATES)));
    result.get(UNIQUE).setCoder(signals.getCoder());
    result.get(DUPLICATES).setCoder(RejectedRecord.Coder.of());
    return result;
  }

  static class KeepFirstFn extends DoFn<KV<String, Iterable<ArticleSignals>>, ArticleSignals> {
    private final Counter duplicates = Metrics.counter(DedupById.class, "rejected_duplicate_id");

    @ProcessElement
    public void process(@Element KV<String, Iterable<ArticleSignals>> group, MultiOutputReceiver out) {
      List<ArticleSignals> copies = new ArrayList<>();
      group.getValue().forEach(copies::add);
      copies.sort(READ_ORDER);
      ArticleSignals first = copies.get(0);
      out.get(UNIQUE).output(first);
      for (ArticleSignals later : copies.subList(1, copies.size())) {
        duplicates.inc();
        out.get(DUPLICATES).output(RejectedRecord.of(later.file, later.line, "duplicate_id",
            "id '" + group.getKey() + "' first read at " + first.file + ":" + first.line, null));
      }
    }
  }
}
