package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "BC" is British Columbia, except as an era after a year or a century. */
class EraAbbreviationsTest {
  private final EntityRecognizer recognizer = EntityRecognizer.defaults();

  private List<String> countries(String text) {
    return recognizer.recognize(text).places().stream().map(PlaceMention::country).toList();
  }

  @Test
  void theProvinceWrittenWithoutPeriodsIsCanada() {
    assertEquals(List.of("CA"), countries("Crews in BC fought wildfires all week."));
    assertEquals(List.of("CA"), countries("The BC government raised the fuel tax."));
  }

  @Test
  void afterAYearOrACenturyItIsAnEra() {
    assertEquals(List.of(), countries("Farmers terraced the slope around 450 BC."));
    assertEquals(List.of(), countries("Bronze blades spread in the fourth century BC."));
  }

  @Test
  void writtenInLowerCaseItIsNoPlace() {
    assertEquals(List.of(), countries("The plan was signed bc the deadline loomed."));
  }
}
