package org.nutgraf.tools.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.nutgraf.recognition.EntityRecognizer;

/** Labels the candidates a recogniser proposes in the documents of some genres of a GUM file. */
@FunctionalInterface
interface ExampleReader {
  /**
   * The labelled candidates.
   *
   * @throws IllegalArgumentException naming the file and line of a record that is no paragraph
   */
  List<Example> read(Path file, Set<String> genres, EntityRecognizer recognizer) throws IOException;
}
