package org.nutgraf.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestPlaceNameFilter extends BaseTokenStreamTestCase {
  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new PlaceNameAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testEmitsCountryCodesWithOffsetsAndKinds() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "Honduran families left San Pedro Sula for the U.S. border.",
        new String[] {"HN", "HN", "US"},
        new int[] {0, 23, 46},
        new int[] {8, 37, 50},
        new String[] {"demonym", "city", "alias"},
        new int[] {1, 1, 1});
  }

  public void testLongestMatchWins() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "Voters in New Mexico watched Mexico City.",
        new String[] {"US", "MX"},
        new int[] {10, 29},
        new int[] {20, 40},
        new String[] {"region", "capital"},
        new int[] {1, 1});
  }

  public void testPossessiveIsOutsideTheMention() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "Guatemala's border stayed shut.",
        new String[] {"GT"},
        new int[] {0},
        new int[] {9},
        new String[] {"country"},
        new int[] {1});
  }

  public void testWorksAfterAnotherTokenizer() throws IOException {
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            WhitespaceTokenizer source = new WhitespaceTokenizer();
            TokenStream filter = new PlaceNameFilter(source);
            return new TokenStreamComponents(source, filter);
          }
        };
    assertAnalyzesTo(a, "talks in Kenya ended", new String[] {"KE"});
    a.close();
  }

  public void testNoPlaceGivesNoToken() throws IOException {
    assertAnalyzesTo(analyzer, "nothing to see here, us included", new String[0]);
  }

  public void testEmptyInput() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 8192);
  }
}
