/**
 * Reading corpus files into articles, in plain Java (no Beam types), so the pipeline can call it from any transform.
 *
 * <p>{@link org.actortrends.io.CorpusRecordReader} streams the records of one decompressed file;
 * {@link org.actortrends.io.ArticleParser} turns each record into an {@link org.actortrends.io.Article} or a
 * {@link org.actortrends.io.RejectReason}. Every record read gives exactly one
 * {@link org.actortrends.io.ParsedRecord}, so records read = accepted + rejected.
 */
package org.actortrends.io;
