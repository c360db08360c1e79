package org.actortrends.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.actortrends.extract.Actor;

/**
 * Writes a run of consecutive articles to one shard in a corpus format ({@link OutputFormat}), and counts what they
 * plant.
 */
final class ShardWriter {
  /** A file (or a folder, for news-please) and the articles [from, to) it holds. */
  record Shard(Path file, long from, long to) {}

  private ShardWriter() {}

  static Truth write(Shard shard, ArticleComposer composer, DayPlan plan, List<Actor> actors) throws IOException {
    return write(shard, composer, plan, actors, new CopyPlan(plan, 0, 0), null, OutputFormat.JSONL);
  }

  /**
   * Also writes the wire copies and different reports {@code copies} plans, edited by {@code wire}, in
   * {@code format}.
   */
  static Truth write(Shard shard, ArticleComposer composer, DayPlan plan, List<Actor> actors, CopyPlan copies,
      WireCopies wire, OutputFormat format) throws IOException {
    Truth truth = new Truth(plan.days(), actors.size());
    try (ArticleSink sink = format.open(shard.file())) {
      for (long i = shard.from(); i < shard.to(); i++) {
        CopyPlan.Role role = copies.role(i);
        long seed = composer.seed();
        ArticleComposer.Article a = switch (role.kind()) {
          case PLAIN, ORIGINAL -> composer.compose(i);
          case COPY -> composer.composeCopy(i, role.source(), role.copyNo(), wire).article();
          case REPORT -> composer.composeReport(i, role.source());
        };
        sink.write(a);
        truth.add(plan.dayOf(i), composer, role.kind() == CopyPlan.Kind.COPY);
        if (role.kind() == CopyPlan.Kind.ORIGINAL || role.kind() == CopyPlan.Kind.COPY) {
          truth.addStory(a.id(), ArticleComposer.id(seed, role.source()));
        } else if (role.kind() == CopyPlan.Kind.REPORT) {
          truth.addReport(a.id(), ArticleComposer.id(seed, role.source()));
        }
        truth.addTraps(a.id(), composer, actors);
      }
    }
    return truth;
  }
}
