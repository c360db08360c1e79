package org.actortrends.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Dense int ids for folded word forms, so the tokenizer can look a token up without allocating a String and the
 * matcher and scorer can work on ints. Filled once while the kernel is built, then only read (safe to share).
 */
public final class Vocabulary {
  private char[][] keys = new char[1 << 12][];
  private int[] ids = new int[1 << 12];
  private final List<String> words = new ArrayList<>();

  /** Returns the id of {@code folded}, adding it when new. The argument must already be folded. */
  public int add(String folded) {
    char[] chars = folded.toCharArray();
    int existing = id(chars, 0, chars.length);
    if (existing >= 0) {
      return existing;
    }
    if ((words.size() + 1) * 2 > keys.length) {
      grow();
    }
    int id = words.size();
    words.add(folded);
    insert(chars, id);
    return id;
  }

  /** The id of the folded characters {@code buf[off, off+len)}, or -1. */
  public int id(char[] buf, int off, int len) {
    return id(buf, off, len, hash(buf, off, len));
  }

  /** The id of the folded characters {@code buf[off, off+len)} whose {@link #hash} is known, or -1. */
  public int id(char[] buf, int off, int len, int hash) {
    int mask = keys.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      char[] key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (key.length == len && regionEquals(key, buf, off, len)) {
        return ids[slot];
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
    char[][] oldKeys = keys;
    int[] oldIds = ids;
    keys = new char[oldKeys.length * 2][];
    ids = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldIds[i]);
      }
    }
  }

  private void insert(char[] key, int id) {
    int mask = keys.length - 1;
    int slot = hash(key, 0, key.length) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    ids[slot] = id;
  }

  private static boolean regionEquals(char[] key, char[] buf, int off, int len) {
    for (int i = 0; i < len; i++) {
      if (key[i] != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  /** FNV-1a of the characters, with the high bits folded in: the table's slot and the tokens' shingle input. */
  static int hash(char[] buf, int off, int len) {
    int h = 0x811C9DC5;
    for (int i = 0; i < len; i++) {
      h = (h ^ buf[off + i]) * 0x01000193;
    }
    return h ^ (h >>> 15);
  }
}
