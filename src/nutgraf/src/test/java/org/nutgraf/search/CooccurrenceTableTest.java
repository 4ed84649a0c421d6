package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CooccurrenceTableTest {
  private static final FacetValue ANA = new FacetValue("ana ruiz", "Ana Ruiz", 3, false);
  private static final FacetValue PERU = new FacetValue("PE", "Peru", 5, false);
  private static final FacetValue CHILE = new FacetValue("CL", "Chile", 1, false);

  @Test
  void countsAPairFromItsCell() {
    CooccurrenceTable t =
        new CooccurrenceTable(
            List.of(ANA),
            List.of(PERU, CHILE),
            List.of(new CooccurrenceTable.Cell("ana ruiz", "PE", 2)));

    assertEquals(2, t.count("ana ruiz", "PE"));
  }

  @Test
  void aPairWithoutACellCountsZero() {
    CooccurrenceTable t =
        new CooccurrenceTable(
            List.of(ANA),
            List.of(PERU, CHILE),
            List.of(new CooccurrenceTable.Cell("ana ruiz", "PE", 2)));

    assertEquals(0, t.count("ana ruiz", "CL"));
    assertEquals(0, t.count("someone else", "PE"));
  }

  @Test
  void itsListsAreCopies() {
    List<CooccurrenceTable.Cell> cells = new ArrayList<>();
    cells.add(new CooccurrenceTable.Cell("ana ruiz", "PE", 2));
    CooccurrenceTable t = new CooccurrenceTable(List.of(ANA), List.of(PERU), cells);
    cells.clear();

    assertEquals(2, t.count("ana ruiz", "PE"));
  }
}
