package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A goal is met on the right side of its target, the target itself included. */
class GoalTest {
  private static Goal goal(boolean atMost, double value) {
    return new Goal("k", "a goal", 10, atMost, value, 0);
  }

  @Test
  void anAtMostGoalIsMetAtOrBelowItsTarget() {
    assertTrue(goal(true, 9).met());
    assertTrue(goal(true, 10).met());
    assertFalse(goal(true, 10.01).met());
  }

  @Test
  void anAtLeastGoalIsMetAtOrAboveItsTarget() {
    assertTrue(goal(false, 11).met());
    assertTrue(goal(false, 10).met());
    assertFalse(goal(false, 9.99).met());
  }

  @Test
  void aValueThatWasNotMeasuredMeetsNoGoal() {
    assertFalse(goal(true, Double.NaN).met());
    assertFalse(goal(false, Double.NaN).met());
  }
}
