package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Debian's Chromium, headless, as the end-to-end tests use it: the DOM of a page after it rendered, and screenshots.
 * Chromium is {@link Required}: on CI ({@code CI=true}) it must be there ({@code .ci/run} installs it); elsewhere
 * the tests that need it are skipped when it is missing.
 */
final class HeadlessChromium {
  static final Path BINARY = Paths.get("/usr/bin/chromium");

  private HeadlessChromium() {}

  static void requireInstalled() {
    if (!Files.isExecutable(BINARY)) {
      Required.missing("Chromium at " + BINARY + " (.ci/run installs Debian's chromium)");
    }
  }

  /** The page's DOM, serialised after the page loaded. */
  static String dumpDom(Path page, Path scratch) throws Exception {
    return run(scratch, List.of("--dump-dom", page.toUri().toString()));
  }

  /** A screenshot of the page at the given window size. */
  static BufferedImage screenshot(Path page, Path scratch, int width, int height) throws Exception {
    Path png = scratch.resolve("shot-" + width + "x" + height + ".png");
    run(scratch, List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png,
        page.toUri().toString()));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(width, image.getWidth());
    return image;
  }

  /** Pixels of the image within 12 per channel of the colour {@code rgb}. */
  static int pixelsNear(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        if (Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) <= 12 && Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255))
            <= 12 && Math.abs((p & 255) - (rgb & 255)) <= 12) {
          n++;
        }
      }
    }
    return n;
  }

  private static String run(Path scratch, List<String> args) throws Exception {
    Path profile = Files.createTempDirectory(scratch, "chromium-profile");
    List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile));
    cmd.addAll(args);
    Path stdout = Files.createTempFile(scratch, "chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 2 minutes: " + cmd);
    }
    assertEquals(0, p.exitValue(), "chromium failed: " + cmd);
    return Files.readString(stdout);
  }
}
