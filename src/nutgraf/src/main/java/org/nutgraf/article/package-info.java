/** The values every layer shares: {@link org.nutgraf.article.Article}, its paragraphs and dates. */
package org.nutgraf.article;
