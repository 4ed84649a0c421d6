package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.index.Fields;
import org.nutgraf.testing.BracketTagger;

/** One's own work with the index's searcher, through {@link NewsIndex#withSearcher}. */
class SearcherFunctionTest {

  @Test
  void theWorkSeesTheCommittedParagraphsAndItsResultIsReturned() throws IOException {
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      index.upsert(
          Article.of(
              "mill",
              "Mill reopens",
              Instant.parse("2024-04-04T00:00:00Z"),
              "River Post",
              List.of("The old mill ground flour again.", "Flour went to [PE].")));
      index.commit();

      SearcherFunction<Integer> countPeru =
          s -> s.count(new TermQuery(new Term(Fields.COUNTRY, "PE")));

      int peru = index.withSearcher(countPeru);
      assertEquals(1, peru);
      int paragraphs = index.withSearcher(s -> s.getIndexReader().numDocs());
      assertEquals(2, paragraphs);
    }
  }

  @Test
  void anIOExceptionOfTheWorkReachesTheCaller() throws IOException {
    IOException failure = new IOException("disk went away");
    try (NewsIndex index = BracketTagger.inMemoryIndex()) {
      SearcherFunction<Void> failing =
          s -> {
            throw failure;
          };

      assertSame(failure, assertThrows(IOException.class, () -> index.withSearcher(failing)));
    }
  }
}
