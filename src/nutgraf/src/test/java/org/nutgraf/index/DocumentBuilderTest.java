package org.nutgraf.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.TaggedArticle;
import org.nutgraf.entity.TaggedParagraph;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.PlaceMention;

/** One Lucene document per paragraph, laid out as {@link Fields} says. */
class DocumentBuilderTest {
  private static final Actor ROSA = new Actor("Rosa Condori", "rosa condori", Optional.empty());

  private static TaggedArticle tagged(Article a, List<List<Object>> perParagraph) {
    List<TaggedParagraph> ps = new ArrayList<>();
    for (int i = 0; i < a.paragraphs().size(); i++) {
      List<Object> t = perParagraph.get(i);
      @SuppressWarnings("unchecked")
      List<String> countries = (List<String>) t.get(0);
      @SuppressWarnings("unchecked")
      List<Actor> actors = (List<Actor>) t.get(1);
      @SuppressWarnings("unchecked")
      List<PlaceMention> places = (List<PlaceMention>) t.get(2);
      ps.add(
          new TaggedParagraph(
              a.paragraphs().get(i), countries, actors, places, List.of(), List.of()));
    }
    return new TaggedArticle(a, ps);
  }

  private static List<Object> nothing() {
    return List.of(List.of(), List.of(), List.of());
  }

  private static List<String> values(Document d, String field) {
    return Arrays.stream(d.getFields(field)).map(IndexableField::stringValue).toList();
  }

  /** The values of {@code field} that are indexed (searchable), not only stored. */
  private static List<String> indexed(Document d, String field) {
    return Arrays.stream(d.getFields(field))
        .filter(f -> f.fieldType().indexOptions() != IndexOptions.NONE)
        .map(IndexableField::stringValue)
        .toList();
  }

  /** The values of {@code field} that are stored. */
  private static List<String> stored(Document d, String field) {
    return Arrays.stream(d.getFields(field))
        .filter(f -> f.fieldType().stored())
        .map(IndexableField::stringValue)
        .toList();
  }

  private static final Article DATED =
      Article.of(
          "fest",
          "Festival in Puno",
          Optional.of(Instant.parse("2024-02-10T15:00:00Z")),
          "Lago  Diário",
          Optional.of("https://example.org/fest"),
          List.of(
              "Dancers filled the square.", "Rosa Condori led the band.", "Rosa Condori bowed."));

  @Test
  void oneDocumentPerParagraphWithItsIdAndOrdinal() {
    List<Document> docs =
        new DocumentBuilder().build(tagged(DATED, List.of(nothing(), nothing(), nothing())));

    assertEquals(3, docs.size());
    assertEquals(
        List.of("fest#0", "fest#1", "fest#2"), docs.stream().map(d -> d.get(Fields.ID)).toList());
    assertEquals("fest", docs.get(2).get(Fields.ARTICLE));
    assertEquals(2, docs.get(2).getField(Fields.ORDINAL).numericValue().intValue());
  }

  @Test
  void theHeadlineIsSearchableOnTheFirstParagraphOnlyAndStoredOnAll() {
    List<Document> docs =
        new DocumentBuilder().build(tagged(DATED, List.of(nothing(), nothing(), nothing())));

    assertNotNull(docs.get(0).getField(Fields.HEADLINE_TEXT));
    assertNull(docs.get(1).getField(Fields.HEADLINE_TEXT));
    assertEquals("Festival in Puno", docs.get(2).get(Fields.HEADLINE));
  }

  @Test
  void dateSourceUrlAndLanguageAreStored() {
    Document d =
        new DocumentBuilder().build(tagged(DATED, List.of(nothing(), nothing(), nothing()))).get(0);

    assertEquals(
        Instant.parse("2024-02-10T15:00:00Z").toEpochMilli(),
        d.getField(Fields.PUBLISHED).numericValue().longValue());
    assertEquals("Lago  Diário", d.get(Fields.SOURCE_NAME));
    assertEquals(List.of("lago diario"), values(d, Fields.SOURCE));
    assertEquals("https://example.org/fest", d.get(Fields.URL));
    assertEquals("und", d.get(Fields.LANGUAGE));
    assertNull(d.getField("text_es"), "an article of unknown language has only the common text");
  }

  @Test
  void anUndatedArticleWithoutSourceHasNoDateOrSourceFields() {
    Article bare =
        Article.of("bare", "Note", Optional.empty(), "", Optional.empty(), List.of("Short note."));

    Document d = new DocumentBuilder().build(tagged(bare, List.of(nothing()))).get(0);

    assertNull(d.getField(Fields.PUBLISHED));
    assertNull(d.getField(Fields.SOURCE));
    assertNull(d.getField(Fields.SOURCE_NAME));
    assertNull(d.getField(Fields.facetField(Fields.DIM_SOURCE)));
    assertNull(d.getField(Fields.URL));
  }

  @Test
  void aSpanishArticleAlsoGetsTheSpanishTextField() {
    Article es =
        Article.of(
            "fiesta",
            "Fiesta",
            Optional.empty(),
            "",
            Optional.empty(),
            "es",
            List.of("Los danzantes llenaron la plaza."));

    Document d = new DocumentBuilder().build(tagged(es, List.of(nothing()))).get(0);

    assertNotNull(d.getField("text_es"));
    assertEquals("Los danzantes llenaron la plaza.", d.get(Fields.TEXT));
    assertEquals("es", d.get(Fields.LANGUAGE));
  }

