package org.nutgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.recognition.PlaceMention;

/** The place attribute: holds one mention, copies it, clears it, and shows its parts. */
class PlaceAttributeImplTest {
  private static final PlaceMention KIEV =
      new PlaceMention(3, 7, "Kiev", PlaceKind.CAPITAL, "UA", "Kyiv", "capital 'Kiev' -> UA");

  @Test
  void copyToHandsTheMentionOverAndClearForgetsIt() {
    PlaceAttributeImpl a = new PlaceAttributeImpl();
    assertNull(a.mention());
    a.setMention(KIEV);
    PlaceAttributeImpl b = new PlaceAttributeImpl();
    a.copyTo(b);
    assertSame(KIEV, b.mention());
    a.clear();
    assertNull(a.mention());
    assertSame(KIEV, b.mention(), "the copy keeps its mention");
  }

  @Test
  void reflectionShowsSurfacePlaceAndEvidenceOrNothing() {
    PlaceAttributeImpl a = new PlaceAttributeImpl();
    a.setMention(KIEV);
    Map<String, Object> shown = new HashMap<>();
    a.reflectWith((type, key, value) -> shown.put(key, value));
    assertEquals(
        Map.of("surface", "Kiev", "place", "Kyiv", "evidence", "capital 'Kiev' -> UA"), shown);
    a.clear();
    shown.clear();
    a.reflectWith((type, key, value) -> shown.put(key, value));
    assertEquals(3, shown.size());
    assertNull(shown.get("place"));
  }
}
