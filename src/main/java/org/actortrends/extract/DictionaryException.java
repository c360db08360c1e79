package org.actortrends.extract;

/**
 * A problem in the actor dictionary. Messages name the source, and for entry problems look like
 * {@code "<file>: actor '<id>' (entry N): <problem>"} (N counts entries from 1).
 */
public final class DictionaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DictionaryException(String message) {
    super(message);
  }

  public DictionaryException(String message, Throwable cause) {
    super(message, cause);
  }
}
