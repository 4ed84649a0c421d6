package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GenericDescriptionsTest {
  @Test
  void aDirectionOrRankBeforeADivisionWordIsGeneric() {
    assertTrue(GenericDescriptions.isGeneric("northern district"));
    assertTrue(GenericDescriptions.isGeneric("capital region"));
    assertTrue(GenericDescriptions.isGeneric("far north zone"));
  }

  @Test
  void aNameWithAWordOfItsOwnIsNot() {
    assertFalse(GenericDescriptions.isGeneric("lake district"));
    assertFalse(GenericDescriptions.isGeneric("region"), "one word");
    assertFalse(GenericDescriptions.isGeneric("northern cape"), "no division word at the end");
  }
}
