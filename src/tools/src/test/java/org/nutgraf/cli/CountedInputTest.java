package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Counting the bytes read, for progress reports. */
class CountedInputTest {
  @Test
  void everyWayOfReadingCountsWhatItRead() throws IOException {
    CountedInput in = new CountedInput(new ByteArrayInputStream(new byte[10]));
    in.read();
    assertEquals(1, in.count());
    assertEquals(4, in.read(new byte[4], 0, 4));
    assertEquals(5, in.count());
    assertEquals(2, in.skip(2));
    assertEquals(7, in.count());
    assertEquals(3, in.read(new byte[8]));
    assertEquals(10, in.count());
  }

  @Test
  void theEndOfTheStreamCountsNothing() throws IOException {
    CountedInput in = new CountedInput(new ByteArrayInputStream(new byte[1]));
    in.read();
    assertEquals(-1, in.read());
    assertEquals(-1, in.read(new byte[4], 0, 4));
    assertEquals(1, in.count());
  }

  @Test
  void itCannotBeRewoundSoItsCountStaysTrue() {
    assertFalse(new CountedInput(new ByteArrayInputStream(new byte[1])).markSupported());
  }
}
