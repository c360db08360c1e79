package org.actortrends.io.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * The main text of a page, found the way Readability does it, reimplemented on jsoup with iterative walks only:
 * markup that is never article text (scripts, navigation, forms, hidden elements, and elements whose class or id
 * says comments, sharing, related links, sidebars, ...) is dropped; the remaining text is cut into blocks at block
 * elements; every paragraph-like block of 25 characters or more scores its parent and, less, its ancestors (more
 * for commas and length); candidates are weighted by their class/id hints and by how little of their text is link
 * text; the best candidate and its siblings that score well enough hold the article, whose blocks, less those that
 * are mostly links, are the text.
 */
final class MainText {
  private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "iframe", "svg", "canvas",
      "button", "input", "select", "textarea", "nav", "aside", "footer", "template", "object", "embed", "video",
      "audio", "figure", "figcaption", "picture", "img", "head", "link", "meta", "dialog", "menu");

  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
      "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot",
      "tr", "td", "th", "figure", "header", "form", "address", "center", "hr", "body", "fieldset", "details",
      "summary", "caption");

  /** Blocks owned by these (or by a block element without block children) score their ancestors. */
  private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");

  private static final Set<String> DROP_ROLES = Set.of("navigation", "complementary", "contentinfo", "banner",
      "menu", "menubar", "dialog", "alert", "alertdialog");

  private static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumbs|combx|comment|community"
      + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
      + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter"
      + "|subscribe|share|sharing|promo|recirc|outbrain|taboola|byline|author-info|signup|paywall",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page"
      + "|pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx"
      + "|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share"
      + "|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget", Pattern.CASE_INSENSITIVE);
  private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
      Pattern.CASE_INSENSITIVE);

  /** A short block that says one of these invites the reader elsewhere; it is not article text. */
  private static final Pattern PROMOTION = Pattern.compile("\\b(subscribe|newsletters?|sign up|click here|"
      + "read more|all rights reserved)\\b", Pattern.CASE_INSENSITIVE);

  private MainText() {}

  /** A run of text between block boundaries, with the block element that holds it. */
  private static final class Block {
    final Element owner;
    final StringBuilder text = new StringBuilder();
    int linkChars;

    Block(Element owner) {
      this.owner = owner;
    }
  }

  /** Below this many characters a result is retried with fewer rules, as Readability does. */
  private static final int ENOUGH_TEXT = 500;

  static String extract(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    dropNeverText(body);
    Set<Element> unlikely = unlikely(body);
    String best = "";
    // First with the unlikely elements left out and class hints weighed. Too little text, and the article may sit
    // in an element that only looks unlikely (a "sidebar-layout" wrapping the whole page): the best candidate is
    // found with nothing left out, and the unlikely elements that are not it or its ancestors are left out again;
    // then the same without class hints. When none reaches ENOUGH_TEXT, a short article, a retry's text is taken
    // only when it is at least twice as long as the text before (else a retry adds the comments to a short story).
    for (int attempt = 0; attempt < 3; attempt++) {
      Result result = extract(body, unlikely, attempt < 2);
      if (attempt > 0) {
        Result open = extract(body, Set.of(), attempt < 2);
        Set<Element> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
        skipped.addAll(unlikely);
        int steps = 0;
        for (Element e = open.top; e != null && steps++ < 10_000; e = e.parent()) {
          skipped.remove(e);
        }
        result = extract(body, skipped, attempt < 2);
      }
      if (result.text.length() >= ENOUGH_TEXT) {
        return result.text;
      }
      if (attempt == 0 || result.text.length() >= 2 * best.length()) { // a retry must find much more
        best = result.text;
      }
    }
    return best;
  }

  /** A main text and the element it was found in (null when none scored). */
  private record Result(String text, Element top) {}

  private static Result extract(Element body, Set<Element> skipped, boolean weighClasses) {
    Map<Element, int[]> totals = new IdentityHashMap<>(); // text chars, link chars
    List<Block> blocks = blocks(body, skipped, totals);
    Map<Element, Double> scores = score(blocks, totals, weighClasses);
    Element top = null;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (top == null || e.getValue() > scores.get(top)) {
        top = e.getKey();
      }
    }
    if (top == null) {
      return new Result(join(blocks, null), null);
    }
    top = commonAncestorOfAlternatives(top, scores);
    top = betterScoringParent(top, scores);
    Set<Element> chosen = siblings(top, scores, totals);
    Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element root : chosen) {
      NodeTraversor.traverse((node, depth) -> {
        if (node instanceof Element el) {
          inside.add(el);
        }
      }, root);
    }
    return new Result(join(blocks, inside), top);
  }

  /** Removes what is never article text: scripts, forms' controls, navigation, media, hidden elements. */
  private static void dropNeverText(Element body) {
    for (Element el : body.getAllElements()) {
      if (el == body || el.parent() == null) {
        continue;
      }
      if (DROP_TAGS.contains(el.normalName()) || el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))
          || DROP_ROLES.contains(el.attr("role")) || HIDDEN_STYLE.matcher(el.attr("style")).find()) {
        el.remove();
      }
    }
  }

  /** The elements whose class or id says they are unlikely to hold the article (comments, sharing, ...). */
  private static Set<Element> unlikely(Element body) {
    Set<Element> unlikely = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element el : body.getAllElements()) {
      String tag = el.normalName();
      if (el == body || tag.equals("article") || tag.equals("main") || tag.equals("a")
          || el.attr("itemprop").equalsIgnoreCase("articleBody")) {
        continue;
      }
      String hints = el.className() + " " + el.id();
      if (hints.length() > 1 && UNLIKELY.matcher(hints).find() && !MAYBE.matcher(hints).find()) {
        unlikely.add(el);
      }
    }
    return unlikely;
  }

  /** The text blocks in document order; fills {@code totals} with each element's text and link characters. */
  private static List<Block> blocks(Element body, Set<Element> skipped, Map<Element, int[]> totals) {
    List<Block> blocks = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      final List<Element> owners = new ArrayList<>();
      final List<int[]> counters = new ArrayList<>();
      Block current;
      int links;

      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element el && skipped.contains(el)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode t) {
          String text = t.text();
          if (text.isBlank()) {
            if (current != null && current.text.length() > 0) {
              current.text.append(' ');
            }
            return FilterResult.CONTINUE;
          }
          if (current == null) {
            current = new Block(owners.get(owners.size() - 1));
          }
          int before = current.text.length();
          current.text.append(text);
          int added = current.text.length() - before;
          if (links > 0) {
            current.linkChars += added;
          }
          int[] c = counters.get(counters.size() - 1);
          c[0] += added;
          c[1] += links > 0 ? added : 0;
        } else if (node instanceof Element el) {
          int[] c = new int[2];
          totals.put(el, c);
          counters.add(c);
          if (el.normalName().equals("a")) {
            links++;
          }
          if (BLOCK_TAGS.contains(el.normalName()) || el == body) {
            flush();
            owners.add(el);
          } else if (el.normalName().equals("br")) {
            flush();
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el) {
          if (el.normalName().equals("a")) {
            links--;
          }
          if (BLOCK_TAGS.contains(el.normalName()) || el == body) {
            flush();
            owners.remove(owners.size() - 1);
          }
          int[] c = counters.remove(counters.size() - 1);
          if (!counters.isEmpty()) {
            int[] parent = counters.get(counters.size() - 1);
            parent[0] += c[0];
            parent[1] += c[1];
          }
        }
        return FilterResult.CONTINUE;
      }

      private void flush() {
        if (current != null) {
          String s = current.text.toString().strip();
          if (!s.isEmpty()) {
            current.text.setLength(0);
            current.text.append(s);
            blocks.add(current);
          }
          current = null;
        }
      }
    }, body);
    return blocks;
  }

  private static Map<Element, Double> score(List<Block> blocks, Map<Element, int[]> totals,
      boolean weighClasses) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    Set<Element> initialized = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Block block : blocks) {
      int length = block.text.length();
      if (length < 25) {
        continue;
      }
      Element owner = block.owner;
      String tag = owner.normalName();
      Element start;
      if (SCORED_TAGS.contains(tag)) {
        start = owner.parent();
      } else if (tag.equals("div") || tag.equals("article") || tag.equals("main") || tag.equals("body")) {
        start = hasBlockChild(owner) ? owner : owner.parent();
      } else {
        continue;
      }
      double score = 1 + commas(block.text) + Math.min(length / 100, 3);
      Element ancestor = start;
      for (int level = 0; level < 5 && ancestor != null; level++, ancestor = ancestor.parent()) {
        if (ancestor.normalName().equals("html") || ancestor.normalName().equals("#root")) {
          break;
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Element a = ancestor;
        scores.merge(a, score / divider, Double::sum);
        if (initialized.add(a)) {
          scores.merge(a, initialScore(a, weighClasses), Double::sum);
        }
      }
    }
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      e.setValue(e.getValue() * (1 - linkDensity(e.getKey(), totals)));
    }
    return scores;
  }

  private static boolean hasBlockChild(Element el) {
    for (Element child : el.children()) {
      if (BLOCK_TAGS.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static int commas(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c == ',' || c == '，' || c == '،' ? 1 : 0;
    }
    return n;
  }

  private static double initialScore(Element el, boolean weighClasses) {
    double score = switch (el.normalName()) {
      case "div", "article" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return weighClasses ? score + classWeight(el) : score;
  }

  static double classWeight(Element el) {
    double weight = 0;
    for (String hint : new String[] {el.className(), el.id()}) {
      if (!hint.isEmpty()) {
        weight += NEGATIVE.matcher(hint).find() ? -25 : 0;
        weight += POSITIVE.matcher(hint).find() ? 25 : 0;
      }
    }
    if (el.attr("itemprop").equalsIgnoreCase("articleBody")) {
      weight += 50;
    }
    return weight;
  }

  private static double linkDensity(Element el, Map<Element, int[]> totals) {
    int[] c = totals.get(el);
    return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
  }

  /** When three or more of the best candidates lie under one ancestor of {@code top}, that ancestor. */
  private static Element commonAncestorOfAlternatives(Element top, Map<Element, Double> scores) {
    double topScore = scores.get(top);
    List<Element> alternatives = new ArrayList<>();
    scores.entrySet().stream()
        .filter(e -> e.getKey() != top && e.getValue() >= topScore * 0.75)
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .limit(4)
        .forEach(e -> alternatives.add(e.getKey()));
    if (alternatives.size() < 3) {
      return top;
    }
    Element parent = top.parent();
    int steps = 0;
    while (parent != null && !parent.normalName().equals("body") && steps++ < 50) {
      int containing = 0;
      for (Element alt : alternatives) {
        if (isAncestor(parent, alt)) {
          containing++;
        }
      }
      if (containing >= 3) {
        return parent;
      }
      parent = parent.parent();
    }
    return top;
  }

  /**
   * Climbs from {@code top} through ancestors that keep at least a third of its score; the first that scores more
   * than the one below it holds more of the article (an article split into sections) and replaces it.
   */
  private static Element betterScoringParent(Element top, Map<Element, Double> scores) {
    Double topScore = scores.get(top);
    if (topScore == null) {
      return top;
    }
    double last = topScore;
    double threshold = last / 3;
    int steps = 0;
    for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body") && steps++ < 50;
        parent = parent.parent()) {
      Double score = scores.get(parent);
      if (score == null) {
        continue;
      }
      if (score < threshold) {
        break;
      }
      if (score > last) {
        return parent;
      }
      last = score;
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element el) {
    int steps = 0;
    for (Element p = el.parent(); p != null && steps < 200; p = p.parent(), steps++) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** {@code top} and its siblings that score well enough, or are plain paragraphs of prose. */
  private static Set<Element> siblings(Element top, Map<Element, Double> scores, Map<Element, int[]> totals) {
    Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    chosen.add(top);
    Element parent = top.parent();
    if (parent == null) {
      return chosen;
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      Double score = scores.get(sibling);
      if (score != null && score + bonus >= threshold) {
        chosen.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        int[] c = totals.get(sibling);
        int length = c == null ? 0 : c[0];
        double density = linkDensity(sibling, totals);
        String text = sibling.text();
        if (length > 80 && density < 0.25 || length > 0 && length <= 80 && density == 0
            && (text.contains(". ") || text.endsWith("."))) {
          chosen.add(sibling);
        }
      }
    }
    return chosen;
  }

  /** The blocks owned by elements in {@code inside} (all when null), less the link lists, one paragraph each. */
  private static String join(List<Block> blocks, Set<Element> inside) {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (inside != null && !inside.contains(block.owner)) {
        continue;
      }
      int length = block.text.length();
      if ((double) block.linkChars / length > 0.5 || block.owner.normalName().equals("h1")
          || length < 200 && PROMOTION.matcher(block.text).find()) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(block.text);
    }
    return out.toString();
  }
}
