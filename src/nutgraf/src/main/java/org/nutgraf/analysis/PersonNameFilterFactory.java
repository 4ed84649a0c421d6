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

/**
 * Factory for {@link PersonNameFilter}, SPI name {@value #NAME}.
 *
 * <pre class="prettyprint">
 * &lt;fieldType name="persons" class="solr.TextField"&gt;
 *   &lt;analyzer&gt;
 *     &lt;tokenizer name="newsWord"/&gt;
 *     &lt;filter name="personName" knownNames="leaders.txt"/&gt;
 *   &lt;/analyzer&gt;
 * &lt;/fieldType&gt;</pre>
 *
 * Parameter, optional: {@code knownNames}, a list of full names and aliases, one a line, counted as
 * evidence that a name is a person (by default no name is known in advance).
 *
 * @lucene.spi {@value #NAME}
 */
public final class PersonNameFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware {
  /** SPI name. */
  public static final String NAME = "personName";

  private final String knownNamesFile;
  private EntityRecognizer recognizer = EntityRecognizer.defaults();

  /**
   * Creates the factory.
   *
   * @throws IllegalArgumentException naming unknown parameters
   */
  public PersonNameFilterFactory(Map<String, String> args) {
    super(args);
    knownNamesFile = get(args, "knownNames");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the service loader. */
  public PersonNameFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (knownNamesFile != null) {
      try (InputStream in = loader.openResource(knownNamesFile)) {
        recognizer =
            new EntityRecognizer(Gazetteer.defaults(), Lexicons.defaults(), KnownNameSet.read(in));
      }
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new PersonNameFilter(input, recognizer);
  }
}
