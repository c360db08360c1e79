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
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
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
 * gets its own id); an article it gives nothing for is a story of its own. Never compares all pairs, and holds no
 * more than one shard of one day's bands, or one day's copies, at a time.
 *
 * <pre>
 * articles -> Bands: (day, band, shard) -> one entry per article and LSH band
 *          -> GroupByKey -> Link: in each bucket of equal band keys, in publication order, each article links to the
 *                                 first earlier one it is similar to (estimated Jaccard >= 0.5)
 *          -> per day: keep each article's earliest link, follow links to the first copy -> (id, story id)
 * </pre>
 * Every step sorts what it holds, so the result is the same on every runner and every re-run.
 */
public class FindCopies extends PTransform<PCollection<ArticleSignals>, PCollection<KV<String, String>>> {
  /** Shards per day and band: bound the size of a group (a day of a million articles: 62,500 entries each). */
  static final int SHARDS = 16;
  /** At most this many dissimilar first articles are kept per bucket, so a crowded bucket costs linear time. */
  static final int LEADERS_PER_BUCKET = 16;

  @Override
  public PCollection<KV<String, String>> expand(PCollection<ArticleSignals> articles) {
    return articles
        .apply("Bands", ParDo.of(new BandsFn()))
        .setCoder(KvCoder.of(VarLongCoder.of(), BandEntry.CODER))
        .apply("GroupBuckets", GroupByKey.create())
        .apply("Link", ParDo.of(new LinkFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), Link.CODER))
        .apply("PerDay", Combine.perKey(new StoriesOfDay()))
        .apply("Stories", ParDo.of(new DoFn<KV<Integer, Stories>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<Integer, Stories> day, OutputReceiver<KV<String, String>> out) {
            day.getValue().resolve().forEach((copy, story) -> out.output(KV.of(copy, story)));
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  /** What one article contributes to one band's buckets: the band's key and what candidates compare. */
  record BandEntry(long bandKey, long publishedAt, String articleId, byte[] comparable) {
    static final Comparator<BandEntry> BUCKET_THEN_TIME = Comparator.comparingLong(BandEntry::bandKey)
        .thenComparingLong(BandEntry::publishedAt).thenComparing(BandEntry::articleId);

    static final Coder<BandEntry> CODER = new AtomicCoder<>() {
      @Override
      public void encode(BandEntry e, OutputStream out) throws IOException {
        BigEndianLongCoder.of().encode(e.bandKey, out);
        VarLongCoder.of().encode(e.publishedAt, out);
        StringUtf8Coder.of().encode(e.articleId, out);
        ByteArrayCoder.of().encode(e.comparable, out);
      }

      @Override
      public BandEntry decode(InputStream in) throws IOException {
        return new BandEntry(BigEndianLongCoder.of().decode(in), VarLongCoder.of().decode(in),
            StringUtf8Coder.of().decode(in), ByteArrayCoder.of().decode(in));
      }
    };
  }

  /** A copy and the earlier article it is a copy of. */
  record Link(String copy, long publishedAt, String original) {
    static final Coder<Link> CODER = new AtomicCoder<>() {
      @Override
      public void encode(Link l, OutputStream out) throws IOException {
        StringUtf8Coder.of().encode(l.copy, out);
        VarLongCoder.of().encode(l.publishedAt, out);
        StringUtf8Coder.of().encode(l.original, out);
      }

      @Override
      public Link decode(InputStream in) throws IOException {
        return new Link(StringUtf8Coder.of().decode(in), VarLongCoder.of().decode(in),
            StringUtf8Coder.of().decode(in));
      }
    };
  }

  /** One entry per band for every article with a sketch, keyed by (day, band, shard of the band key). */
  static class BandsFn extends DoFn<ArticleSignals, KV<Long, BandEntry>> {
    @ProcessElement
    public void process(@Element ArticleSignals a, OutputReceiver<KV<Long, BandEntry>> out) {
      if (a.copySketch.length == 0) {
        return; // too short to be anyone's copy: a story of its own
      }
      byte[] comparable = CopySketch.comparable(a.copySketch);
      for (int band = 0; band < CopySketch.BANDS; band++) {
        long bandKey = CopySketch.bandKey(a.copySketch, band);
        long key = ((long) a.day << 24) | ((long) band << 8) | Math.floorMod(bandKey, SHARDS);
        out.output(KV.of(key, new BandEntry(bandKey, a.publishedAt, a.articleId, comparable)));
      }
    }
  }

  /** Links each later article of a bucket to the first earlier one it is similar to. */
  static class LinkFn extends DoFn<KV<Long, Iterable<BandEntry>>, KV<Integer, Link>> {
    private final Counter comparisons = Metrics.counter(FindCopies.class, "copy_comparisons");

    @ProcessElement
    public void process(@Element KV<Long, Iterable<BandEntry>> group, OutputReceiver<KV<Integer, Link>> out) {
      int day = (int) (group.getKey() >> 24);
      List<BandEntry> entries = new ArrayList<>();
      group.getValue().forEach(entries::add);
      entries.sort(BandEntry.BUCKET_THEN_TIME);
      List<BandEntry> leaders = new ArrayList<>();
      long compared = 0;
      for (int i = 0; i < entries.size(); i++) {
        BandEntry e = entries.get(i);
        if (i == 0 || entries.get(i - 1).bandKey != e.bandKey) {
          leaders.clear();
        }
        BandEntry original = null;
        for (BandEntry leader : leaders) {
          compared++;
          if (!leader.articleId.equals(e.articleId)
              && CopySketch.similarity(leader.comparable, e.comparable) >= CopySketch.SAME_STORY) {
            original = leader;
            break;
          }
        }
        if (original != null) {
          out.output(KV.of(day, new Link(e.articleId, original.publishedAt, original.articleId)));
        } else if (leaders.size() < LEADERS_PER_BUCKET) {
          leaders.add(e);
        }
      }
      comparisons.inc(compared);
    }
  }

  /** One day's links: each copy's earliest original (by publication time, then id). */
  static final class Stories {
    final TreeMap<String, KV<Long, String>> originalOf = new TreeMap<>();

    Stories add(String copy, long publishedAt, String original) {
      KV<Long, String> known = originalOf.get(copy);
      if (known == null || publishedAt < known.getKey()
          || (publishedAt == known.getKey() && original.compareTo(known.getValue()) < 0)) {
        originalOf.put(copy, KV.of(publishedAt, original));
      }
      return this;
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

  /** Adds up a day's links into {@link Stories}. */
  static final class StoriesOfDay extends Combine.CombineFn<Link, Stories, Stories> {
    @Override
    public Stories createAccumulator() {
      return new Stories();
    }

    @Override
    public Stories addInput(Stories acc, Link link) {
      return acc.add(link.copy, link.publishedAt, link.original);
    }

    @Override
    public Stories mergeAccumulators(Iterable<Stories> accumulators) {
      Stories merged = new Stories();
      for (Stories s : accumulators) {
        s.originalOf.forEach((copy, original) -> merged.add(copy, original.getKey(), original.getValue()));
      }
      return merged;
    }

    @Override
    public Stories extractOutput(Stories acc) {
      return acc;
    }

    @Override
    public Coder<Stories> getAccumulatorCoder(CoderRegistry registry, Coder<Link> input) {
      return StoriesCoder.INSTANCE;
    }

    @Override
    public Coder<Stories> getDefaultOutputCoder(CoderRegistry registry, Coder<Link> input) {
      return StoriesCoder.INSTANCE;
    }
  }

  static final class StoriesCoder extends AtomicCoder<Stories> {
    static final StoriesCoder INSTANCE = new StoriesCoder();

    @Override
    public void encode(Stories s, OutputStream out) throws IOException {
      VarIntCoder.of().encode(s.originalOf.size(), out);
      for (Map.Entry<String, KV<Long, String>> e : s.originalOf.entrySet()) {
        Link.CODER.encode(new Link(e.getKey(), e.getValue().getKey(), e.getValue().getValue()), out);
      }
    }

    @Override
    public Stories decode(InputStream in) throws IOException {
      Stories s = new Stories();
      for (int n = VarIntCoder.of().decode(in); n > 0; n--) {
        Link l = Link.CODER.decode(in);
        s.originalOf.put(l.copy, KV.of(l.publishedAt, l.original));
      }
      return s;
    }

    @Override
    public void verifyDeterministic() {}
  }
}
