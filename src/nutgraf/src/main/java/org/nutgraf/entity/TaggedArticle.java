package org.nutgraf.entity;

import java.util.List;
import java.util.Objects;
import org.nutgraf.article.Article;

/**
 * An article with its paragraphs tagged.
 *
 * @param article the article
 * @param paragraphs one tagged paragraph per paragraph of the article, in order
 */
public record TaggedArticle(Article article, List<TaggedParagraph> paragraphs) {
  public TaggedArticle {
    Objects.requireNonNull(article, "article");
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.size() != article.paragraphs().size()) {
      throw new IllegalArgumentException("paragraphs: one per paragraph of the article expected");
    }
  }
}
