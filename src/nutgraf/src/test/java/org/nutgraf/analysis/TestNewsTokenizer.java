package org.nutgraf.analysis;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.nutgraf.text.TokenFlags;

public class TestNewsTokenizer extends BaseTokenStreamTestCase {

  public void testKeepsAbbreviationsAndDropsPossessives() throws IOException {
    NewsTokenizer t = new NewsTokenizer();
    t.setReader(new StringReader("The U.S. envoy met Gen. Ruiz in Guatemala's capital."));
    assertTokenStreamContents(
        t,
        new String[] {"The", "U.S.", "envoy", "met", "Gen.", "Ruiz", "in", "Guatemala", "capital"},
        new int[] {0, 4, 9, 15, 19, 24, 29, 32, 44},
        new int[] {3, 8, 14, 18, 23, 28, 31, 41, 51});
  }

  public void testSplitsHyphenatedWordsAndFlagsTheJoin() throws IOException {
    NewsTokenizer t = new NewsTokenizer();
    t.setReader(new StringReader("Indian-administered Kashmir"));
    FlagsAttribute flags = t.addAttribute(FlagsAttribute.class);
    t.reset();
    assertTrue(t.incrementToken());
    assertTrue(TokenFlags.has(flags.getFlags(), TokenFlags.SENTENCE_START));
    assertTrue(t.incrementToken());
    assertTrue(TokenFlags.has(flags.getFlags(), TokenFlags.HYPHEN_BEFORE));
    assertTrue(t.incrementToken());
    assertFalse(TokenFlags.has(flags.getFlags(), TokenFlags.HYPHEN_BEFORE));
    assertFalse(t.incrementToken());
    t.end();
    t.close();
  }

  public void testEmptyInput() throws IOException {
    NewsTokenizer t = new NewsTokenizer();
    t.setReader(new StringReader(""));
    assertTokenStreamContents(t, new String[0]);
  }

  public void testRandomStrings() throws IOException {
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new NewsTokenizer());
          }
        };
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 8192);
    a.close();
  }
}
