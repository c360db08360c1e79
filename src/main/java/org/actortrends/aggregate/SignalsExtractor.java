package org.actortrends.aggregate;

import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleAnalysis;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.extract.LanguageDetector;
import org.actortrends.extract.LanguageSet;
import org.actortrends.io.Article;
import org.actortrends.io.ArticleProcessor;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Runs the plain-Java kernel on an article as it is read and keeps only its compact signals. Carries only where
 * the dictionary is (null: the bundled one) and what to keep, so it stays small to serialize; each worker parses the
 * dictionary once and builds its kernel in {@link #setup}.
 *
 * <p>The article's language comes first: the record's own language field when it holds a language code, else the
 * detector's. An article in a language the run does not process is not analysed; its signals carry only its day
 * and language, to be counted and set aside.
 */
public class SignalsExtractor implements ArticleProcessor<ArticleSignals> {
  private final Counter mentions = Metrics.counter(SignalsExtractor.class, "mentions");
  private final String dictionaryFile;
  private final LanguageSet languages;
  private final boolean withMentions;
  private final boolean withArticleFields;
  private final boolean withCopySketch;
  private transient ArticleExtractor extractor;
  private transient LanguageDetector detector;

  /**
   * @param withMentions keep each mention (the {@code mentions} table)
   * @param withArticleFields keep URL and title (the {@code articles} table)
   * @param withCopySketch sketch the body, to find wire copies
   */
  public SignalsExtractor(String dictionaryFile, LanguageSet languages, boolean withMentions,
      boolean withArticleFields, boolean withCopySketch) {
    this.dictionaryFile = dictionaryFile;
    this.languages = languages;
    this.withMentions = withMentions;
    this.withArticleFields = withArticleFields;
    this.withCopySketch = withCopySketch;
  }

  @Override
  public void setup() {
    extractor = new ArticleExtractor(ActorDictionary.cached(dictionaryFile));
    detector = new LanguageDetector();
  }

  /** Whether the run reads articles of this language (the others are set aside). */
  public boolean processes(String language) {
    return languages.processes(language);
  }

  @Override
  public ArticleSignals process(String file, long line, Article a) {
    String language = a.getLanguage() == null ? null : LanguageDetector.normalize(a.getLanguage());
    if (language == null) {
      language = detector.detect(a.getTitle(), a.getText());
    }
    ArticleSignals s;
    if (languages.processes(language)) {
      ArticleAnalysis analysis = extractor.analyze(ArticleExtractor.document(a.getTitle(), a.getText()), a.getDay(),
          LanguageSet.readAsEnglish(language));
      mentions.inc(analysis.mentions().size());
      s = Signals.of(a.getId(), file, line, a.getDay(), a.getSource(), analysis, extractor.dictionary(),
          withMentions);
      if (withCopySketch) {
        s.copySketch = extractor.copySketch(ArticleExtractor.bodyStart(a.getTitle()));
      }
      if (withArticleFields) {
        s.url = a.getUrl() == null ? "" : a.getUrl();
        s.title = a.getTitle();
      }
    } else {
      s = new ArticleSignals(); // set aside, counted by its language
      s.articleId = a.getId();
      s.file = file;
      s.line = line;
      s.day = (int) a.getDay().toEpochDay();
      s.source = a.getSource();
    }
    s.language = language;
    s.publishedAt = a.getPublishedAtMillis();
    return s;
  }
}
