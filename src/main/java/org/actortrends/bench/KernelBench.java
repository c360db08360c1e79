package org.actortrends.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.extract.ContextualSentenceModel;
import org.actortrends.extract.ContextualTargetModel;
import org.actortrends.extract.ContextualSentiment;
import org.actortrends.extract.LanguageDetector;
import org.actortrends.extract.LanguageSet;
import org.actortrends.extract.NameFinder;
import org.actortrends.extract.Names;
import org.actortrends.extract.Tokenizer;
import org.actortrends.extract.Tokens;
import org.actortrends.extract.Vocabulary;
import org.actortrends.io.Article;
import org.actortrends.io.ArticleParser;
import org.actortrends.io.FieldNames;

/**
 * The extraction kernel alone (tokenize, match actors, score sentiment and tone) on one thread, without Beam: the
 * ceiling the pipeline is measured against.
 */
public final class KernelBench {
  /**
   * One article ready for the kernel, and its share of the input bytes: its file's uncompressed bytes (see
   * {@link CorpusFiles}) spread evenly over the file's accepted articles, so the rates of every format are per MB
   * of input as stored, whatever a record's raw text is (a WARC record's headers, a Parquet row's rendering).
   */
  public record Doc(String title, String text, String document, LocalDate day, long recordBytes) {}

  /**
   * Corpus files read with the job's readers: their uncompressed {@code bytes}, the {@code records} read (as the
   * job's "read") and the accepted {@code articles}, and the {@code docs} kept for the kernel.
   */
  public record Corpus(long bytes, long records, long articles, List<Doc> docs) {}

  private KernelBench() {}

  /**
   * Reads every file; keeps the accepted articles of whole files for the kernel until they hold at least
   * {@code maxBytes} of input (the articles of the files after that are counted, not kept).
   */
  public static Corpus load(List<String> files, long maxBytes) throws IOException {
    ArticleParser parser = new ArticleParser(FieldNames.defaults(), ZoneOffset.UTC, 10 * 1024 * 1024);
    List<Doc> docs = new ArrayList<>();
    long bytes = 0;
    long kept = 0;
    long[] counts = {0, 0};
    for (String file : files) {
      List<Article> articles = new ArrayList<>();
      boolean keep = kept < maxBytes;
      long size = CorpusFiles.read(file, parser, record -> {
        counts[0]++;
        if (record.accepted()) {
          counts[1]++;
          if (keep) {
            articles.add(record.article());
          }
        }
      });
      bytes += size;
      if (keep) {
        kept += size;
        for (int i = 0; i < articles.size(); i++) {
          Article a = articles.get(i);
          long share = size * (i + 1) / articles.size() - size * i / articles.size();
          docs.add(new Doc(a.getTitle(), a.getText(), ArticleExtractor.document(a.getTitle(), a.getText()),
              a.getDay(), share));
        }
      }
    }
    return new Corpus(bytes, counts[0], counts[1], docs);
  }

  public static long bytes(List<Doc> docs) {
    return docs.stream().mapToLong(Doc::recordBytes).sum();
  }

  /**
   * MB per second of {@link NameFinder} alone over {@code docs} tokenized beforehand (as in the kernel, which
   * tokenizes once for every step), measured like {@link #megabytesPerSecond}.
   */
  public static double nameFinderMegabytesPerSecond(List<Doc> docs, double minSeconds) {
    Vocabulary vocabulary = new Vocabulary();
    NameFinder finder = new NameFinder(vocabulary);
    Tokenizer tokenizer = new Tokenizer(vocabulary);
    Tokens[] tokenized = new Tokens[docs.size()];
    for (int i = 0; i < tokenized.length; i++) {
      tokenized[i] = new Tokens();
      tokenizer.tokenize(docs.get(i).document(), tokenized[i]);
    }
    Names names = new Names();
    long sink = 0;
    for (int i = 0; i < Math.max(1, docs.size() / 5); i++) {
      finder.find(tokenized[i], names);
      sink += names.size();
    }
    long bytes = 0;
    long start = System.nanoTime();
    do {
      for (int i = 0; i < tokenized.length; i++) {
        finder.find(tokenized[i], names);
        sink += names.size();
        bytes += docs.get(i).recordBytes();
      }
    } while (System.nanoTime() - start < minSeconds * 1e9);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (sink == 42) {
      System.out.print("");
    }
    return bytes / 1e6 / seconds;
  }

