package org.nutgraf.cli;

import java.nio.file.Path;
import org.nutgraf.entity.ArticleTagger;
import picocli.CommandLine.Option;

/**
 * The {@code --firms FILE} option of the commands that tag: the firms and brands named after people
 * in FILE are read as no one, beside the shipped ones ({@link org.nutgraf.recognition.NamedFirms}).
 */
final class FirmsOption {
  @Option(
      names = "--firms",
      paramLabel = "FILE",
      description =
          "Also read the firms and brands named after people in FILE (one name a line, # for"
              + " comments) as neither persons nor places.")
  Path file;

  /**
   * {@code tagger}, with the file's firms when the option is given.
   *
   * @throws UsageException if the file cannot be read or a line holds no word
   */
  ArticleTagger applyTo(ArticleTagger tagger) {
    return file == null ? tagger : tagger.withNamedFirms(OptionValues.firms("--firms", file));
  }
}
