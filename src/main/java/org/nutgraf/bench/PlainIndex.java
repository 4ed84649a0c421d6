package org.nutgraf.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.Article;
import org.nutgraf.Paragraph;
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
    for (Paragraph p : article.paragraphs()) {
      docs.add(document(article, p));
    }
    writer.updateDocuments(new Term(Fields.ARTICLE, article.id()), docs);
  }

  static Document document(Article article, Paragraph p) {
    Document doc = new Document();
    String id = p.id();
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
    doc.add(new StringField(Fields.ARTICLE, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ARTICLE, new BytesRef(article.id())));
    doc.add(new IntPoint(Fields.ORDINAL, p.ordinal()));
    doc.add(new StoredField(Fields.ORDINAL, p.ordinal()));
    doc.add(new NumericDocValuesField(Fields.ORDINAL, p.ordinal()));
    // as in a Nutgraf index: the headline is stored on every paragraph, searched on the first
    doc.add(new StoredField(Fields.HEADLINE, article.headline()));
    if (p.ordinal() == 0) {
      doc.add(new TextField(Fields.HEADLINE_TEXT, article.headline(), Field.Store.NO));
    }
    doc.add(new TextField(Fields.TEXT, p.text(), Field.Store.YES));
    article
        .published()
        .ifPresent(
            instant -> {
              long ms = instant.toEpochMilli();
              doc.add(new LongPoint(Fields.PUBLISHED, ms));
              doc.add(new NumericDocValuesField(Fields.PUBLISHED, ms));
              doc.add(new StoredField(Fields.PUBLISHED, ms));
            });
    if (!article.source().isEmpty()) {
      doc.add(
          new StringField(
              Fields.SOURCE, DocumentBuilder.sourceKey(article.source()), Field.Store.NO));
      doc.add(new StoredField(Fields.SOURCE_NAME, article.source()));
    }
    article.url().ifPresent(u -> doc.add(new StoredField(Fields.URL, u)));
    return doc;
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