  /**
   * MB per second of the kernel on {@code threads} threads at once, each with its own extractor over every
   * {@code threads}-th article (as the job's workers run it), until each has run at least {@code minSeconds}: what
   * the machine's cores give together, measured rather than assumed to be {@code threads} times one thread (cores
   * that share caches and memory bandwidth give less).
   */
  public static double parallelMegabytesPerSecond(List<Doc> docs, double minSeconds, int threads)
      throws InterruptedException {
    long[] bytes = new long[threads];
    Thread[] workers = new Thread[threads];
    CyclicBarrier start = new CyclicBarrier(threads);
    AtomicLong started = new AtomicLong();
    for (int t = 0; t < threads; t++) {
      List<Doc> share = new ArrayList<>();
      for (int i = t; i < docs.size(); i += threads) {
        share.add(docs.get(i));
      }
      int index = t;
      workers[t] = new Thread(() -> {
        ArticleExtractor extractor = new ArticleExtractor(ActorDictionary.loadDefault());
        LanguageDetector detector = new LanguageDetector();
        long sink = 0;
        for (int i = 0; i < Math.max(1, share.size() / 5); i++) {
          sink += kernel(extractor, detector, share.get(i), true);
        }
        try {
          start.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        long begin = System.nanoTime();
        started.compareAndSet(0, begin);
        do {
          for (Doc d : share) {
            sink += kernel(extractor, detector, d, true);
            bytes[index] += d.recordBytes();
          }
        } while (System.nanoTime() - begin < minSeconds * 1e9);
        if (sink == 42) {
          System.out.print("");
        }
      }, "kernel-" + t);
      workers[t].start();
    }
    for (Thread w : workers) {
      w.join();
    }
    double seconds = (System.nanoTime() - started.get()) / 1e9;
    long total = 0;
    for (long b : bytes) {
      total += b;
    }
    return total / 1e6 / seconds;
  }

  /**
   * MB (10^6 bytes of input as stored, {@link Doc#recordBytes}) per second of the kernel over {@code docs} as the
   * job runs it on each article (detect the language, analyse, and with {@code copies} sketch the body for wire
   * copies), after one warm-up pass over up to a fifth of them; repeats the timed pass until it has run at least
   * {@code minSeconds}.
   */
  public static double megabytesPerSecond(List<Doc> docs, double minSeconds, boolean copies) {
    try (ArticleExtractor extractor = new ArticleExtractor(ActorDictionary.loadDefault())) {
      return megabytesPerSecond(extractor, docs, minSeconds, copies);
    }
  }

  /**
   * MB per second of the kernel with the contextual scorers ({@code --sentimentModel=contextual}) keeping up to
   * {@code cachedSentences} sentences scored: one pass over {@code docs} from an empty cache, after a warm-up pass
   * over a twentieth of them with scorers of their own (a second pass would find every sentence kept). Also prints
   * how many sentences were encoded and how many found kept.
   */
  public static double contextualMegabytesPerSecond(List<Doc> docs, int cachedSentences) {
    ActorDictionary dictionary = ActorDictionary.loadDefault();
    LanguageDetector detector = new LanguageDetector();
    long sink = 0;
    try (ArticleExtractor warmUp = new ArticleExtractor(dictionary, ContextualSentiment.standard())) {
      for (Doc d : docs.subList(0, Math.max(1, docs.size() / 20))) {
        sink += kernel(warmUp, detector, d, true);
      }
    }
    ContextualSentiment contextual = new ContextualSentiment(ContextualTargetModel.standard(),
        ContextualSentenceModel.standard(), cachedSentences);
    try (ArticleExtractor extractor = new ArticleExtractor(dictionary, contextual)) {
      long bytes = 0;
      long start = System.nanoTime();
      for (Doc d : docs) {
        sink += kernel(extractor, detector, d, true);
        bytes += d.recordBytes();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] counts = contextual.cacheCounts();
      System.out.printf("  %d sentences encoded, %d found scored before (%.0f%%; at most %d kept)%s%n", counts[1],
          counts[0], 100.0 * counts[0] / Math.max(1, counts[0] + counts[1]), cachedSentences, sink == 42 ? " " : "");
      return bytes / 1e6 / seconds;
    }
  }

  private static double megabytesPerSecond(ArticleExtractor extractor, List<Doc> docs, double minSeconds,
      boolean copies) {
    LanguageDetector detector = new LanguageDetector();
    long sink = 0;
    for (int i = 0; i < Math.max(1, docs.size() / 5); i++) {
      sink += kernel(extractor, detector, docs.get(i), copies);
    }
    long bytes = 0;
    long start = System.nanoTime();
    do {
      for (Doc d : docs) {
        sink += kernel(extractor, detector, d, copies);
        bytes += d.recordBytes();
      }
    } while (System.nanoTime() - start < minSeconds * 1e9);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (sink == 42) {
      System.out.print(""); // keeps the work observable to the JIT
    }
    return bytes / 1e6 / seconds;
  }

  /** What {@code SignalsExtractor} does with an article, without Beam; returns something to keep it observable. */
  private static long kernel(ArticleExtractor extractor, LanguageDetector detector, Doc d, boolean copies) {
    String language = detector.detect(d.title(), d.text());
    long sink = extractor.analyze(d.document(), d.day(), LanguageSet.readAsEnglish(language)).mentions().size();
    if (copies) {
      sink += extractor.copySketch(ArticleExtractor.bodyStart(d.title())).length;
    }
    return sink;
  }
}
