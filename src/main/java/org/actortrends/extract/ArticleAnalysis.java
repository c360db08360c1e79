package org.actortrends.extract;

import java.util.List;

/**
 * What the extractor found in one article.
 *
 * @param tone GDELT-style document tone
 * @param sentences number of sentences read
 * @param mentions actor mentions in text order
 * @param mentionSentiment sentiment of each mention, parallel to {@code mentions}
 */
public record ArticleAnalysis(Tone tone, int sentences, List<Mention> mentions, double[] mentionSentiment) {
  public int words() {
    return tone.wordCount();
  }
}
