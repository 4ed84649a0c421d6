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
  private final int capacity;
  private final int mask;
  private final int[] hashes;
  private final int[] starts;
  private final int[] lengths;
  private final WordClass[] classes;
  private final char[] letters;
  private int size;
  private int used;

  /** A table of up to {@code capacity} words of {@code letters} chars in all. */
  RecentWords(int capacity, int letters) {
    int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2; // at most half full
    this.capacity = capacity;
    this.mask = slots - 1;
    this.hashes = new int[slots];
    this.starts = new int[slots];
    this.lengths = new int[slots];
    this.classes = new WordClass[slots];
    this.letters = new char[letters];
  }

  /** The class kept for the word {@code buf[start, start + len)} of hash {@code hash}, or null. */
  WordClass get(char[] buf, int start, int len, int hash) {
    for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
      WordClass c = classes[slot];
      if (c == null) {
        return null;
      }
      if (hashes[slot] == hash
          && lengths[slot] == len
          && Arrays.equals(letters, starts[slot], starts[slot] + len, buf, start, start + len)) {
        return c;
      }
    }
  }

  /**
   * Keeps {@code c} as the class of the word {@code buf[start, start + len)}, which must not be
   * kept already; forgets every word first when the table is full.
   */
  void put(char[] buf, int start, int len, int hash, WordClass c) {
    if (len > letters.length) {
      return; // a word longer than the whole table is not worth keeping
    }
    if (size == capacity || used + len > letters.length) {
      clear();
    }
    int slot = slot(hash);
    while (classes[slot] != null) {
      slot = (slot + 1) & mask;
    }
    System.arraycopy(buf, start, letters, used, len);
    hashes[slot] = hash;
    starts[slot] = used;
    lengths[slot] = len;
    classes[slot] = c;
    used += len;
    size++;
  }

  /** How many words are kept. */
  int size() {
    return size;
  }

  private void clear() {
    Arrays.fill(classes, null);
    size = 0;
    used = 0;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }
}
