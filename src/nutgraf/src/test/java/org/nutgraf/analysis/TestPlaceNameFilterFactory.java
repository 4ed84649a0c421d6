package org.nutgraf.analysis;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamFactoryTestCase;
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
    ResourceLoader loader = loader("places.tsv", overrides);
    PlaceNameFilterFactory factory =
        (PlaceNameFilterFactory)
            tokenFilterFactory(
                PlaceNameFilterFactory.NAME, Version.LATEST, loader, "overrides", "places.tsv");
    NewsTokenizer t = new NewsTokenizer();
    t.setReader(new StringReader("Fishermen in Old Harbour Town waited."));
    assertTokenStreamContents(factory.create(t), new String[] {"JM"});
  }

  public void testBadOverridesLineNamesFileAndLine() throws Exception {
    ResourceLoader loader = loader("bad.tsv", "add\tSomewhere\tcity\tZZ\n");
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                tokenFilterFactory(
                    PlaceNameFilterFactory.NAME, Version.LATEST, loader, "overrides", "bad.tsv"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("bad.tsv:1: unknown country code"));
  }

  public void testRejectsUnknownParameters() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> tokenFilterFactory(PlaceNameFilterFactory.NAME, "bogus", "x"));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }

  private static ResourceLoader loader(String name, String content) {
    return new ResourceLoader() {
      @Override
      public InputStream openResource(String resource) {
        assertEquals(name, resource);
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
