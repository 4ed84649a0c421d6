package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.article.Article;
import org.nutgraf.index.Fields;

/** The bench's baseline index: one document a paragraph, replaced by article. */
class PlainIndexTest {
  @TempDir Path dir;

  private static Article article(String id, String... paragraphs) {
    return Article.of(
        id, "Headline", Instant.parse("2021-04-02T00:00:00Z"), "Ledger", List.of(paragraphs));
  }

  @Test
  void eachParagraphIsADocumentAndAnUpsertReplacesTheArticle() throws IOException {
    try (PlainIndex index = new PlainIndex(dir, 16)) {
      index.upsert(article("a1", "Ferries stopped.", "Ferries started."));
      index.upsert(article("a2", "Bridges closed."));
      index.upsert(article("a1", "Ferries run again."));
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      assertEquals(2, reader.numDocs());
      IndexSearcher s = new IndexSearcher(reader);
      assertEquals(1, s.count(new TermQuery(new Term(Fields.TEXT, "ferries"))), "lower-cased");
      assertEquals(0, s.count(new TermQuery(new Term(Fields.TEXT, "stopped"))), "replaced");
      assertEquals(1, s.count(new TermQuery(new Term(Fields.ARTICLE, "a2"))));
    }
  }
}
