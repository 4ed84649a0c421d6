package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.article.Language;
import org.nutgraf.article.LanguageDetector;
import org.nutgraf.entity.ArticleTagger;

class SpanishCorpusTest {
  @Test
  void sameSeedSameArticlesOfTheAskedSize() {
    List<Article> a = SpanishCorpus.of(7, 20, 4);
    assertEquals(a, SpanishCorpus.of(7, 20, 4));
    assertEquals(20, a.size());
    a.forEach(x -> assertEquals(4, x.paragraphs().size()));
  }

  @Test
  void articlesReadAsSpanishAndNameCountries() {
    ArticleTagger tagger = ArticleTagger.defaults();
    for (Article a : SpanishCorpus.of(3, 10, 3)) {
      assertEquals(
          Language.SPANISH, LanguageDetector.stopWords().detect(a.withLanguage("und")), a.id());
      assertFalse(
          tagger.tag(a).paragraphs().stream().allMatch(p -> p.countries().isEmpty()), a.id());
    }
  }
}
