package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;
import org.nutgraf.gazetteer.Country;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.recognition.Lexicons;

/** One article written from the templates, from a small made-up world. */
class ArticleComposerTest {
  private static final List<String> PLACE_NAMES =
      List.of("Veldoria", "Korvany", "Quenby", "Brastow", "Veldorian", "Korvanian");

  private static ArticleComposer composer() {
    Gazetteer.Builder b = new Gazetteer.Builder();
    b.country(new Country("VD", "Veldoria", "Brastow", 40_000_000));
    b.country(new Country("KR", "Korvany", "", 9_000_000));
    add(b, "Veldoria", PlaceKind.COUNTRY, "VD", 40_000_000);
    add(b, "Korvany", PlaceKind.COUNTRY, "KR", 9_000_000);
    add(b, "Quenby", PlaceKind.CITY, "VD", 2_000_000);
    add(b, "Brastow", PlaceKind.CAPITAL, "VD", 900_000);
    add(b, "Veldorian", PlaceKind.DEMONYM, "VD", 0);
    add(b, "Korvanian", PlaceKind.DEMONYM, "KR", 0);
    Gazetteer g = b.build();
    return new ArticleComposer(
        new Vocabulary(500),
        new PlacePool(g),
        new PersonPool(1, 50, g, Lexicons.defaults()),
        new Templates());
  }

  private static void add(Gazetteer.Builder b, String name, PlaceKind kind, String cc, long pop) {
    b.add(new PlaceEntry(name, kind, cc, "", pop, 0, name));
  }

  private static Article article(long index, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return composer().compose(index, random, ArticleComposer.paragraphCount(random));
  }

  @Test
  void anArticleHasThreeToTwelveParagraphs() {
    SplittableRandom random = new SplittableRandom(5);
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int i = 0; i < 2_000; i++) {
      int n = ArticleComposer.paragraphCount(random);
      min = Math.min(min, n);
      max = Math.max(max, n);
    }
    assertEquals(3, min);
    assertEquals(12, max);
  }

  @Test
  void theSameRandomStreamWritesTheSameArticle() {
    assertEquals(article(3, 42), article(3, 42));
    assertNotEquals(article(3, 42).paragraphs(), article(3, 43).paragraphs());
  }

  @Test
  void anArticleCarriesItsIdSourceDateAndADatedUrl() {
    Article a = article(17, 8);
    assertEquals("n17", a.id());
    assertTrue(a.source().matches("The [A-Z][a-z]+ [A-Z][a-z]+"), a.source());
    Instant published = a.published().orElseThrow();
    assertFalse(published.isBefore(Instant.parse("2016-01-01T00:00:00Z")));
    assertTrue(published.isBefore(Instant.parse("2025-01-01T00:00:00Z")));
    LocalDate day = LocalDate.ofInstant(published, ZoneOffset.UTC);
    String url = a.url().orElseThrow();
    String outlet = a.source().substring(4).toLowerCase().replace(' ', '-');
    assertEquals(
        String.format("https://%s.example/%s/n17", outlet, day.toString().replace('-', '/')), url);
  }

  @Test
  void theComposerWritesTheParagraphsAskedForAsCapitalisedSentencesWithoutSlotsLeft() {
    Article a = composer().compose(0, new SplittableRandom(9), 6);
    assertEquals(6, a.paragraphs().size());
    assertTrue(Character.isUpperCase(a.headline().charAt(0)), a.headline());
    for (String p : a.paragraphs().stream().map(Paragraph::text).toList()) {
      assertTrue(Character.isUpperCase(p.charAt(0)) || p.charAt(0) == '"', p);
      assertFalse(p.contains("{") || p.contains("}"), p);
      assertTrue(p.endsWith(".") || p.endsWith("\""), p);
    }
  }

  @Test
  void articlesMentionThePlacesOfTheirWorld() {
    int withPlace = 0;
    for (long seed = 0; seed < 20; seed++) {
      String text =
          article(seed, seed).paragraphs().stream()
              .map(Paragraph::text)
              .collect(Collectors.joining(" "));
      if (PLACE_NAMES.stream().anyMatch(text::contains)) {
        withPlace++;
      }
    }
    assertEquals(20, withPlace);
  }
}
