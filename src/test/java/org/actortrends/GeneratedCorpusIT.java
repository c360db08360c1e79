package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact at scale: on a generated corpus of 20,000 articles, 5% of them with a namesake trap (someone who shares an
 * actor's surname or first name, counted for no one) and 20% wire copies (a story run again by other outlets,
 * edited), the job's actor_daily equals, row for row, the counts the generator planted (its _truth), its stories
 * per day and per actor equal the planted stories, every pair of articles of one story is found and no other, and
 * it links none of the trap spans, as checked by the jar's own verify command. A re-run of one day on another
 * runner gives the same story ids.
 */
class GeneratedCorpusIT {
  @TempDir
  static Path tmp;

  @Test
  void actorDailyMatchesThePlantedTruthExactly() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path out = tmp.resolve("out");
    JobJar.Result generated = JobJar.run(tmp, "generate", "--articles=20000", "--days=14", "--seed=20251124",
        "--layout=by-day", "--namesakes=0.05", "--copies=0.2", "--output=" + corpus);
    assertEquals(0, generated.exit(), generated.stderr());

    JobJar.Result run = JobJar.run(tmp, "run", "--input=" + corpus, "--output=" + out, "--runner=FlinkRunner",
        "--flinkMaster=[local]", "--parallelism=2", "--writeMentions", "--writeArticles");
    assertEquals(0, run.exit(), run.stderr());
    System.out.println(run.stdout());

    JobJar.Result verify = JobJar.run(tmp, "verify", "--output=" + out, "--truth=" + corpus);
    System.out.println(verify.stdout());
    assertTrue(verify.stdout().contains("exact: yes"), verify.stdout());
    assertTrue(verify.stdout().contains("linked by the job: 0;"), verify.stdout());
    assertTrue(verify.stdout().contains("stories: actor-days exact yes; days exact yes; pairs precision 1.000"
        + " recall 1.000"), verify.stdout());
    assertEquals(0, verify.exit());

    // A nightly re-run of one day, on the direct runner this time, gives the same story ids and rows.
    String day = "2025-08-05";
    java.util.List<java.util.List<Object>> articles = SameOutput.rows(out.resolve("articles/day=" + day));
    java.util.List<java.util.List<Object>> actors = SameOutput.rows(out.resolve("actor_daily/day=" + day));
    JobJar.Result rerun = JobJar.run(tmp, "run", "--input=" + corpus + "/{day}/*.jsonl.gz", "--output=" + out,
        "--day=" + day, "--writeMentions", "--writeArticles");
    assertEquals(0, rerun.exit(), rerun.stderr());
    SameOutput.assertSameRows("articles of " + day, articles, SameOutput.rows(out.resolve("articles/day=" + day)));
    SameOutput.assertSameRows("actor_daily of " + day, actors,
        SameOutput.rows(out.resolve("actor_daily/day=" + day)));
  }
}
