package org.nutgraf.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/**
 * The fitted place decision: its weights file, the candidates it judges, its features, its drops.
 */
class PlaceModelTest {
  private static PlaceModel read(String text) throws IOException {
    return PlaceModel.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  private static int slot;

  /** Each text of a test in a pooled sequence of its own. */
  private static TokenSequence scan(String text) {
    TokenSequence t = TokenSequence.pooled(slot++ % 8);
    TextScanner.scan(text, t);
    return t;
  }

  private static PlaceEntry town(String name, int flags, long population) {
    return new PlaceEntry(name, PlaceKind.CITY, "NZ", "", population, flags, name + ", NZ");
  }

  /** A candidate over token {@code at} that the rules resolved to its first entry. */
  private static PlaceCandidate resolved(int at, PlaceEntry... entries) {
    PlaceCandidate c = new PlaceCandidate(at, at + 1, entries);
    c.chosen = entries[0];
    c.kind = entries[0].kind();
    return c;
  }

  private static List<Integer> features(TokenSequence t, PlaceCandidate c, Set<String> countries) {
    int[] out = new int[PlaceFeatures.COUNT];
    int n = PlaceFeatures.of(t, c, Lexicons.defaults(), countries, out);
    return Arrays.stream(out, 0, n).boxed().toList();
  }

  @Test
  void theShippedWeightsExplainButDropNothing() {
    PlaceModel m = PlaceModel.defaults();
    assertFalse(m.decides(), "fitted on GUM's genres, dropping lowered a news set: margin is off");
    assertTrue(
        m.weight(PlaceFeatures.LOCATIVE_BEFORE) > 0, "'in' before a name speaks for a place");
  }

  @Test
  void aFileWithoutAMarginLineDecidesNothingAndOneWithItDoes() throws IOException {
    PlaceModel off = read("# weights\nbias\t-5\n");
    assertFalse(off.decides());
    assertEquals(Double.NEGATIVE_INFINITY, off.margin());
    PlaceModel on = read("@margin below which a name is no place\t-1.5\nbias\t0.25\n");
    assertTrue(on.decides());
    assertEquals(-1.5, on.margin(), 1e-9);
    assertEquals(0.25, on.weight(PlaceFeatures.BIAS), 1e-9);
    assertEquals(0, on.weight(PlaceFeatures.SENTENCE_START), "an unlisted feature weighs nothing");
  }

  @Test
  void aBadLineIsReportedWithItsFileAndLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read("bias\t1\nnot a feature\t2\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:2:"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> read("bias\tlots\n"));
    assertTrue(e.getMessage().startsWith("test.tsv:1:"), e.getMessage());
  }

  @Test
  void everyFeatureNameReadsBackToItsIndex() {
    for (int f = 0; f < PlaceFeatures.COUNT; f++) {
      assertEquals(f, PlaceFeatures.index(PlaceFeatures.name(f)), PlaceFeatures.name(f));
    }
    assertEquals(-1, PlaceFeatures.index("no such feature"));
  }

  @Test
  void onlyDoubtfulOneWordTownsAreJudged() {
    Lexicons lex = Lexicons.defaults();
    TokenSequence t = scan("The ferry left Tarawhiti at dawn.");
    assertFalse(
        PlaceFeatures.applies(t, resolved(3, town("Tarawhiti", 0, 40_000)), lex),
        "a plain town name standing alone stays with the rules");
    assertTrue(
        PlaceFeatures.applies(
            t, resolved(3, town("Tarawhiti", PlaceEntry.GIVEN_NAME, 40_000)), lex),
        "a town that is also a given name is borderline");
    PlaceCandidate dropped = resolved(3, town("Tarawhiti", PlaceEntry.GIVEN_NAME, 40_000));
    dropped.dropped = true;
    assertFalse(PlaceFeatures.applies(t, dropped, lex), "what the rules dropped stays dropped");
    PlaceCandidate country =
        resolved(
            3,
            new PlaceEntry("Tarawhiti", PlaceKind.COUNTRY, "NZ", "", 0, PlaceEntry.GIVEN_NAME, ""));
    assertFalse(PlaceFeatures.applies(t, country, lex), "country names stay with the rules");
    TokenSequence run = scan("The ferry left Tarawhiti Wharf at dawn.");
    assertTrue(
        PlaceFeatures.applies(run, resolved(3, town("Tarawhiti", 0, 40_000)), lex),
        "a town name inside a longer capitalised run is borderline");
  }

