package org.actortrends.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actortrends.io.RejectedRecord;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
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
 * Also sets each kept article's story id from {@link FindCopies}' output (none: every article its own story),
 * which is keyed by article id too, so both come together in one grouping.
 *
 * <p>Articles are grouped into a few buckets by a hash of their id, not one group per id: a group holds the compact
 * signals of 1/buckets of the corpus. Few groups, because each group leaves as a bundle of its own on the direct
 * runner, and its per-day combines then copy their state once per bundle: 512 buckets cost a 50,000-article run
 * 40% of its time. The pipeline asks for four per worker thread ({@link #groupsFor}).
 */
public class DedupById extends PTransform<PCollection<ArticleSignals>, PCollectionTuple> {
  public static final TupleTag<ArticleSignals> UNIQUE = new TupleTag<>() {};
  public static final TupleTag<RejectedRecord> DUPLICATES = new TupleTag<>() {};

  /** Buckets when none is asked for (tests). */
  public static final int DEFAULT_BUCKETS = 16;

  private static final TupleTag<ArticleSignals> ARTICLES = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> STORIES = new TupleTag<>() {};

  /** Story id of each later copy of a story, by article id. */
  private final PCollection<KV<String, String>> storyOf;

  private final int buckets;

  public DedupById(PCollection<KV<String, String>> storyOf, int buckets) {
    this.storyOf = storyOf;
    this.buckets = buckets;
  }

  public DedupById(PCollection<KV<String, String>> storyOf) {
    this(storyOf, DEFAULT_BUCKETS);
  }

  /** Groups to spread per-article work over: four per worker thread, at least eight. */
  public static int groupsFor(int workerThreads) {
    return Math.max(8, 4 * workerThreads);
  }

  static int bucket(String id, int buckets) {
    return Math.floorMod(id.hashCode(), buckets);
  }

  static final Comparator<ArticleSignals> ID_THEN_READ_ORDER = Comparator.comparing((ArticleSignals s) -> s.articleId)
      .thenComparing(s -> s.file).thenComparingLong(s -> s.line);

  @Override
  public PCollectionTuple expand(PCollection<ArticleSignals> signals) {
    int buckets = this.buckets;
    PCollection<KV<Integer, ArticleSignals>> articles = signals
        .apply("ByIdBucket", WithKeys.of((ArticleSignals s) -> bucket(s.articleId, buckets))
            .withKeyType(TypeDescriptors.integers()));
    PCollection<KV<Integer, KV<String, String>>> stories = storyOf
        .apply("StoriesByIdBucket", WithKeys.of((KV<String, String> s) -> bucket(s.getKey(), buckets))
            .withKeyType(TypeDescriptors.integers()));
    PCollectionTuple result = KeyedPCollectionTuple.of(ARTICLES, articles).and(STORIES, stories)
        .apply("Group", CoGroupByKey.create())
        .apply("KeepFirst", ParDo.of(new KeepFirstFn()).withOutputTags(UNIQUE, TupleTagList.of(DUPLICATES)));
    result.get(UNIQUE).setCoder(signals.getCoder());
    result.get(DUPLICATES).setCoder(RejectedRecord.Coder.of());
    return result;
  }

  static class KeepFirstFn extends DoFn<KV<Integer, CoGbkResult>, ArticleSignals> {
    private final Counter duplicates = Metrics.counter(DedupById.class, "rejected_duplicate_id");

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> bucket, MultiOutputReceiver out) {
      Map<String, String> storyOf = new HashMap<>();
      bucket.getValue().getAll(STORIES).forEach(s -> storyOf.put(s.getKey(), s.getValue()));
      List<ArticleSignals> articles = new ArrayList<>();
      bucket.getValue().getAll(ARTICLES).forEach(articles::add);
      articles.sort(ID_THEN_READ_ORDER);
      ArticleSignals first = null;
      for (ArticleSignals a : articles) {
        if (first == null || !first.articleId.equals(a.articleId)) {
          first = a;
          out.get(UNIQUE).output(a.withStory(storyOf.getOrDefault(a.articleId, "")));
        } else {
          duplicates.inc();
          out.get(DUPLICATES).output(RejectedRecord.of(a.file, a.line, "duplicate_id",
              "id '" + a.articleId + "' first read at " + first.file + ":" + first.line, null));
        }
      }
    }
  }
}
