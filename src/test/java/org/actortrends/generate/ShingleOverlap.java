package org.actortrends.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Not a test: a measurement to set a near-duplicate threshold. For a corpus generated with {@code --copies}, the exact
 * Jaccard similarity of word k-shingles (k = 3, 4, 5) of the article bodies (title left out; words and numbers
 * lower-cased, everything else a separator) between (a) each copy and its original, (b) each different report and
 * the original of its event, (c) a sample of articles and the most similar article of the same day outside their
 * own story (an inverted index, so not all pairs). Run from the project directory:
 *
 * <pre>
 * mvn -B -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.actortrends.generate.ShingleOverlap DIR \
 *     [SAMPLE [K...]]
 * </pre>
 */
final class ShingleOverlap {
  private ShingleOverlap() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int sample = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    List<String> ids = new ArrayList<>();
    List<String> days = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Path part : GeneratedFiles.parts(dir)) {
      for (JsonNode a : GeneratedFiles.articles(part)) {
        ids.add(a.get("id").asText());
        days.add(a.get("published_at").asText().substring(0, 10));
        texts.add(a.get("text").asText());
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    int[] story = new int[ids.size()];
    Arrays.setAll(story, i -> i);
    List<int[]> copies = new ArrayList<>();
    for (String line : GeneratedFiles.csv(dir.resolve("_truth/stories.csv")).stream().skip(1).toList()) {
      String[] f = line.split(",");
      int a = index.get(f[0]);
      int s = index.get(f[1]);
      story[a] = s;
      if (a != s) {
        copies.add(new int[] {a, s});
      }
    }
    List<int[]> reports = new ArrayList<>();
    for (String line : GeneratedFiles.csv(dir.resolve("_truth/reports.csv")).stream().skip(1).toList()) {
      String[] f = line.split(",");
      reports.add(new int[] {index.get(f[0]), index.get(f[1])});
    }
    List<List<String>> tokens = new ArrayList<>();
    for (String t : texts) {
      tokens.add(words(t));
    }
    SplittableRandom rng = new SplittableRandom(1);
    int[] sampled = rng.ints(0, ids.size()).distinct().limit(Math.min(sample, ids.size())).toArray();
    System.out.printf(Locale.ROOT, "%s: %d articles, %d copies, %d reports, %d sampled for (c)%n", dir, ids.size(),
        copies.size(), reports.size(), sampled.length);
    int[] ks = args.length > 2 ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {3, 4, 5};
    for (int k : ks) {
      long[][] sets = new long[ids.size()][];
      for (int i = 0; i < sets.length; i++) {
        sets[i] = shingles(tokens.get(i), k);
      }
      double[] a = new double[copies.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = jaccard(sets[copies.get(i)[0]], sets[copies.get(i)[1]]);
      }
      double[] b = new double[reports.size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = jaccard(sets[reports.get(i)[0]], sets[reports.get(i)[1]]);
      }
      double[] c = nearestOutsideStory(sets, days, story, sampled);
      System.out.printf(Locale.ROOT, "k=%d (a) copy vs original:   %s%n", k, low(a));
      System.out.printf(Locale.ROOT, "k=%d (b) report vs original: %s%n", k, low(b));
      System.out.printf(Locale.ROOT, "k=%d (c) best other story:   %s%n", k, high(c));
    }
  }

  /** Lower-cased runs of letters and digits; everything else separates. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char ch = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(ch)) {
        w.append(Character.toLowerCase(ch));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    return out;
  }

  /** The distinct 64-bit hashes of the k-word shingles, sorted. */
  static long[] shingles(List<String> words, int k) {
    long[] out = new long[Math.max(0, words.size() - k + 1)];
    for (int i = 0; i < out.length; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < i + k; j++) {
        h = ArticleComposer.mix64(h ^ words.get(j).hashCode() * 0xC2B2AE3D27D4EB4FL + j - i);
      }
      out[i] = h;
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  static double jaccard(long[] x, long[] y) {
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        both++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return both / (double) (x.length + y.length - both);
  }

  /** For each sampled article, the highest Jaccard with an article of the same day in another story. */
  private static double[] nearestOutsideStory(long[][] sets, List<String> days, int[] story, int[] sampled) {
    Map<String, Map<Long, List<Integer>>> postings = new HashMap<>();
    for (int i = 0; i < sets.length; i++) {
      Map<Long, List<Integer>> day = postings.computeIfAbsent(days.get(i), d -> new HashMap<>());
      for (long s : sets[i]) {
        day.computeIfAbsent(s, x -> new ArrayList<>()).add(i);
      }
    }
    double[] out = new double[sampled.length];
    int[] shared = new int[sets.length];
    List<Integer> touched = new ArrayList<>();
    for (int n = 0; n < sampled.length; n++) {
      int x = sampled[n];
      Map<Long, List<Integer>> day = postings.get(days.get(x));
      for (long s : sets[x]) {
        for (int y : day.get(s)) {
          if (y != x && story[y] != story[x] && shared[y]++ == 0) {
            touched.add(y);
          }
        }
      }
      double best = 0;
      for (int y : touched) {
        best = Math.max(best, shared[y] / (double) (sets[x].length + sets[y].length - shared[y]));
        shared[y] = 0;
      }
      touched.clear();
      out[n] = best;
    }
    return out;
  }

  private static String low(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "n=%d min %.3f p0.1 %.3f p1 %.3f p5 %.3f p10 %.3f median %.3f max %.3f",
        s.length, s[0], at(s, 0.001), at(s, 0.01), at(s, 0.05), at(s, 0.10), at(s, 0.5), s[s.length - 1]);
  }

  private static String high(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "n=%d min %.3f median %.3f p90 %.3f p99 %.3f p99.9 %.3f max %.3f",
        s.length, s[0], at(s, 0.5), at(s, 0.90), at(s, 0.99), at(s, 0.999), s[s.length - 1]);
  }

  private static double at(double[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }
}
