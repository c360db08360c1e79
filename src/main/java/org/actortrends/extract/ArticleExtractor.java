package org.actortrends.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole per-article kernel: tokenize, split sentences, match actors, score sentences, mentions and tone. Plain
 * Java; build one per worker thread (the tokenizer and matcher reuse scratch buffers).
 */
public final class ArticleExtractor {
  private final Tokenizer tokenizer;
  private final SentimentScorer scorer;
  private final ToneCounter toneCounter;
  private final ActorMatcher matcher;
  private final Tokens tokens = new Tokens();
  private double[] sentenceScores = new double[64];

  public ArticleExtractor(ActorDictionary dictionary) {
    // Everything that adds words to the vocabulary comes before the first text is tokenized.
    Vocabulary vocabulary = new Vocabulary();
    scorer = new SentimentScorer(vocabulary);
    toneCounter = new ToneCounter(scorer, false); // plain word counts, as GDELT does
    tokenizer = new Tokenizer(vocabulary);
    matcher = new ActorMatcher(dictionary, vocabulary, tokenizer);
  }

  public ActorDictionary dictionary() {
    return matcher.dictionary();
  }

  /** Title and text are read as one document: the title, a blank line, the text. */
  public static String document(String title, String text) {
    return title == null || title.isBlank() ? text : title + "\n\n" + text;
  }

  public ArticleAnalysis analyze(String document, LocalDate day) {
    tokenizer.tokenize(document, tokens);
    int sentences = tokens.sentenceCount();
    if (sentenceScores.length < sentences) {
      sentenceScores = new double[Math.max(sentences, sentenceScores.length * 2)];
    }
    for (int s = 0; s < sentences; s++) {
      sentenceScores[s] = Double.NaN; // scored lazily: only sentences with a mention need a score
    }
    List<Mention> mentions = matcher.match(tokens, day);
    double[] mentionSentiment = new double[mentions.size()];
    for (int m = 0; m < mentions.size(); m++) {
      int s = mentions.get(m).sentence();
      if (Double.isNaN(sentenceScores[s])) {
        sentenceScores[s] = scorer.scoreSentence(tokens, tokens.sentenceStart(s), tokens.sentenceEnd(s));
      }
      mentionSentiment[m] = sentenceScores[s];
    }
    return new ArticleAnalysis(toneCounter.count(tokens), sentences, mentions, mentionSentiment);
  }
}
