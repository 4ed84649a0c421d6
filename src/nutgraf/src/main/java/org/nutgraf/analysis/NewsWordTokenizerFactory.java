package org.nutgraf.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link NewsTokenizer}, SPI name {@value #NAME}; it takes no parameters.
 *
 * <pre class="prettyprint">
 * &lt;tokenizer name="newsWord"/&gt;</pre>
 *
 * @lucene.spi {@value #NAME}
 */
public final class NewsWordTokenizerFactory extends TokenizerFactory {
  /** SPI name. */
  public static final String NAME = "newsWord";

  /**
   * Creates the factory.
   *
   * @throws IllegalArgumentException naming unknown parameters
   */
  public NewsWordTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the service loader. */
  public NewsWordTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public NewsTokenizer create(AttributeFactory factory) {
    return new NewsTokenizer(factory);
  }
}
