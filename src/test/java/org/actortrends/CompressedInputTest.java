package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.actortrends.pipeline.RunCommand;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .bz2} and {@code .zst} input (README "Running", {@code --input}) gives the same rows, rejections and counts
 * as the same JSON Lines plain: the job runs in this JVM on one sample outlet and malformed.jsonl, once per form.
 */
class CompressedInputTest {
  private static final List<Path> FILES =
      List.of(Paths.get("sample-data/articles/harbor-times.jsonl"), Paths.get("sample-data/malformed.jsonl"));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;

  @BeforeAll
  static void runThePlainFiles() throws Exception {
    run("plain", "", out -> out);
  }

  @Test
  void bzip2GivesTheSameOutputAsPlain() throws Exception {
    run("bz2", ".bz2", BZip2CompressorOutputStream::new);
    assertSameOutputAsPlain("bz2");
  }

  @Test
  void zstandardGivesTheSameOutputAsPlain() throws Exception {
    run("zst", ".zst", ZstdOutputStream::new);
    assertSameOutputAsPlain("zst");
  }

  private interface Compressor {
    OutputStream wrap(OutputStream out) throws IOException;
  }

  /** Writes the files through the compressor into tmp/NAME, named with the suffix; the job writes tmp/NAME-out. */
  private static void run(String name, String suffix, Compressor compressor) throws Exception {
    Path input = Files.createDirectories(tmp.resolve(name));
    for (Path file : FILES) {
      Path target = input.resolve(file.getFileName() + suffix);
      try (OutputStream out = compressor.wrap(Files.newOutputStream(target))) {
        Files.copy(file, out);
      }
      assertTrue(suffix.isEmpty() || Files.size(target) < Files.size(file), target + " is compressed");
    }
    Path output = tmp.resolve(name + "-out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = new RunCommand(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true,
        StandardCharsets.UTF_8)).execute(new String[] {"--input=" + input, "--output=" + output, "--writeMentions", "--writeArticles",
            "--maxRejectedFraction=1"}); // malformed.jsonl is mostly rejections
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
  }

  private static void assertSameOutputAsPlain(String name) throws Exception {
    Path plain = tmp.resolve("plain-out");
    Path compressed = tmp.resolve(name + "-out");
    for (String table : SameOutput.TABLES) {
      SameOutput.assertSameRows(table, SameOutput.rows(plain.resolve(table)),
          SameOutput.rows(compressed.resolve(table)));
    }
    assertEquals(rejections("plain"), rejections(name), "rejected records");
    JsonNode want = JSON.readTree(plain.resolve("_run/summary.json").toFile());
    JsonNode got = JSON.readTree(compressed.resolve("_run/summary.json").toFile());
    assertEquals(15 + 48, want.get("read").asLong(), "every line of the two files is read");
    for (String field : List.of("read", "accepted", "rejected", "rejected_by_reason", "outside_languages", "days", "actors")) {
      assertEquals(want.get(field), got.get(field), "summary " + field);
    }
  }

  /** The rejected records of tmp/NAME-out, input files (also in a detail) named as in the plain run. */
  private static List<String> rejections(String name) throws Exception {
    List<String> records = new ArrayList<>();
    for (String line : SameOutput.rejectedLines(tmp.resolve(name + "-out"))) {
      records.add(line.replace(tmp.resolve(name) + "/", "").replaceAll("\\.jsonl\\.(bz2|zst)", ".jsonl"));
    }
    records.sort(null);
    return records;
  }
}
