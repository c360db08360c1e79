package org.actortrends.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlArticleTest {
  private static final String P1 = "The city council voted on Tuesday to approve the new budget, which raises spending "
      + "on schools, parks and public transport by a modest amount over the next two years.";
  private static final String P2 = "Critics said the plan, drafted in a hurry, leaves the pension fund short, while "
      + "supporters answered that the gap is small, temporary and already covered by reserves.";
  private static final String P3 = "The mayor, who had promised a balanced budget, said she would sign it this week, "
      + "and the first payments are expected in the spring, according to the finance office.";

  private static String page(String head, String article) {
    return "<html><head>" + head + "</head><body>"
        + "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World news, politics and more</a></li></ul></nav>"
        + "<header class='site-header'><a href='/'>The Daily Example</a></header>"
        + "<div class='main-column'>" + article + "</div>"
        + "<div class='comments'><p>First comment, I think this budget is a disaster, really, truly, madly.</p>"
        + "<p>Second comment, no, it is fine, stop complaining about everything, every single day.</p></div>"
        + "<div class='related-stories'><ul><li><a href='/a'>Another story about the council, budgets and taxes</a>"
        + "</li><li><a href='/b'>Yet another story about parks, schools, transport</a></li></ul></div>"
        + "<footer><p>Copyright 2024 The Daily Example, all rights reserved, terms, privacy, cookies.</p></footer>"
        + "</body></html>";
  }

  private static final String ARTICLE = "<article><h1>Council approves budget</h1><p>" + P1 + "</p><p>" + P2
      + "</p><p>" + P3 + "</p><div class='share-buttons'><a href='#'>Share on Facebook</a></div></article>";

  @Test
  void mainTextKeepsTheParagraphsAndDropsNavigationCommentsRelatedAndFooter() {
    HtmlArticle a = HtmlArticle.extract(page("<title>Budget | The Daily Example</title>", ARTICLE),
        "https://example.com/budget");
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, a.text());
    assertEquals("Council approves budget", a.title());
    assertNull(a.published());
  }

  @Test
  void titleAndTimeFromMetaTags() {
    HtmlArticle a = HtmlArticle.extract(page("<title>Budget | Site</title><meta property='og:title' content='Budget "
        + "approved'><meta property='article:published_time' content='2024-03-05T09:30:00+01:00'>", ARTICLE), null);
    assertEquals("Budget approved", a.title());
    assertEquals("2024-03-05T09:30+01:00", a.published());
  }

  @Test
  void timeFromJsonLdInsideAGraph() {
    String jsonLd = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@type\":\"NewsArticle\",\"headline\":\"Budget passes\","
        + "\"datePublished\":\"2024-03-05T08:00:00Z\"}]}</script>";
    HtmlArticle a = HtmlArticle.extract(page("<title>t</title>" + jsonLd, ARTICLE), null);
    assertEquals("2024-03-05T08:00Z", a.published());
  }

  @Test
  void malformedJsonLdIsSkippedAndTimeElementIsUsed() {
    String article = "<article><time datetime='2024-03-05'>5 March</time><p>" + P1 + "</p><p>" + P2 + "</p></article>";
    HtmlArticle a = HtmlArticle.extract(page("<script type='application/ld+json'>{not json</script>", article), "");
    assertEquals("2024-03-05", a.published());
  }

  @Test
  void otherMetaNamesAndOffsetsWithoutColon() {
    HtmlArticle a = HtmlArticle.extract(page("<meta name='pubdate' content='2024-03-05 10:15:00 +0200'>", ARTICLE),
        null);
    assertEquals("2024-03-05T10:15+02:00", a.published());
    assertNull(PageMetadata.iso("yesterday"));
    assertNull(PageMetadata.iso("2024-02-30"));
  }

  @Test
  void hiddenAndScriptTextIsNotArticleText() {
    String article = "<div class='story-body'><p>" + P1 + "</p><script>var x = 'not text, not text';</script>"
        + "<p style='display:none'>Hidden paragraph that must not appear, really, at all, ever, anywhere.</p><p>"
        + P2 + "</p></div>";
    String text = HtmlArticle.extract(page("", article), null).text();
    assertEquals(P1 + "\n\n" + P2, text);
  }

  @Test
  void anArticleInsideAnUnlikelyContainerIsStillFound() {
    String article = "<div class='sidebar-layout'><div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1
        + "</p></div></div>";
    String text = HtmlArticle.extract("<html><body>" + article + "</body></html>", null).text();
    assertTrue(text.startsWith(P1 + "\n\n" + P2), text);
  }

  @Test
  void emptyAndTextOnlyInputs() {
    assertEquals("", HtmlArticle.extract("", null).text());
    assertEquals("", HtmlArticle.extract(null, null).text());
    assertEquals(P1, HtmlArticle.extract(P1, null).text());
  }

  @Test
  void aBombOfNestedDivsFinishesQuicklyWithoutOverflowingTheStack() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(depth)).append("<p>").append(P1).append("</p>").append("</div>".repeat(depth));
    html.append("</body></html>");
    HtmlArticle a = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> HtmlArticle.extract(html.toString(), null));
    assertEquals(P1, a.text());
  }

  @Test
  void aFiftyMegabytePageIsCutAtTheLimit() {
    StringBuilder html = new StringBuilder(52 * 1024 * 1024);
    html.append("<html><body><article><p>").append(P1).append("</p><p>").append(P2).append("</p></article>");
    String filler = "<div class='x'><span>filler filler filler</span></div>\n";
    while (html.length() < 50 * 1024 * 1024) {
      html.append(filler);
    }
    html.append("<p>THE END MARKER after fifty megabytes, which is never read, not at all.</p></body></html>");
    HtmlArticle a = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> HtmlArticle.extract(html.toString(), null));
    assertTrue(a.text().startsWith(P1), a.text().substring(0, Math.min(200, a.text().length())));
    assertFalse(a.text().contains("THE END MARKER"));
  }
}
