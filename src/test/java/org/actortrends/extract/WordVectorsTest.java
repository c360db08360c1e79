package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;
import org.junit.jupiter.api.Test;

/** The bundled MiniLM word vectors: stems, unit length, and neighbours that share a meaning. */
class WordVectorsTest {
  private static double cosine(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void stemsHaveUnitVectorsOfTheAskedDimensions() {
    WordVectors v = WordVectors.minilm(32);
    assertEquals(32, v.dims);
    assertTrue(v.words > 20_000, "whole words kept: " + v.words);
    assertTrue(v.size() > 10_000 && v.size() < v.words, "stems: " + v.size());
    for (Map.Entry<String, float[]> e : v.stems()) {
      assertEquals(32, e.getValue().length);
      assertEquals(1.0, cosine(e.getValue(), e.getValue()), 1e-4, e.getKey());
    }
    assertNotNull(v.of("prais"), "Porter stem of praised");
    assertNull(v.of("praised"), "keyed by stem, not by word");
    assertNull(v.of("##ing"), "word pieces are left out");
  }

  private static float[] of(WordVectors v, String word) {
    float[] vector = v.of(new PorterStemmer().stem(word));
    assertNotNull(vector, word);
    return vector;
  }

  @Test
  void wordsOfOneMeaningLieCloserThanOthers() {
    WordVectors v = WordVectors.minilm(32);
    double near = cosine(of(v, "praised"), of(v, "lauded"));
    double far = cosine(of(v, "praised"), of(v, "horrible"));
    assertTrue(near > 0.5 && near > far + 0.3, "praised ~ lauded " + near + ", ~ horrible " + far);
    double bad = cosine(of(v, "terrible"), of(v, "horrible"));
    assertTrue(bad > cosine(of(v, "terrible"), of(v, "lauded")) + 0.3, "terrible ~ horrible " + bad);
  }

  @Test
  void isReadOncePerJvmAndDimension() {
    WordVectors a = WordVectors.minilm(8);
    assertTrue(a == WordVectors.minilm(8));
    assertEquals(8, of(a, "praised").length);
  }
}
