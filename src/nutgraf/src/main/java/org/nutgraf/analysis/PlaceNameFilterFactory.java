package org.nutgraf.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.GazetteerOverrides;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.KnownNames;
import org.nutgraf.recognition.Lexicons;

/**
 * Factory for {@link PlaceNameFilter}, SPI name {@value #NAME}.
 *
 * <pre class="prettyprint">
 * &lt;fieldType name="places" class="solr.TextField"&gt;
 *   &lt;analyzer&gt;
 *     &lt;tokenizer class="solr.NewsWordTokenizerFactory"/&gt;  &lt;!-- or name="newsWord" --&gt;
 *     &lt;filter name="placeName" overrides="my-places.tsv"/&gt;
 *   &lt;/analyzer&gt;
 * &lt;/fieldType&gt;</pre>
 *
 * Parameters, both optional: {@code gazetteer}, a gazetteer file written by {@code
 * GazetteerBuilder} of the tools module (defaults to the built-in one); {@code overrides}, a {@link
 * GazetteerOverrides} file applied on top.
 *
 * @lucene.spi {@value #NAME}
 */
public final class PlaceNameFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware {
  /** SPI name. */
  public static final String NAME = "placeName";

  private final String gazetteerFile;
  private final String overridesFile;
  private EntityRecognizer recognizer = EntityRecognizer.defaults();

  /**
   * Creates the factory.
   *
   * @throws IllegalArgumentException naming unknown parameters
   */
  public PlaceNameFilterFactory(Map<String, String> args) {
    super(args);
    gazetteerFile = get(args, "gazetteer");
    overridesFile = get(args, "overrides");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the service loader. */
  public PlaceNameFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (gazetteerFile == null && overridesFile == null) {
      return;
    }
    Gazetteer g = Gazetteer.defaults();
    if (gazetteerFile != null) {
      try (InputStream raw = loader.openResource(gazetteerFile)) {
        InputStream in = gazetteerFile.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        g = Gazetteer.read(in, gazetteerFile);
      }
    }
    if (overridesFile != null) {
      try (InputStream in = loader.openResource(overridesFile)) {
        g = GazetteerOverrides.apply(g, in, overridesFile);
      }
    }
    recognizer = new EntityRecognizer(g, Lexicons.defaults(), KnownNames.NONE);
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new PlaceNameFilter(input, recognizer);
  }
}
