package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.actortrends.Required;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our WordPiece tokenization gives Hugging Face's pieces and spans (its own tokenizer, through DJL). */
class WordPiecesTest {
  private static final int MAX = SentenceEncoder.MAX_PIECES;
  private static HuggingFaceTokenizer reference;
  private static final WordPieces OURS = SentenceEncoder.wordPieces();

  @BeforeAll
  static void open() throws IOException {
    try (InputStream in = WordPieces.class.getResourceAsStream(SentenceEncoder.TOKENIZER)) {
      reference = HuggingFaceTokenizer.newInstance(in,
          Map.of("maxLength", Integer.toString(MAX), "truncation", "true", "padding", "false"));
    }
  }

  @AfterAll
  static void close() {
    reference.close();
  }

  private static void assertSame(String text) {
    Encoding e = reference.encode(text);
    WordPieces.Encoding ours = OURS.encode(text, MAX);
    assertArrayEquals(e.getIds(), Arrays.copyOf(ours.ids, ours.size), () -> "ids of: " + text + "\nHF: "
        + String.join(" ", e.getTokens()));
    CharSpan[] spans = e.getCharTokenSpans();
    for (int i = 0; i < ours.size; i++) {
      // Hugging Face counts code points, we count Java chars (an emoji is two)
      int from = spans[i] == null ? -1 : text.offsetByCodePoints(0, spans[i].getStart());
      int to = spans[i] == null ? -1 : text.offsetByCodePoints(0, spans[i].getEnd());
      int k = i;
      assertEquals(from + ":" + to, ours.from[i] + ":" + ours.to[i],
          () -> "span of piece " + k + " (" + e.getTokens()[k] + ") of: " + text);
    }
  }

  @Test
  void hardCases() {
    for (String s : List.of("Merz praised Macron for the deal.", "Orbán, Žižek and Müller’s “veto” – naïve?",
        "Le président a dit: «Non!»", "İstanbul ﬁnance ½ £5bn $3.2m 10,000 e-mail U.S.-led", "北京 and 東京 talks",
        "tabs\tand\nlines\r\nand\u00a0no-break\u2009thin\u200bzero-width\u0007bell", "",
        "   ", "a".repeat(150) + " long", "supercalifragilisticexpialidocious antidisestablishmentarianism",
        "Zelensky 👍 said", "x\u0301y combining", "ŁÓDŹ ØRSTED ÆØÅ ß ǅ", "\uFFFDreplaced\u0000nul",
        "word ".repeat(400))) {
      assertSame(s);
    }
  }

  /** Every sentence of NewsMTSC's three files and every article of sample-data. */
  @Test
  void newsSentencesAndSampleArticles() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String file : List.of("newsmtsc.train.jsonl", "newsmtsc-rw.dev.jsonl", "newsmtsc-mt.dev.jsonl")) {
      for (String line : Files.readAllLines(Required.evalData("targeted/" + file))) {
        texts.add(json.readTree(line).path("sentence_normalized").asText());
      }
    }
    for (String line : Files.readAllLines(Path.of("sample-data/articles/archive-2023-2024.jsonl"))) {
      JsonNode n = json.readTree(line);
      texts.add(n.path("title").asText() + "\n\n" + n.path("text").asText());
    }
    for (String t : texts) {
      assertSame(t);
    }
    System.out.printf("word pieces: %d texts tokenized as Hugging Face does%n", texts.size());
  }
}
