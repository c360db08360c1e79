package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir
  Path tmp;

  @Test
  void anExistingFileOfAFormatNotReadIsNamedAsSuchNotAsMissing() throws Exception {
    Path text = Files.writeString(tmp.resolve("a.txt"), "hello");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.expand(text.toString()));
    assertTrue(e.getMessage().startsWith("Cannot tell the format of input file '" + text + "': expected a name"),
        e.getMessage());
    assertEquals("input file not found: " + tmp.resolve("b.jsonl"),
        assertThrows(IllegalArgumentException.class, () -> InputFiles.expand(tmp.resolve("b.jsonl").toString()))
            .getMessage());
  }

  @Test
  void directoriesYieldParquetAndNestedJsonFiles() throws Exception {
    Path deep = Files.createDirectories(tmp.resolve("np/2025/08/en"));
    Files.writeString(deep.resolve("a.json"), "{}");
    Files.writeString(tmp.resolve("np/b.parquet"), "x");
    Files.writeString(tmp.resolve("np/c.txt"), "x");
    java.util.List<String> files = InputFiles.expand(tmp.resolve("np").toString());
    assertEquals(2, files.size(), files.toString());
    assertTrue(files.stream().anyMatch(f -> f.endsWith("b.parquet")), files.toString());
    assertTrue(files.stream().anyMatch(f -> f.endsWith("a.json")), files.toString());
    Files.createDirectories(tmp.resolve("empty"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.expand(tmp.resolve("empty").toString()));
    assertTrue(e.getMessage().contains(".parquet"), e.getMessage());
  }

  @Test
  void aFormatForAllFilesReadsEveryVisibleFileWhateverItsName() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("crawl"));
    Files.writeString(dir.resolve("part-0.dat"), "x");
    Files.writeString(dir.resolve("part-1.warc.gz"), "x");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    java.util.Optional<CorpusFormat> warc = java.util.Optional.of(CorpusFormat.WARC);
    java.util.List<String> files = InputFiles.expand(dir.toString(), warc);
    assertEquals(2, files.size(), files.toString());
    assertTrue(files.get(0).endsWith("part-0.dat"), files.toString());
    assertEquals(java.util.List.of(dir.resolve("part-0.dat").toString()),
        InputFiles.expand(dir.resolve("part-0.dat").toString(), warc));
    assertEquals(1, InputFiles.expand(dir.toString()).size(), "without --format only the .warc.gz");
  }
}
