package org.nutgraf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.query.Criteria;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.Highlighting;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;
import org.nutgraf.query.UnknownValueException;

/** Highlights, cursors, value resolution, co-occurrence and place facets with the real tagger. */
class SearchFeaturesTest {
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2024-05-01T00:00:00Z"));
  private NewsIndex index;

  @BeforeEach
  void setUp() throws IOException {
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    index = NewsIndex.builder().clock(clock).open();
    index.upsert(
        Article.of(
            "a1",
            "Caravan leaves Honduras",
            Instant.parse("2018-10-13T00:00:00Z"),
            "Harbor Ledger",
            List.of(
                "Hundreds of Hondurans left San Pedro Sula on foot, heading for the US border.",
                "President Juan Orlando Hernandez urged the caravan to turn back.",
                "Hernandez said new jobs were coming to Tegucigalpa.")));
    index.upsert(
        Article.of(
            "a2",
            "Mexico opens shelters",
            Instant.parse("2018-10-20T00:00:00Z"),
            "Meridian Wire",
            List.of(
                "Mexican officials opened shelters in Tapachula as the caravan arrived.",
                "Foreign Minister Luis Videgaray met Hernandez in Mexico City.")));
    index.commit();
  }

  @AfterEach
  void tearDown() throws IOException {
    index.close();
  }

  @Test
  void highlightsMarkTermsAndMentionsWithOffsetsIntoTheText() throws IOException {
    SearchResult r =
        index.search(NewsQuery.builder().text("caravan").highlight().pageSize(5).build());
    Hit hit = r.hits().stream().filter(h -> h.id().equals("a2#0")).findFirst().orElseThrow();
    Highlight h = hit.highlights().get(0);
    for (Highlight.Span s : h.spans()) {
      String marked = h.text().substring(s.start(), s.end());
      String inText = hit.text().substring(h.offset() + s.start(), h.offset() + s.end());
      assertEquals(inText, marked);
    }
    assertTrue(
        h.spans().stream()
            .anyMatch(
                s ->
                    s.type() == Highlight.Type.TERM
                        && h.text().substring(s.start(), s.end()).equals("caravan")));
    assertTrue(
        h.spans().stream()
            .anyMatch(s -> s.type() == Highlight.Type.PLACE && s.value().equals("MX")));
    assertEquals(
        "<b>Mexican</b> officials opened shelters in <b>Tapachula</b> as the [caravan] arrived.",
        h.render(Highlighting.defaults().entities("<b>", "</b>")));
  }

