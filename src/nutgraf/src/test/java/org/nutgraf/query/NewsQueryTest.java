package org.nutgraf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsQueryTest {

  @Test
  void defaultsAreDocumented() {
    NewsQuery q = NewsQuery.all();
    assertEquals(new Criterion.All(), q.where());
    assertEquals(SortOrder.RELEVANCE, q.sort());
    assertEquals(10, q.pageSize());
    assertEquals(
        List.of(FacetRequest.of(Dimension.COUNTRY), FacetRequest.of(Dimension.ACTOR)), q.facets());
  }

  @Test
  void pageSizesOutOfRangeAreRefusedNamingTheField() {
    IllegalArgumentException neg =
        assertThrows(
            IllegalArgumentException.class, () -> NewsQuery.builder().pageSize(-1).build());
    assertTrue(neg.getMessage().startsWith("pageSize"), neg.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> NewsQuery.builder().pageSize(1_000_000).build());
  }

  @Test
  void aDateRangeWithFromAfterToIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Criteria.published(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1)));
    assertTrue(e.getMessage().contains("is after"), e.getMessage());
  }

  @Test
  void blankValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Criteria.anyCountry(" "));
    assertThrows(IllegalArgumentException.class, () -> Criteria.text(""));
  }

  @Test
  void queriesAreValuesAndCopiesDoNotChangeTheOriginal() {
    NewsQuery q = NewsQuery.builder().text("flood").build();
    NewsQuery page2 = q.after("cursor");
    assertEquals(q, NewsQuery.builder().text("flood").build());
    assertEquals("cursor", page2.after().orElseThrow());
    assertTrue(q.after().isEmpty());
  }

  @Test
  void aRefusedSelectionLeavesTheBuilderAsItWas() {
    NewsQuery.Builder b = NewsQuery.builder().text("harvest");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.select(Dimension.COUNTRY, " "));

    assertEquals("country: values must not be blank", e.getMessage());
    assertTrue(b.build().selections().isEmpty());
  }
}
