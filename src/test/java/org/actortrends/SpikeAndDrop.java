package org.actortrends;

import java.nio.file.Path;

/**
 * The planted corpus of the nightly tests: 35 stationary days (no random big stories) from 2025-07-01, with one
 * actor's mentions spiking and another's tone dropping on the last day, 2025-08-04.
 */
final class SpikeAndDrop {
  static final String SPIKE = "jd_vance";
  static final String DROP = "benjamin_netanyahu";
  static final String LAST_DAY = "2025-08-04";

  private SpikeAndDrop() {}

  static String[] generateArgs(Path dir) {
    return new String[] {"generate", "--articles=12000", "--days=35", "--start=2025-07-01", "--seed=1",
        "--stories=0", "--spike=" + SPIKE + ":" + LAST_DAY + ":6", "--sentiment-drop=" + DROP + ":" + LAST_DAY,
        "--layout=by-day", "--output=" + dir};
  }
}
