package org.nutgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.recognition.PersonMention;

/** The person attribute: holds one mention, copies it, clears it, and shows its parts. */
class PersonAttributeImplTest {
  private static final PersonMention FERRER =
      new PersonMention(
          10, 22, "Tomas Ferrer", "Tomas Ferrer", Optional.of("Mayor"), Optional.empty(), "title");

  @Test
  void copyToHandsTheMentionOverAndClearForgetsIt() {
    PersonAttributeImpl a = new PersonAttributeImpl();
    a.setMention(FERRER);
    PersonAttributeImpl b = new PersonAttributeImpl();
    a.copyTo(b);
    assertSame(FERRER, b.mention());
    a.clear();
    assertNull(a.mention());
  }

  @Test
  void reflectionShowsSurfaceTitleAndEvidence() {
    PersonAttributeImpl a = new PersonAttributeImpl();
    a.setMention(FERRER);
    Map<String, Object> shown = new HashMap<>();
    a.reflectWith((type, key, value) -> shown.put(key, value));
    assertEquals(Map.of("surface", "Tomas Ferrer", "title", "Mayor", "evidence", "title"), shown);
    a.setMention(
        new PersonMention(0, 3, "Ada", "Ada", Optional.empty(), Optional.empty(), "known name"));
    shown.clear();
    a.reflectWith((type, key, value) -> shown.put(key, value));
    assertNull(shown.get("title"), "no title shows as none");
    assertEquals("Ada", shown.get("surface"));
  }
}
