package org.actortrends.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.actortrends.extract.Actor;

/**
 * What the generator planted, per day: mentions and articles per actor, and articles per day. Each shard keeps its
 * own; they are added up at the end, so the totals do not depend on how the work was split.
 */
final class Truth {
  private final int days;
  private final int actors;
  private final long[] mentions;
  private final long[] articles;
  private final long[] dayArticles;
  /** Namesake trap rows in article order: "article_id,surface,actor_id". */
  private final List<String> trapSpans = new ArrayList<>();
  /** Per trap article, what it mentions by the plan: "article_id,actor_id,mentions". */
  private final List<String> trapArticleMentions = new ArrayList<>();
  private long trapArticles;
  /** Distinct stories per day and actor, and per day: a wire copy adds none, its original counts the story. */
  private final long[] stories;
  private final long[] dayStories;
  /** "article_id,story_id" for the articles of wire stories, in article order. */
  private final List<String> storyRows = new ArrayList<>();
  /** "article_id,story_id" for the different reports of a wire story's event, in article order. */
  private final List<String> reportRows = new ArrayList<>();

  Truth(int days, int actors) {
    this.days = days;
    this.actors = actors;
    mentions = new long[days * actors];
    articles = new long[days * actors];
    dayArticles = new long[days];
    stories = new long[days * actors];
    dayStories = new long[days];
  }

  /** Records one article of {@code day}, with the mentions its composer planted. */
  void add(int day, ArticleComposer composer) {
    add(day, composer, false);
  }

  /**
   * Records one article of {@code day}; a wire copy ({@code copy}) is in the story of its original, which names
   * every actor the copy names (copies only lose mentions), so it adds no story.
   */
  void add(int day, ArticleComposer composer, boolean copy) {
    dayArticles[day]++;
    if (!copy) {
      dayStories[day]++;
    }
    for (int a : composer.plantedActors()) {
      mentions[day * actors + a] += composer.planted(a);
      articles[day * actors + a]++;
      if (!copy) {
        stories[day * actors + a]++;
      }
    }
  }

  /** Records that {@code article} belongs to the wire story first run as {@code story} (the original itself too). */
  void addStory(String article, String story) {
    storyRows.add(article + "," + story);
  }

  /** Records that {@code article} is a different report of the event of the wire story {@code story}. */
  void addReport(String article, String story) {
    reportRows.add(article + "," + story);
  }

  /** Records the namesake traps of the article {@code id} the composer just wrote, if it has any. */
  void addTraps(String id, ArticleComposer composer, List<Actor> dictionary) {
    if (composer.traps().isEmpty()) {
      return;
    }
    trapArticles++;
    for (Namesakes.Span span : composer.traps()) {
      trapSpans.add(id + "," + span.surface() + "," + dictionary.get(span.actor()).id());
    }
    for (int a : composer.plantedActors()) {
      trapArticleMentions.add(id + "," + dictionary.get(a).id() + "," + composer.planted(a));
    }
  }

  long trapArticles() {
    return trapArticles;
  }

  long trapSpans() {
    return trapSpans.size();
  }

  void addAll(Truth other) {
    trapSpans.addAll(other.trapSpans);
    trapArticleMentions.addAll(other.trapArticleMentions);
    trapArticles += other.trapArticles;
    storyRows.addAll(other.storyRows);
    reportRows.addAll(other.reportRows);
    for (int i = 0; i < mentions.length; i++) {
      mentions[i] += other.mentions[i];
      articles[i] += other.articles[i];
      stories[i] += other.stories[i];
    }
    for (int d = 0; d < days; d++) {
      dayArticles[d] += other.dayArticles[d];
      dayStories[d] += other.dayStories[d];
    }
  }

  long mentions(int day, int actor) {
    return mentions[day * actors + actor];
  }

  long stories(int day, int actor) {
    return stories[day * actors + actor];
  }

  long dayStories(int day) {
    return dayStories[day];
  }

  long dayArticles(int day) {
    return dayArticles[day];
  }

  /** Articles in wire stories of two or more, and the different reports. */
  long storyArticles() {
    return storyRows.size();
  }

  long reports() {
    return reportRows.size();
  }

  /**
   * {@code actor_daily.csv}: day,actor_id,mentions,articles, sorted by day then actor id; with {@code stories}
   * (corpora with wire copies) a last column, the distinct stories naming the actor.
   */
  void writeActorDaily(Path file, DayPlan plan, List<Actor> dictionary, boolean withStories) throws IOException {
    List<Integer> byId = new ArrayList<>();
    for (int a = 0; a < actors; a++) {
      byId.add(a);
    }
    byId.sort(Comparator.comparing(a -> dictionary.get(a).id()));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("day,actor_id,mentions,articles" + (withStories ? ",stories" : "") + "\n");
      for (int d = 0; d < days; d++) {
        for (int a : byId) {
          long m = mentions[d * actors + a];
          if (m > 0) {
            w.write(plan.date(d) + "," + dictionary.get(a).id() + "," + m + "," + articles[d * actors + a]
                + (withStories ? "," + stories[d * actors + a] : "") + "\n");
          }
        }
      }
    }
  }

  /** {@code namesakes.csv}: article_id,surface,actor_id_it_is_not, one row per trap span, in article order. */
  void writeNamesakes(Path file) throws IOException {
    writeLines(file, "article_id,surface,actor_id_it_is_not", trapSpans);
  }

  /** {@code namesake_articles.csv}: article_id,actor_id,mentions: the counted mentions of each trap article. */
  void writeNamesakeArticles(Path file) throws IOException {
    writeLines(file, "article_id,actor_id,mentions", trapArticleMentions);
  }

  private static void writeLines(Path file, String header, List<String> rows) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(header + "\n");
      for (String row : rows) {
        w.write(row + "\n");
      }
    }
  }

  /** {@code stories.csv}: article_id,story_id for every article of a wire story of two or more, in article order. */
  void writeStories(Path file) throws IOException {
    writeLines(file, "article_id,story_id", storyRows);
  }

  /** {@code reports.csv}: article_id,story_id: a different report (a story of its own) of that story's event. */
  void writeReports(Path file) throws IOException {
    writeLines(file, "article_id,story_id", reportRows);
  }

  /** {@code corpus_daily.csv}: day,articles for the days that have any; with {@code stories}, a stories column. */
  void writeCorpusDaily(Path file, DayPlan plan, boolean withStories) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("day,articles" + (withStories ? ",stories" : "") + "\n");
      for (int d = 0; d < days; d++) {
        if (dayArticles[d] > 0) {
          w.write(plan.date(d) + "," + dayArticles[d] + (withStories ? "," + dayStories[d] : "") + "\n");
        }
      }
    }
  }
}
