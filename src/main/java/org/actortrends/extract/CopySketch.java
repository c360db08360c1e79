package org.actortrends.extract;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;

/**
 * A MinHash sketch of an article body's word shingles, to find wire copies: the same agency story printed by
 * another outlet with its own headline, dateline, credit line or a paragraph less.
 *
 * <p>Shingles are {@value #SHINGLE_WORDS} consecutive words and numbers of the body as the tokenizer folds them
 * (lower case, accents off, punctuation and quote styles ignored), so restyled quotes and an upper-cased line change
 * nothing. The sketch holds {@value #COMPONENTS} SuperMinHash components (hash4j) of {@value #BITS} bits: the share
 * of equal components estimates the Jaccard similarity of two bodies' shingle sets (standard error at most
 * 0.5/sqrt({@value #COMPONENTS}) = 0.044). Locality-sensitive hashing bands ({@link #bandKey}) make candidates out
 * of articles that agree on all {@value #ROWS} components of at least one of {@value #BANDS} bands, so copies are
 * found without comparing all pairs: a pair at similarity 0.6 is a candidate with probability 1 - (1 - 0.6^2)^12 =
 * 0.995, at 0.7 0.9997 (copies seldom fall below 0.8). Each band costs every article one more entry to shuffle. Candidates are then compared on the low byte of every component ({@link #comparable}), half the bytes to
 * carry, at the price of a 1/256 chance that two different components agree (corrected for in
 * {@link #similarity}).
 *
 * <p>One instance per thread: the hasher and the shingle buffer are reused.
 */
public final class CopySketch {
  public static final int SHINGLE_WORDS = 5;
  public static final int COMPONENTS = 128;
  public static final int BITS = 16;
  public static final int BANDS = 12;
  public static final int ROWS = 2;
  /** Fewer distinct shingles than this (about a dozen words) is too little text to call anything a copy. */
  public static final int MIN_SHINGLES = 8;
  /**
   * Estimated Jaccard similarity from which two bodies are one story. Copies with another dateline, a credit line
   * or a paragraph less stay well above it; unrelated articles that share stock phrases (and our generator's
   * filler sentences, up to 0.45) stay well below it.
   */
  public static final double SAME_STORY = 0.6;

  private static final SimilarityHashPolicy POLICY = SimilarityHashing.superMinHash(COMPONENTS, BITS);
  private static final byte[] NONE = new byte[0];

  private final SimilarityHasher hasher = POLICY.createHasher();
  private long[] shingles = new long[512];
  private int count;
  private final ElementHashProvider elements = new ElementHashProvider() {
    @Override
    public long getElementHash(int i) {
      return shingles[i];
    }

    @Override
    public int getNumberOfElements() {
      return count;
    }
  };

  /**
   * The sketch of the words of {@code tokens} that start at or after character {@code fromChar} (the body, after
   * the title), or an empty array when the body has fewer than {@value #MIN_SHINGLES} distinct shingles.
   */
  public byte[] of(Tokens tokens, int fromChar) {
    count = 0;
    long older = 0; // the hashes of the four words before this one, two to a long
    long newer = 0;
    int words = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.type(i) == Tokens.PUNCT || tokens.start(i) < fromChar) {
        continue;
      }
      int h = tokens.hash(i);
      if (++words >= SHINGLE_WORDS) {
        if (count == shingles.length) {
          shingles = java.util.Arrays.copyOf(shingles, count * 2);
        }
        shingles[count++] = mix(mix(older, newer), h);
      }
      older = older << 32 | newer >>> 32;
      newer = newer << 32 | (h & 0xFFFFFFFFL);
    }
    if (count < MIN_SHINGLES || distinctAtLeast(MIN_SHINGLES) < MIN_SHINGLES) {
      return NONE;
    }
    return hasher.compute(elements);
  }

  /** The low byte of each component of a non-empty sketch: what candidates are compared on. */
  public static byte[] comparable(byte[] sketch) {
    byte[] low = new byte[COMPONENTS];
    for (int i = 0; i < COMPONENTS; i++) {
      low[i] = (byte) POLICY.getComponent(sketch, i);
    }
    return low;
  }

  /**
   * The estimated Jaccard similarity of two {@link #comparable} forms: the share of equal bytes, less the 1/256
   * chance that two different components agree in their low byte.
   */
  public static double similarity(byte[] a, byte[] b) {
    int equal = 0;
    for (int i = 0; i < COMPONENTS; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    double chance = 1.0 / 256;
    return Math.max(0, ((double) equal / COMPONENTS - chance) / (1 - chance));
  }

  /** The key of band {@code band} of a non-empty sketch: its {@value #ROWS} components hashed together. */
  public static long bandKey(byte[] sketch, int band) {
    long key = band;
    for (int r = 0; r < ROWS; r++) {
      key = mix(key, POLICY.getComponent(sketch, band * ROWS + r));
    }
    return key;
  }

  /** Counts distinct shingles, stopping at {@code enough}: a text of one repeated word has a single shingle. */
  private int distinctAtLeast(int enough) {
    long[] seen = new long[enough];
    int distinct = 0;
    for (int i = 0; i < count && distinct < enough; i++) {
      boolean isNew = true;
      for (int j = 0; j < distinct && isNew; j++) {
        isNew = seen[j] != shingles[i];
      }
      if (isNew) {
        seen[distinct++] = shingles[i];
      }
    }
    return distinct;
  }

  /** A 128-to-64-bit mix (murmur3's finaliser on a combination), so nearby inputs give unrelated hashes. */
  static long mix(long a, long b) {
    long h = a * 0x9E3779B97F4A7C15L + b;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB93FE1AC11BAL;
    return h ^ (h >>> 33);
  }
}
