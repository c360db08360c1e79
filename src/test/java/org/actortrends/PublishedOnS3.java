package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An object-store output as its readers see it: through the day manifests ({@code _manifests/YYYY-MM-DD.txt}),
 * never by listing the table folders.
 */
final class PublishedOnS3 {
  private final S3MockServer s3;
  private final String bucket;
  private final String prefix;

  PublishedOnS3(S3MockServer s3, String bucket, String prefix) {
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix;
  }

  String uri() {
    return "s3://" + bucket + "/" + prefix;
  }

  /** The files of each published day, as URIs. */
  Map<String, List<String>> manifests() throws Exception {
    Map<String, List<String>> days = new TreeMap<>();
    String dir = prefix + "/_manifests/";
    for (String key : s3.list(bucket, dir)) {
      String day = key.substring(dir.length(), key.length() - ".txt".length());
      List<String> files = new ArrayList<>();
      for (String line : new String(s3.get(bucket, key), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          files.add(line);
        }
      }
      days.put(day, files);
    }
    return days;
  }

  /** The run (run=ID folder) that published each day; fails if a day mixes runs or lists a missing file. */
  Map<String, String> runOfEachDay() throws Exception {
    Map<String, String> runs = new TreeMap<>();
    for (Map.Entry<String, List<String>> day : manifests().entrySet()) {
      TreeSet<String> dayRuns = new TreeSet<>();
      for (String file : day.getValue()) {
        assertTrue(file.startsWith(uri() + "/"), file);
        assertTrue(file.contains("/day=" + day.getKey() + "/"), day.getKey() + " lists " + file);
        assertTrue(s3.exists(bucket, key(file)), day.getKey() + " lists a missing file: " + file);
        dayRuns.add(file.replaceAll(".*/run=([^/]+)/.*", "$1"));
      }
      assertEquals(1, dayRuns.size(), "day " + day.getKey() + " mixes runs: " + day.getValue());
      runs.put(day.getKey(), dayRuns.first());
    }
    return runs;
  }

  /**
   * Copies the published files into {@code local} in the layout of a local output ({@code <table>/day=D/part-*},
   * {@code _rejected/}, {@code _run/summary.json}), so the local tests' readers compare them.
   */
  Path mirror(Path local) throws Exception {
    for (List<String> files : manifests().values()) {
      for (String file : files) {
        String relative = key(file).substring(prefix.length() + 1).replaceAll("/run=[^/]+/", "/");
        write(local.resolve(relative), s3.get(bucket, key(file)));
      }
    }
    for (String dir : List.of("_rejected/", "_run/")) {
      for (String key : s3.list(bucket, prefix + "/" + dir)) {
        write(local.resolve(key.substring(prefix.length() + 1)), s3.get(bucket, key));
      }
    }
    return local;
  }

  /** Every key of the output, relative to it. */
  List<String> keys() throws Exception {
    List<String> relative = new ArrayList<>();
    for (String key : s3.list(bucket, prefix + "/")) {
      relative.add(key.substring(prefix.length() + 1));
    }
    return relative;
  }

  private String key(String uri) {
    return uri.substring(("s3://" + bucket + "/").length());
  }

  private static void write(Path file, byte[] content) throws Exception {
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }
}
