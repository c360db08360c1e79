package org.actortrends.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/** Peak resident memory of a process, from Linux's /proc/PID/status (VmHWM). */
final class PeakRss {
  private PeakRss() {}

  /** Bytes of the highest resident set so far, or 0 where /proc is not available. */
  static long ofPid(long pid) {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException gone) {
      // the process ended between two looks
    }
    return 0;
  }

  /** Waits for {@code p} to end, sampling its peak RSS every 100 ms; returns the last (highest) value. */
  static long watch(Process p) throws InterruptedException {
    long peak = 0;
    while (p.isAlive()) {
      peak = Math.max(peak, ofPid(p.pid()));
      Thread.sleep(100);
    }
    return peak;
  }
}
