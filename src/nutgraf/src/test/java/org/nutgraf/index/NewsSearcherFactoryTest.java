package org.nutgraf.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.entity.TaggedArticle;
import org.nutgraf.entity.TaggedParagraph;

/** A fresh {@link NewsSearcher}, and so fresh facet state and date span, on every refresh. */
class NewsSearcherFactoryTest {

  private static void add(IndexWriter w, String id, String day) throws IOException {
    Article a =
        Article.of(
            id, "Market day", Instant.parse(day + "T00:00:00Z"), "Plaza Post", List.of("Stalls."));
    TaggedArticle t =
        new TaggedArticle(
            a,
            List.of(
                new TaggedParagraph(
                    a.paragraphs().get(0), List.of(), List.of(), List.of(), List.of(), List.of())));
    w.addDocuments(new DocumentBuilder().build(t));
  }

  @Test
  void eachRefreshedReaderGetsANewsSearcherWithItsOwnDateSpan() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(TextLanguages.analyzer()))) {
      add(w, "first", "2022-04-01");
      w.commit();
      SearcherManager manager =
          new SearcherManager(w, new NewsSearcherFactory(DocumentBuilder.facetsConfig()));
      try {
        IndexSearcher before = manager.acquire();
        try {
          assertEquals(
              Optional.of(Instant.parse("2022-04-01T00:00:00Z").toEpochMilli()),
              assertInstanceOf(NewsSearcher.class, before).maxPublished());
        } finally {
          manager.release(before);
        }

        add(w, "second", "2022-05-01");
        manager.maybeRefreshBlocking();

        IndexSearcher after = manager.acquire();
        try {
          assertEquals(
              Optional.of(Instant.parse("2022-05-01T00:00:00Z").toEpochMilli()),
              assertInstanceOf(NewsSearcher.class, after).maxPublished());
        } finally {
          manager.release(after);
        }
      } finally {
        manager.close();
      }
    }
  }
}
