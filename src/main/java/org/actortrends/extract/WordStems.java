package org.actortrends.extract;

import java.util.Arrays;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The stems the target model's word features are keyed by: Porter's stemmer (Apache OpenNLP's) over a token's
 * folded form, so "criticized", "criticizes" and "criticize" share one weight, learned from all their uses, and a
 * form the training data never had still finds the weight of its stem. Stems have ids in a table of their own:
 * while training, every stem met is added; in the job the table is the model's stems, and a word whose stem the
 * model does not know has none (-1).
 *
 * <p>A word the kernel's vocabulary knows is stemmed once (its stem id is kept by vocabulary id); any other word is
 * folded again from the text and looked up in a memo of the unknown words met so far, stemmed only when new (a
 * fifth of the words of news sentences are unknown to the vocabulary, and they repeat). Not thread-safe (scratch
 * buffers): one per thread, like the tokenizer.
 */
final class WordStems {
  private static final int UNSET = -2;

  private final Vocabulary words;
  private final Vocabulary stems;
  private final boolean learning;
  private final PorterStemmer porter = new PorterStemmer();
  /** Stem id by vocabulary id; UNSET until first asked. */
  private int[] stemOfWord = new int[0];
  private char[] folded = new char[32];
  /** Unknown words met, with their stem ids in {@code memoStem}; cleared when full, so it stays small. */
  private Vocabulary memo = new Vocabulary();
  private int[] memoStem = new int[1024];
  static final int MEMO_WORDS = 1 << 16;

  private WordStems(Vocabulary words, Vocabulary stems, boolean learning) {
    this.words = words;
    this.stems = stems;
    this.learning = learning;
  }

  /** For training: every stem met gets an id. */
  static WordStems learning(Vocabulary words) {
    return new WordStems(words, new Vocabulary(), true);
  }

  /** For scoring: only the stems of {@code known} (read, never changed) have ids. */
  static WordStems known(Vocabulary words, Vocabulary known) {
    return new WordStems(words, known, false);
  }

  /** The stem id of word token {@code i} of {@code tokens}, or -1. */
  int of(Tokens tokens, int i) {
    int id = tokens.id(i);
    if (id < 0) {
      return unknown(tokens, i);
    }
    if (id >= stemOfWord.length) {
      int old = stemOfWord.length;
      stemOfWord = Arrays.copyOf(stemOfWord, Math.max(id + 1, old * 2));
      Arrays.fill(stemOfWord, old, stemOfWord.length, UNSET);
    }
    int stem = stemOfWord[id];
    if (stem == UNSET) {
      String word = words.word(id);
      if (folded.length < word.length()) {
        folded = new char[word.length() * 2];
      }
      word.getChars(0, word.length(), folded, 0);
      stem = stemOf(word.length());
      stemOfWord[id] = stem;
    }
    return stem;
  }

  /** The text of stem {@code id}. */
  String stem(int id) {
    return stems.word(id);
  }

  private int unknown(Tokens tokens, int i) {
    int len = refold(tokens, i);
    int known = memo.id(folded, 0, len);
    if (known >= 0) {
      return memoStem[known];
    }
    if (memo.size() == MEMO_WORDS) {
      memo = new Vocabulary();
    }
    int stem = stemOf(len); // overwrites nothing of folded[0, len): the stemmer has its own buffer
    int entry = memo.add(new String(folded, 0, len));
    if (entry >= memoStem.length) {
      memoStem = Arrays.copyOf(memoStem, memoStem.length * 2);
    }
    memoStem[entry] = stem;
    return stem;
  }

  /** The folded form of a word the vocabulary does not know, as the tokenizer folded it, into {@code folded}. */
  private int refold(Tokens tokens, int i) {
    CharSequence text = tokens.text();
    int len = 0;
    for (int c = tokens.start(i); c < tokens.end(i); c++) {
      char ch = text.charAt(c);
      char f;
      if (TextFold.isWordChar(ch)) {
        f = TextFold.fold(ch);
      } else if (TextFold.isApostrophe(ch)) {
        f = '\'';
      } else {
        continue; // the dots of "U.S.", combining accents
      }
      if (len == folded.length) {
        folded = Arrays.copyOf(folded, len * 2);
      }
      folded[len++] = f;
    }
    return len;
  }

  private int stemOf(int len) {
    porter.stem(folded, 0, len);
    char[] stem = porter.getResultBuffer();
    int stemLength = porter.getResultLength();
    int id = stems.id(stem, 0, stemLength);
    if (id < 0 && learning) {
      id = stems.add(new String(stem, 0, stemLength));
    }
    return id;
  }
}
