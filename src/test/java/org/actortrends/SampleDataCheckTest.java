package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code sample-data/tools/check_sample.py}, so that CI holds the sample data to what its READMEs claim: the
 * answer keys are what the hand-written headers say, the reference counter agrees with them on every article and
 * actor, no not-mention is counted, and the key's README table is true.
 */
class SampleDataCheckTest {
  @Test
  void checkSamplePassesWithTheKeyItDescribes() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("python3", "sample-data/tools/check_sample.py").redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "check_sample.py finished");
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.contains("answer key: 50 hand-checked articles, 310 rows, 648 mentions, 9 not-mention rows;"),
        output);
    assertTrue(output.contains("not in English (set aside by the default run): 6 {'de': 1, 'es': 1, 'fi': 1, 'fr': 1,"
        + " 'it': 1, 'pl': 1}; English: 332"), output);
    assertEquals("OK", output.strip().lines().reduce((a, b) -> b).orElse(""), output);
  }
}
