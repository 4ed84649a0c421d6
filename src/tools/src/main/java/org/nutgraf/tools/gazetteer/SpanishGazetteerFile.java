package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import org.nutgraf.gazetteer.Gazetteer;

/**
 * Writes the prebuilt Spanish gazetteer ({@code gazetteer-es.bin} and its checksums) from the
 * {@code gazetteer.bin} and {@code es-names.tsv} under a resources directory, without rebuilding
 * the gazetteer from its sources: run it after changing the Spanish names table.
 *
 * <pre>
 * java -cp target/nutgraf-cli.jar org.nutgraf.tools.gazetteer.SpanishGazetteerFile \
 *     src/nutgraf/src/main/resources
 * </pre>
 */
public final class SpanishGazetteerFile {
  private SpanishGazetteerFile() {}

  /** Writes into {@code args[0]}/org/nutgraf/gazetteer; exits 2 without that one argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SpanishGazetteerFile RESOURCES_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]).resolve("org/nutgraf/gazetteer");
    Gazetteer.writeSpanish(dir);
    System.out.println("wrote " + dir.resolve("gazetteer-es.bin"));
  }
}
