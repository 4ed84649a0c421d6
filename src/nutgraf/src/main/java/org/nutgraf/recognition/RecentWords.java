package org.nutgraf.recognition;

import java.util.Arrays;

/**
 * One thread's table of the words it met last, with their {@link WordClass}es: news repeats a few
 * thousand words, and this small table stays in the processor's cache where the {@link WordTable}
 * cannot. It is looked up by the hash a token's folding computed ({@link
 * org.nutgraf.text.TokenSequence#foldedHash}), compares hashes before letters, and keeps the
 * letters of all its words in one array; a full table starts afresh. Allocates nothing after
 * construction. Not thread-safe.
 */
final class RecentWords {
  /**
   * Ints a slot takes in {@link #slots}: the word's hash, its length (0 for an empty slot), and
   * where its letters start.
   */
  private static final int STRIDE = 3;

  private final int capacity;
  private final int mask;

  /** Each slot's hash, length and start side by side, so that a probe reads one cache line. */
  private final int[] slots;

  private final WordClass[] classes;
  private final char[] letters;
  private int size;
  private int used;

  /** A table of up to {@code capacity} words of {@code letters} chars in all. */
  RecentWords(int capacity, int letters) {
    int n = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2; // at most half full
    this.capacity = capacity;
    this.mask = n - 1;
    this.slots = new int[n * STRIDE];
    this.classes = new WordClass[n];
    this.letters = new char[letters];
  }

  /** The class kept for the word {@code buf[start, start + len)} of hash {@code hash}, or null. */
  WordClass get(char[] buf, int start, int len, int hash) {
    for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
      int at = slot * STRIDE;
      int kept = slots[at + 1];
      if (kept == 0) {
        return null;
      }
      if (slots[at] == hash && kept == len && sameLetters(slots[at + 2], buf, start, len)) {
        return classes[slot];
      }
    }
  }

  /**
   * Keeps {@code c} as the class of the word {@code buf[start, start + len)}, which must not be
   * kept already; forgets every word first when the table is full.
   */
  void put(char[] buf, int start, int len, int hash, WordClass c) {
    if (len == 0 || len > letters.length) {
      return; // an empty slot has length 0; a word longer than the whole table is not kept
    }
    if (size == capacity || used + len > letters.length) {
      clear();
    }
    int slot = slot(hash);
    while (slots[slot * STRIDE + 1] != 0) {
      slot = (slot + 1) & mask;
    }
    System.arraycopy(buf, start, letters, used, len);
    int at = slot * STRIDE;
    slots[at] = hash;
    slots[at + 1] = len;
    slots[at + 2] = used;
    classes[slot] = c;
    used += len;
    size++;
  }

  /** How many words are kept. */
  int size() {
    return size;
  }

  /** Whether the kept letters from {@code from} are those of {@code buf[start, start + len)}. */
  private boolean sameLetters(int from, char[] buf, int start, int len) {
    for (int k = 0; k < len; k++) {
      if (letters[from + k] != buf[start + k]) {
        return false;
      }
    }
    return true;
  }

  private void clear() {
    Arrays.fill(slots, 0);
    Arrays.fill(classes, null);
    size = 0;
    used = 0;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }
}
