package org.nutgraf.testing;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;

/**
 * Five invented articles, eleven paragraphs, tagged by {@link BracketTagger} so that every count is
 * known by hand:
 *
 * <pre>
 * country  HN 4, MX 4, GT 3, US 2, SV 1
 * actor    Jimmy Morales 2, Mike Pence 2, Andrés Manuel López Obrador 1
 * month    2018-10: 6 (a1, a2), 2018-11: 2 (a3), 2019-01: 2 (a4); a5 is undated
 * source   Atlas Wire 5 (a2, a4), Harbor Ledger 5 (a1, a3); a5 has none
 * </pre>
 */
public final class SmallCorpus {
  private SmallCorpus() {}

  /** The articles, oldest first, then the undated one. */
  public static List<Article> articles() {
    return List.of(
        dated(
            "a1",
            "2018-10-15",
            "Harbor Ledger",
            "Families from [HN] walked north toward [GT] on Monday.",
            "{Mike Pence} urged leaders in [HN] to stop the group.",
            "Volunteers handed out water at the bridge."),
        dated(
            "a2",
            "2018-10-22",
            "Atlas Wire",
            "Police in [MX] met the walkers at the river.",
            "{Andrés Manuel López Obrador} promised work visas in [MX].",
            "{Mike Pence} and {Jimmy Morales} spoke by phone about [GT] and [HN]."),
        dated(
            "a3",
            "2018-11-05",
            "Harbor Ledger",
            "Shelters in [MX] filled up as more people from [SV] arrived.",
            "{Jimmy Morales} said [GT] would send more officers."),
        dated(
            "a4",
            "2019-01-10",
            "Atlas Wire",
            "Talks between [US] and [MX] resumed in the new year.",
            "Officials from [US] declined to comment."),
        Article.of(
            "a5",
            "Undated note",
            Optional.empty(),
            "",
            Optional.empty(),
            List.of("An undated note about rainfall in [HN].")));
  }

  /** An in-memory index holding the corpus, committed. */
  public static NewsIndex index() throws IOException {
    NewsIndex index = BracketTagger.inMemoryIndex();
    index.upsert(articles());
    index.commit();
    return index;
  }

  private static Article dated(String id, String day, String source, String... texts) {
    return Article.of(
        id, "Headline of " + id, Instant.parse(day + "T00:00:00Z"), source, List.of(texts));
  }
}
