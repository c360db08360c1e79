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
}
