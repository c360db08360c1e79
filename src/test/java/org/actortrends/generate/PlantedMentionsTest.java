package org.actortrends.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleAnalysis;
import org.actortrends.extract.ArticleExtractor;
import org.actortrends.extract.Mention;
import org.junit.jupiter.api.Test;

/**
 * Article by article, the extractor finds exactly the mentions the generator planted: the exactness check of the
 * README in small, with the text of the first article that disagrees in the failure message.
 */
class PlantedMentionsTest {
  @Test
  void theExtractorFindsWhatWasPlanted() {
    int articles = 800;
    CorpusGenerator generator = new CorpusGenerator(new CorpusGenerator.Options(articles, 400, 77,
        Path.of("unused"), CorpusGenerator.FLAT, LocalDate.parse("2024-06-01"), 0));
    check(generator, articles);
  }

  /**
   * Drops write criticism from pools the other articles leave alone, spikes change the casts: still exact. Every
   * other actor of the dictionary has its sentiment drop every day, so that reactions meet dropped actors as
   * subject, as other actor and not at all.
   */
  @Test
  void andSoWithSpikesAndSentimentDrops() {
    int articles = 800;
    int days = 4;
    LocalDate start = LocalDate.parse("2024-06-01");
    ActorDictionary dictionary = ActorDictionary.loadDefault();
    List<String> spikes = new ArrayList<>();
    List<String> drops = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      spikes.add("jd_vance:" + start.plusDays(d) + ":6");
      spikes.add("vladimir_putin:" + start.plusDays(d) + ":20");
      for (int a = 0; a < dictionary.actors().size(); a += 2) {
        drops.add(dictionary.actors().get(a).id() + ":" + start.plusDays(d));
      }
    }
    Anomalies anomalies = Anomalies.parse(spikes, drops, dictionary, start, days);
    CorpusGenerator generator = new CorpusGenerator(new CorpusGenerator.Options(articles, days, 77,
        Path.of("unused"), CorpusGenerator.FLAT, start, 0, 0, anomalies));
    check(generator, articles);
  }

  private static void check(CorpusGenerator generator, int articles) {
    ArticleComposer composer = generator.newComposer();
    ActorDictionary dictionary = ActorDictionary.loadDefault();
    ArticleExtractor extractor = new ArticleExtractor(dictionary);
    long total = 0;
    for (int i = 0; i < articles; i++) {
      ArticleComposer.Article a = composer.compose(i);
      ArticleAnalysis analysis = extractor.analyze(ArticleExtractor.document(a.title(), a.text()), a.day());
      Map<String, Long> found = analysis.mentions().stream().collect(Collectors.groupingBy(
          m -> dictionary.actors().get(m.actor()).id(), TreeMap::new, Collectors.counting()));
      Map<String, Long> planted = new TreeMap<>();
      for (int actor : composer.plantedActors()) {
        planted.put(dictionary.actors().get(actor).id(), (long) composer.planted(actor));
      }
      String surfaces = analysis.mentions().stream().map(Mention::surface).collect(Collectors.joining(" | "));
      assertEquals(planted, found, a.id() + " on " + a.day() + "\n" + a.title() + "\n" + a.text() + "\n\nfound: "
          + surfaces);
      total += planted.values().stream().mapToLong(Long::longValue).sum();
    }
    assertTrue(total > articles * 5L, "mentions planted: " + total);
  }
}
