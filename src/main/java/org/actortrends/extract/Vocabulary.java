package org.actortrends.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dense int ids for folded word forms, so the tokenizer can look a token up without allocating a String and the
 * matcher and scorer can work on ints. Filled once while the kernel is built, then only read (safe to share).
 *
 * <p>Every token of every text is looked up here, and the table is larger than the fastest caches, so a lookup is
 * laid out to touch little memory: a slot holds the key's hash, id, and place in one character pool side by side,
 * so a probe reads one cache line and a hit one more for the characters.
 */
public final class Vocabulary {
  private static final int SLOT = 4; // ints per slot: hash, id + 1 (0: empty), pool offset, length
  private int[] slots = new int[(1 << 12) * SLOT];
  private char[] pool = new char[1 << 14];
  private int poolSize;
  private final List<String> words = new ArrayList<>();

  /**
   * Adds folded {@code words} and returns the set of their ids as flags by id, for a test without allocation on a
   * hot path ({@link #in}).
   */
  public boolean[] idSet(List<String> words) {
    int[] ids = words.stream().mapToInt(this::add).toArray();
    boolean[] set = new boolean[Arrays.stream(ids).max().orElse(0) + 1];
    for (int id : ids) {
      set[id] = true;
    }
    return set;
  }

  /** Whether {@code id} is in a set of {@link #idSet}; false for -1, an unknown word. */
  public static boolean in(boolean[] idSet, int id) {
    return id >= 0 && id < idSet.length && idSet[id];
  }

  /** Returns the id of {@code folded}, adding it when new. The argument must already be folded. */
  public int add(String folded) {
    char[] chars = folded.toCharArray();
    int existing = id(chars, 0, chars.length);
    if (existing >= 0) {
      return existing;
    }
    if ((words.size() + 1) * 2 * SLOT > slots.length) {
      grow();
    }
    int id = words.size();
    words.add(folded);
    if (poolSize + chars.length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(poolSize + chars.length, pool.length * 2));
    }
    System.arraycopy(chars, 0, pool, poolSize, chars.length);
    insert(hash(chars, 0, chars.length), id, poolSize, chars.length);
    poolSize += chars.length;
    return id;
  }

  /** The id of the folded characters {@code buf[off, off+len)}, or -1. */
  public int id(char[] buf, int off, int len) {
    return id(buf, off, len, hash(buf, off, len));
  }

  /** The id of the folded characters {@code buf[off, off+len)} whose {@link #hash} is known, or -1. */
  public int id(char[] buf, int off, int len, int hash) {
    int[] s = slots;
    int mask = s.length / SLOT - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int o = slot * SLOT;
      int idPlusOne = s[o + 1];
      if (idPlusOne == 0) {
        return -1;
      }
      if (s[o] == hash && s[o + 3] == len && regionEquals(pool, s[o + 2], buf, off, len)) {
        return idPlusOne - 1;
      }
    }
  }

  /** The id of an already folded word, or -1. */
  public int id(String folded) {
    char[] chars = folded.toCharArray();
    return id(chars, 0, chars.length);
  }

  public String word(int id) {
    return words.get(id);
  }

  public int size() {
    return words.size();
  }

  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    for (int o = 0; o < old.length; o += SLOT) {
      if (old[o + 1] != 0) {
        insert(old[o], old[o + 1] - 1, old[o + 2], old[o + 3]);
      }
    }
  }

  private void insert(int hash, int id, int offset, int len) {
    int mask = slots.length / SLOT - 1;
    int slot = hash & mask;
    while (slots[slot * SLOT + 1] != 0) {
      slot = (slot + 1) & mask;
    }
    int o = slot * SLOT;
    slots[o] = hash;
    slots[o + 1] = id + 1;
    slots[o + 2] = offset;
    slots[o + 3] = len;
  }

  private static boolean regionEquals(char[] key, int keyOff, char[] buf, int off, int len) {
    for (int i = 0; i < len; i++) {
      if (key[keyOff + i] != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  /** FNV-1a of the characters, with the high bits folded in: the table's slot and the tokens' shingle input. */
  static int hash(char[] buf, int off, int len) {
    int h = HASH_START;
    for (int i = 0; i < len; i++) {
      h = hashStep(h, buf[off + i]);
    }
    return hashEnd(h);
  }

  /** {@link #hash} one character at a time, for a caller that folds the characters as it goes. */
  static final int HASH_START = 0x811C9DC5;

  static int hashStep(int h, char c) {
    return (h ^ c) * 0x01000193;
  }

  static int hashEnd(int h) {
    return h ^ (h >>> 15);
  }
}
