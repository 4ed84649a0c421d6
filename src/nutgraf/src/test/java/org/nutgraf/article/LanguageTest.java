package org.nutgraf.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void tagsBecomeTheirTwoLetterCode() {
    assertEquals("es", Language.code("es"));
    assertEquals("es", Language.code(" ES "));
    assertEquals("es", Language.code("es-MX"));
    assertEquals("es", Language.code("es_419"));
    assertEquals("und", Language.code("und"));
    assertEquals("und", Language.code(""));
  }

  @Test
  void refusesWhatIsNoCodeQuotingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Language.code("spa"));
    assertEquals(
        "not an ISO 639-1 language code (such as \"es\" or \"en-US\"): \"spa\"", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Language.code("e1"));
    assertThrows(IllegalArgumentException.class, () -> Language.code("Spanish"));
  }

  @Test
  void namesLanguagesInEnglish() {
    assertEquals("Spanish", Language.name("es"));
    assertEquals("Undetermined", Language.name("und"));
  }

  @Test
  void anArticleNormalisesItsLanguageAndNamesTheFieldWhenItIsWrong() {
    Article a = Article.of("a", "", Optional.empty(), "", Optional.empty(), "ES", List.of("T."));
    assertEquals("es", a.language());
    assertEquals(
        "und",
        Article.of("b", "", Optional.empty(), "", Optional.empty(), List.of("T.")).language());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> a.withLanguage("xyz"));
    assertEquals(
        "language: not an ISO 639-1 language code (such as \"es\" or \"en-US\"): \"xyz\"",
        e.getMessage());
  }
}
