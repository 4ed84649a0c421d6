package org.nutgraf.analysis;

import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamFactoryTestCase;
import org.apache.lucene.tests.util.StringMockResourceLoader;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.Version;

public class TestPlaceNameFilterFactory extends BaseTokenStreamFactoryTestCase {

  public void testCreatedByServiceName() throws Exception {
    Reader reader = new StringReader("Kenyan officials flew to Nairobi.");
    TokenStream stream = tokenizerFactory(NewsWordTokenizerFactory.NAME).create();
    ((Tokenizer) stream).setReader(reader);
    stream = tokenFilterFactory(PlaceNameFilterFactory.NAME).create(stream);
    assertTokenStreamContents(stream, new String[] {"KE", "KE"});
  }

  public void testUsableFromCustomAnalyzer() throws Exception {
    try (CustomAnalyzer a =
        CustomAnalyzer.builder()
            .withTokenizer(NewsWordTokenizerFactory.NAME)
            .addTokenFilter(PlaceNameFilterFactory.NAME)
            .build()) {
      assertAnalyzesTo(a, "A Honduran caravan", new String[] {"HN"});
    }
  }

  public void testOverridesFileAddsPlaces() throws Exception {
    String overrides = "# ours\nadd\tOld Harbour Town\tcity\tJM\t12000\n";
    ResourceLoader loader = new StringMockResourceLoader(overrides);
    PlaceNameFilterFactory factory =
        (PlaceNameFilterFactory)
            tokenFilterFactory(
                PlaceNameFilterFactory.NAME, Version.LATEST, loader, "overrides", "places.tsv");
    NewsTokenizer t = new NewsTokenizer();
    t.setReader(new StringReader("Fishermen in Old Harbour Town waited."));
    assertTokenStreamContents(factory.create(t), new String[] {"JM"});
  }

  public void testBadOverridesLineNamesFileAndLine() throws Exception {
    ResourceLoader loader = new StringMockResourceLoader("add\tSomewhere\tcity\tZZ\n");
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                tokenFilterFactory(
                    PlaceNameFilterFactory.NAME, Version.LATEST, loader, "overrides", "bad.tsv"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("bad.tsv:1: unknown country code"));
  }

  public void testFirmsFileReadsNoPlaceInsideAFirmsName() throws Exception {
    String text = "The chain Kingston Farrell cut its forecast for Leeds.";
    NewsTokenizer plain = new NewsTokenizer();
    plain.setReader(new StringReader(text));
    assertTokenStreamContents(
        tokenFilterFactory(PlaceNameFilterFactory.NAME).create(plain), new String[] {"JM", "GB"});

    ResourceLoader loader = new StringMockResourceLoader("# retailers\nKingston Farrell\n");
    NewsTokenizer t = new NewsTokenizer();
    t.setReader(new StringReader(text));
    assertTokenStreamContents(
        tokenFilterFactory(
                PlaceNameFilterFactory.NAME, Version.LATEST, loader, "firms", "firms.txt")
            .create(t),
        new String[] {"GB"});
  }

  public void testBadFirmsLineNamesFileAndLine() {
    ResourceLoader loader = new StringMockResourceLoader("Kingston Farrell\n&\n");
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                tokenFilterFactory(
                    PlaceNameFilterFactory.NAME, Version.LATEST, loader, "firms", "firms.txt"));
    assertEquals("firms.txt:2: no word in the firm's name '&'", e.getMessage());
  }

  public void testRejectsUnknownParameters() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> tokenFilterFactory(PlaceNameFilterFactory.NAME, "bogus", "x"));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }
}
