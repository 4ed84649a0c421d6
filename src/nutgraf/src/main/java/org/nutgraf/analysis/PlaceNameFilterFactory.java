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
import org.nutgraf.recognition.NamedFirms;

/**
 * Factory for {@link PlaceNameFilter}, SPI name {@value #NAME}.
 *
 * <pre class="prettyprint">
 * &lt;fieldType name="places" class="solr.TextField"&gt;
 *   &lt;analyzer&gt;
 *     &lt;tokenizer class="solr.NewsWordTokenizerFactory"/&gt;  &lt;!-- or name="newsWord" --&gt;
 *     &lt;filter name="placeName" overrides="my-places.tsv" firms="firms.txt"/&gt;
 *   &lt;/analyzer&gt;
 * &lt;/fieldType&gt;</pre>
 *
 * Parameters, all optional: {@code gazetteer}, a gazetteer file written by {@code GazetteerBuilder}
 * of the tools module (defaults to the built-in one); {@code overrides}, a {@link
 * GazetteerOverrides} file applied on top; {@code firms}, a list of firms and brands named after
 * people, one a line as {@link NamedFirms#read(InputStream, String)} reads it, in whose names no
 * place is read, in addition to the ones that ship ({@link NamedFirms#defaults()}).
 *
 * @lucene.spi {@value #NAME}
 */
public final class PlaceNameFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware {
  /** SPI name. */
  public static final String NAME = "placeName";

  private final String gazetteerFile;
  private final String overridesFile;
  private final String firmsFile;
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
    firmsFile = get(args, "firms");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the service loader. */
  public PlaceNameFilterFactory() {
    throw defaultCtorException();
  }

  /**
   * Reads the parameters' files.
   *
   * @throws IOException if a file cannot be read, or one of firms is not UTF-8 text
   * @throws IllegalArgumentException if a line of a file is malformed, naming the file and the line
   */
  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (gazetteerFile != null || overridesFile != null) {
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
    if (firmsFile != null) {
      recognizer = recognizer.withNamedFirms(firms(loader, firmsFile));
    }
  }

  /** The shipped firms and those of the resource {@code name}, for both factories. */
  static NamedFirms firms(ResourceLoader loader, String name) throws IOException {
    try (InputStream in = loader.openResource(name)) {
      return NamedFirms.defaults().with(NamedFirms.read(in, name).names());
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new PlaceNameFilter(input, recognizer);
  }
}
