package org.nutgraf.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.TaggedArticle;
import org.nutgraf.entity.TaggedParagraph;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.recognition.PlaceMention;
import org.nutgraf.text.NameKey;

/** Turns a tagged article into one Lucene document per paragraph, as {@link Fields} lays out. */
public final class DocumentBuilder {
  /** Separates an actor key from its display name in {@link Fields#ACTOR_LABEL}. */
  public static final char LABEL_SEPARATOR = '\u001f';

  /** The facet configuration of a Nutgraf index: one doc-values field per dimension. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : Fields.DIMENSIONS) {
      config.setIndexFieldName(dim, Fields.facetField(dim));
      config.setMultiValued(
          dim, !dim.equals(Fields.DIM_SOURCE) && !dim.equals(Fields.DIM_LANGUAGE));
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  /** Facet values of countries, actors, places and languages: recurring, so encoded once. */
  private static final FacetValues COUNTRY_FACETS = new FacetValues(Fields.DIM_COUNTRY);

  private static final FacetValues ACTOR_FACETS = new FacetValues(Fields.DIM_ACTOR);
  private static final FacetValues PLACE_FACETS = new FacetValues(Fields.DIM_PLACE);

  private static final FacetValues LANGUAGE_FACETS = new FacetValues(Fields.DIM_LANGUAGE);

  /** What every paragraph of one article shares, worked out once per article. */
  private static final class PerArticle {
    final String sourceKey;
    final BytesRef sourceFacet;
    final BytesRef articleId;
    final BytesRef languageFacet;
    final Set<String> labelled = new HashSet<>();

    PerArticle(Article a) {
      sourceKey = a.source().isEmpty() ? "" : sourceKey(a.source());
      sourceFacet =
          a.source().isEmpty()
              ? null
              : new BytesRef(FacetsConfig.pathToString(Fields.DIM_SOURCE, a.source()));
      articleId = new BytesRef(a.id());
      languageFacet = LANGUAGE_FACETS.of(a.language());
    }
  }

  /** The documents of every paragraph, in order. */
  public List<Document> build(TaggedArticle tagged) {
    List<Document> docs = new ArrayList<>(tagged.paragraphs().size());
    PerArticle shared = new PerArticle(tagged.article());
    for (TaggedParagraph p : tagged.paragraphs()) {
      docs.add(build(tagged.article(), p, shared));
    }
    return docs;
  }

  /**
   * Adds the fields of a paragraph that do not come from entities: ids, ordinal, headline, text
   * (and the text field of its language, {@link TextLanguages}), date, source, url and language
   * (the plain Lucene baseline of {@code bench} writes exactly these).
   *
   * @param articleId the article id as bytes, made once per article
   * @param sourceKey {@link #sourceKey} of the article's source, unused when it has none
   */
  public static void addTextFields(
      Document doc, Article article, Paragraph p, BytesRef articleId, String sourceKey) {
    String id = p.id();
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
    doc.add(new StringField(Fields.ARTICLE, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ARTICLE, articleId));
    int ordinal = p.ordinal();
    doc.add(new IntPoint(Fields.ORDINAL, ordinal));
    doc.add(new StoredField(Fields.ORDINAL, ordinal));
    doc.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
    // searched on the first paragraph only ("headline:" gives one hit per article), stored on all
    doc.add(new StoredField(Fields.HEADLINE, article.headline()));
    if (ordinal == 0) {
      doc.add(new TextField(Fields.HEADLINE_TEXT, article.headline(), Field.Store.NO));
    }
    doc.add(new TextField(Fields.TEXT, p.text(), Field.Store.YES));
    String languageField = TextLanguages.fieldOf(article.language());
    if (!languageField.equals(Fields.TEXT)) {
      doc.add(new TextField(languageField, p.text(), Field.Store.NO));
    }
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
      doc.add(new StringField(Fields.SOURCE, sourceKey, Field.Store.NO));
      doc.add(new StoredField(Fields.SOURCE_NAME, article.source()));
    }
    article.url().ifPresent(u -> doc.add(new StoredField(Fields.URL, u)));
    doc.add(new StringField(Fields.LANGUAGE, article.language(), Field.Store.YES));
  }

  /** One paragraph's document. */
  private Document build(Article article, TaggedParagraph tp, PerArticle shared) {
    Document doc = new Document();
    addTextFields(doc, article, tp.paragraph(), shared.articleId, shared.sourceKey);
    if (!article.source().isEmpty()) {
      doc.add(
          new SortedSetDocValuesField(Fields.facetField(Fields.DIM_SOURCE), shared.sourceFacet));
    }
    doc.add(
        new SortedSetDocValuesField(Fields.facetField(Fields.DIM_LANGUAGE), shared.languageFacet));
    // what follows from the stored mentions is not stored again; an empty value marks an empty
    // list that does not (HitLoader reads either)
    boolean storeCountries = !StoredMentions.countriesFollow(tp);
    if (storeCountries && tp.countries().isEmpty()) {
      doc.add(new StoredField(Fields.COUNTRY, ""));
    }
    for (String country : tp.countries()) {
      doc.add(new StringField(Fields.COUNTRY, country, Field.Store.NO));
      if (storeCountries) {
        doc.add(new StoredField(Fields.COUNTRY, country));
      }
      doc.add(COUNTRY_FACETS.field(country));
    }
    boolean storeActors = !StoredMentions.actorsFollow(tp);
    if (storeActors && tp.actors().isEmpty()) {
      doc.add(new StoredField(Fields.ACTOR_NAME, ""));
    }
    for (Actor a : tp.actors()) {
      doc.add(new StringField(Fields.ACTOR, a.key(), Field.Store.NO));
      if (storeActors) {
        doc.add(new StoredField(Fields.ACTOR_NAME, a.name()));
      }
      doc.add(ACTOR_FACETS.field(a.key()));
      String label = a.key() + LABEL_SEPARATOR + a.name();
      if (shared.labelled.add(label)) {
        doc.add(new SortedSetDocValuesField(Fields.ACTOR_LABEL, new BytesRef(label)));
      }
    }
    for (String place : placePaths(tp)) {
      // one flat value "CC/Place": the facet groups places under countries when it counts
      doc.add(new StringField(Fields.PLACE, place, Field.Store.NO));
      doc.add(PLACE_FACETS.field(place));
    }
    doc.add(new StoredField(Fields.MENTIONS, StoredMentions.encode(tp)));
    OwnFields.add(doc, article.fields());
    return doc;
  }

  /**
   * The place facet values of a paragraph, {@code CC/Place}, each once, in order of mention: the
   * towns, regions and other places inside a country it names (the OpenSearch documents use the
   * same rule).
   */
  public static Set<String> placePaths(TaggedParagraph tp) {
    Set<String> places = new LinkedHashSet<>();
    for (PlaceMention m : tp.places()) {
      if (isLocality(m.kind())) {
        places.add(m.country() + "/" + m.place());
      }
    }
    return places;
  }

  /** Towns, regions and other places inside a country, for the place facet. */
  private static boolean isLocality(PlaceKind kind) {
    return switch (kind) {
      case CITY, REGION, PLACE, CAPITAL, GOVERNMENT -> true;
      default -> false;
    };
  }

  /** The filter key of a source: lower case, accents folded, single spaces. */
  public static String sourceKey(String source) {
    return NameKey.of(source);
  }
}
