package org.actortrends.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleAnalysis;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.extract.DictionaryException;
import org.actortrends.extract.DictionarySources;
import org.actortrends.extract.MatchedBy;
import org.actortrends.extract.Mention;
import org.actortrends.io.Article;
import org.actortrends.io.ArticleParser;
import org.actortrends.io.CorpusFormat;
import org.actortrends.io.CorpusRecordReader;
import org.actortrends.io.FieldNames;
import org.actortrends.io.InputFiles;
import org.apache.beam.sdk.io.Compression;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval mentions}: the kernel's actor mentions ({@link ArticleExtractor}, no pipeline) in a corpus against an
 * answer key of mention counts per article and actor ({@code article_id,actor_id,mentions}), counted as the
 * end-to-end test counts them: the key's articles and every actor found in them (the key covers every actor of
 * the dictionary they mention, so a mention of an actor the key does not list is a false positive), true
 * positives {@code min(key, found)} per pair; and the key's not-mentions, none of which may be linked. The key does not say how a mention is written, so precision per {@code matched_by} is exact only where
 * an article-actor pair is not over-counted; where it is, the excess could be any of the pair's mentions, and the
 * command prints the range. Recall per {@code matched_by} cannot be computed from such a key.
 */
@Command(name = "mentions", mixinStandardHelpOptions = true,
    description = "Precision and recall of actor mentions against a hand-checked answer key.")
