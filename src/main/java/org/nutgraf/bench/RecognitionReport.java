package org.nutgraf.bench;

/**
 * Entity recognition alone, one thread, over a sample of the corpus, in text megabytes (10^6 bytes
 * of UTF-8) a second. Tokenising is included in every figure but the first.
 *
 * @param textBytes size of the sample
 * @param scanMBps tokenising alone ({@code TextScanner})
 * @param personsMBps the recogniser over a gazetteer without place names, so that the place stage
 *     finds nothing: persons alone as near as the engine allows
 * @param bothMBps the recogniser the index uses, places and persons ({@code
 *     EntityRecognizer.recognizeAll} per article)
 * @param taggerMBps the whole tagger: recognition, then coreference and the actor dictionary
 *     ({@code ArticleTagger.tag})
 */
public record RecognitionReport(
    long textBytes, double scanMBps, double personsMBps, double bothMBps, double taggerMBps) {

  /** Why there is no places-only figure. */
  public static final String PLACES_NOTE =
      "EntityRecognizer has no switch that leaves out persons, so places alone are not timed";
}
