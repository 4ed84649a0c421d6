package org.nutgraf.analysis;

import java.io.StringReader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamFactoryTestCase;

public class TestNewsWordTokenizerFactory extends BaseTokenStreamFactoryTestCase {

  public void testCreatedByServiceName() throws Exception {
    Tokenizer t = tokenizerFactory(NewsWordTokenizerFactory.NAME).create();
    t.setReader(new StringReader("Mr. Lee's U.S. trip"));
    assertTokenStreamContents(t, new String[] {"Mr.", "Lee", "U.S.", "trip"});
  }

  public void testRejectsUnknownParameters() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> tokenizerFactory(NewsWordTokenizerFactory.NAME, "bogus", "x"));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }
}
