package org.nutgraf.opensearch.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Files a setting names in the node's config directory, relative to it, as synonym files are: the
 * ingest processor's ({@link ConfiguredTaggers}) and the analysis components' ({@link
 * EntityFilterFactory}) alike.
 */
final class ConfigFiles {
  private ConfigFiles() {}

  /**
   * The file {@code value} names under {@code configDir} (absolute and normalised).
   *
   * @param refuse makes the exception to throw from the reason, which names the value: a path that
   *     is blank or leads outside the directory, or one with no regular file
   */
  static Path file(Path configDir, String value, Function<String, RuntimeException> refuse) {
    Path dir = configDir.toAbsolutePath().normalize();
    Path file = dir.resolve(value).normalize();
    if (value.isBlank() || !file.startsWith(dir)) {
      throw refuse.apply(
          "[" + value + "] must be a file under the node's config directory, given relative to it");
    }
    if (!Files.isRegularFile(file)) {
      throw refuse.apply("no file [" + value + "] in the node's config directory");
    }
    return file;
  }
}
