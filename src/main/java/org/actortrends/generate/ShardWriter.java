package org.actortrends.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.actortrends.extract.Actor;

/**
 * Writes a run of consecutive articles to one {@code .jsonl.gz} file, one JSON object a line, and counts what they
 * plant. Gzip at the fastest level: the header carries no time or name, so equal input gives equal bytes.
 */
final class ShardWriter {
  private static final JsonFactory JSON = new JsonFactory();

  /** A file and the articles [from, to) it holds. */
  record Shard(Path file, long from, long to) {}

  private ShardWriter() {}

  static Truth write(Shard shard, ArticleComposer composer, DayPlan plan, List<Actor> actors) throws IOException {
    return write(shard, composer, plan, actors, new CopyPlan(plan, 0, 0), null);
  }

  /** Also writes the wire copies and different reports {@code copies} plans, edited by {@code wire}. */
  static Truth write(Shard shard, ArticleComposer composer, DayPlan plan, List<Actor> actors, CopyPlan copies,
      WireCopies wire) throws IOException {
    Truth truth = new Truth(plan.days(), actors.size());
    Files.createDirectories(shard.file().getParent());
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(shard.file()), 1 << 16);
        OutputStream gzip = new FastGzip(file);
        JsonGenerator json = JSON.createGenerator(gzip, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(new MinimalPrettyPrinter(""));
      for (long i = shard.from(); i < shard.to(); i++) {
        CopyPlan.Role role = copies.role(i);
        long seed = composer.seed();
        ArticleComposer.Article a = switch (role.kind()) {
          case PLAIN, ORIGINAL -> composer.compose(i);
          case COPY -> composer.composeCopy(i, role.source(), role.copyNo(), wire).article();
          case REPORT -> composer.composeReport(i, role.source());
        };
        json.writeStartObject();
        json.writeStringField("id", a.id());
        json.writeStringField("url", a.url());
        json.writeStringField("source", a.source());
        json.writeStringField("published_at", a.publishedAt());
        json.writeStringField("title", a.title());
        json.writeStringField("text", a.text());
        json.writeEndObject();
        json.writeRaw('\n');
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

  /** Gzip at level 1: several times faster than the default, for text that still shrinks about threefold. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
