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
 * Runs the plain-Java kernel on every article and keeps only its compact signals. The dictionary travels as YAML
 * text, so workers need no access to the client's files, and is parsed once per worker in {@code @Setup}.
 */
public class ExtractSignals extends PTransform<PCollection<CorpusRecord>, PCollection<ArticleSignals>> {
  private final String dictionaryYaml;
  private final String dictionaryName;
  private final boolean withMentions;

  public ExtractSignals(String dictionaryYaml, String dictionaryName, boolean withMentions) {
    this.dictionaryYaml = dictionaryYaml;
    this.dictionaryName = dictionaryName;
    this.withMentions = withMentions;
  }

  @Override
  public PCollection<ArticleSignals> expand(PCollection<CorpusRecord> records) {
    return records.apply(ParDo.of(new ExtractFn(dictionaryYaml, dictionaryName, withMentions)));
  }

  static class ExtractFn extends DoFn<CorpusRecord, ArticleSignals> {
    private final Counter mentions = Metrics.counter(ExtractSignals.class, "mentions");
    private final String dictionaryYaml;
    private final String dictionaryName;
    private final boolean withMentions;
    private transient ArticleExtractor extractor;

    ExtractFn(String dictionaryYaml, String dictionaryName, boolean withMentions) {
      this.dictionaryYaml = dictionaryYaml;
      this.dictionaryName = dictionaryName;
      this.withMentions = withMentions;
    }

    @Setup
    public void setup() {
      extractor = new ArticleExtractor(ActorDictionary.parse(dictionaryYaml, dictionaryName));
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
