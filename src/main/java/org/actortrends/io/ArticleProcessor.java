package org.actortrends.io;

import java.io.Serializable;
import java.util.function.Consumer;

/**
 * What {@link ReadCorpus} does with each accepted article, right where it was read: the pipeline passes the
 * extraction kernel here, so whole texts never cross a step boundary (no runner has to copy or serialize them).
 *
 * @param <T> the compact result per article
 */
public interface ArticleProcessor<T> extends Serializable {
  /** Builds what the processor needs (dictionaries, kernels) once per worker instance. */
  void setup();

  /** Frees what {@link #setup} built outside the Java heap (a native model session); most processors hold none. */
  default void teardown() {}

  /**
   * The result for one article read at {@code file}:{@code line}, or null when the run sets the article aside (a
   * day or a language it does not process): then the processor has passed the name of the count to add to
   * {@code setAside} (such as {@code outside_days}), and nothing of the article goes further.
   */
  T process(String file, long line, Article article, Consumer<String> setAside);
}
