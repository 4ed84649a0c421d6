/**
 * Nutgraf: paragraph-level news search on Apache Lucene, with place and person names recognised and
 * resolved to countries and actors.
 */
module org.nutgraf {
  requires transitive org.apache.lucene.core;
  requires transitive org.apache.lucene.analysis.common;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.grouping;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports org.nutgraf;
  exports org.nutgraf.article;
  exports org.nutgraf.query;
  exports org.nutgraf.search;
  exports org.nutgraf.entity;
  exports org.nutgraf.analysis;
  exports org.nutgraf.recognition;
  exports org.nutgraf.gazetteer;
  exports org.nutgraf.ingest;

  provides org.apache.lucene.analysis.TokenizerFactory with
      org.nutgraf.analysis.NewsWordTokenizerFactory;
  provides org.apache.lucene.analysis.TokenFilterFactory with
      org.nutgraf.analysis.PlaceNameFilterFactory,
      org.nutgraf.analysis.PersonNameFilterFactory;
}
