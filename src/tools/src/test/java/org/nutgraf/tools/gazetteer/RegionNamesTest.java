package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegionNamesTest {
  @Test
  void dropsTheWordsForTheKindOfRegion() {
    assertEquals("Cortés", RegionNames.clean("Cortés Department"));
    assertEquals("Mexico", RegionNames.clean("State of Mexico"));
    assertEquals("Lazio", RegionNames.clean("Lazio Region"));
  }

  @Test
  void keepsANameThatWouldBeLeftTooShort() {
    assertEquals("Ao Province", RegionNames.clean("Ao Province"));
    assertEquals("Georgia", RegionNames.clean("Georgia"));
  }
}