  @Test
  void countriesAndActorsAreFilterableAndTheActorLabelIsWrittenOncePerArticle() {
    List<Document> docs =
        new DocumentBuilder()
            .build(
                tagged(
                    DATED,
                    List.of(
                        nothing(),
                        List.of(List.of("PE"), List.of(ROSA), List.of()),
                        List.of(List.of("PE"), List.of(ROSA), List.of()))));

    assertEquals(List.of("PE"), indexed(docs.get(1), Fields.COUNTRY));
    assertEquals(List.of("rosa condori"), values(docs.get(1), Fields.ACTOR));
    // no mention names them, so they are stored for the hits
    assertEquals(List.of("PE"), stored(docs.get(1), Fields.COUNTRY));
    assertEquals(List.of("Rosa Condori"), values(docs.get(2), Fields.ACTOR_NAME));
    assertEquals(1, docs.get(1).getFields(Fields.ACTOR_LABEL).length);
    assertEquals(0, docs.get(2).getFields(Fields.ACTOR_LABEL).length);
    assertTrue(values(docs.get(0), Fields.COUNTRY).isEmpty());
  }

  @Test
  void countriesAndActorsTheMentionsCarryAreNotStoredAgain() {
    Article a =
        Article.of(
            "song",
            "Song",
            Optional.empty(),
            "",
            Optional.empty(),
            List.of("Rosa Condori sang in Puno."));
    Paragraph p = a.paragraphs().get(0);
    PlaceMention puno = new PlaceMention(21, 25, "Puno", PlaceKind.CITY, "PE", "Puno", "test");
    PersonMention rosa =
        new PersonMention(
            0, 12, "Rosa Condori", "Rosa Condori", Optional.empty(), Optional.empty(), "test");
    Document follows =
        new DocumentBuilder()
            .build(
                new TaggedArticle(
                    a,
                    List.of(
                        new TaggedParagraph(
                            p,
                            List.of("PE"),
                            List.of(ROSA),
                            List.of(puno),
                            List.of(rosa),
                            List.of(ROSA)))))
            .get(0);
    assertEquals(List.of("PE"), indexed(follows, Fields.COUNTRY));
    assertEquals(List.of(), stored(follows, Fields.COUNTRY));
    assertEquals(List.of(), stored(follows, Fields.ACTOR_NAME));

    // a tagger whose lists differ from its mentions keeps them whole, an empty one marked
    Document differs =
        new DocumentBuilder()
            .build(
                new TaggedArticle(
                    a,
                    List.of(
                        new TaggedParagraph(
                            p,
                            List.of("BO", "PE"),
                            List.of(),
                            List.of(puno),
                            List.of(rosa),
                            List.of(ROSA)))))
            .get(0);
    assertEquals(List.of("BO", "PE"), stored(differs, Fields.COUNTRY));
    assertEquals(List.of(""), stored(differs, Fields.ACTOR_NAME));
  }

  @Test
  void placePathsAreTheLocalitiesOnceEachInOrderOfMention() {
    Paragraph p = new Paragraph("trip", 0, "text does not matter here");
    TaggedParagraph tp =
        new TaggedParagraph(
            p,
            List.of("PE"),
            List.of(),
            List.of(
                place(PlaceKind.COUNTRY, "PE", "Peru"),
                place(PlaceKind.CITY, "PE", "Puno"),
                place(PlaceKind.REGION, "PE", "Cusco"),
                place(PlaceKind.DEMONYM, "PE", "Peru"),
                place(PlaceKind.CITY, "PE", "Puno"),
                place(PlaceKind.CAPITAL, "PE", "Lima"),
                place(PlaceKind.GOVERNMENT, "BO", "La Paz"),
                place(PlaceKind.PLACE, "PE", "Miraflores"),
                place(PlaceKind.ALIAS, "PE", "Peru"),
                place(PlaceKind.SUPRANATIONAL, "", "Andes")),
            List.of(),
            List.of());

    assertEquals(
        List.of("PE/Puno", "PE/Cusco", "PE/Lima", "BO/La Paz", "PE/Miraflores"),
        List.copyOf(DocumentBuilder.placePaths(tp)));
  }

  private static PlaceMention place(PlaceKind kind, String country, String name) {
    return new PlaceMention(0, 1, name, kind, country, name, "test");
  }

  @Test
  void sourceKeysIgnoreCaseAccentsAndSpacing() {
    assertEquals("diario del sur", DocumentBuilder.sourceKey("  Diário  del SUR "));
    assertEquals(
        DocumentBuilder.sourceKey("Diario del Sur"), DocumentBuilder.sourceKey("DIÁRIO DEL SUR"));
  }

  @Test
  void sourceAndLanguageHoldOneValueAParagraphTheOtherDimensionsMany() {
    FacetsConfig config = DocumentBuilder.facetsConfig();

    for (String dim : Fields.DIMENSIONS) {
      FacetsConfig.DimConfig c = config.getDimConfig(dim);
      assertEquals("$" + dim, c.indexFieldName);
      assertEquals(
          !Set.of(Fields.DIM_SOURCE, Fields.DIM_LANGUAGE).contains(dim), c.multiValued, dim);
    }
    assertFalse(config.getDimConfig(Fields.DIM_SOURCE).multiValued);
  }
}
