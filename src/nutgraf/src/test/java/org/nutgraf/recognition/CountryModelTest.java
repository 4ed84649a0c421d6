package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fitted country choice's weights file and what it says. */
class CountryModelTest {
  private static CountryModel read(String text) throws IOException {
    return CountryModel.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "countries.tsv");
  }

  @Test
  void aFileWithoutAMarginLineOnlyExplains() throws IOException {
    CountryModel m = read("# fitted elsewhere\nbias\t-0.5\nkind capital\t1.25\n");
    assertFalse(m.decides());
    int[] f = {CountryFeatures.BIAS, CountryFeatures.KIND_CAPITAL};
    assertEquals(0.75, m.score(f, 2), 1e-9);
    assertEquals("bias -0.50, kind capital +1.25 = 0.75", m.explain(f, 2, 0.75));
  }

  @Test
  void aMarginLineMakesItDecide() throws IOException {
    CountryModel m = read("@margin below which no country is chosen\t-1.5\nbias\t0.1\n");
    assertTrue(m.decides());
    assertEquals(-1.5, m.margin());
  }

  @Test
  void anUnknownFeatureNamesTheFileAndLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read("bias\t1\nsunshine\t2\n"));
    assertEquals("countries.tsv:2: unknown feature in 'sunshine\t2'", e.getMessage());
  }

  @Test
  void theShippedWeightsNameOnlyKnownFeaturesAndOnlyExplain() {
    CountryModel m = CountryModel.defaults();
    assertFalse(m.decides(), "fitted on GUM's genres, it lost news behaviours: the rules decide");
    int[] f = {CountryFeatures.TEN_TIMES_LARGER};
    int[] g = {CountryFeatures.TEN_TIMES_SMALLER};
    assertTrue(m.score(f, 1) > m.score(g, 1), "a far larger place weighs more than a far smaller");
  }

  @Test
  void everyFeatureHasAName() {
    for (int f = 0; f < CountryFeatures.COUNT; f++) {
      assertEquals(f, CountryFeatures.index(CountryFeatures.name(f)));
    }
    assertEquals(-1, CountryFeatures.index("weather"));
  }
}
