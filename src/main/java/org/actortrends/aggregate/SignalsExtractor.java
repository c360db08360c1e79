package org.actortrends.aggregate;

import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleAnalysis;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.io.Article;
import org.actortrends.io.ArticleProcessor;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Runs the plain-Java kernel on an article as it is read and keeps only its compact signals. Carries only where
 * the dictionary is (null: the bundled one), so it stays small to serialize; each worker parses the dictionary
 * once and builds its kernel in {@link #setup}.
 */
public class SignalsExtractor implements ArticleProcessor<ArticleSignals> {
  private final Counter mentions = Metrics.counter(SignalsExtractor.class, "mentions");
  private final String dictionaryFile;
  private final boolean withMentions;
  private transient ArticleExtractor extractor;

  public SignalsExtractor(String dictionaryFile, boolean withMentions) {
    this.dictionaryFile = dictionaryFile;
    this.withMentions = withMentions;
  }

  @Override
  public void setup() {
    extractor = new ArticleExtractor(ActorDictionary.cached(dictionaryFile));
  }

  @Override
  public ArticleSignals process(String file, long line, Article a) {
    ArticleAnalysis analysis = extractor.analyze(ArticleExtractor.document(a.getTitle(), a.getText()), a.getDay());
    mentions.inc(analysis.mentions().size());
    return Signals.of(a.getId(), file, line, a.getDay(), a.getSource(), analysis, extractor.dictionary(),
        withMentions);
  }
}
