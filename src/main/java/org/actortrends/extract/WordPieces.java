package org.actortrends.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenization, as the Hugging Face tokenizer files of e5-small-v2 and all-MiniLM-L6-v2
 * specify it (BertNormalizer with lower case and accents stripped, BertPreTokenizer, WordPiece with "##"
 * continuations, one [UNK] for a word it cannot split), with each piece's character span in the original text.
 * Written in Java because Hugging Face's own tokenizer is a native library: a Flink TaskManager runs each job in a
 * class loader of its own, and a native library can be loaded by only one class loader in a JVM, so the second job
 * on a session cluster failed ("already loaded in another classloader"). {@code WordPiecesTest} checks that the
 * pieces and spans are Hugging Face's on thousands of news sentences. Immutable; one instance serves every thread.
 */
final class WordPieces {
  /** Longer words are one [UNK] (the tokenizer file's max_input_chars_per_word). */
  private static final int MAX_WORD_CHARS = 100;
  private static final String CONTINUATION = "##";

  private final Map<String, Integer> vocabulary;
  final int cls;
  final int sep;
  final int unk;

  private WordPieces(Map<String, Integer> vocabulary) {
    this.vocabulary = vocabulary;
    cls = id(vocabulary, "[CLS]");
    sep = id(vocabulary, "[SEP]");
    unk = id(vocabulary, "[UNK]");
  }

  private static int id(Map<String, Integer> vocabulary, String piece) {
    Integer id = vocabulary.get(piece);
    if (id == null) {
      throw new IllegalArgumentException("the vocabulary has no " + piece);
    }
    return id;
  }

  /** The vocabulary of a Hugging Face tokenizer file ({@code model.vocab}: piece to id). */
  static WordPieces read(InputStream tokenizerJson) throws IOException {
    JsonNode vocab = new ObjectMapper().readTree(tokenizerJson).path("model").path("vocab");
    if (!vocab.isObject() || vocab.isEmpty()) {
      throw new IOException("not a WordPiece tokenizer file: no model.vocab");
    }
    Map<String, Integer> vocabulary = new HashMap<>(vocab.size() * 2);
    for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      vocabulary.put(e.getKey(), e.getValue().asInt());
    }
    return new WordPieces(vocabulary);
  }

  /** Pieces of one text: ids and the character spans {@code [from, to)} of each; markers have span -1, -1. */
  static final class Encoding {
    int size;
    long[] ids = new long[64];
    int[] from = new int[64];
    int[] to = new int[64];

    private void add(int id, int start, int end) {
      if (size == ids.length) {
        ids = java.util.Arrays.copyOf(ids, size * 2);
        from = java.util.Arrays.copyOf(from, size * 2);
        to = java.util.Arrays.copyOf(to, size * 2);
      }
      ids[size] = id;
      from[size] = start;
      to[size] = end;
      size++;
    }
  }

  /** [CLS], the pieces of {@code text}, [SEP]: at most {@code maxPieces} in all (the rest of the text is cut). */
  Encoding encode(String text, int maxPieces) {
    Encoding out = new Encoding();
    out.add(cls, -1, -1);
    int limit = maxPieces - 1; // room for [SEP]
    // a word: its normalized characters, and for each the span of the original character it came from
    StringBuilder word = new StringBuilder();
    int[] origin = new int[16];
    int[] originEnd = new int[16];
    for (int i = 0; i < text.length() && out.size < limit; ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
        i = next;
        continue;
      }
      if (isWhitespace(cp)) {
        wordPieces(word, origin, originEnd, out, limit);
        word.setLength(0);
        i = next;
        continue;
      }
      String normalized = normalize(cp);
      for (int k = 0; k < normalized.length(); ) {
        int c = normalized.codePointAt(k);
        k += Character.charCount(c);
        boolean alone = isPunctuation(c) || isChinese(c);
        if (alone) { // a word of its own
          wordPieces(word, origin, originEnd, out, limit);
          word.setLength(0);
        }
        if (word.length() + 2 > origin.length) {
          origin = java.util.Arrays.copyOf(origin, origin.length * 2);
          originEnd = java.util.Arrays.copyOf(originEnd, originEnd.length * 2);
        }
        for (int u = 0; u < Character.charCount(c); u++) {
          origin[word.length() + u] = i;
          originEnd[word.length() + u] = next;
        }
        word.appendCodePoint(c);
        if (alone) {
          wordPieces(word, origin, originEnd, out, limit);
          word.setLength(0);
        }
      }
      i = next;
    }
    wordPieces(word, origin, originEnd, out, limit);
    out.size = Math.min(out.size, limit);
    out.add(sep, -1, -1);
    return out;
  }

  /** Greedy longest-match-first pieces of one word, or one [UNK] when some part of it matches nothing. */
  private void wordPieces(StringBuilder word, int[] origin, int[] originEnd, Encoding out, int limit) {
    int n = word.length();
    if (n == 0 || out.size >= limit) {
      return;
    }
    if (word.codePointCount(0, n) > MAX_WORD_CHARS) {
      out.add(unk, origin[0], originEnd[n - 1]);
      return;
    }
    int first = out.size;
    int start = 0;
    while (start < n) {
      int end = n;
      Integer id = null;
      while (end > start) {
        String piece = start == 0 ? word.substring(start, end) : CONTINUATION + word.substring(start, end);
        id = vocabulary.get(piece);
        if (id != null) {
          break;
        }
        end = word.offsetByCodePoints(end, -1);
      }
      if (id == null) {
        out.size = first; // the whole word is unknown
        out.add(unk, origin[0], originEnd[n - 1]);
        return;
      }
      out.add(id, origin[start], originEnd[end - 1]);
      start = end;
    }
  }

  /** Accents stripped (NFD, nonspacing marks dropped), then lower case, as BertNormalizer does. */
  private static String normalize(int cp) {
    if (cp < 0x80) {
      return String.valueOf((char) Character.toLowerCase(cp));
    }
    String nfd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
    StringBuilder kept = new StringBuilder(nfd.length());
    nfd.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(kept::appendCodePoint);
    return kept.toString().toLowerCase(Locale.ROOT);
  }

  /** Unicode's White_Space, as Rust's {@code char::is_whitespace} (Java's isWhitespace differs). */
  private static boolean isWhitespace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || Character.isSpaceChar(cp);
  }

  /** Other (Cc, Cf, Cs, Co, Cn) but tab, line feed and carriage return: dropped from the text. */
  private static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
  }

  /** ASCII punctuation and symbols, and Unicode punctuation (P*): each a word of its own. */
  private static boolean isPunctuation(int cp) {
    if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** CJK ideographs, which BERT splits one by one. */
  private static boolean isChinese(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }
}
