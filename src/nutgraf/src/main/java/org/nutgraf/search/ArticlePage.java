package org.nutgraf.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;

/**
 * One page of articles: matching paragraphs grouped by article (Lucene's grouping), and the cursor
 * of the next page when there is one.
 *
 * @param articles the page's articles, each with its best paragraphs
 * @param totalArticles articles with a matching paragraph, in all
 * @param next the cursor of the next page; empty on the last page
 */
record ArticlePage(List<ArticleHit> articles, long totalArticles, Optional<String> next) {

  /**
   * The page of {@code pageSize} articles of {@code query} after the first {@code offset}, groups
   * and the paragraphs in them in {@code sort} order (null: by relevance), at most {@code
   * paragraphs} of each.
   */
  static ArticlePage search(
      NewsSearcher searcher,
      Query query,
      Sort sort,
      int paragraphs,
      int offset,
      int pageSize,
      PageContext context)
      throws IOException {
    GroupingSearch grouping =
        new GroupingSearch(Fields.ARTICLE)
            .setGroupSort(sort == null ? Sort.RELEVANCE : sort)
            .setSortWithinGroup(sort == null ? Sort.RELEVANCE : sort)
            .setGroupDocsLimit(paragraphs)
            .setAllGroups(true);
    TopGroups<BytesRef> groups =
        grouping.search(searcher, query, offset, Math.max(1, pageSize + 1));
    long total = groups.totalGroupCount == null ? 0 : groups.totalGroupCount;
    List<ArticleHit> articles = new ArrayList<>();
    Optional<String> next = Optional.empty();
    for (GroupDocs<BytesRef> g : groups.groups) {
      if (articles.size() == pageSize) {
        next = Optional.of(context.cursor(null, offset + pageSize));
        break;
      }
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc sd : g.scoreDocs()) {
        hits.add(context.load(sd));
      }
      String id = g.groupValue() == null ? "" : g.groupValue().utf8ToString();
      String headline = hits.isEmpty() ? "" : hits.get(0).headline();
      articles.add(new ArticleHit(id, headline, g.totalHits().value(), hits));
    }
    return new ArticlePage(articles, total, next);
  }
}
