package org.actortrends.io;

import java.io.Serializable;

/**
 * What {@link ReadCorpus} does with each accepted article, right where it was read: the pipeline passes the
 * extraction kernel here, so whole texts never cross a step boundary (no runner has to copy or serialize them).
 *
 * @param <T> the compact result per article
 */
public interface ArticleProcessor<T> extends Serializable {
  /** Builds what the processor needs (dictionaries, kernels) once per worker instance. */
  void setup();

  /** The result for one article read at {@code file}:{@code line}. */
  T process(String file, long line, Article article);
}
