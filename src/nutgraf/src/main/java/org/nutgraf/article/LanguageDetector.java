package org.nutgraf.article;

/**
 * Tells the language of a text, for articles that do not say theirs.
 *
 * <p>Example: {@code LanguageDetector.stopWords().detect("La caravana salió de San Pedro Sula")}
 * gives {@code "es"}.
 */
@FunctionalInterface
public interface LanguageDetector {
  /** How much of an article {@link #detect(Article)} reads: enough to decide, little to cost. */
  int ARTICLE_SAMPLE_CHARS = 2_000;

  /**
   * The ISO 639-1 code of the language {@code text} is written in, or {@link Language#UNDETERMINED}
   * when it cannot tell.
   */
  String detect(CharSequence text);

  /**
   * The language of an article: its own when it gives one, else detected from its headline and its
   * first paragraphs (about {@link #ARTICLE_SAMPLE_CHARS} characters).
   */
  default String detect(Article article) {
    if (Language.isKnown(article.language())) {
      return article.language();
    }
    StringBuilder sample = new StringBuilder(ARTICLE_SAMPLE_CHARS + 256);
    sample.append(article.headline());
    for (Paragraph p : article.paragraphs()) {
      if (sample.length() >= ARTICLE_SAMPLE_CHARS) {
        break;
      }
      sample.append('\n').append(p.text());
    }
    return detect(sample);
  }

  /**
   * The built-in detector: counts the words of each language's stop-word list that Lucene ships
   * (Danish, Dutch, English, Finnish, French, German, Hungarian, Italian, Norwegian, Portuguese,
   * Russian, Spanish, Swedish) and takes the language that clearly leads; other languages, and
   * texts too short to tell, are {@link Language#UNDETERMINED}. Costs a few microseconds a
   * paragraph.
   */
  static LanguageDetector stopWords() {
    return StopWordLanguageDetector.INSTANCE;
  }
}