  @Test
  void featuresDescribeTheNeighbourhoodAndTheGazetteerEntry() {
    TokenSequence t = scan("Crews worked in Tarawhiti, Gisborne for a week.");
    List<Integer> f =
        features(t, resolved(3, town("Tarawhiti", PlaceEntry.SMALL_TOWN, 4_000)), Set.of("NZ"));
    assertTrue(f.contains(PlaceFeatures.BIAS));
    assertTrue(f.contains(PlaceFeatures.KIND_CITY));
    assertTrue(f.contains(PlaceFeatures.POPULATION_UNDER_10K));
    assertTrue(f.contains(PlaceFeatures.SMALL_TOWN));
    assertTrue(f.contains(PlaceFeatures.LOCATIVE_BEFORE));
    assertTrue(f.contains(PlaceFeatures.COMMA_PLACE_AFTER));
    assertTrue(f.contains(PlaceFeatures.COUNTRY_IN_ARTICLE));
    assertFalse(f.contains(PlaceFeatures.SENTENCE_START));

    TokenSequence name = scan("Yesterday Maria Tarawhiti's dog barked.");
    List<Integer> g =
        features(name, resolved(2, town("Tarawhiti", PlaceEntry.GIVEN_NAME, 250_000)), Set.of());
    assertTrue(g.contains(PlaceFeatures.CAPITAL_BEFORE));
    assertTrue(g.contains(PlaceFeatures.GIVEN_NAME_BEFORE), "'Maria' is a given name");
    assertTrue(g.contains(PlaceFeatures.POSSESSIVE));
    assertTrue(g.contains(PlaceFeatures.GIVEN_NAME));
    assertTrue(g.contains(PlaceFeatures.POPULATION_UNDER_1M));
    assertFalse(g.contains(PlaceFeatures.LOCATIVE_BEFORE));
    assertFalse(g.contains(PlaceFeatures.COUNTRY_IN_ARTICLE));
  }

  @Test
  void withAMarginACandidateScoringBelowItIsDroppedAndExplained() throws IOException {
    PlaceModel m =
        read(
            "@margin below which a name is no place\t-1\nbias\t-0.5\npossessive\t-2\n"
                + "a preposition of location before\t3\n");
    TokenSequence t = scan("Yesterday Maria Tarawhiti's dog barked near Tarawhiti.");
    PlaceCandidate owner = resolved(2, town("Tarawhiti", PlaceEntry.GIVEN_NAME, 40_000));
    PlaceCandidate place = resolved(7, town("Tarawhiti", PlaceEntry.GIVEN_NAME, 40_000));
    List<List<PlaceCandidate>> all = List.of(new ArrayList<>(List.of(owner, place)));
    List<List<PlaceDecision>> decided =
        new PlaceDecider(m, Lexicons.defaults(), true).apply(List.of(t), all, new Work(), true);
    assertTrue(owner.dropped, "bias and possessive: -2.5, below -1");
    assertFalse(place.dropped, "'near' before it: 2.5");
    assertTrue(owner.evidence.contains("possessive -2.00"), owner.evidence);
    assertTrue(owner.evidence.endsWith("= -2.50: no place (margin -1.00)"), owner.evidence);
    assertEquals(2, decided.get(0).size());
    PlaceDecision d = decided.get(0).get(0);
    assertEquals("Tarawhiti", d.surface(), "the possessive ending is no part of the name");
    assertEquals("NZ", d.country());
    assertFalse(d.kept());
    assertEquals(-2.5, d.score(), 1e-9);
    assertTrue(d.features().contains("possessive"));
    assertTrue(decided.get(0).get(1).kept());
  }

  @Test
  void withoutAMarginNothingIsDropped() throws IOException {
    PlaceModel m = read("bias\t-50\n");
    TokenSequence t = scan("Yesterday Maria Tarawhiti's dog barked.");
    PlaceCandidate owner = resolved(2, town("Tarawhiti", PlaceEntry.GIVEN_NAME, 40_000));
    new PlaceDecider(m, Lexicons.defaults(), false)
        .apply(List.of(t), List.of(List.of(owner)), new Work(), false);
    assertFalse(owner.dropped);
    assertEquals("", owner.evidence, "no explanation asked for");
  }

  @Test
  void theRecogniserListsTheBorderlinePlacesItJudges() {
    EntityRecognizer r = EntityRecognizer.defaults();
    List<List<PlaceDecision>> d = r.placeDecisions(List.of("Rain fell on France today."));
    assertEquals(1, d.size());
    assertTrue(d.get(0).isEmpty(), "a country name is not the model's to judge");
  }
}
