package org.nutgraf.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;
import org.nutgraf.index.DocumentBuilder;
import org.nutgraf.index.Fields;

/**
 * The baseline: the fields of a Nutgraf document that do not come from entities (ids, ordinal,
 * headline, text, date, source, url), analysed with StandardAnalyzer, written with the same
 * update-by-article call and RAM buffer, without tagging and without facets. Thread-safe.
 */
final class PlainIndex implements Closeable {
  private final Directory directory;
  private final IndexWriter writer;

  PlainIndex(Path path, double ramBufferMb) throws IOException {
    directory = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(ramBufferMb);
    writer = new IndexWriter(directory, config);
  }

  /** Adds the article's paragraphs, replacing any of the same article id. */
  void upsert(Article article) throws IOException {
    List<Document> docs = new ArrayList<>(article.paragraphs().size());
    BytesRef articleId = new BytesRef(article.id());
    String sourceKey = DocumentBuilder.sourceKey(article.source());
    for (Paragraph p : article.paragraphs()) {
      Document doc = new Document();
      DocumentBuilder.addTextFields(doc, article, p, articleId, sourceKey);
      docs.add(doc);
    }
    writer.updateDocuments(new Term(Fields.ARTICLE, article.id()), docs);
  }

  /**
   * Commits and closes without waiting for merges still running, as {@code NewsIndex.close} does
   * (its writer does not commit on close, so closing rolls back and aborts merges).
   */
  @Override
  public void close() throws IOException {
    try (directory) {
      writer.commit();
      writer.rollback();
    }
  }
}
