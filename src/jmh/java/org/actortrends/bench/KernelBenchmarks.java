package org.actortrends.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ActorMatcher;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.extract.LanguageDetector;
import org.actortrends.extract.NameFinder;
import org.actortrends.extract.Names;
import org.actortrends.extract.SentimentScorer;
import org.actortrends.extract.Tokenizer;
import org.actortrends.extract.Tokens;
import org.actortrends.extract.Vocabulary;
import org.actortrends.io.InputFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Microbenchmarks of the kernel pieces, each over all of sample-data's articles (one operation = the whole
 * sample corpus, about 0.5 MB of records): tokenizing, matching actors, finding names, scoring sentences, and everything together.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KernelBenchmarks {
  private static final LocalDate DAY = LocalDate.parse("2025-08-13");

  private List<KernelBench.Doc> docs;
  private Tokenizer tokenizer;
  private SentimentScorer scorer;
  private ActorMatcher matcher;
  private NameFinder nameFinder;
  private final Names names = new Names();
  private ArticleExtractor extractor;
  private final LanguageDetector detector = new LanguageDetector();
  private Tokens tokens;
  private Tokens[] tokenized;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    docs = KernelBench.load(InputFiles.expand("sample-data/articles"), Long.MAX_VALUE).docs();
    Vocabulary vocabulary = new Vocabulary();
    scorer = new SentimentScorer(vocabulary);
    nameFinder = new NameFinder(vocabulary);
    tokenizer = new Tokenizer(vocabulary);
    matcher = new ActorMatcher(ActorDictionary.loadDefault(), vocabulary, tokenizer);
    extractor = new ArticleExtractor(ActorDictionary.loadDefault());
    tokens = new Tokens();
    tokenized = new Tokens[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      tokenized[i] = new Tokens();
      tokenizer.tokenize(docs.get(i).document(), tokenized[i]);
    }
  }

  @Benchmark
  public void tokenize(Blackhole bh) {
    for (KernelBench.Doc d : docs) {
      tokenizer.tokenize(d.document(), tokens);
      bh.consume(tokens.size());
    }
  }

  @Benchmark
  public void matchActors(Blackhole bh) {
    for (Tokens t : tokenized) {
      bh.consume(matcher.match(t, DAY));
    }
  }

  @Benchmark
  public void findNames(Blackhole bh) {
    for (Tokens t : tokenized) {
      nameFinder.find(t, names);
      bh.consume(names.size());
    }
  }

  @Benchmark
  public void scoreSentences(Blackhole bh) {
    for (Tokens t : tokenized) {
      for (int s = 0; s < t.sentenceCount(); s++) {
        bh.consume(scorer.scoreSentence(t, t.sentenceStart(s), t.sentenceEnd(s)));
      }
    }
  }

  /** The copy sketch of each body from its tokens: what finding wire copies adds to the kernel. */
  @Benchmark
  public void sketchCopies(Blackhole bh) {
    for (KernelBench.Doc d : docs) {
      extractor.analyze(d.document(), d.day());
      bh.consume(extractor.copySketch(ArticleExtractor.bodyStart(d.title())));
    }
  }

  /** Language detection of each article (the English fast path for these). */
  @Benchmark
  public void detectLanguage(Blackhole bh) {
    for (KernelBench.Doc d : docs) {
      bh.consume(detector.detect(d.title(), d.text()));
    }
  }

  @Benchmark
  public void wholeKernel(Blackhole bh) {
    for (KernelBench.Doc d : docs) {
      bh.consume(extractor.analyze(d.document(), d.day()));
    }
  }
}
