package org.nutgraf.bench;

/**
 * Entity recognition alone, one thread, over a sample of the corpus, in text megabytes (10^6 bytes
 * of UTF-8) a second. Tokenising is included in every figure but the first.
 *
 * @param textBytes size of the sample
 * @param scanMBps tokenising alone ({@code TextScanner})
 * @param placesMBps places alone ({@code EntityRecognizer.Mode.PLACES}: matching and resolution, no
 *     person stage)
 * @param personsMBps persons alone ({@code Mode.PERSONS}: place names are found, to split names,
 *     but not resolved)
 * @param bothMBps the recogniser the index uses, places and persons ({@code
 *     EntityRecognizer.recognizeAll} per article)
 * @param taggerMBps the whole tagger: recognition, then coreference and the actor dictionary
 *     ({@code ArticleTagger.tag})
 */
public record RecognitionReport(
    long textBytes,
    double scanMBps,
    double placesMBps,
    double personsMBps,
    double bothMBps,
    double taggerMBps) {}
