package org.actortrends.generate;

import java.io.Closeable;
import java.io.IOException;

/** Where a shard's articles go, in one corpus format: {@link ShardWriter} composes, a sink writes. */
interface ArticleSink extends Closeable {
  void write(ArticleComposer.Article article) throws IOException;
}
