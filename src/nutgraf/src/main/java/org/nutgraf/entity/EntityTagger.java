package org.nutgraf.entity;

import org.nutgraf.article.Article;

/**
 * Finds the countries and actors of every paragraph of an article. The index calls it once per
 * article it indexes; implementations must be thread-safe.
 */
@FunctionalInterface
public interface EntityTagger {
  /** Tags every paragraph of {@code article}. */
  TaggedArticle tag(Article article);
}
