package org.actortrends.pipeline;

import org.actortrends.aggregate.ArticleSignals;
import org.actortrends.aggregate.SignalsExtractor;
import org.apache.avro.generic.GenericRecord;
import org.actortrends.io.RejectedRecord;
import org.actortrends.io.WriteLines;
import org.actortrends.io.WriteTable;
import org.apache.beam.sdk.transforms.Filter;
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
 * --languages leaves out), days, actor:ID (one line per actor with rows; the summary counts them), and from WARC
 * files warc_skipped:KIND (records that are not articles, not read) and dated_by_crawl_time (articles read whose
 * page gave no date).
 *
 * <p>Each count comes from a different place, so that
 * {@code read == accepted + rejected + outside_days + outside_languages} checks the plumbing:
 * read counts the articles that came out of extraction, those set aside where they were read (the reader's notes)
 * and the records parsing rejected; accepted adds up the {@code articles} column the {@code corpus_daily} table
 * was written with, so articles lost or counted twice between extraction and the tables break the balance. No count re-reads the texts: a second
 * consumer of the parsed articles would make runners serialize every text once more.
 */
final class RunCounts {
  private RunCounts() {}

  static void write(PCollection<ArticleSignals> inScope, PCollection<RejectedRecord> parseRejected,
      PCollection<KV<String, Long>> notes, PCollection<KV<Integer, Iterable<GenericRecord>>> corpusDaily,
      PCollection<KV<Integer, Iterable<GenericRecord>>> actorDaily, PCollection<RejectedRecord> allRejected,
      String path) {
    // Every count is a (name, 1 or n) pair summed per name, combined where the pairs arise: no count needs a
    // stage of its own (Count.globally and Distinct would add several per count on Flink).
    TypeDescriptor<KV<String, Long>> kv = TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs());
    // read = articles in scope + articles set aside (in the notes) + records rejected while parsing
    PCollection<KV<String, Long>> inScopeRead = inScope
        .apply("InScopeAsRead", MapElements.into(kv).via(a -> KV.of("read", 1L)));
    PCollection<KV<String, Long>> setAsideRead = notes
        .apply("SetAside", Filter.by(n -> n.getKey().startsWith(SignalsExtractor.OUTSIDE_DAYS)
            || n.getKey().startsWith(SignalsExtractor.OUTSIDE_LANGUAGES)))
        .apply("SetAsideAsRead", MapElements.into(kv).via(n -> KV.of("read", n.getValue())));
    PCollection<KV<String, Long>> rejectedRead = parseRejected
        .apply("RejectedAsRead", MapElements.into(kv).via(r -> KV.of("read", 1L)));
    PCollection<GenericRecord> corpusRows = corpusDaily.apply("CorpusRows", new WriteTable.Rows());
    PCollection<KV<String, Long>> accepted = corpusRows
        .apply("AsAccepted", MapElements.into(kv).via(r -> KV.of("accepted", (Long) r.get("articles"))));
    PCollection<KV<String, Long>> rejected = allRejected
        .apply("ByReason", MapElements.into(kv).via(r -> KV.of("rejected:" + r.reason(), 1L)));
    PCollection<KV<String, Long>> days = corpusRows
        .apply("AsDays", MapElements.into(kv).via(r -> KV.of("days", 1L)));
    // one line per actor with rows (its number of days): the summary counts these lines
    PCollection<KV<String, Long>> actors = actorDaily.apply("ActorRows", new WriteTable.Rows())
        .apply("AsActors", MapElements.into(kv).via(r -> KV.of(ACTOR_PREFIX + r.get("actor_id"), 1L)));
    PCollectionList.of(inScopeRead).and(setAsideRead).and(rejectedRead).and(accepted).and(rejected).and(days)
        .and(actors).and(notes)
        .apply("AllCounts", Flatten.pCollections())
        .apply("SumCounts", Sum.longsPerKey())
        .apply("Format", MapElements.into(TypeDescriptors.strings()).via(c -> c.getKey() + "\t" + c.getValue()))
        .apply("WriteCounts", new WriteLines(path));
  }

  /** Counts named so are actors with rows in actor_daily, one each. */
  static final String ACTOR_PREFIX = "actor:";
}
