package org.actortrends.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The cause named in run's one error line when the job fails. */
class FailureMessageTest {
  /** Stands in for Flink's exception of the same name. */
  static final class NoResourceAvailableException extends RuntimeException {
    NoResourceAvailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Test
  void aClusterThatLostItsOnlyTaskManagerNamesTheSlotTimeoutAndTheSpentRestarts() {
    // The chain the client got when the only TaskManager of a cluster was killed (README.md, "When a TaskManager
    // dies"): three restarts, each waiting 5 minutes for a slot.
    Throwable e = new RuntimeException("Pipeline execution failed",
        new Exception("Job failed (JobID: 515906f6781b54c04027530788886dca)",
            new Exception("Job execution failed.",
                new Exception("Recovery is suppressed by FixedDelayRestartBackoffTimeStrategy("
                    + "maxNumberRestartAttempts=3, backoffTimeMS=2000)",
                    new CompletionException(new CompletionException(new NoResourceAvailableException(
                        "Slot request bulk is not fulfillable! Could not allocate the required slot within slot "
                            + "request timeout",
                        new TimeoutException("Timeout has occurred: 300000 ms"))))))));
    assertEquals(" (no restart left in FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=3, "
            + "backoffTimeMS=2000)): NoResourceAvailableException: Slot request bulk is not fulfillable! Could not "
            + "allocate the required slot within slot request timeout (Timeout has occurred: 300000 ms)",
        RunCommand.failureMessage(e));
  }

  @Test
  void otherwiseTheDeepestCauseInOneLine() {
    Throwable e = new RuntimeException("wrapper",
        new IllegalStateException("injected failure after writing actor_daily\nsecond line"));
    assertEquals(": IllegalStateException: injected failure after writing actor_daily", RunCommand.failureMessage(e));
    assertEquals(": TimeoutException: Timeout has occurred: 10 ms",
        RunCommand.failureMessage(new TimeoutException("Timeout has occurred: 10 ms")));
  }

  @Test
  void runningOutOfHeapSaysHowMuchThereWasAndWhatToDo() {
    // how the direct runner ended a million articles in -Xmx1500m
    Throwable e = new RuntimeException("java.lang.OutOfMemoryError: Java heap space",
        new OutOfMemoryError("Java heap space"));
    String message = RunCommand.failureMessage(e);
    assertTrue(message.startsWith(": OutOfMemoryError: Java heap space (the JVM's heap, -Xmx, is "), message);
    assertTrue(message.contains(" MB: give it more, or run on Flink, --runner=FlinkRunner,"), message);
  }
}
