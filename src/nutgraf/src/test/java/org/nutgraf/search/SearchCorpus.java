package org.nutgraf.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.ScoreDoc;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.testing.BracketTagger;

/**
 * Six paragraphs in two segments for the search steps' tests, tagged by {@link BracketTagger}:
 *
 * <pre>
 * w#0 2023-05-01  {Ana Ruiz} toured [PE].
 * w#1 2023-05-01  Wool prices rose in [PE] and [BO].
 * w#2 2023-05-01  {Ana Ruiz} praised weavers in [BO].
 * x#0 2023-05-03  Wool exports to [CL] slowed.
 * y#0 2023-05-07  {Ana Ruiz} answered questions.     (second segment)
 * y#1 2023-05-07  Alpaca wool from [PE] sold out.    (second segment)
 * </pre>
 */
final class SearchCorpus {
  private SearchCorpus() {}

  static NewsIndex open() throws IOException {
    NewsIndex index = BracketTagger.inMemoryIndex();
    index.upsert(
        List.of(
            article(
                "w",
                "2023-05-01",
                "{Ana Ruiz} toured [PE].",
                "Wool prices rose in [PE] and [BO].",
                "{Ana Ruiz} praised weavers in [BO]."),
            article("x", "2023-05-03", "Wool exports to [CL] slowed.")));
    index.commit();
    index.upsert(
        article(
            "y",
            "2023-05-07",
            "{Ana Ruiz} answered questions.",
            "Alpaca wool from [PE] sold out."));
    index.commit();
    return index;
  }

  private static Article article(String id, String day, String... texts) {
    return Article.of(
        id,
        "Wool and politics",
        Instant.parse(day + "T00:00:00Z"),
        "Highland Wire",
        List.of(texts));
  }

  /** The paragraph ids of {@code docs}, in order. */
  static List<String> ids(NewsSearcher searcher, ScoreDoc[] docs) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc sd : docs) {
      ids.add(searcher.storedFields().document(sd.doc).get(Fields.ID));
    }
    return ids;
  }

  /** Documents collected by {@code fc}, over all segments. */
  static long collected(FacetsCollector fc) {
    long n = 0;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      n += md.totalHits();
    }
    return n;
  }
}
