package org.actortrends;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from outside the repository (labelled data, a browser, a table reader). On CI
 * ({@code CI=true}, set by {@code .ci/run}) everything must be there, so a missing piece fails the test with the
 * reason and a CI run skips nothing; elsewhere the test is skipped, saying what is missing.
 */
public final class Required {
  /**
   * The shared labelled data of README "Accuracy", beside the repository (tests run in its root);
   * {@code -DevalData=DIR} points elsewhere.
   */
  public static final Path EVAL_DATA = Path.of(System.getProperty("evalData", "../shared/eval"));

  private static final boolean ON_CI = "true".equals(System.getenv("CI"));

  private Required() {}

  /** A file of the shared labelled data, e.g. {@code sentiment/tweets.tsv}. */
  public static Path evalData(String file) {
    return data(EVAL_DATA.resolve(file), "the shared labelled data of README \"Accuracy\"");
  }

  /** A readable file the test cannot do without; {@code what} says what it is. */
  public static Path data(Path file, String what) {
    if (!Files.isReadable(file)) {
      missing(what + ": no readable " + file.toAbsolutePath().normalize());
    }
    return file;
  }

  /** Fails the test on CI, skips it elsewhere; never returns. */
  public static void missing(String what) {
    missing(what, ON_CI);
  }

  static void missing(String what, boolean onCi) {
    if (onCi) {
      fail("CI needs " + what);
    }
    Assumptions.abort("skipped outside CI, missing " + what);
  }
}
