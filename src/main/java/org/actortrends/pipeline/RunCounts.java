package org.actortrends.pipeline;

import org.actortrends.aggregate.ArticleSignals;
import org.apache.avro.generic.GenericRecord;
import org.actortrends.io.RejectedRecord;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Counts what the run did from the data itself (not from metrics, which runners may report as attempted), and
 * writes them as "name TAB value" lines for the run summary: read, accepted, rejected:REASON, outside_days (read
 * but of a day outside --day/--fromDay/--toDay), outside_languages:CODE (read, of a day of the run, in a language
 * --languages leaves out), days, actors, and from WARC files warc_skipped:KIND (records that are not articles,
 * not read) and dated_by_crawl_time (articles read whose page gave no date).
 *
 * <p>Each count comes from a different place, so that
 * {@code read == accepted + rejected + outside_days + outside_languages} checks the plumbing:
 * read counts the articles that came out of extraction plus the records parsing rejected; accepted adds up the
 * {@code articles} column the {@code corpus_daily} table was written with. No count re-reads the texts: a second
 * consumer of the parsed articles would make runners serialize every text once more.
 */
final class RunCounts {
  private RunCounts() {}

  static void write(PCollection<ArticleSignals> extracted, PCollection<RejectedRecord> parseRejected,
      PCollection<Long> outsideDays, PCollection<String> outsideLanguages, PCollection<GenericRecord> corpusDaily, PCollection<GenericRecord> actorDaily,
      PCollection<RejectedRecord> allRejected, PCollection<KV<String, Long>> warcNotes, String path) {
    TypeDescriptor<KV<String, Long>> kv = TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs());
    PCollection<KV<String, Long>> read = PCollectionList
        .of(extracted.apply("ExtractedCount", Count.globally()))
        .and(parseRejected.apply("ParseRejectedCount", Count.globally()))
        .apply("ReadParts", Flatten.pCollections())
        .apply("AsRead", MapElements.into(kv).via(n -> KV.of("read", n)));
    PCollection<KV<String, Long>> accepted = corpusDaily
        .apply("AsAccepted", MapElements.into(kv).via(r -> KV.of("accepted", (Long) r.get("articles"))));
    PCollection<KV<String, Long>> rejected = allRejected
        .apply("ByReason", MapElements.into(kv).via(r -> KV.of("rejected:" + r.reason(), 1L)));
    PCollection<KV<String, Long>> outside = outsideDays
        .apply("AsOutsideDays", MapElements.into(kv).via(n -> KV.of("outside_days", n)));
    PCollection<KV<String, Long>> otherLanguages = outsideLanguages
        .apply("AsOutsideLanguages", MapElements.into(kv).via(language -> KV.of("outside_languages:" + language, 1L)));
    PCollection<KV<String, Long>> days = corpusDaily
        .apply("AsDays", MapElements.into(kv).via(r -> KV.of("days", 1L)));
    PCollection<KV<String, Long>> actors = actorDaily
        .apply("ActorIds", MapElements.into(TypeDescriptors.strings()).via(r -> r.get("actor_id").toString()))
        .apply("DistinctActors", Distinct.create())
        .apply("ActorCount", Count.globally())
        .apply("AsActors", MapElements.into(kv).via(n -> KV.of("actors", n)));
    PCollectionList.of(read).and(accepted).and(rejected).and(outside).and(otherLanguages).and(days).and(actors).and(warcNotes)
        .apply("AllCounts", Flatten.pCollections())
        .apply("SumCounts", Sum.longsPerKey())
        .apply("Format", MapElements.into(TypeDescriptors.strings()).via(c -> c.getKey() + "\t" + c.getValue()))
        .apply("WriteCounts", TextIO.write().to(path).withoutSharding());
  }
}
