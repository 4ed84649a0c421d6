package org.nutgraf.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Language;
import org.nutgraf.testing.Terms;

/** Which languages get a text field of their own, and how each field is analysed. */
class TextLanguagesTest {

  @Test
  void spanishArticlesHaveTheirOwnField() {
    assertEquals("text_es", TextLanguages.fieldOf(Language.SPANISH));
  }

  @Test
  void otherLanguagesAndUnknownOnesUseTheCommonField() {
    assertEquals(Fields.TEXT, TextLanguages.fieldOf(Language.ENGLISH));
    assertEquals(Fields.TEXT, TextLanguages.fieldOf(Language.UNDETERMINED));
    assertEquals(Fields.TEXT, TextLanguages.fieldOf("pt"));
  }

  @Test
  void wordQueriesSearchTheCommonFieldFirst() {
    assertEquals(List.of(Fields.TEXT, "text_es"), TextLanguages.textFields());
  }

  @Test
  void everyEntryNamesItsFieldAfterItsLanguage() {
    for (TextLanguages.Entry e : TextLanguages.ALL) {
      assertEquals("text_" + e.language(), e.field());
    }
  }

  @Test
  void theSpanishFieldStemsAndDropsStopWordsWhileTheCommonFieldDoesNot() throws IOException {
    try (Analyzer a = TextLanguages.analyzer()) {
      String text = "los migrantes de Tumbes";

      assertEquals(List.of("los", "migrantes", "de", "tumbes"), Terms.of(a, Fields.TEXT, text));
      assertEquals(Terms.of(new SpanishTextAnalyzer(), "any", text), Terms.of(a, "text_es", text));
      assertEquals(List.of("migrant", "tumb"), Terms.of(a, "text_es", text));
    }
  }

  @Test
  void headlinesAreAnalysedLikeTheCommonText() throws IOException {
    try (Analyzer a = TextLanguages.analyzer()) {
      assertEquals(List.of("los", "migrantes"), Terms.of(a, Fields.HEADLINE_TEXT, "Los Migrantes"));
    }
  }
}
