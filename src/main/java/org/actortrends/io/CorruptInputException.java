package org.actortrends.io;

/** A file that could not be read to its end, with {@code --onCorruptFile=fail}: the run stops with this line. */
public final class CorruptInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CorruptInputException(String message) {
    super(message);
  }
}
