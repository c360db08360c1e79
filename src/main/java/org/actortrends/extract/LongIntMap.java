package org.actortrends.extract;

import java.util.Arrays;

/** An open-addressing map from long keys to int values without boxing, for trie edges. */
final class LongIntMap {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys = new long[1 << 10];
  private int[] values = new int[1 << 10];
  private int size;

  LongIntMap() {
    Arrays.fill(keys, EMPTY);
  }

  /** The value for {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return values[slot];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  void put(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      Arrays.fill(keys, EMPTY);
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != EMPTY) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == EMPTY) {
      size++;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
