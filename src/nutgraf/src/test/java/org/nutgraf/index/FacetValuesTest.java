package org.nutgraf.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FacetValuesTest {
  @Test
  void encodesAValueAsFacetsConfigDoesOnceAndSharesIt() {
    FacetValues actors = new FacetValues(Fields.DIM_ACTOR);
    BytesRef first = actors.of("mike pence");
    assertEquals(new BytesRef("actor\u001fmike pence"), first);
    assertSame(first, actors.of("mike pence"));
    assertEquals("$actor", actors.field("mike pence").name());
    assertEquals(first, actors.field("mike pence").binaryValue());
  }

  @Test
  void stillEncodesValuesPastTheCacheLimit() {
    FacetValues places = new FacetValues(Fields.DIM_PLACE);
    for (int i = 0; i < FacetValues.MAX_CACHED; i++) {
      places.of("XX/Place " + i);
    }
    assertEquals(new BytesRef("place\u001fHN/Tegucigalpa"), places.of("HN/Tegucigalpa"));
    assertEquals(places.of("HN/Tegucigalpa"), places.of("HN/Tegucigalpa"));
  }
}
