package org.nutgraf.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestPersonNameFilter extends BaseTokenStreamTestCase {
  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new PersonNameAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testEmitsNamesWithoutTitles() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "Vice President Kamala Harris met Sen. Marco Rubio.",
        new String[] {"Kamala Harris", "Marco Rubio"},
        new int[] {15, 38},
        new int[] {28, 49},
        new String[] {"person", "person"},
        new int[] {1, 1});
  }

  public void testSurnameCountsOnceTheTextNamesThePersonInFull() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "Farmer Teodora Villalobos opened the gate. Villalobos waved.",
        new String[] {"Teodora Villalobos", "Villalobos"},
        new int[] {7, 43},
        new int[] {25, 53},
        new String[] {"person", "person"},
        new int[] {1, 1});
  }

  public void testPlacesAndOrganisationsAreNoPersons() throws IOException {
    assertAnalyzesTo(analyzer, "Reuters reported that Washington imposed tariffs.", new String[0]);
  }

  public void testEmptyInput() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 8192);
  }
}