final class MentionsCommand implements Callable<Integer> {
  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", defaultValue = "sample-data/articles",
      description = "Corpus files, globs or directories, as run --input (default: ${DEFAULT-VALUE}).")
  String input;

  static final String DEFAULT_KEY = "sample-data/answer-key/mentions.csv";
  static final String DEFAULT_NOT_MENTIONS = "sample-data/answer-key/not-mentions.csv";

  @Option(names = "--key", defaultValue = DEFAULT_KEY,
      description = "Answer key CSV article_id,actor_id,mentions (default: ${DEFAULT-VALUE}).")
  Path key;

  @Option(names = "--notMentions",
      description = "Spans that must not be linked, CSV article_id,actor_id,surface,reason (default: "
          + DEFAULT_NOT_MENTIONS + " when --key is the default, else none).")
  Path notMentions;

  @Option(names = "--keyActorsOnly",
      description = "Score only the actors the key lists, for a key that covers only some actors (as "
          + "generated-mentions.csv covers the spec's required ones); default: every actor found.")
  boolean keyActorsOnly;

  @Option(names = "--actors", paramLabel = "SOURCES",
      description = "Actor dictionaries as for run --actors (YAML, CSV, bundled); default: the bundled one.")
  String actors;

  @Option(names = "--timezone", defaultValue = "UTC",
      description = "IANA zone whose local date is an article's day (default: ${DEFAULT-VALUE}).")
  String timezone;

  @Option(names = "--predictions",
      description = "Write article_id<TAB>actor_id<TAB>char_offset<TAB>matched_by<TAB>surface, one line per "
          + "mention of the key's articles.")
  Path predictions;

  @Option(names = "--differences",
      description = "Also print the article-actor pairs whose counts differ and the not-mentions linked.")
  boolean differences;

  private final PrintStream out;

  MentionsCommand(PrintStream out) {
    this.out = out;
  }

  /** One mention found in a key article. */
  record Found(String articleId, String actorId, int charOffset, MatchedBy matchedBy, String surface) {}

  @Override
  public Integer call() throws IOException {
    EvalCommand.requireFile(spec, key);
    ZoneId zone;
    List<String> files;
    ActorDictionary dictionary;
    try {
      zone = ZoneId.of(timezone);
      files = InputFiles.expand(input);
      dictionary = ActorDictionary.cached(DictionarySources.normalize(actors));
    } catch (DateTimeException | IllegalArgumentException | DictionaryException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Map<String, Long> expected = AnswerKey.read(key);
    Set<String> keyArticles = new HashSet<>();
    Set<String> keyActors = new HashSet<>();
    for (String pair : expected.keySet()) {
      keyArticles.add(AnswerKey.article(pair));
      keyActors.add(AnswerKey.actor(pair));
    }
    Path notFile = notMentions != null ? notMentions
        : key.equals(Paths.get(DEFAULT_KEY)) ? Paths.get(DEFAULT_NOT_MENTIONS) : null;
    if (notFile != null) {
      EvalCommand.requireFile(spec, notFile);
    }
    List<NotMentions.Row> notRows = notFile == null ? List.of() : NotMentions.read(notFile);
    Map<String, String> documents = new HashMap<>();
    List<Found> found = extract(files, zone, dictionary, keyArticles, documents);
    Set<String> foundActors = new TreeSet<>();
    found.forEach(m -> foundActors.add(m.actorId()));
    List<Found> scored = new ArrayList<>();
    for (Found m : found) {
      if (!keyActorsOnly || keyActors.contains(m.actorId())) {
        scored.add(m);
      }
    }
    MentionScore score = MentionScore.of(expected, scored);
    List<String> linked = NotMentions.violations(notRows, documents, found);
    out.printf("answer key %s: %d articles, %d actors, %d mentions; %d of the articles found in %s%n",
        key, keyArticles.size(), keyActors.size(), score.expected(), documents.size(), input);
    foundActors.removeAll(keyActors);
    out.printf("scored over %s: %d found; actors found that the key does not list: %d %s%n",
        keyActorsOnly ? "the key's actors only (--keyActorsOnly)" : "every actor found in these articles",
        score.predicted(), foundActors.size(), foundActors);
    out.printf("%-8s found=%5d  precision=%.3f  recall=%.3f  F1=%.3f%n", "all", score.predicted(),
        score.precision(), score.recall(), score.f1());
    for (MatchedBy by : MatchedBy.values()) {
      MentionScore.ByMatch b = score.byMatch().get(by);
      String precision = b.found() == 0 ? "  n/a"
          : b.lowerBound() == b.upperBound() ? String.format("%.3f", b.precisionLow())
          : String.format("%.3f..%.3f", b.precisionLow(), b.precisionHigh());
      out.printf("%-8s found=%5d  precision=%s  recall=n/a%n", by.code(), b.found(), precision);
    }
    out.println("(recall per matched_by is n/a: the key counts mentions per article and actor, not how they are"
        + " written)");
    if (!notRows.isEmpty()) {
      out.printf("not-mentions %s: %d spans, %d linked%n", notFile, notRows.size(), linked.size());
    }
    if (differences) {
      score.differences().forEach(d -> out.println("  differs: " + d));
      linked.forEach(d -> out.println("  not-mention: " + d));
    }
    if (predictions != null) {
      try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        for (Found m : found) {
          w.write(m.articleId() + "\t" + m.actorId() + "\t" + m.charOffset() + "\t" + m.matchedBy().code() + "\t"
              + m.surface().replace('\t', ' ').replace('\n', ' ') + "\n");
        }
      }
    }
    return 0;
  }

  /**
   * Every mention in the accepted articles whose id the key names, in file and text order; the documents read go
   * to {@code read} (id → title, blank line, text). As in the job, the first copy of an id (by file name, then
   * line) is the one read.
   */
  private static List<Found> extract(List<String> files, ZoneId zone, ActorDictionary dictionary, Set<String> wanted,
      Map<String, String> read) throws IOException {
    ArticleParser parser = new ArticleParser(FieldNames.defaults(), zone, 10 * 1024 * 1024);
    ArticleExtractor extractor = new ArticleExtractor(dictionary);
    Set<String> ids = new HashSet<>();
    List<Found> found = new ArrayList<>();
    for (String file : files) {
      try (InputStream in = Channels.newInputStream(
          Compression.detect(file).readDecompressed(Files.newByteChannel(Paths.get(file))))) {
        CorpusRecordReader.read(in, CorpusFormat.forFileName(file), parser, record -> {
          if (!record.accepted() || !ids.add(record.article().getId())) {
            return;
          }
          Article a = record.article();
          if (!wanted.contains(a.getId())) {
            return;
          }
          String document = ArticleExtractor.document(a.getTitle(), a.getText());
          read.put(a.getId(), document);
          ArticleAnalysis analysis = extractor.analyze(document, a.getDay());
          for (Mention m : analysis.mentions()) {
            found.add(new Found(a.getId(), dictionary.actors().get(m.actor()).id(), m.charOffset(), m.matchedBy(),
                m.surface()));
          }
        });
      }
    }
    return found;
  }
}
