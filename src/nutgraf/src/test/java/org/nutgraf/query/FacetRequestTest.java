package org.nutgraf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FacetRequestTest {

  @Test
  void theDefaultIsTheTopTenCountedAtLeastOnce() {
    assertEquals(new FacetRequest(Dimension.SOURCE, 10, 1), FacetRequest.of(Dimension.SOURCE));
  }

  @Test
  void copiesChangeOneSettingAndLeaveTheOriginal() {
    FacetRequest base = FacetRequest.of(Dimension.ACTOR);

    assertEquals(new FacetRequest(Dimension.ACTOR, 3, 1), base.top(3));
    assertEquals(new FacetRequest(Dimension.ACTOR, 10, 0), base.minCount(0));
    assertEquals(new FacetRequest(Dimension.ACTOR, 3, 5), base.top(3).minCount(5));
    assertEquals(10, base.top());
  }

  @Test
  void topOutsideOneToTenThousandIsRefusedWithTheValue() {
    FacetRequest base = FacetRequest.of(Dimension.COUNTRY);

    assertEquals(
        "top: must be between 1 and 10000, was 0",
        assertThrows(IllegalArgumentException.class, () -> base.top(0)).getMessage());
    assertEquals(
        "top: must be between 1 and 10000, was 10001",
        assertThrows(IllegalArgumentException.class, () -> base.top(10_001)).getMessage());
    assertEquals(10_000, base.top(10_000).top());
  }

  @Test
  void aNegativeMinCountIsRefused() {
    assertEquals(
        "minCount: must be >= 0, was -2",
        assertThrows(
                IllegalArgumentException.class, () -> FacetRequest.of(Dimension.PLACE).minCount(-2))
            .getMessage());
  }

  @Test
  void aDimensionIsRequired() {
    assertEquals(
        "dimension",
        assertThrows(NullPointerException.class, () -> new FacetRequest(null, 10, 1)).getMessage());
  }
}
