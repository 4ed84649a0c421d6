package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.Hit;
import org.nutgraf.search.SearchResult;

/** Large and unusual paragraphs are indexed whole and can be searched back. */
class UnusualInputTest {
  private NewsIndex index;

  @BeforeEach
  void open() {
    index = NewsIndex.inMemory();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private Hit only(String query) throws IOException {
    SearchResult r = index.search(NewsQuery.builder().text(query).build());
    assertEquals(1, r.totalHits(), query);
    return r.hits().get(0);
  }

  @Test
  void aTenMegabyteParagraphIsIndexedWhole() throws IOException {
    StringBuilder sb = new StringBuilder(10_500_000);
    int i = 0;
    while (sb.length() < 10_000_000) {
      sb.append("Ferries crossed from Kenya to Tanzania on day ").append(i++).append(". ");
    }
    sb.append("The logbook ends with the word zanzibarite.");
    String text = sb.toString();
    index.upsert(Article.of("big", "Big", Instant.EPOCH, "", List.of(text)));
    index.commit();
    Hit hit = only("zanzibarite");
    assertEquals(text.length(), hit.text().length());
    assertTrue(hit.countries().containsAll(List.of("KE", "TZ")), hit.countries().toString());
  }

  @Test
  void aHundredThousandCharacterTokenDoesNotBreakIndexing() throws IOException {
    String token = "x".repeat(100_000);
    index.upsert(
        Article.of("long", "Long", Instant.EPOCH, "", List.of("harbour " + token + " in Chile")));
    index.commit();
    Hit hit = only("harbour");
    assertEquals(8 + 100_000 + 9, hit.text().length());
    assertEquals(List.of("CL"), hit.countries());
  }

  @Test
  void emojiRightToLeftCjkAndMixedScriptsSurvive() throws IOException {
    String text = "Harbour 🙂 الميناء נמל 港口 港 항구 — officials in Egypt said 東京 flights resumed.";
    index.upsert(Article.of("scripts", "Scripts", Instant.EPOCH, "", List.of(text)));
    index.commit();
    Hit hit = only("harbour");
    assertEquals(text, hit.text());
    assertEquals(List.of("EG"), hit.countries());
    assertEquals(1, index.search(NewsQuery.builder().text("港口").build()).totalHits());
    assertEquals(1, index.search(NewsQuery.builder().text("الميناء").build()).totalHits());
  }
}
