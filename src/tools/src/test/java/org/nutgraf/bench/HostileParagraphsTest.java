package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;

/** The bench's hostile texts: one article of each kind, the same every run. */
class HostileParagraphsTest {
  private static String text(Article a) {
    assertEquals(1, a.paragraphs().size(), a.id());
    return a.paragraphs().get(0).text();
  }

  @Test
  void thereIsOneArticleOfEachKindInAFixedOrder() {
    List<String> ids = HostileParagraphs.articles(200).stream().map(Article::id).toList();
    assertEquals(
        List.of(
            "hostile-capitalised-run", "hostile-initials", "hostile-long-line", "hostile-titles"),
        ids);
  }

  @Test
  void theTextsAreTheSameEveryRun() {
    assertEquals(HostileParagraphs.articles(300), HostileParagraphs.articles(300));
  }

  @Test
  void theCapitalisedRunHasTheWordsAskedForEachCapitalised() {
    String[] words = text(HostileParagraphs.articles(250).get(0)).split(" ");
    assertEquals(250, words.length);
    for (String w : words) {
      assertTrue(w.matches("[A-Z][a-z]{1,6}"), w);
    }
  }

  @Test
  void theLongLineIsExactlyAHundredThousandCharactersWithoutABreak() {
    String line = text(HostileParagraphs.articles(10).get(2));
    // strip() may only shorten it when the cut falls right after a space
    assertTrue(line.length() >= HostileParagraphs.LONG_LINE_CHARS - 1, "" + line.length());
    assertTrue(line.length() <= HostileParagraphs.LONG_LINE_CHARS);
    assertTrue(line.indexOf('\n') < 0);
  }

  @Test
  void theInitialsAndTitlesRunsGrowWithTheWordsAsked() {
    List<Article> small = HostileParagraphs.articles(100);
    List<Article> large = HostileParagraphs.articles(1_000);
    assertTrue(text(small.get(1)).startsWith("K. L. K. L."));
    assertTrue(text(small.get(1)).endsWith("Moreau said."));
    assertEquals(100, text(small.get(3)).split(" ").length - extraWords(text(small.get(3))));
    assertTrue(text(large.get(1)).length() > 9 * text(small.get(1)).length());
    assertTrue(text(large.get(3)).length() > 9 * text(small.get(3)).length());
  }

  /** The words beyond one per title: the two-word titles ("Prime Minister") add one each. */
  private static int extraWords(String titles) {
    int n = 0;
    for (String two : new String[] {"Vice President", "Prime Minister"}) {
      n += (titles.length() - titles.replace(two, "").length()) / two.length();
    }
    return n;
  }
}
