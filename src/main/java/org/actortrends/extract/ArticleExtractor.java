package org.actortrends.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole per-article kernel: tokenize, split sentences, match actors, score the sentiment toward each mention
 * ({@link TargetSentiment}) and the tone. Plain Java; build one per worker thread (the tokenizer, matcher and
 * target scorer reuse scratch buffers).
 */
public final class ArticleExtractor {
  private final Tokenizer tokenizer;
  private final SentimentScorer scorer;
  private final TargetSentiment targets;
  private final ToneCounter toneCounter;
  private final ActorMatcher matcher;
  private final Tokens tokens = new Tokens();

  public ArticleExtractor(ActorDictionary dictionary) {
    // Everything that adds words to the vocabulary comes before the first text is tokenized.
    Vocabulary vocabulary = new Vocabulary();
    scorer = new SentimentScorer(vocabulary);
    targets = new TargetSentiment(vocabulary, scorer);
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
    List<Mention> mentions = matcher.match(tokens, day);
    double[] mentionSentiment = new double[mentions.size()];
    int readSentence = -1; // only sentences with a mention are read (and scored) for their targets
    for (int m = 0; m < mentions.size(); m++) {
      Mention mention = mentions.get(m);
      int s = mention.sentence();
      if (s != readSentence) {
        targets.beginSentence(tokens, tokens.sentenceStart(s), tokens.sentenceEnd(s));
        readSentence = s;
      }
      mentionSentiment[m] = targets.score(mention.firstToken(), mention.endToken());
    }
    return new ArticleAnalysis(toneCounter.count(tokens), sentences, mentions, mentionSentiment);
  }
}
