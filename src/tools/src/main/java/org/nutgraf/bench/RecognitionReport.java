package org.nutgraf.bench;

/**
 * Entity recognition alone, one thread, over one body of text, in text megabytes (10^6 bytes of
 * UTF-8) per CPU second of that thread, the median of repeated passes. Tokenising is included in
 * every figure but the first.
 *
 * @param source what the text is: "generated", "fixtures" or the file given
 * @param articles articles in the text
 * @param paragraphs paragraphs in the text (headlines not counted)
 * @param textBytes UTF-8 bytes of the paragraphs
 * @param scanMBps tokenising alone ({@code TextScanner})
 * @param placesMBps places alone ({@code EntityRecognizer.Mode.PLACES}: matching and resolution, no
 *     person stage)
 * @param personsMBps persons alone ({@code Mode.PERSONS}: place names are found, to split names,
 *     but not resolved)
 * @param bothMBps the recogniser the index uses, places and persons ({@code
 *     EntityRecognizer.recognizeAll} per article)
 * @param taggerMBps the whole tagger: recognition, then coreference and the actor dictionary
 *     ({@code ArticleTagger.tag})
 * @param detectMBps language detection alone, on the articles with their language taken away
 *     ({@code LanguageDetector.detect}, the default detector)
 * @param warmUpCpuSeconds CPU seconds spent on the text before its figures were timed: the whole
 *     tagger, then each figure's own work, each until its speed settled (the time the JIT takes to
 *     compile the engine for this text and for each figure's branches)
 */
public record RecognitionReport(
    String source,
    long articles,
    long paragraphs,
    long textBytes,
    double scanMBps,
    double placesMBps,
    double personsMBps,
    double bothMBps,
    double taggerMBps,
    double detectMBps,
    double warmUpCpuSeconds) {

  /** CPU microseconds language detection spends on a paragraph, on average. */
  public double detectMicrosPerParagraph() {
    return textBytes / (detectMBps * 1e6) / paragraphs * 1e6;
  }

  /** CPU microseconds the whole tagger spends on a paragraph, on average. */
  public double taggerMicrosPerParagraph() {
    return textBytes / (taggerMBps * 1e6) / paragraphs * 1e6;
  }
}
