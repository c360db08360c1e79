package org.actortrends.aggregate;

import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleAnalysis;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.io.Article;
import org.actortrends.io.CorpusRecord;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Runs the plain-Java kernel on every article and keeps only its compact signals. The step carries only where the
 * dictionary is (null: the bundled one), so it stays small to serialize; each worker parses it once and builds its
 * kernel in {@code @Setup}.
 */
public class ExtractSignals extends PTransform<PCollection<CorpusRecord>, PCollection<ArticleSignals>> {
  private final String dictionaryFile;
  private final boolean withMentions;

  public ExtractSignals(String dictionaryFile, boolean withMentions) {
    this.dictionaryFile = dictionaryFile;
    this.withMentions = withMentions;
  }

  @Override
  public PCollection<ArticleSignals> expand(PCollection<CorpusRecord> records) {
    return records.apply(ParDo.of(new ExtractFn(dictionaryFile, withMentions)));
  }

  static class ExtractFn extends DoFn<CorpusRecord, ArticleSignals> {
    private final Counter mentions = Metrics.counter(ExtractSignals.class, "mentions");
    private final String dictionaryFile;
    private final boolean withMentions;
    private transient ArticleExtractor extractor;

    ExtractFn(String dictionaryFile, boolean withMentions) {
      this.dictionaryFile = dictionaryFile;
      this.withMentions = withMentions;
    }

    @Setup
    public void setup() {
      extractor = new ArticleExtractor(ActorDictionary.cached(dictionaryFile));
    }

    @ProcessElement
    public void process(@Element CorpusRecord record, OutputReceiver<ArticleSignals> out) {
      Article a = record.article();
      ArticleAnalysis analysis = extractor.analyze(ArticleExtractor.document(a.getTitle(), a.getText()), a.getDay());
      mentions.inc(analysis.mentions().size());
      out.output(Signals.of(a.getId(), record.file(), record.line(), a.getDay(), a.getSource(), analysis,
          extractor.dictionary(), withMentions));
    }
  }
}
