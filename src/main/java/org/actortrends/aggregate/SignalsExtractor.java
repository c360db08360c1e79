package org.actortrends.aggregate;

import java.util.function.Consumer;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleAnalysis;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.extract.ContextualTargetModel;
import org.actortrends.extract.ContextualSentiment;
import org.actortrends.extract.LanguageDetector;
import org.actortrends.extract.LanguageSet;
import org.actortrends.io.Article;
import org.actortrends.io.ArticleProcessor;
import org.actortrends.io.DayRange;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Runs the plain-Java kernel on an article as it is read and keeps only its compact signals. Carries only where
 * the dictionary is (null: the bundled one) and what to keep, so it stays small to serialize; each worker parses the
 * dictionary once and builds its kernel in {@link #setup}.
 *
 * <p>An article of a day the run does not process is set aside first (counted, not analysed), then its language
 * is found: the record's own language field when it holds a language code, else the detector's. An article in a
 * language the run does not process is set aside too, counted by its language. Setting aside here, where the
 * article is read, spares every runner a step that would copy each article's signals once more.
 */
public class SignalsExtractor implements ArticleProcessor<ArticleSignals> {
  private final Counter mentions = Metrics.counter(SignalsExtractor.class, "mentions");
  private final String dictionaryFile;
  private final DayRange days;
  private final LanguageSet languages;
  private final boolean withMentions;
  private final boolean withArticleFields;
  private final boolean withCopySketch;
  private final boolean contextual;
  private transient ArticleExtractor extractor;
  private transient LanguageDetector detector;

  /**
   * @param withMentions keep each mention (the {@code mentions} table)
   * @param withArticleFields keep URL and title (the {@code articles} table)
   * @param withCopySketch sketch the body, to find wire copies
   * @param contextual score mentions with the contextual target scorer ({@link ContextualSentiment})
   */
  public SignalsExtractor(String dictionaryFile, DayRange days, LanguageSet languages, boolean withMentions,
      boolean withArticleFields, boolean withCopySketch, boolean contextual) {
    this.dictionaryFile = dictionaryFile;
    this.days = days;
    this.languages = languages;
    this.withMentions = withMentions;
    this.withArticleFields = withArticleFields;
    this.withCopySketch = withCopySketch;
    this.contextual = contextual;
  }

  @Override
  public void setup() {
    extractor = new ArticleExtractor(ActorDictionary.cached(dictionaryFile),
        contextual ? ContextualSentiment.standard() : null);
    detector = new LanguageDetector();
  }

  @Override
  public void teardown() {
    if (extractor != null) {
      extractor.close();
    }
  }

  /** The name of the count of articles set aside for their day. */
  public static final String OUTSIDE_DAYS = "outside_days";
  /** The prefix of the counts of articles set aside for their language, followed by its code. */
  public static final String OUTSIDE_LANGUAGES = "outside_languages:";

  @Override
  public ArticleSignals process(String file, long line, Article a, Consumer<String> setAside) {
    if (!days.contains((int) a.getDay().toEpochDay())) {
      setAside.accept(OUTSIDE_DAYS);
      return null;
    }
    String language = a.getLanguage() == null ? null : LanguageDetector.normalize(a.getLanguage());
    if (language == null) {
      language = detector.detect(a.getTitle(), a.getText());
    }
    if (!languages.processes(language)) {
      setAside.accept(OUTSIDE_LANGUAGES + language);
      return null;
    }
    ArticleAnalysis analysis = extractor.analyze(ArticleExtractor.document(a.getTitle(), a.getText()), a.getDay(),
        LanguageSet.readAsEnglish(language));
    mentions.inc(analysis.mentions().size());
    ArticleSignals s = Signals.of(a.getId(), file, line, a.getDay(), a.getSource(), analysis, extractor.dictionary(),
        withMentions);
    if (withCopySketch) {
      s.copySketch = extractor.copySketch(ArticleExtractor.bodyStart(a.getTitle()));
    }
    if (withArticleFields) {
      s.url = a.getUrl() == null ? "" : a.getUrl();
      s.title = a.getTitle();
    }
    s.language = language;
    s.publishedAt = a.getPublishedAtMillis();
    return s;
  }
}
