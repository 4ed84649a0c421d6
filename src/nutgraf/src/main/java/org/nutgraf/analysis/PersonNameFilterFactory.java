package org.nutgraf.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.KnownNameSet;
import org.nutgraf.recognition.Lexicons;
import org.nutgraf.recognition.NamedFirms;

/**
 * Factory for {@link PersonNameFilter}, SPI name {@value #NAME}.
 *
 * <pre class="prettyprint">
 * &lt;fieldType name="persons" class="solr.TextField"&gt;
 *   &lt;analyzer&gt;
 *     &lt;tokenizer name="newsWord"/&gt;
 *     &lt;filter name="personName" knownNames="leaders.txt" firms="firms.txt"/&gt;
 *   &lt;/analyzer&gt;
 * &lt;/fieldType&gt;</pre>
 *
 * Parameters, both optional: {@code knownNames}, a list of full names and aliases, one a line,
 * counted as evidence that a name is a person (by default no name is known in advance); {@code
 * firms}, a list of firms and brands named after people ("John Lewis"), one a line as {@link
 * NamedFirms#read(java.io.InputStream, String)} reads it, read as no one in addition to the ones
 * that ship ({@link NamedFirms#defaults()}).
 *
 * @lucene.spi {@value #NAME}
 */
public final class PersonNameFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware {
  /** SPI name. */
  public static final String NAME = "personName";

  private final String knownNamesFile;
  private final String firmsFile;
  private EntityRecognizer recognizer = EntityRecognizer.defaults();

  /**
   * Creates the factory.
   *
   * @throws IllegalArgumentException naming unknown parameters
   */
  public PersonNameFilterFactory(Map<String, String> args) {
    super(args);
    knownNamesFile = get(args, "knownNames");
    firmsFile = get(args, "firms");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the service loader. */
  public PersonNameFilterFactory() {
    throw defaultCtorException();
  }

  /**
   * Reads the parameters' files.
   *
   * @throws IOException if a file cannot be read, or one of firms is not UTF-8 text
   * @throws IllegalArgumentException if a line of the firms file holds no word, as "FILE:LINE: ..."
   */
  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (knownNamesFile != null) {
      try (InputStream in = loader.openResource(knownNamesFile)) {
        recognizer =
            new EntityRecognizer(Gazetteer.defaults(), Lexicons.defaults(), KnownNameSet.read(in));
      }
    }
    if (firmsFile != null) {
      recognizer = recognizer.withNamedFirms(PlaceNameFilterFactory.firms(loader, firmsFile));
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new PersonNameFilter(input, recognizer);
  }
}
