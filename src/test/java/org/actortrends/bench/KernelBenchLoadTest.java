package org.actortrends.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.actortrends.generate.GenerateCommand;
import org.actortrends.io.InputFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * bench counts every format the same way: the articles the job's readers accept (not lines), and the input as
 * stored, uncompressed: decompressed bytes for the gzipped text formats and WARC, file bytes for Parquet and plain
 * news-please files. The kernel's articles carry those bytes between them, so its MB are the corpus's MB.
 */
class KernelBenchLoadTest {
  private static final int ARTICLES = 30;

  @TempDir
  Path tmp;

  @ParameterizedTest
  @CsvSource({"jsonl, json_lines 2", "csv, csv 2", "warc, warc 2", "parquet, parquet 2",
      "news-please, json_lines " + ARTICLES})
  void countsArticlesAndTheInputBytesAsStored(String format, String formats) throws IOException {
    Path dir = tmp.resolve(format);
    assertEquals(0, GenerateCommand.execute(new String[] {"--articles=" + ARTICLES, "--days=2", "--seed=4",
        "--format=" + format, "--output=" + dir}));
    List<String> files = InputFiles.expand(dir.toString());

    KernelBench.Corpus corpus = KernelBench.load(files, Long.MAX_VALUE);

    assertEquals(ARTICLES, corpus.records());
    assertEquals(ARTICLES, corpus.articles());
    assertEquals(ARTICLES, corpus.docs().size());
    assertEquals(storedBytes(files), corpus.bytes());
    assertEquals(corpus.bytes(), KernelBench.bytes(corpus.docs()));
    assertEquals(formats, BenchCommand.formats(files));
  }

  @ParameterizedTest
  @CsvSource({"jsonl", "warc"})
  void keepsTheArticlesOfWholeFilesUpToTheLimitAndCountsTheRest(String format) throws IOException {
    Path dir = tmp.resolve(format);
    assertEquals(0, GenerateCommand.execute(new String[] {"--articles=" + ARTICLES, "--days=2", "--seed=4",
        "--format=" + format, "--shards=3", "--output=" + dir}));
    List<String> files = InputFiles.expand(dir.toString());

    KernelBench.Corpus firstFileOnly = KernelBench.load(files, 1);
    KernelBench.Corpus none = KernelBench.load(files, 0);

    assertEquals(ARTICLES, firstFileOnly.articles());
    assertEquals(ARTICLES / 3, firstFileOnly.docs().size());
    assertEquals(storedBytes(files.subList(0, 1)), KernelBench.bytes(firstFileOnly.docs()));
    assertEquals(0, none.docs().size());
    assertEquals(firstFileOnly.bytes(), none.bytes());
  }

  /** What the files hold uncompressed, computed apart from the readers. */
  private static long storedBytes(List<String> files) throws IOException {
    long total = 0;
    for (String file : files) {
      if (!file.endsWith(".gz")) {
        total += Files.size(Path.of(file));
        continue;
      }
      try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(file)))) { // all members of a .warc.gz
        total += in.transferTo(OutputStream.nullOutputStream());
      }
    }
    return total;
  }
}
