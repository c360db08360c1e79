package org.actortrends.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * The distinct stories naming each actor, for the articles that are in stories with copies: one story counts once
 * for an actor however many of its copies name them (a copy may drop the paragraph that does). Articles that are
 * stories of their own are counted where they are ({@link ActorDaily}); only stories with copies meet here,
 * grouped into a few buckets by story id (as {@link DedupById} groups articles), so a group holds a bounded share
 * of them.
 */
class StoryActors extends PTransform<PCollection<ArticleSignals>, PCollection<KV<Integer, DayStats>>> {
  private final int buckets;

  StoryActors(int buckets) {
    this.buckets = buckets;
  }

  /** A copy of a story with actors: (its story's bucket, (story id, (day, actor ids))). */
  static class ActorsOfCopyFn extends DoFn<ArticleSignals, KV<Integer, KV<String, KV<Integer, List<String>>>>> {
    private final int buckets;

    ActorsOfCopyFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element ArticleSignals a,
        OutputReceiver<KV<Integer, KV<String, KV<Integer, List<String>>>>> out) {
      if (a.hasCopies() && !a.actors.isEmpty()) {
        List<String> actors = new ArrayList<>();
        a.actors.forEach(actor -> actors.add(actor.actorId));
        out.output(KV.of(DedupById.bucket(a.storyId, buckets), KV.of(a.storyId, KV.of(a.day, actors))));
      }
    }
  }

  @Override
  public PCollection<KV<Integer, DayStats>> expand(PCollection<ArticleSignals> articles) {
    return articles
        .apply("ActorsOfCopies", ParDo.of(new ActorsOfCopyFn(buckets)))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(),
            KvCoder.of(VarIntCoder.of(), ListCoder.of(StringUtf8Coder.of())))))
        .apply("GroupByStoryBucket", GroupByKey.create())
        .apply("OncePerStory", ParDo.of(new DoFn<KV<Integer, Iterable<KV<String, KV<Integer, List<String>>>>>,
            KV<Integer, DayStats>>() {
          @ProcessElement
          public void process(@Element KV<Integer, Iterable<KV<String, KV<Integer, List<String>>>>> bucket,
              OutputReceiver<KV<Integer, DayStats>> out) {
            TreeMap<String, TreeSet<String>> actorsOfStory = new TreeMap<>();
            TreeMap<String, Integer> dayOfStory = new TreeMap<>();
            for (KV<String, KV<Integer, List<String>>> copy : bucket.getValue()) { // story -> (day, actors)
              dayOfStory.put(copy.getKey(), copy.getValue().getKey());
              actorsOfStory.computeIfAbsent(copy.getKey(), k -> new TreeSet<>()).addAll(copy.getValue().getValue());
            }
            TreeMap<Integer, DayStats> byDay = new TreeMap<>();
            actorsOfStory.forEach((story, actors) -> {
              DayStats day = byDay.computeIfAbsent(dayOfStory.get(story), d -> new DayStats());
              for (String actor : actors) {
                day.add(actor, ActorDaily.storyOnly());
              }
            });
            byDay.forEach((day, stats) -> out.output(KV.of(day, stats)));
          }
        }))
        .setCoder(DayStats.contributionCoder());
  }
}
