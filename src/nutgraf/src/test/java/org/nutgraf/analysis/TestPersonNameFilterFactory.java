package org.nutgraf.analysis;

import java.io.StringReader;
import org.apache.lucene.tests.analysis.BaseTokenStreamFactoryTestCase;
import org.apache.lucene.tests.util.StringMockResourceLoader;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.Version;

public class TestPersonNameFilterFactory extends BaseTokenStreamFactoryTestCase {

  public void testCreatedByServiceName() throws Exception {
    NewsTokenizer t = new NewsTokenizer();
    t.setReader(new StringReader("Prime Minister Sanae Takaichi spoke."));
    assertTokenStreamContents(
        tokenFilterFactory(PersonNameFilterFactory.NAME).create(t),
        new String[] {"Sanae Takaichi"});
  }

  public void testKnownNamesCountAsEvidence() throws Exception {
    ResourceLoader loader = new StringMockResourceLoader("# people we follow\nVardo Quillinan\n");
    // without the list, two capitalised words opening a sentence are no evidence
    NewsTokenizer plain = new NewsTokenizer();
    plain.setReader(new StringReader("Vardo Quillinan arrived"));
    assertTokenStreamContents(
        tokenFilterFactory(PersonNameFilterFactory.NAME).create(plain), new String[0]);
    NewsTokenizer t = new NewsTokenizer();
    t.setReader(new StringReader("Vardo Quillinan arrived"));
    assertTokenStreamContents(
        tokenFilterFactory(
                PersonNameFilterFactory.NAME, Version.LATEST, loader, "knownNames", "names.txt")
            .create(t),
        new String[] {"Vardo Quillinan"});
  }

  public void testFirmsFileReadsAListedFirmAsNoOne() throws Exception {
    String text = "Lincoln Ashby said sales rose at its store in Leeds.";
    NewsTokenizer plain = new NewsTokenizer();
    plain.setReader(new StringReader(text));
    assertTokenStreamContents(
        tokenFilterFactory(PersonNameFilterFactory.NAME).create(plain),
        new String[] {"Lincoln Ashby"});

    ResourceLoader loader = new StringMockResourceLoader("# retailers\nLincoln Ashby\n");
    NewsTokenizer t = new NewsTokenizer();
    t.setReader(new StringReader(text));
    assertTokenStreamContents(
        tokenFilterFactory(
                PersonNameFilterFactory.NAME, Version.LATEST, loader, "firms", "firms.txt")
            .create(t),
        new String[0]);
  }

  public void testRejectsUnknownParameters() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> tokenFilterFactory(PersonNameFilterFactory.NAME, "bogus", "x"));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }
}
