package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a sample-data day, with an actor whose display name carries a script: the HTML keeps it inert, and
 * headless Chromium renders every chart, on a laptop's width and a phone's.
 */
class ReportRenderingIT {
  static final String DAY = "2025-08-20";
  static final String EVIL_NAME = "Vladimir <script>document.title='pwned'</script> Putin";

  @TempDir
  static Path tmp;
  static Path html;

  @BeforeAll
  static void runAndReport() throws Exception {
    String yaml = Files.readString(Paths.get("pipelines/actors.yaml"));
    // Putin's entry: a display name with a script in it; his real name stays a form as an alias.
    String evil = yaml.replace("    name: Vladimir Putin\n", "    name: \"" + EVIL_NAME + "\"\n")
        .replace("    aliases: [Vladimir Vladimirovich Putin]\n",
            "    aliases: [Vladimir Vladimirovich Putin, Vladimir Putin]\n    short: [Putin]\n");
    assertTrue(evil.contains(EVIL_NAME) && evil.contains("Vladimir Putin]\n    short: [Putin]"),
        "the dictionary entry to change was not found");
    Path actors = tmp.resolve("actors.yaml");
    Files.writeString(actors, evil);
    Path out = tmp.resolve("out");
    JobJar.Result run = JobJar.run(tmp, "run", "--input=sample-data/articles", "--output=" + out,
        "--actors=" + actors);
    assertEquals(0, run.exit(), run.stderr());
    JobJar.Result report = JobJar.run(tmp, "report", "--output=" + out, "--day=" + DAY);
    assertEquals(0, report.exit(), report.stderr());
    html = out.resolve("reports/" + DAY + "/report.html");
  }

  @Test
  void aScriptInAnActorNameComesOutAsText() throws Exception {
    String page = Files.readString(html);
    assertTrue(page.contains("Vladimir &lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; Putin"));
    assertFalse(page.contains("<script"));
    assertFalse(Files.readString(html.resolveSibling("report.md")).contains("<script"));

    HeadlessChromium.requireInstalled();
    String dom = HeadlessChromium.dumpDom(html, tmp);
    assertFalse(dom.contains("<script"), "no script element in the rendered DOM");
    assertTrue(dom.contains("<title>Who is in the news, " + DAY), "the title was not changed by a script");
    assertTrue(dom.contains("Vladimir &lt;script&gt;"), "the name is shown as text");
  }

  @Test
  void chromiumRendersEveryChartOnALaptopAndAPhone() throws Exception {
    HeadlessChromium.requireInstalled();
    String dom = HeadlessChromium.dumpDom(html, tmp);
    int sparklines = dom.split("<svg class=\"sparkline", -1).length - 1;
    assertTrue(sparklines >= 10, sparklines + " sparklines in the DOM");
    assertTrue(dom.contains("<svg class=\"volume-chart\""));
    assertEquals(29, dom.split("<rect class=\"(day|today)\"", -1).length - 1, "a bar for every day of the window");

    BufferedImage laptop = HeadlessChromium.screenshot(html, tmp, 1280, 2600);
    BufferedImage phone = HeadlessChromium.screenshot(html, tmp, 390, 3400);
    for (BufferedImage shot : new BufferedImage[] {laptop, phone}) {
      // today's bar of the volume chart (#2f6fdf) and the past days' bars (#b8c7e0) were painted
      assertTrue(HeadlessChromium.pixelsNear(shot, 0x2f6fdf) > 200, "today's bar and sparklines are drawn");
      assertTrue(HeadlessChromium.pixelsNear(shot, 0xb8c7e0) > 2000, "the window's bars are drawn");
    }
    // on a phone the page fits the width: nothing is cut off at the right edge of the volume chart
    assertTrue(HeadlessChromium.pixelsNear(phone.getSubimage(300, 0, 90, phone.getHeight()), 0xb8c7e0) > 50);
  }
}
