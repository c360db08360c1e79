package org.actortrends.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.actortrends.extract.CopySketch;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.BigEndianLongCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Finds the wire copies of each day: articles whose bodies are near-duplicates of an earlier article of the same
 * day ({@link CopySketch}). Gives, for every article of a story of two or more, {@code KV(article id, story id)},
 * the story id being the id of the story's first copy (earliest publication time, then smallest id; the first copy
 * gets its own id); an article it gives nothing for is a story of its own. Never compares all pairs.
 *
 * <pre>
 * articles -> Sketches: (day, one compact sketch per article: its band keys and comparable bytes)
 *          -> GroupByKey -> StoriesOfDay: for each LSH band, in each bucket of equal band keys, in publication
 *                           order, each article links to the first earlier one it is similar to (estimated
 *                           Jaccard >= 0.6); keep each article's earliest link, follow links to the first copy
 * </pre>
 * One element per article, not one per band: a grouping holds its elements until the last article is read (the
 * direct runner holds them in memory, as copies), so twelve band entries of 250 bytes each an article would cost
 * about eight times the memory of the compact sketch. A group is one day (a day of a million articles: about 350 MB).
 * Every step sorts what it holds, so the result is the same on every runner and every re-run.
 */
public class FindCopies extends PTransform<PCollection<ArticleSignals>, PCollection<KV<String, String>>> {
  /** At most this many dissimilar first articles are kept per bucket, so a crowded bucket costs linear time. */
  static final int LEADERS_PER_BUCKET = 16;

  @Override
  public PCollection<KV<String, String>> expand(PCollection<ArticleSignals> articles) {
    return articles
        .apply("Sketches", ParDo.of(new SketchFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), Sketch.CODER))
        .apply("GroupByDay", GroupByKey.create())
        .apply("StoriesOfDay", ParDo.of(new StoriesOfDayFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  /** What one article brings to finding copies: its band keys and what candidates compare. */
  record Sketch(String articleId, long publishedAt, long[] bandKeys, byte[] comparable) {
    static final Coder<Sketch> CODER = new AtomicCoder<>() {
      @Override
      public void encode(Sketch s, OutputStream out) throws IOException {
        StringUtf8Coder.of().encode(s.articleId, out);
        VarLongCoder.of().encode(s.publishedAt, out);
        for (long key : s.bandKeys) {
          BigEndianLongCoder.of().encode(key, out);
        }
        ByteArrayCoder.of().encode(s.comparable, out);
      }

      @Override
      public Sketch decode(InputStream in) throws IOException {
        String id = StringUtf8Coder.of().decode(in);
        long publishedAt = VarLongCoder.of().decode(in);
        long[] keys = new long[CopySketch.BANDS];
        for (int band = 0; band < keys.length; band++) {
          keys[band] = BigEndianLongCoder.of().decode(in);
        }
        return new Sketch(id, publishedAt, keys, ByteArrayCoder.of().decode(in));
      }
    };
  }

  /** The sketch of every article long enough to have one, keyed by its day. */
  static class SketchFn extends DoFn<ArticleSignals, KV<Integer, Sketch>> {
    @ProcessElement
    public void process(@Element ArticleSignals a, OutputReceiver<KV<Integer, Sketch>> out) {
      if (a.copySketch.length == 0) {
        return; // too short to be anyone's copy: a story of its own
      }
      long[] keys = new long[CopySketch.BANDS];
      for (int band = 0; band < keys.length; band++) {
        keys[band] = CopySketch.bandKey(a.copySketch, band);
      }
      out.output(KV.of(a.day, new Sketch(a.articleId, a.publishedAt, keys, CopySketch.comparable(a.copySketch))));
    }
  }

  /** Links the copies of one day band by band, then gives each copy's story. */
  static class StoriesOfDayFn extends DoFn<KV<Integer, Iterable<Sketch>>, KV<String, String>> {
    private final Counter comparisons = Metrics.counter(FindCopies.class, "copy_comparisons");

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Sketch>> day, OutputReceiver<KV<String, String>> out) {
      List<Sketch> sketches = new ArrayList<>();
      day.getValue().forEach(sketches::add);
      Stories stories = new Stories();
      long compared = 0;
      for (int band = 0; band < CopySketch.BANDS; band++) {
        int b = band;
        sketches.sort(Comparator.comparingLong((Sketch s) -> s.bandKeys[b])
            .thenComparingLong(Sketch::publishedAt).thenComparing(Sketch::articleId));
        compared += linkBuckets(sketches, b, stories);
      }
      comparisons.inc(compared);
      stories.resolve().forEach((copy, story) -> out.output(KV.of(copy, story)));
    }

    /**
     * In each bucket of equal keys of {@code band} (sorted by key, then publication), links each later article to
     * the first earlier one it is similar to; returns the comparisons made.
     */
    static long linkBuckets(List<Sketch> sorted, int band, Stories stories) {
      List<Sketch> leaders = new ArrayList<>();
      long compared = 0;
      for (int i = 0; i < sorted.size(); i++) {
        Sketch e = sorted.get(i);
        if (i == 0 || sorted.get(i - 1).bandKeys[band] != e.bandKeys[band]) {
          leaders.clear();
        }
        Sketch original = null;
        for (Sketch leader : leaders) {
          compared++;
          if (!leader.articleId.equals(e.articleId)
              && CopySketch.similarity(leader.comparable, e.comparable) >= CopySketch.SAME_STORY) {
            original = leader;
            break;
          }
        }
        if (original != null) {
          stories.add(e.articleId, original.publishedAt, original.articleId);
        } else if (leaders.size() < LEADERS_PER_BUCKET) {
          leaders.add(e);
        }
      }
      return compared;
    }
  }

  /** One day's links: each copy's earliest original (by publication time, then id). */
  static final class Stories {
    final TreeMap<String, KV<Long, String>> originalOf = new TreeMap<>();

    void add(String copy, long publishedAt, String original) {
      KV<Long, String> known = originalOf.get(copy);
      if (known == null || publishedAt < known.getKey()
          || (publishedAt == known.getKey() && original.compareTo(known.getValue()) < 0)) {
        originalOf.put(copy, KV.of(publishedAt, original));
      }
    }

    /**
     * The story of every article in a story of two or more: follow each copy's originals to one that is a copy of
     * nothing (links only point back in time), its first copy, which is its own story.
     */
    Map<String, String> resolve() {
      TreeMap<String, String> story = new TreeMap<>();
      for (String copy : originalOf.keySet()) {
        String first = originalOf.get(copy).getValue();
        for (KV<Long, String> earlier = originalOf.get(first); earlier != null; earlier = originalOf.get(first)) {
          first = earlier.getValue();
        }
        story.put(copy, first);
        story.put(first, first);
      }
      return story;
    }
  }
}
