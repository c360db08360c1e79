package org.actortrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing requirement fails on CI and skips elsewhere, saying what is missing either way. */
class RequiredTest {
  @Test
  void missingFailsOnCiAndSkipsElsewhereWithTheReason() {
    AssertionFailedError onCi = assertThrows(AssertionFailedError.class, () -> Required.missing("the browser", true));
    assertEquals("CI needs the browser", onCi.getMessage());
    TestAbortedException elsewhere = assertThrows(TestAbortedException.class,
        () -> Required.missing("the browser", false));
    assertEquals("skipped outside CI, missing the browser", elsewhere.getMessage());
  }

  @Test
  void dataIsReturnedWhenReadableAndNamedWhenNot(@TempDir Path dir) throws Exception {
    Path present = Files.writeString(dir.resolve("present.tsv"), "id\trating\ttext\n");
    assertEquals(present, Required.data(present, "a test file"));
    Throwable absent = assertThrows(Throwable.class, () -> Required.data(dir.resolve("absent.tsv"), "a test file"));
    assertTrue(absent.getMessage().contains("a test file: no readable " + dir.resolve("absent.tsv")),
        absent.getMessage());
  }
}
