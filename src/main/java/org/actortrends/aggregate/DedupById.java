package org.actortrends.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actortrends.io.RejectedRecord;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Keeps one article per id: the copy read first (smallest file name, then line), whatever order the runner saw
 * them in. Later copies become {@code duplicate_id} rejections. Runs on the compact signals, not on the texts.
 * Also sets each kept article's story id from {@link FindCopies}' output (none: every article its own story),
 * which is keyed by article id too, so both come together in one grouping.
 *
 * <p>The grouping holds every article's signals until the last article is read (the direct runner holds them in
 * memory), so they wait in it encoded, without their copy sketch: a few hundred bytes an article instead of an object
 * graph five times that size.
 *
 * <p>Articles are grouped into a few buckets by a hash of their id, not one group per id: a group holds the compact
 * signals of 1/buckets of the corpus. Few groups, because each group leaves as a bundle of its own on the direct
 * runner, and its per-day combines then copy their state once per bundle: 512 buckets cost a 50,000-article run
 * 40% of its time. The pipeline asks for four per worker thread on the direct runner ({@link #groupsFor}).
 */
public class DedupById extends PTransform<PCollection<ArticleSignals>, PCollectionTuple> {
  public static final TupleTag<ArticleSignals> UNIQUE = new TupleTag<>() {};
  public static final TupleTag<RejectedRecord> DUPLICATES = new TupleTag<>() {};

  /** Buckets when none is asked for (tests). */
  public static final int DEFAULT_BUCKETS = 16;


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
    PCollection<KV<Integer, Entry>> articles = signals
        .apply("ByIdBucket", MapElements.into(ENTRY_TYPE).via((ArticleSignals s) ->
            KV.of(bucket(s.articleId, buckets), Entry.of(s))))
        .setCoder(KvCoder.of(VarIntCoder.of(), Entry.CODER));
    PCollection<KV<Integer, Entry>> stories = storyOf
        .apply("StoriesByIdBucket", MapElements.into(ENTRY_TYPE).via((KV<String, String> s) ->
            KV.of(bucket(s.getKey(), buckets), Entry.of(s.getKey(), s.getValue()))))
        .setCoder(KvCoder.of(VarIntCoder.of(), Entry.CODER));
    PCollectionTuple result = PCollectionList.of(articles).and(stories)
        .apply("Both", Flatten.pCollections())
        .apply("Group", GroupByKey.create())
        .apply("KeepFirst", ParDo.of(new KeepFirstFn()).withOutputTags(UNIQUE, TupleTagList.of(DUPLICATES)));
    result.get(UNIQUE).setCoder(signals.getCoder());
    result.get(DUPLICATES).setCoder(RejectedRecord.Coder.of());
    return result;
  }

  private static final TypeDescriptor<KV<Integer, Entry>> ENTRY_TYPE =
      TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptor.of(Entry.class));

  /**
   * An article (its signals encoded) or a (later copy, story id) link in one group: one grouping of both kinds read
   * in one pass (a CoGroupByKey reads its group once per kind, which Flink cannot do for a group too large to hold).
   */
  static final class Entry {
    final byte[] article;
    final String copy;
    final String story;

    private Entry(byte[] article, String copy, String story) {
      this.article = article;
      this.copy = copy;
      this.story = story;
    }

    /** The article's signals encoded, without the copy sketch, which only finding copies needs. */
    static Entry of(ArticleSignals article) {
      ArticleSignals kept = article.copySketch.length == 0 ? article : article.withStory(article.storyId);
      try {
        return new Entry(CoderUtils.encodeToByteArray(ArticleSignals.SignalsCoder.of(), kept), null, null);
      } catch (CoderException e) {
        throw new IllegalStateException("cannot encode the signals of " + article.articleId, e);
      }
    }

    ArticleSignals decodedArticle() {
      try {
        return CoderUtils.decodeFromByteArray(ArticleSignals.SignalsCoder.of(), article);
      } catch (CoderException e) {
        throw new IllegalStateException("cannot decode article signals", e);
      }
    }

    static Entry of(String copy, String story) {
      return new Entry(null, copy, story);
    }

    static final Coder<Entry> CODER = new AtomicCoder<>() {
      @Override
      public void encode(Entry e, OutputStream out) throws IOException {
        if (e.article != null) {
          out.write(0);
          ByteArrayCoder.of().encode(e.article, out);
        } else {
          out.write(1);
          StringUtf8Coder.of().encode(e.copy, out);
          StringUtf8Coder.of().encode(e.story, out);
        }
      }

      @Override
      public Entry decode(InputStream in) throws IOException {
        int kind = in.read();
        if (kind == 0) {
          return new Entry(ByteArrayCoder.of().decode(in), null, null);
        }
        if (kind == 1) {
          return of(StringUtf8Coder.of().decode(in), StringUtf8Coder.of().decode(in));
        }
        throw new CoderException("not an id group entry: " + kind);
      }
    };
  }

  static class KeepFirstFn extends DoFn<KV<Integer, Iterable<Entry>>, ArticleSignals> {
    private final Counter duplicates = Metrics.counter(DedupById.class, "rejected_duplicate_id");

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Entry>> bucket, MultiOutputReceiver out) {
      Map<String, String> storyOf = new HashMap<>();
      List<ArticleSignals> articles = new ArrayList<>();
      for (Entry e : bucket.getValue()) {
        if (e.article != null) {
          articles.add(e.decodedArticle());
        } else {
          storyOf.put(e.copy, e.story);
        }
      }
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