  @Test
  void wordsAreMarkedWhateverTheSortAndHoweverTheQueryNestsThem() throws IOException {
    List<NewsQuery> queries =
        List.of(
            NewsQuery.builder().text("caravan").sort(SortOrder.NEWEST).highlight().build(),
            NewsQuery.parse("caravan country:Mexico").toBuilder()
                .sort(SortOrder.OLDEST)
                .highlight()
                .build(),
            NewsQuery.parse("(caravan OR shelters) AND -country:Honduras").toBuilder()
                .sort(SortOrder.NEWEST)
                .highlight()
                .build());
    for (NewsQuery q : queries) {
      Hit hit =
          index.search(q).hits().stream()
              .filter(h -> h.id().equals("a2#0"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(q.where() + " misses a2#0"));
      Highlight h = hit.highlights().get(0);
      assertTrue(
          h.spans().stream()
              .anyMatch(
                  s ->
                      s.type() == Highlight.Type.TERM
                          && h.text().substring(s.start(), s.end()).equals("caravan")),
          q.where() + " " + q.sort() + ": " + h.spans());
    }
  }

  @Test
  void countriesAndActorsResolveFromWhatUsersType() throws IOException {
    long byDemonym = index.search(NewsQuery.builder().anyCountry("Honduran").build()).totalHits();
    long byCode = index.search(NewsQuery.builder().anyCountry("hn").build()).totalHits();
    long byName = index.search(NewsQuery.builder().anyCountry("Honduras").build()).totalHits();
    assertEquals(byCode, byDemonym);
    assertEquals(byCode, byName);
    long surname = index.search(NewsQuery.builder().anyActor("Hernandez").build()).totalHits();
    long full =
        index.search(NewsQuery.builder().anyActor("Juan Orlando Hernández").build()).totalHits();
    // a1: the full name and "Hernandez said"; a2: the bare surname, through the actor dictionary
    assertEquals(3, full);
    assertEquals(full, surname);
  }

  @Test
  void unknownValuesFailNamingTheValueWithSuggestions() {
    UnknownValueException e =
        assertThrows(
            UnknownValueException.class,
            () -> index.search(NewsQuery.builder().anyCountry("Hondras").build()));
    assertEquals("Hondras", e.value());
    assertTrue(e.suggestions().contains("Honduras"), e.getMessage());
    UnknownValueException actor =
        assertThrows(
            UnknownValueException.class,
            () -> index.search(NewsQuery.builder().anyActor("Videgarai").build()));
    assertTrue(actor.suggestions().contains("Luis Videgaray"), actor.getMessage());
  }

  @Test
  void aQueryThatCanMatchNothingIsStillValid() throws IOException {
    SearchResult r = index.search(NewsQuery.builder().anyCountry("Iceland").build());
    assertEquals(0, r.totalHits());
    assertTrue(r.hits().isEmpty());
    assertTrue(r.next().isEmpty());
  }

  @Test
  void cursorsPageOnAndRefuseForgeryOtherQueriesAndAge() throws IOException {
    NewsQuery q = NewsQuery.builder().pageSize(2).build();
    SearchResult first = index.search(q);
    String cursor = first.next().orElseThrow();
    SearchResult second = index.search(q.after(cursor));
    assertTrue(second.hits().stream().noneMatch(h -> first.hits().contains(h)));

    char[] c = cursor.toCharArray();
    c[c.length / 2] = c[c.length / 2] == 'A' ? 'B' : 'A';
    InvalidCursorException forged =
        assertThrows(InvalidCursorException.class, () -> index.search(q.after(new String(c))));
    assertTrue(forged.getMessage().contains("signature"), forged.getMessage());
    assertThrows(
        InvalidCursorException.class,
        () -> index.search(NewsQuery.builder().text("caravan").pageSize(2).after(cursor).build()));
    assertThrows(InvalidCursorException.class, () -> index.search(q.after("not a cursor!")));
    now.set(now.get().plus(Duration.ofDays(2)));
    InvalidCursorException old =
        assertThrows(InvalidCursorException.class, () -> index.search(q.after(cursor)));
    assertTrue(old.getMessage().startsWith("expired cursor"), old.getMessage());
  }

  @Test
  void headlineSearchGivesOneHitPerArticle() throws IOException {
    SearchResult r = index.search(NewsQuery.builder().headline("caravan").build());
    assertEquals(1, r.totalHits());
    assertEquals("a1#0", r.hits().get(0).id());
  }

  @Test
  void excludingAHeadlineWordExcludesEveryParagraphOfThoseArticles() throws IOException {
    SearchResult r =
        index.search(NewsQuery.builder().where(Criteria.not(Criteria.headline("caravan"))).build());
    assertEquals(2, r.totalHits());
    assertTrue(r.hits().stream().allMatch(h -> h.articleId().equals("a2")));
    assertEquals(
        2, index.search(NewsQuery.parse("-headline:caravan")).totalHits(), "the same, parsed");
  }

  @Test
  void cooccurrenceCountsActorsWithCountries() throws IOException {
    SearchResult r = index.search(NewsQuery.builder().cooccurrence().build());
    CooccurrenceTable t = r.cooccurrence().orElseThrow();
    assertEquals(1, t.count("juan orlando hernandez", "MX"));
    assertEquals(1, t.count("luis videgaray", "MX"));
    assertEquals(0, t.count("luis videgaray", "HN"));
  }

  @Test
  void placeFacetListsTownsUnderTheirCountry() throws IOException {
    SearchResult r =
        index.search(NewsQuery.builder().facets(FacetRequest.of(Dimension.PLACE)).build());
    List<String> keys =
        r.facet(Dimension.PLACE).orElseThrow().values().stream().map(FacetValue::key).toList();
    assertTrue(keys.contains("HN/San Pedro Sula"), keys.toString());
    assertTrue(keys.contains("MX/Tapachula"), keys.toString());
    long inHn =
        index
            .search(NewsQuery.builder().select(Dimension.PLACE, "HN").pageSize(0).build())
            .totalHits();
    assertEquals(2, inHn);
  }

  @Test
  void languageFiltersAndFacetsArticlesAsGivenOrDetected() throws IOException {
    index.upsert(
        Article.of(
            "es1",
            "La caravana sale de Honduras",
            Instant.parse("2018-10-13T00:00:00Z"),
            "Diario del Valle",
            List.of(
                "Cientos de hondureños salieron de San Pedro Sula rumbo a la frontera de los"
                    + " Estados Unidos.")));
    index.commit();
    SearchResult all = index.search(NewsQuery.builder().facets(Dimension.LANGUAGE).build());
    List<FacetValue> languages = all.facet(Dimension.LANGUAGE).orElseThrow().values();
    assertEquals("en", languages.get(0).key());
    assertEquals(5, languages.get(0).count());
    assertEquals("es", languages.get(1).key());
    assertEquals("Spanish", languages.get(1).label());
    assertEquals(1, languages.get(1).count());

    SearchResult spanish = index.search(NewsQuery.parse("language:es"));
    assertEquals(1, spanish.totalHits());
    assertEquals("es", spanish.hits().get(0).language());
    assertEquals(
        5, index.search(NewsQuery.builder().notLanguage("es").pageSize(0).build()).totalHits());
    assertEquals(
        1,
        index
            .search(NewsQuery.builder().select(Dimension.LANGUAGE, "ES").pageSize(0).build())
            .totalHits());
  }
}
