package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;

/**
 * A capital that is also the seat of a body above its country stands for that body, and for no
 * country, when it is the subject of a Spanish compound tense of asking or saying, as with the
 * simple past.
 */
class SpanishSeatGovernmentTest {
  private final ArticleTagger tagger = ArticleTagger.defaults();

  private List<String> countries(String paragraph) {
    Article a =
        Article.of(
            "t", "", Optional.empty(), "", Optional.empty(), "es", List.of("Crónica", paragraph));
    return tagger.tag(a).paragraphs().get(1).countries();
  }

  @Test
  void theSeatAsSubjectOfACompoundTenseIsNoCountry() {
    assertEquals(List.of(), countries("Bruselas ya había exigido a los ministros un calendario."));
    assertEquals(List.of(), countries("Bruselas ha rechazado la propuesta de los agricultores."));
  }

  @Test
  void theSeatAsAPlaceIsItsCountry() {
    assertEquals(
        List.of("BE"), countries("Los agricultores llegaron a Bruselas con sus tractores."));
    assertEquals(List.of("BE"), countries("Bruselas ha crecido mucho en los últimos años."));
  }
}
