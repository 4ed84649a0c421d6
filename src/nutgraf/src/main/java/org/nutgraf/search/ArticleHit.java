package org.nutgraf.search;

import java.util.List;

/**
 * One article that matched, with its best paragraphs.
 *
 * @param articleId the article's id
 * @param headline its headline
 * @param matchingParagraphs how many of its paragraphs matched
 * @param paragraphs its best matching paragraphs, best first
 */
public record ArticleHit(
    String articleId, String headline, long matchingParagraphs, List<Hit> paragraphs) {
  public ArticleHit {
    paragraphs = List.copyOf(paragraphs);
  }
}
