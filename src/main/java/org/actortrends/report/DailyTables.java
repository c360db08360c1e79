package org.actortrends.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.actortrends.io.ParquetTables;
import org.apache.avro.generic.GenericRecord;

/**
 * The rows of the job's daily tables that a report for one day needs: {@code actor_daily} and {@code corpus_daily}
 * for the day and the window before it, {@code actor_pairs_daily} for the day. Only those days' partitions are
 * opened, so a report costs the same on a corpus of one month or of ten years.
 */
public record DailyTables(LocalDate day, int window, List<ActorDay> actors, List<CorpusDay> corpus,
    List<PairDay> pairs) {

  /** One row of {@code actor_daily}. */
  public record ActorDay(LocalDate day, String actorId, String name, String type, long mentions, long articles,
      long sources, double sentimentMean, double sentimentStddev) {}

  /** One row of {@code corpus_daily}. */
  public record CorpusDay(LocalDate day, long articles, long sources, long words, double toneMean) {}

  /** One row of {@code actor_pairs_daily}. */
  public record PairDay(String actorA, String actorB, long articles, long sentences) {}

  /** Reads {@code day} and the {@code window} days before it from a run's output directory. */
  public static DailyTables read(Path output, LocalDate day, int window) throws IOException {
    if (!Files.isDirectory(output.resolve("corpus_daily"))) {
      throw new IOException("no corpus_daily table in " + output + " (is it the output of a run?)");
    }
    List<ActorDay> actors = new ArrayList<>();
    List<CorpusDay> corpus = new ArrayList<>();
    for (LocalDate d = day.minusDays(window); !d.isAfter(day); d = d.plusDays(1)) {
      ParquetTables.forEachRow(partition(output, "actor_daily", d), (rowDay, r) -> actors.add(new ActorDay(
          rowDay, str(r, "actor_id"), str(r, "actor_name"), str(r, "actor_type"), (Long) r.get("mentions"),
          (Long) r.get("articles"), (Long) r.get("sources"), orNaN(r.get("sentiment_mean")),
          orNaN(r.get("sentiment_stddev")))));
      ParquetTables.forEachRow(partition(output, "corpus_daily", d), (rowDay, r) -> corpus.add(new CorpusDay(rowDay,
          (Long) r.get("articles"), (Long) r.get("sources"), (Long) r.get("words"), orNaN(r.get("tone_mean")))));
    }
    List<PairDay> pairs = new ArrayList<>();
    ParquetTables.forEachRow(partition(output, "actor_pairs_daily", day), (rowDay, r) -> pairs.add(new PairDay(
        str(r, "actor_a"), str(r, "actor_b"), (Long) r.get("articles"), (Long) r.get("sentences"))));
    return new DailyTables(day, window, actors, corpus, pairs);
  }

  private static Path partition(Path output, String table, LocalDate day) {
    return output.resolve(table).resolve("day=" + day);
  }

  private static String str(GenericRecord r, String field) {
    Object v = r.get(field);
    return v == null ? null : v.toString(); // Avro hands strings over as Utf8
  }

  /** A nullable double column (no sentiment or tone where no article of the row had a score) as NaN. */
  private static double orNaN(Object value) {
    return value == null ? Double.NaN : (Double) value;
  }
}
