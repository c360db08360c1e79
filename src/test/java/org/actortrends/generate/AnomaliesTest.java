package org.actortrends.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.actortrends.extract.ActorDictionary;
import org.junit.jupiter.api.Test;

/** Parsing and checking of --spike and --sentiment-drop values. */
class AnomaliesTest {
  private static final ActorDictionary DICTIONARY = ActorDictionary.loadDefault();
  private static final LocalDate START = LocalDate.parse("2025-07-01");

  @Test
  void valuesAreParsedAndSortedByDayThenActor() {
    Anomalies a = Anomalies.parse(List.of("kash_patel:2025-07-05:2.50", "jd_vance:2025-07-05:6",
        "donald_tusk:2025-07-01:0.5"), List.of("jd_vance:2025-07-03", "donald_tusk:2025-07-03"), DICTIONARY, START, 5);
    assertEquals(List.of(new Anomalies.Spike("donald_tusk", START, new BigDecimal("0.5")),
        new Anomalies.Spike("jd_vance", LocalDate.parse("2025-07-05"), new BigDecimal("6")),
        new Anomalies.Spike("kash_patel", LocalDate.parse("2025-07-05"), new BigDecimal("2.5"))), a.spikes());
    assertEquals(List.of(new Anomalies.Drop("donald_tusk", LocalDate.parse("2025-07-03")),
        new Anomalies.Drop("jd_vance", LocalDate.parse("2025-07-03"))), a.drops());
    assertEquals(" --spike=donald_tusk:2025-07-01:0.5 --spike=jd_vance:2025-07-05:6 --spike=kash_patel:2025-07-05:2.5"
        + " --sentiment-drop=donald_tusk:2025-07-03 --sentiment-drop=jd_vance:2025-07-03", a.commandLine());
    assertTrue(Anomalies.parse(List.of(), List.of(), DICTIONARY, START, 5).isEmpty());
  }

  @Test
  void theFirstAndLastDayAreInRangeAndTheFactorMayBeAThousand() {
    Anomalies a = Anomalies.parse(List.of("jd_vance:2025-07-01:1000", "jd_vance:2025-07-05:1E-3"),
        List.of("jd_vance:2025-07-05"), DICTIONARY, START, 5);
    assertEquals(2, a.spikes().size());
    assertEquals("0.001", a.spikes().get(1).factor().toPlainString());
  }

  @Test
  void badValuesSayWhatIsWrong() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Anomalies.parse(List.of("jd_vance:2025-07-06:6"), List.of(), DICTIONARY, START, 5));
    assertEquals("--spike: 2025-07-06 is outside the generated days 2025-07-01 to 2025-07-05", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Anomalies.parse(List.of(), List.of("no_such_actor:2025-07-02"), DICTIONARY, START, 5));
    assertTrue(e.getMessage().startsWith("--sentiment-drop: unknown actor id 'no_such_actor'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Anomalies.parse(List.of("jd_vance:2025-07-02:Infinity"), List.of(), DICTIONARY, START, 5));
    assertEquals("--spike: the factor must be a number greater than 0 and at most 1000, not 'Infinity'",
        e.getMessage());
  }
}
