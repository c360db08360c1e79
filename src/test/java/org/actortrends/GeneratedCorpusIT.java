package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact at scale: on a generated corpus of 20,000 articles, 5% of them with a namesake trap (someone who shares an
 * actor's surname or first name, counted for no one), the job's actor_daily equals, row for row, the counts the
 * generator planted (its _truth), and it links none of the trap spans, as checked by the jar's own verify command.
 */
class GeneratedCorpusIT {
  @TempDir
  static Path tmp;

  @Test
  void actorDailyMatchesThePlantedTruthExactly() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path out = tmp.resolve("out");
    JobJar.Result generated = JobJar.run(tmp, "generate", "--articles=20000", "--days=14", "--seed=20251124",
        "--layout=by-day", "--namesakes=0.05", "--output=" + corpus);
    assertEquals(0, generated.exit(), generated.stderr());

    JobJar.Result run = JobJar.run(tmp, "run", "--input=" + corpus, "--output=" + out, "--runner=FlinkRunner",
        "--flinkMaster=[local]", "--parallelism=2", "--writeMentions");
    assertEquals(0, run.exit(), run.stderr());
    System.out.println(run.stdout());

    JobJar.Result verify = JobJar.run(tmp, "verify", "--output=" + out, "--truth=" + corpus);
    System.out.println(verify.stdout());
    assertTrue(verify.stdout().contains("exact: yes"), verify.stdout());
    assertTrue(verify.stdout().contains("linked by the job: 0;"), verify.stdout());
    assertEquals(0, verify.exit());
  }
}
