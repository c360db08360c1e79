package org.actortrends.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Word valences on VADER's scale (about -4 to +4), indexed by vocabulary id so the scorer finds a token's valence
 * with one array load. Filled while the kernel is built, then only read (safe to share).
 *
 * <p>{@link #standard} loads the VADER lexicon (C.J. Hutto, MIT licence), then our news additions, which override
 * it for news words VADER lacks or misjudges.
 */
public final class SentimentLexicon {
  /** {@code word<TAB>mean<TAB>stddev<TAB>[ratings]}, inside the vader-sentiment-analyzer jar. */
  public static final String VADER_RESOURCE = "/vader_sentiment_lexicon.txt";
  /** Our own {@code word<TAB>valence} lines; '#' starts a comment line. */
  public static final String NEWS_RESOURCE = "/sentiment/lexicon-news.tsv";

  private final Vocabulary vocabulary;
  private float[] valence = new float[0];
  /** Ids whose valence comes from our news lexicon ({@link #NEWS_RESOURCE}). */
  private final java.util.BitSet news = new java.util.BitSet();
  private boolean loadingNews;
  private int size;

  /** An empty lexicon; words are added to {@code vocabulary} as they are put. */
  public SentimentLexicon(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The VADER lexicon with our news additions on top. */
  public static SentimentLexicon standard(Vocabulary vocabulary) {
    SentimentLexicon lexicon = new SentimentLexicon(vocabulary);
    lexicon.loadResource(VADER_RESOURCE);
    lexicon.loadingNews = true;
    lexicon.loadResource(NEWS_RESOURCE);
    lexicon.loadingNews = false;
    return lexicon;
  }

  /**
   * Reads {@code word<TAB>valence[<TAB>anything]} lines from a classpath resource; later lines override earlier
   * ones. Entries the tokenizer can never produce as one word (emoticons, phrases) are skipped.
   */
  public void loadResource(String resource) {
    InputStream in = SentimentLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Sentiment lexicon resource not found: " + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        readLine(line, resource);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  private void readLine(String line, String resource) {
    if (line.isBlank() || line.startsWith("#")) {
      return;
    }
    int tab = line.indexOf('\t');
    if (tab <= 0) {
      throw new IllegalArgumentException(resource + ": no tab in line: " + line);
    }
    int valueEnd = line.indexOf('\t', tab + 1);
    String value = line.substring(tab + 1, valueEnd < 0 ? line.length() : valueEnd).trim();
    String word = line.substring(0, tab).trim();
    if (isSingleWord(word)) {
      put(word, Float.parseFloat(value));
    }
  }

  /** Sets the valence of {@code word} (folded here), adding it to the vocabulary. */
  public void put(String word, float wordValence) {
    int id = vocabulary.add(TextFold.fold(word));
    if (id >= valence.length) {
      valence = Arrays.copyOf(valence, Math.max(id + 1, vocabulary.size() + 1024));
    }
    if (valence[id] == 0 && wordValence != 0) {
      size++;
    } else if (valence[id] != 0 && wordValence == 0) {
      size--;
    }
    valence[id] = wordValence;
    news.set(id, loadingNews);
  }

  /** True when the valence of word id {@code id} is one of our news lexicon's (it added or overrode it). */
  public boolean isNews(int id) {
    return id >= 0 && news.get(id);
  }

  /** The valence of the word with vocabulary id {@code id}; 0 for unknown words (-1) and neutral ones. */
  public float valence(int id) {
    return id >= 0 && id < valence.length ? valence[id] : 0f;
  }

  /** Words with a non-zero valence. */
  public int size() {
    return size;
  }

  /** Letters and digits with at most inner apostrophes ("don't"): what the tokenizer turns into one word. */
  static boolean isSingleWord(String word) {
    if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean innerApostrophe = TextFold.isApostrophe(c) && i + 1 < word.length()
          && Character.isLetter(word.charAt(i + 1));
      if (!Character.isLetterOrDigit(c) && !innerApostrophe) {
        return false;
      }
    }
    return true;
  }
}
