package org.actortrends.pipeline;

import java.util.List;
import java.util.Optional;
import org.actortrends.aggregate.ActorDaily;
import org.actortrends.aggregate.ArticleSignals;
import org.actortrends.aggregate.ArticlesTable;
import org.actortrends.aggregate.FindCopies;
import org.actortrends.aggregate.CorpusDaily;
import org.actortrends.aggregate.DedupById;
import org.actortrends.aggregate.SignalsExtractor;
import org.actortrends.aggregate.MentionsTable;
import org.actortrends.aggregate.NamesDaily;
import org.actortrends.aggregate.PairsDaily;
import org.actortrends.extract.LanguageSet;
import org.actortrends.io.CorpusFormat;
import org.actortrends.io.DayRange;
import org.actortrends.io.FieldNames;
import org.actortrends.io.OutputLayout;
import org.actortrends.io.ReadCorpus;
import org.actortrends.io.ReadLimits;
import org.actortrends.io.RejectedRecord;
import org.actortrends.io.WriteLines;
import org.actortrends.io.WriteTable;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The job's graph: read, extract, deduplicate, aggregate per day, write. Everything goes where the
 * {@link OutputLayout} says (a staging directory, or a run's own folders on an object store); {@link RunCommand}
 * publishes it once the job has succeeded.
 *
 * <pre>
 * files -> ReadCorpus (+ SignalsExtractor) ----------------+-> FindCopies -+
 *             |   \-> notes (outside days/languages, WARC) |                v
 *             |                                           +-> DedupById (+ story ids) -+-> ActorDaily  -> actor_daily
 *             +-> rejected <------------------------------------+                    +-> PairsDaily  -> actor_pairs_daily
 *                                                                                     +-> CorpusDaily -> corpus_daily
 *                                                                                     +-> NamesDaily  -> names_daily
 *                                                                                     +-> MentionsTable (optional)
 *                                                                                     +-> ArticlesTable (optional)
 * </pre>
 */
public final class ActorTrendsPipeline {
  public static final String ACTOR_DAILY = "actor_daily";
  public static final String PAIRS_DAILY = "actor_pairs_daily";
  public static final String CORPUS_DAILY = "corpus_daily";
  public static final String MENTIONS = "mentions";
  public static final String NAMES_DAILY = "names_daily";
  public static final String ARTICLES = "articles";
  public static final List<String> TABLES =
      List.of(ACTOR_DAILY, PAIRS_DAILY, CORPUS_DAILY, NAMES_DAILY, MENTIONS, ARTICLES);
  public static final String REJECTED_DIR = "_rejected";
  static final String REJECTED_FILE = REJECTED_DIR + "/rejected-00000-of-00001.jsonl";
  /** The value of --injectFailure that breaks the job once actor_daily is written. */
  public static final String INJECT_AFTER_WRITE = "after-write";
  public static final String RUN_DIR = "_run";
  public static final String COUNTS_FILE = RUN_DIR + "/counts.tsv";
  /** In the run directory, never published: how far each input file has been read (see ProgressMarks). */
  public static final String PROGRESS_DIR = "_progress";
  public static final String SUMMARY_FILE = RUN_DIR + "/summary.json";

  /**
   * What the graph needs besides the options: the resolved input files and the validated dictionary's absolute
   * path (null for the bundled one).
   */
  /** What the client resolved from the options; {@code format} is empty when each file's name tells it. */
  public record Inputs(List<String> files, Optional<CorpusFormat> format, String dictionaryFile, DayRange days,
      ReadLimits limits, LanguageSet languages) {}

  private ActorTrendsPipeline() {}

  /** Fails on the first file written: how the fault tests break a run in the middle of its writes. */
  static class FailFn extends DoFn<KV<String, String>, Void> {
    @ProcessElement
    public void process(@Element KV<String, String> file) {
      throw new IllegalStateException("injected failure after writing " + file.getValue());
    }
  }

  /**
   * Buckets of the per-article groupings (by id, by story). The direct runner pays per group (each leaves as a
   * bundle, and per-day combines copy their state once per bundle), so it gets four per worker thread; Flink pays
   * nothing per group but holds a group in memory, so it gets many small ones.
   */
  static int groupsFor(ActorTrendsOptions options) {
    if (options.getRunner().getSimpleName().equals("FlinkRunner")) {
      return FLINK_GROUPS;
    }
    return DedupById.groupsFor(options.as(DirectOptions.class).getTargetParallelism());
  }

  /** A million articles: about 2,000 a group. */
  static final int FLINK_GROUPS = 512;

  public static void build(Pipeline p, ActorTrendsOptions options, Inputs inputs, OutputLayout out) {
    String runDirectory = out.runDirectory();
    FieldNames fields = new FieldNames(options.getIdField(), options.getUrlField(), options.getSourceField(),
        options.getPublishedField(), options.getTitleField(), options.getTextField());
    boolean foldCopies = options.getNearDuplicates().equals("on");
    int groups = groupsFor(options);
    ReadCorpus<ArticleSignals> readAndExtract = new ReadCorpus<>(inputs.files(), inputs.format(), fields, options.getTimezone(),
        inputs.limits(), new SignalsExtractor(inputs.dictionaryFile(), inputs.days(), inputs.languages(), options.getWriteMentions(),
            options.getWriteArticles(), foldCopies, options.getSentimentModel().equals("contextual")),
        ArticleSignals.SignalsCoder.of());
    PCollectionTuple read = p.apply("ReadAndExtract",
        readAndExtract.withProgressMarks(runDirectory + "/" + PROGRESS_DIR));
    // articles of the run's days and languages only: ReadAndExtract counts the others as notes
    PCollection<ArticleSignals> inScope = read.get(readAndExtract.articles());
    PCollection<KV<String, String>> storyOf = foldCopies
        ? inScope.apply("FindCopies", new FindCopies())
        : p.apply("NoCopies", Create.empty(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollectionTuple deduplicated = inScope.apply("DedupById", new DedupById(storyOf, groups));
    PCollection<ArticleSignals> articles = deduplicated.get(DedupById.UNIQUE);

    PCollection<KV<Integer, Iterable<GenericRecord>>> actorDaily =
        articles.apply("ActorDaily", new ActorDaily(inputs.dictionaryFile(), groups));
    PCollection<KV<String, String>> actorDailyFiles =
        actorDaily.apply("WriteActorDaily", new WriteTable(ACTOR_DAILY, ActorDaily.SCHEMA, out));
    if (INJECT_AFTER_WRITE.equals(options.getInjectFailure())) {
      actorDailyFiles.apply("InjectedFailure", ParDo.of(new FailFn()));
    }
    articles.apply("PairsDaily", new PairsDaily())
        .apply("WritePairsDaily", new WriteTable(PAIRS_DAILY, PairsDaily.SCHEMA, out));
    PCollection<KV<Integer, Iterable<GenericRecord>>> corpusDaily = articles.apply("CorpusDaily", new CorpusDaily());
    corpusDaily.apply("WriteCorpusDaily", new WriteTable(CORPUS_DAILY, CorpusDaily.SCHEMA, out));
    articles.apply("NamesDaily", new NamesDaily())
        .apply("WriteNamesDaily", new WriteTable(NAMES_DAILY, NamesDaily.SCHEMA, out));
    if (options.getWriteMentions()) {
      articles.apply("Mentions", new MentionsTable())
          .apply("MentionsByDay", new WriteTable.ByDay())
          .apply("WriteMentions", new WriteTable(MENTIONS, MentionsTable.SCHEMA, out));
    }
    if (options.getWriteArticles()) {
      articles.apply("Articles", new ArticlesTable())
          .apply("ArticlesByDay", new WriteTable.ByDay())
          .apply("WriteArticles", new WriteTable(ARTICLES, ArticlesTable.SCHEMA, out));
    }

    PCollection<RejectedRecord> rejected = PCollectionList.of(read.get(ReadCorpus.REJECTED))
        .and(deduplicated.get(DedupById.DUPLICATES))
        .apply("AllRejected", Flatten.pCollections());
    rejected
        .apply("RejectedToJson", MapElements.into(TypeDescriptors.strings()).via(RejectedRecord::toJson))
        .apply("WriteRejected", new WriteLines(runDirectory + "/" + REJECTED_FILE));

    RunCounts.write(inScope, read.get(ReadCorpus.REJECTED), read.get(ReadCorpus.NOTES), corpusDaily, actorDaily,
        rejected, runDirectory + "/" + COUNTS_FILE);
  }
}
