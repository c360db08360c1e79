package org.actortrends.pipeline;

import org.actortrends.aggregate.ArticleSignals;
import org.actortrends.io.CorpusRecord;
import org.actortrends.io.RejectedRecord;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Counts what the run did from the data itself (not from metrics, which runners may report as attempted), and
 * writes them as "name TAB value" lines for the run summary: read, accepted, rejected:REASON, days, actors.
 */
final class RunCounts {
  private RunCounts() {}

  static void write(PCollection<CorpusRecord> parsed, PCollection<RejectedRecord> parseRejected,
      PCollection<ArticleSignals> unique, PCollection<RejectedRecord> allRejected, String path) {
    TypeDescriptor<KV<String, Long>> kv = TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs());
    PCollection<KV<String, Long>> read = PCollectionList
        .of(parsed.apply("ParsedCount", Count.globally()))
        .and(parseRejected.apply("ParseRejectedCount", Count.globally()))
        .apply("ReadParts", Flatten.pCollections())
        .apply("AsRead", MapElements.into(kv).via(n -> KV.of("read", n)));
    PCollection<KV<String, Long>> accepted = unique.apply("AcceptedCount", Count.globally())
        .apply("AsAccepted", MapElements.into(kv).via(n -> KV.of("accepted", n)));
    PCollection<KV<String, Long>> rejected = allRejected
        .apply("ByReason", MapElements.into(kv).via(r -> KV.of("rejected:" + r.reason(), 1L)));
    PCollection<KV<String, Long>> days = unique
        .apply("Days", MapElements.into(TypeDescriptors.integers()).via(s -> s.day))
        .apply("DistinctDays", Distinct.create())
        .apply("DayCount", Count.globally())
        .apply("AsDays", MapElements.into(kv).via(n -> KV.of("days", n)));
    PCollection<KV<String, Long>> actors = unique
        .apply("ActorIds", FlatMapElements.into(TypeDescriptors.strings())
            .via(s -> s.actors.stream().map(a -> a.actorId).toList()))
        .apply("DistinctActors", Distinct.create())
        .apply("ActorCount", Count.globally())
        .apply("AsActors", MapElements.into(kv).via(n -> KV.of("actors", n)));
    PCollectionList.of(read).and(accepted).and(rejected).and(days).and(actors)
        .apply("AllCounts", Flatten.pCollections())
        .apply("SumCounts", Sum.longsPerKey())
        .apply("Format", MapElements.into(TypeDescriptors.strings()).via(c -> c.getKey() + "\t" + c.getValue()))
        .apply("WriteCounts", TextIO.write().to(path).withoutSharding());
  }
}
