package org.actortrends.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The whole per-article kernel: tokenize, split sentences, find names and match actors, score the sentiment toward
 * each mention ({@link TargetSentiment}) and the tone, and keep the names no actor covers ({@link UnlinkedNames}).
 * Plain Java; build one per worker thread (the tokenizer, matcher and target scorer reuse scratch buffers).
 */
public final class ArticleExtractor implements AutoCloseable {
  private final Tokenizer tokenizer;
  private final SentimentScorer scorer;
  private final TargetSentiment targets;
  private final ToneCounter toneCounter;
  private final ActorMatcher matcher;
  private final QuoteAttribution quotes;
  private final UnlinkedNames unlinked;
  /** Null unless mentions and speech are scored by the contextual scorers. */
  private final ContextualSentiment contextual;
  private final double[] fastProbabilities = new double[TargetModel.CLASSES];
  private final double[] probabilities = new double[TargetModel.CLASSES];
  private final Tokens tokens = new Tokens();
  private final CopySketch copySketch = new CopySketch();
  private double[] sentenceScores = new double[64]; // of the sentences of speech, scored once each

  public ArticleExtractor(ActorDictionary dictionary) {
    this(dictionary, null);
  }

  /**
   * With {@code contextual} (closed by {@link #close}), mention sentiment is the contextual target scorer's and
   * the sentences of speech are scored by the contextual sentence model; without (null), by the fast models.
   */
  public ArticleExtractor(ActorDictionary dictionary, ContextualSentiment contextual) {
    this.contextual = contextual;
    // Everything that adds words to the vocabulary comes before the first text is tokenized.
    Vocabulary vocabulary = new Vocabulary();
    scorer = new SentimentScorer(vocabulary);
    targets = new TargetSentiment(vocabulary, scorer);
    toneCounter = new ToneCounter(scorer, false); // plain word counts, as GDELT does
    tokenizer = new Tokenizer(vocabulary);
    matcher = new ActorMatcher(dictionary, vocabulary, tokenizer);
    quotes = new QuoteAttribution(dictionary, vocabulary);
    unlinked = new UnlinkedNames(targets, matcher.nameFinder());
  }

  public ActorDictionary dictionary() {
    return matcher.dictionary();
  }

  /** Title and text are read as one document: the title, a blank line, the text. */
  public static String document(String title, String text) {
    return title == null || title.isBlank() ? text : title + "\n\n" + text;
  }

  /** Reads an English document: every rule of the kernel applies. */
  public ArticleAnalysis analyze(String document, LocalDate day) {
    return analyze(document, day, true);
  }

  /**
   * Reads a document; one not in English gets only what holds in any language: actors by full names and aliases,
   * words and sentences counted, and no sentiment, tone, speech or unlinked names (those rules and word lists are
   * English), so its mention sentiments and tone are NaN.
   */
  public ArticleAnalysis analyze(String document, LocalDate day, boolean english) {
    tokenizer.tokenize(document, tokens);
    if (!english) {
      List<Mention> mentions = matcher.match(tokens, day, true);
      double[] unscored = new double[mentions.size()];
      Arrays.fill(unscored, Double.NaN);
      return new ArticleAnalysis(Tone.unscored(tokens.wordCount()), tokens.sentenceCount(), mentions, unscored);
    }
    int sentences = tokens.sentenceCount();
    if (sentenceScores.length < sentences) {
      sentenceScores = new double[Math.max(sentences, sentenceScores.length * 2)];
    }
    Arrays.fill(sentenceScores, 0, sentences, Double.NaN); // scored lazily, only where actors speak
    List<Mention> mentions = matcher.match(tokens, day);
    double[] mentionSentiment = new double[mentions.size()];
    int readSentence = -1; // only sentences with a mention are read (and scored) for their targets
    for (int m = 0; m < mentions.size(); m++) {
      Mention mention = mentions.get(m);
      int s = mention.sentence();
      if (s != readSentence) {
        targets.beginSentence(tokens, tokens.sentenceStart(s), tokens.sentenceEnd(s));
        if (contextual == null) {
          sentenceScores[s] = targets.sentenceScore(); // the same score, should the sentence hold speech
        } else { // its score only if it holds speech, below: it may need no encoding
          contextual.beginSentence(sentenceText(document, s));
        }
        readSentence = s;
      }
      if (contextual == null) {
        mentionSentiment[m] = targets.score(mention.firstToken(), mention.endToken());
      } else {
        targets.probabilities(mention.firstToken(), mention.endToken(), fastProbabilities);
        int from = sentenceFrom(s);
        contextual.probabilities(fastProbabilities, tokens.start(mention.firstToken()) - from,
            tokens.end(mention.endToken() - 1) - from, probabilities);
        mentionSentiment[m] = TargetSentiment.toScore(probabilities);
      }
    }
    // Speech and its speakers, after matching and independent of how mention sentiment is computed above.
    quotes.attribute(tokens, mentions);
    MentionRole[] mentionRoles = new MentionRole[mentions.size()];
    for (int m = 0; m < mentionRoles.length; m++) {
      mentionRoles[m] = quotes.role(m);
    }
    List<Speech> speech = new ArrayList<>(quotes.speechCount());
    for (int k = 0; k < quotes.speechCount(); k++) {
      int first = quotes.speechFirstSentence(k);
      int last = quotes.speechLastSentence(k);
      int speaker = quotes.speechSpeaker(k);
      double sentiment = Double.NaN; // only what actors say is scored
      if (speaker >= 0) {
        double sum = 0;
        for (int s = first; s <= last; s++) {
          sum += sentenceScore(document, s);
        }
        sentiment = sum / (last - first + 1);
      }
      int from = quotes.speechFrom(k);
      int to = quotes.speechTo(k);
      speech.add(new Speech(quotes.speechKind(k), from, to, first, last, tokens.start(from), tokens.end(to - 1),
          speaker, quotes.speechSpeakerMention(k), sentiment));
    }
    List<UnlinkedName> names = unlinked.collect(tokens, matcher.names(), mentions);
    return new ArticleAnalysis(toneCounter.count(tokens), sentences, mentions, mentionSentiment, mentionRoles,
        speech, names);
  }

  /**
   * The {@link CopySketch} of the last document analysed, from character {@code bodyStart} on (past the title, which
   * outlets rewrite): empty when the body is too short to tell a copy.
   */
  public byte[] copySketch(int bodyStart) {
    return copySketch.of(tokens, bodyStart);
  }

  /** Where the body starts in {@link #document}{@code (title, text)}. */
  public static int bodyStart(String title) {
    return title == null || title.isBlank() ? 0 : title.length() + 2;
  }

  private int sentenceFrom(int s) {
    return tokens.start(tokens.sentenceStart(s));
  }

  private String sentenceText(String document, int s) {
    return document.substring(sentenceFrom(s), tokens.end(tokens.sentenceEnd(s) - 1));
  }

  @Override
  public void close() {
    if (contextual != null) {
      contextual.close();
    }
  }

  /** The score of sentence {@code s}, computed once per article. */
  private double sentenceScore(String document, int s) {
    if (Double.isNaN(sentenceScores[s])) {
      sentenceScores[s] = contextual == null
          ? scorer.scoreSentence(tokens, tokens.sentenceStart(s), tokens.sentenceEnd(s))
          : contextual.scoreSentence(sentenceText(document, s));
    }
    return sentenceScores[s];
  }
}
