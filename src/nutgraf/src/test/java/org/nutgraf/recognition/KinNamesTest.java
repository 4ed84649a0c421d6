package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nutgraf.recognition.PlaceFixture.indexOf;
import static org.nutgraf.recognition.PlaceFixture.scan;

import org.junit.jupiter.api.Test;
import org.nutgraf.text.TokenSequence;

/** "their son Austin": a name after a possessive and a relative or a pet is what it is called. */
class KinNamesTest {
  private static boolean kin(String text, String name) {
    TokenSequence t = scan(text);
    return KinNames.after(t, indexOf(t, name));
  }

  @Test
  void aNameAfterAPossessiveAndARelativeIsTheRelative() {
    assertTrue(kin("The couple brought their son Denver to the parade.", "Denver"));
    assertTrue(kin("She was joined by her granddaughter, Savannah, at dinner.", "Savannah"));
  }

  @Test
  void petsCountAsRelatives() {
    assertTrue(kin("He walks his dog Memphis every morning.", "Memphis"));
    assertTrue(kin("They fed our pony Kingston apples.", "Kingston"));
  }

  @Test
  void withoutThePossessiveTheNameStaysAPlace() {
    assertFalse(kin("A son from Denver called.", "Denver"));
    assertFalse(kin("The son Denver never met stayed home.", "Denver"));
  }

  @Test
  void aWordThatIsNoRelativeOrPunctuationOtherThanACommaBreaksTheRule() {
    assertFalse(kin("They moved their office Denver way.", "Denver"));
    assertFalse(kin("They praised her son. Denver voters agreed.", "Denver"));
    assertFalse(kin("They praised her son (Denver born) warmly.", "Denver"));
  }

  @Test
  void capitalisedWordsAreNoPossessiveOrRelativeHere() {
    assertFalse(kin("A film called Her Son Denver opened.", "Denver"));
  }

  @Test
  void theNameNeedsTwoWordsBeforeIt() {
    assertFalse(kin("Son Denver", "Denver"));
    assertFalse(kin("Denver thrived.", "Denver"));
  }
}
