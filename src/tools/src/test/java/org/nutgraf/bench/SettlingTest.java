package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettlingTest {
  /** Windows of 100 at the given speeds; how many were taken before the warm-up ended. */
  private static int windowsTaken(Settling s, double... speeds) {
    for (int i = 0; i < speeds.length; i++) {
      if (!s.goOn(100, speeds[i])) {
        return i + 1;
      }
    }
    return speeds.length + 1;
  }

  @Test
  void aSteadySpeedEndsTheWarmUpAfterThreeWindowsThatGainNothing() {
    // the first window sets the best; the three after it gain nothing
    assertEquals(4, windowsTaken(new Settling(0, 10_000), 10, 10, 10.2, 9.5, 10, 10));
  }

  @Test
  void aWindowFasterByMoreThanTheGainStartsTheCountAgain() {
    // 5, 5, 5 would settle, but 9 and then 20 are real gains (the JIT compiled more)
    assertEquals(7, windowsTaken(new Settling(0, 10_000), 5, 5, 9, 20, 19, 20.5, 18, 30));
  }

  @Test
  void aSlowWindowAfterAFastOneIsNoGain() {
    // a recompilation can slow a window; only gains over the fastest so far start again
    assertEquals(4, windowsTaken(new Settling(0, 10_000), 20, 4, 10, 19, 40));
  }

  @Test
  void theLeastTimeIsWarmedUpHoweverSettled() {
    assertEquals(10, windowsTaken(new Settling(1_000, 10_000), 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7));
  }

  @Test
  void theMostTimeEndsAWarmUpThatNeverSettles() {
    Settling s = new Settling(0, 500);
    assertEquals(5, windowsTaken(s, 1, 2, 4, 8, 16, 32, 64));
    assertEquals(500, s.spent());
  }

  @Test
  void goOnSaysWhetherToTakeAnotherWindow() {
    Settling s = new Settling(0, 1_000);
    assertTrue(s.goOn(100, 1));
    assertTrue(s.goOn(100, 1));
    assertTrue(s.goOn(100, 1));
    assertFalse(s.goOn(100, 1));
  }
}
