package org.actortrends.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.actortrends.bench.CorpusFiles;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.io.Article;
import org.actortrends.io.ArticleParser;
import org.actortrends.io.FieldNames;
import org.actortrends.io.ParsedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code generate --format}: each format, read back with the job's own readers and default field names, holds the
 * same articles as the JSON Lines corpus of the same options (title, text, publication time, URL; a WARC page's
 * main text less the in-text promotions the extractor drops, with the same mentions), with the truth unchanged; the source is the outlet's name in the formats that have a source field and its domain where the
 * reader takes it from the URL or a domain column.
 */
class OutputFormatsTest {
  private static final String[] OPTIONS = {"--articles=40", "--days=2", "--seed=8"};
  private static final Pattern PROMOTION = Pattern.compile("subscribe|newsletter|sign up|click here|read more"
      + "|all rights reserved", Pattern.CASE_INSENSITIVE);
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(ActorDictionary.loadDefault());

  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"csv", "warc", "parquet", "news-please"})
  void eachFormatHoldsTheArticlesOfTheJsonLinesCorpus(String format) throws IOException {
    Path jsonl = generate("jsonl", "jsonl");
    Path other = generate(format, format);
    Map<String, Article> expected = articlesByUrl(jsonl);
    Map<String, Article> got = articlesByUrl(other);
    assertEquals(40, expected.size());
    assertEquals(expected.keySet(), got.keySet());
    boolean idsCarried = OutputFormat.forOption(format).carriesIds();
    for (Article want : expected.values()) {
      Article a = got.get(want.getUrl());
      assertEquals(want.getTitle(), a.getTitle(), a.getUrl());
      if (format.equals("warc")) {
        assertSameArticleLessPromotions(want, a);
      } else {
        assertEquals(want.getText(), a.getText(), a.getUrl());
      }
      assertEquals(want.getPublishedAtMillis(), a.getPublishedAtMillis(), a.getUrl());
      assertEquals(want.getDay(), a.getDay(), a.getUrl());
      assertEquals(idsCarried, want.getId().equals(a.getId()), a.getId());
      boolean sourceField = format.equals("csv");
      assertEquals(sourceField ? want.getSource() : domain(want.getUrl()), a.getSource());
    }
    for (String table : List.of("actor_daily.csv", "corpus_daily.csv")) {
      assertEquals(Files.readString(jsonl.resolve("_truth").resolve(table)),
          Files.readString(other.resolve("_truth").resolve(table)), table);
    }
  }

  @Test
  void warcShardsHoldAWarcinfoARequestAndAnHtmlResponsePerArticle() throws IOException {
    Path dir = generate("warc", "warc");
    String records = new String(new GZIPInputStream(Files.newInputStream(dir.resolve("part-00000.warc.gz")))
        .readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, count(records, "WARC-Type: warcinfo"));
    long articles = count(records, "WARC-Type: response");
    assertTrue(articles > 0);
    assertEquals(articles, count(records, "WARC-Type: request"));
    assertEquals(articles, count(records, "HTTP/1.1 200 OK"));
    assertEquals(articles, count(records, "<meta property=\"article:published_time\""));
  }

  @Test
  void formatsWithoutIdsRefuseTruthListedById() {
    GeneratedFiles.Run run = GeneratedFiles.generate("--articles=10", "--days=1", "--format=warc", "--copies=0.2",
        "--output=" + tmp.resolve("no"));
    assertEquals(GenerateCommand.USAGE, run.exit());
    assertTrue(run.err().contains("--copies need a format that carries article ids"), run.err());
    run = GeneratedFiles.generate("--articles=10", "--days=1", "--format=xml", "--output=" + tmp.resolve("xml"));
    assertEquals(GenerateCommand.USAGE, run.exit());
    assertTrue(run.err().contains("--format must be one of jsonl|csv|warc|parquet|news-please"), run.err());
  }

  /**
   * A page's main text is the article's paragraphs in order, less the in-text promotions that the extractor drops
   * as page furniture ("Sign up to our free morning newsletter ...", "Read more: ..."): lines the job's tokenizer
   * skips as boilerplate anyway, so the article's mentions are the same.
   */
  private static void assertSameArticleLessPromotions(Article want, Article got) {
    List<String> kept = new ArrayList<>(List.of(got.getText().split("\n\n")));
    for (String paragraph : want.getText().split("\n\n")) {
      if (!kept.isEmpty() && kept.get(0).equals(paragraph)) {
        kept.remove(0);
      } else {
        assertTrue(PROMOTION.matcher(paragraph).find(), "lost from " + got.getUrl() + ": " + paragraph);
      }
    }
    assertEquals(List.of(), kept, "added to " + got.getUrl());
    assertEquals(mentions(want), mentions(got), got.getUrl());
  }

  private static List<String> mentions(Article a) {
    return EXTRACTOR.analyze(ArticleExtractor.document(a.getTitle(), a.getText()), a.getDay()).mentions().stream()
        .map(m -> m.actor() + ":" + m.surface()).toList();
  }

  private Path generate(String name, String format) {
    Path dir = tmp.resolve(name);
    GeneratedFiles.Run run = GeneratedFiles.generate(OPTIONS[0], OPTIONS[1], OPTIONS[2], "--format=" + format,
        "--output=" + dir);
    assertEquals(0, run.exit(), run.err());
    return dir;
  }

  /** Every article of the corpus under {@code dir}, read as the job reads it, by URL. */
  private static Map<String, Article> articlesByUrl(Path dir) throws IOException {
    ArticleParser parser = new ArticleParser(FieldNames.defaults(), ZoneOffset.UTC, 10 * 1024 * 1024);
    Map<String, Article> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).filter(p -> !dir.relativize(p).startsWith("_truth"))
          .toList()) {
        CorpusFiles.read(file.toString(), parser, record -> out.put(accepted(record).getUrl(), record.article()));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return out;
  }

  private static Article accepted(ParsedRecord record) {
    assertTrue(record.accepted(), record.reason() + ": " + record.detail());
    return record.article();
  }

  private static String domain(String url) {
    String host = url.substring(url.indexOf("://") + 3, url.indexOf('/', url.indexOf("://") + 3));
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static long count(String text, String what) {
    return text.split(Pattern.quote(what), -1).length - 1L;
  }
}
