package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecentWordsTest {
  private static final WordClass A = new WordClass(1, List.of());
  private static final WordClass B = new WordClass(2, List.of());

  private static WordClass get(RecentWords r, String word) {
    return r.get(("##" + word).toCharArray(), 2, word.length(), word.hashCode());
  }

  private static void put(RecentWords r, String word, WordClass c) {
    r.put(("#" + word + "#").toCharArray(), 1, word.length(), word.hashCode(), c);
  }

  @Test
  void aKeptWordIsFoundFromAnyBufferAndAnOtherIsNot() {
    RecentWords r = new RecentWords(16, 64);
    put(r, "darfur", A);

    assertSame(A, get(r, "darfur"));
    assertNull(get(r, "darfu"));
    assertNull(get(r, "kordofan"));
  }

  @Test
  void wordsOfEqualHashStayApart() {
    // "Aa" and "BB" have the same String hash, as do "AaAa" and "BBBB"
    RecentWords r = new RecentWords(16, 64);
    put(r, "Aa", A);
    put(r, "BB", B);
    put(r, "AaAa", A);

    assertSame(A, get(r, "Aa"));
    assertSame(B, get(r, "BB"));
    assertSame(A, get(r, "AaAa"));
    assertNull(get(r, "BBBB"));
  }

  @Test
  void aFullTableStartsAfreshWithTheNewWord() {
    RecentWords r = new RecentWords(4, 64);
    for (String w : List.of("one", "two", "three", "four")) {
      put(r, w, A);
    }
    assertEquals(4, r.size());

    put(r, "five", B);

    assertEquals(1, r.size());
    assertNull(get(r, "one"));
    assertSame(B, get(r, "five"));
  }

  @Test
  void runningOutOfLettersStartsAfreshToo() {
    RecentWords r = new RecentWords(100, 10);
    put(r, "niamey", A);
    put(r, "zinder", B); // 12 letters do not fit in 10

    assertEquals(1, r.size());
    assertNull(get(r, "niamey"));
    assertSame(B, get(r, "zinder"));
  }

  @Test
  void aWordLongerThanAllTheLettersIsNotKept() {
    RecentWords r = new RecentWords(100, 4);
    put(r, "tahoua", A);

    assertEquals(0, r.size());
    assertNull(get(r, "tahoua"));
  }
}
