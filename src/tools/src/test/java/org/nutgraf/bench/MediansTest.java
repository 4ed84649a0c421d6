package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediansTest {
  @Test
  void takesTheMiddleOfAnOddCountWhateverTheOrder() {
    assertEquals(0.6, Medians.median(List.of(0.9, 0.47, 0.6)).orElseThrow());
    assertEquals(5.0, Medians.median(List.of(5.0)).orElseThrow());
  }

  @Test
  void averagesTheTwoMiddleValuesOfAnEvenCount() {
    assertEquals(2.5, Medians.median(List.of(4.0, 1.0, 3.0, 2.0)).orElseThrow());
  }

  @Test
  void oneOutlierDoesNotMoveIt() {
    assertEquals(0.55, Medians.median(List.of(0.55, 0.54, 0.56, 9.0, 0.01)).orElseThrow());
  }

  @Test
  void leavesOutNaNAndIsEmptyWithoutValues() {
    assertEquals(1.0, Medians.median(List.of(Double.NaN, 1.0)).orElseThrow());
    assertTrue(Medians.median(List.of()).isEmpty());
    assertTrue(Medians.median(List.of(Double.NaN)).isEmpty());
  }

  @Test
  void speedRatioIsTheBaselineCostOverTheEngineCost() {
    // the engine took 20 s where the baseline took 15 s: it runs at 0.75 of the baseline's speed
    assertEquals(0.75, Medians.speedRatio(20, 15), 1e-12);
    assertEquals(2.0, Medians.speedRatio(5, 10), 1e-12);
    assertTrue(Double.isNaN(Medians.speedRatio(0, 10)));
    assertTrue(Double.isNaN(Medians.speedRatio(10, -1)));
  }
}
