package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.query.Dimension;

class FacetResultTest {

  @Test
  void aNegativeErrorBoundIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new FacetResult(Dimension.COUNTRY, List.of(), 0, -1));

    assertEquals("countErrorBound: must not be negative", e.getMessage());
  }

  @Test
  void theValuesAreCopied() {
    List<FacetValue> values = new ArrayList<>();
    values.add(new FacetValue("PE", "Peru", 3, false));
    FacetResult r = new FacetResult(Dimension.COUNTRY, values, 1, 0);
    values.clear();

    assertEquals(List.of(new FacetValue("PE", "Peru", 3, false)), r.values());
  }

  @Test
  void withoutABoundTheCountsAreExact() {
    assertEquals(0, new FacetResult(Dimension.ACTOR, List.of(), 0).countErrorBound());
  }
}
