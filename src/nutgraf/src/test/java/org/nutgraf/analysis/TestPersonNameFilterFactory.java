package org.nutgraf.analysis;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.tests.analysis.BaseTokenStreamFactoryTestCase;
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
    ResourceLoader loader =
        new ResourceLoader() {
          @Override
          public InputStream openResource(String resource) {
            return new ByteArrayInputStream(
                "# people we follow\nVardo Quillinan\n".getBytes(StandardCharsets.UTF_8));
          }

          @Override
          public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
            throw new UnsupportedOperationException();
          }
        };
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

  public void testRejectsUnknownParameters() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> tokenFilterFactory(PersonNameFilterFactory.NAME, "bogus", "x"));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }
}
