package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipfTest {
  @Test
  void drawsRankOneAboutTwiceAsOftenAsRankTwo() {
    Zipf z = new Zipf(1_000, 1.0);
    SplittableRandom random = new SplittableRandom(1);
    int[] counts = new int[z.size()];
    for (int i = 0; i < 200_000; i++) {
      counts[z.sample(random)]++;
    }
    double ratio = (double) counts[0] / counts[1];
    assertTrue(ratio > 1.8 && ratio < 2.2, "rank 1 / rank 2 = " + ratio);
    assertEquals(2.0, z.probability(0) / z.probability(1), 1e-9);
  }

  @Test
  void drawsInProportionToWeights() {
    Zipf z = new Zipf(new double[] {1, 0, 3});
    SplittableRandom random = new SplittableRandom(2);
    int[] counts = new int[3];
    for (int i = 0; i < 40_000; i++) {
      counts[z.sample(random)]++;
    }
    assertEquals(0, counts[1]);
    assertEquals(3.0, (double) counts[2] / counts[0], 0.2);
  }
}
