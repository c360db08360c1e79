package org.actortrends.extract;

import java.util.List;

/**
 * What the extractor found in one article.
 *
 * @param tone GDELT-style document tone
 * @param sentences number of sentences read
 * @param mentions actor mentions in text order
 * @param mentionSentiment sentiment of each mention, parallel to {@code mentions}
 * @param mentionRoles role of each mention in the article's speech, parallel to {@code mentions}
 * @param speech quotes and reported statements in text order, each with its speaker or none
 * @param names the names that link to no actor, under their fullest forms
 */
public record ArticleAnalysis(Tone tone, int sentences, List<Mention> mentions, double[] mentionSentiment,
    MentionRole[] mentionRoles, List<Speech> speech, List<UnlinkedName> names) {

  /** Without speech or names: every mention {@link MentionRole#OTHER}. */
  public ArticleAnalysis(Tone tone, int sentences, List<Mention> mentions, double[] mentionSentiment) {
    this(tone, sentences, mentions, mentionSentiment, allOther(mentions.size()), List.of(), List.of());
  }

  private static MentionRole[] allOther(int n) {
    MentionRole[] roles = new MentionRole[n];
    java.util.Arrays.fill(roles, MentionRole.OTHER);
    return roles;
  }

  public int words() {
    return tone.wordCount();
  }

  /**
   * The speaker of sentence {@code s}: the actor of the first speech that covers it, -1 when that speech names no
   * actor, -2 when the sentence holds no speech.
   */
  public int sentenceSpeaker(int s) {
    for (Speech sp : speech) {
      if (sp.firstSentence() <= s && s <= sp.lastSentence()) {
        return sp.speaker();
      }
    }
    return -2;
  }
}
