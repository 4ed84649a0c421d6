package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.article.Article;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.entity.TaggedArticle;
import org.nutgraf.entity.TaggedParagraph;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.ingest.ArticleFiles;
import org.nutgraf.ingest.ParsedArticle;
import org.nutgraf.ingest.ReaderOptions;
import org.nutgraf.recognition.PersonMention;

class CorpusGeneratorTest {
  private static List<Article> articles(long seed, long paragraphs) {
    return CorpusGenerator.of(seed, paragraphs).stream().toList();
  }

  private static long index(Article a) {
    return Long.parseLong(a.id().substring(1));
  }

  @Test
  void sameSeedGivesTheSameArticles() {
    assertEquals(articles(7, 3_000), articles(7, 3_000));
  }

  @Test
  void differentSeedsGiveDifferentArticles() {
    List<Article> a = articles(7, 1_000);
    List<Article> b = articles(8, 1_000);
    assertNotEquals(a.get(0).paragraphs(), b.get(0).paragraphs());
    assertNotEquals(a, b);
  }

  @Test
  void givesExactlyTheParagraphsAskedForInArticlesOfThreeToTwelve() {
    CorpusGenerator corpus = CorpusGenerator.of(3, 10_001);
    List<Article> all = corpus.stream().toList();
    assertEquals(10_001, all.stream().mapToLong(a -> a.paragraphs().size()).sum());
    assertEquals(all.size(), corpus.articles());
    for (Article a : all.subList(0, all.size() - 1)) {
      int n = a.paragraphs().size();
      assertTrue(n >= 3 && n <= 12, a.id() + " has " + n + " paragraphs");
    }
  }

  @Test
  void partitionsTogetherAreTheWholeCorpus() {
    CorpusGenerator corpus = CorpusGenerator.of(5, 4_000);
    List<Article> parts = new ArrayList<>();
    for (int part = 0; part < 3; part++) {
      corpus.partition(part, 3).forEachRemaining(parts::add);
    }
    parts.sort(Comparator.comparingLong(CorpusGeneratorTest::index));
    assertEquals(corpus.stream().toList(), parts);
  }

  @Test
  void rejectsAnEmptyCorpusAndABadPartition() {
    assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.of(1, 0));
    CorpusGenerator corpus = CorpusGenerator.of(1, 10);
    assertThrows(IllegalArgumentException.class, () -> corpus.partition(2, 2));
  }

  @Test
  void keepsNoArticleItHasHandedOut() {
    // counts the articles still reachable after 200k paragraphs: streaming keeps none of them
    List<WeakReference<Article>> handedOut = new ArrayList<>();
    long paragraphs = 0;
    Iterator<Article> it = CorpusGenerator.of(11, 200_000).iterator();
    while (it.hasNext()) {
      Article a = it.next();
      paragraphs += a.paragraphs().size();
      handedOut.add(new WeakReference<>(a));
    }
    assertEquals(200_000, paragraphs);
    long alive = Long.MAX_VALUE;
    for (int i = 0; i < 5 && alive > 1; i++) {
      System.gc();
      alive = handedOut.stream().filter(r -> r.get() != null).count();
    }
    assertTrue(alive <= 1, alive + " of " + handedOut.size() + " articles are still reachable");
  }

  @Test
  void mentionsPlacesAndPersonsInNewsLikeProportions() {
    int paragraphs = 0;
    int oneToThreePlaces = 0;
    int upToTwoPersons = 0;
    int someone = 0;
    int bySurname = 0;
    Set<PlaceKind> kinds = new HashSet<>();
    for (Article a : CorpusGenerator.of(42, 3_000)) {
      TaggedArticle tagged = ArticleTagger.defaults().tag(a);
      for (TaggedParagraph p : tagged.paragraphs()) {
        paragraphs++;
        int places = p.places().size();
        oneToThreePlaces += places >= 1 && places <= 3 ? 1 : 0;
        upToTwoPersons += p.persons().size() <= 2 ? 1 : 0;
        someone += p.persons().isEmpty() ? 0 : 1;
        for (int i = 0; i < p.persons().size(); i++) {
          PersonMention m = p.persons().get(i);
          if (!m.name().contains(" ") && p.personActors().get(i).name().contains(" ")) {
            bySurname++;
          }
        }
        p.places().forEach(m -> kinds.add(m.kind()));
      }
    }
    assertTrue(
        oneToThreePlaces >= 0.6 * paragraphs,
        oneToThreePlaces + " of " + paragraphs + " paragraphs name 1 to 3 places");
    assertTrue(
        upToTwoPersons >= 0.9 * paragraphs,
        upToTwoPersons + " of " + paragraphs + " paragraphs name at most 2 persons");
    assertTrue(
        someone >= 0.3 * paragraphs && someone <= 0.8 * paragraphs,
        someone + " of " + paragraphs + " paragraphs name a person");
    assertTrue(bySurname > paragraphs / 10, bySurname + " mentions by surname alone");
    assertTrue(kinds.containsAll(Set.of(PlaceKind.COUNTRY, PlaceKind.DEMONYM)), "kinds " + kinds);
    assertTrue(
        kinds.contains(PlaceKind.CITY) || kinds.contains(PlaceKind.CAPITAL), "kinds " + kinds);
  }

  @Test
  void spreadsDatesOverYearsAndArticlesOverDozensOfSources() {
    Set<String> sources = new HashSet<>();
    Instant first = Instant.MAX;
    Instant last = Instant.MIN;
    for (Article a : CorpusGenerator.of(9, 20_000)) {
      sources.add(a.source());
      Instant p = a.published().orElseThrow();
      first = p.isBefore(first) ? p : first;
      last = p.isAfter(last) ? p : last;
    }
    assertTrue(Duration.between(first, last).toDays() > 3 * 365, first + " to " + last);
    assertTrue(sources.size() >= 24 && sources.size() <= 60, sources.size() + " sources");
  }

  @Test
  void writesJsonLinesThatReadBackAsTheSameArticles(@TempDir Path dir) throws IOException {
    CorpusGenerator corpus = CorpusGenerator.of(13, 1_500);
    Path file = dir.resolve("corpus.jsonl");
    long written = corpus.writeJsonLines(file);
    List<ParsedArticle> read = new ArrayList<>();
    new ArticleFiles(ReaderOptions.defaults().withStrict(true)).readFile(file, read::add);
    assertEquals(corpus.articles(), written);
    assertTrue(
        read.stream().allMatch(ParsedArticle::isValid),
        () ->
            read.stream()
                .filter(r -> !r.isValid())
                .findFirst()
                .map(r -> r.problems().toString())
                .orElse(""));
    assertEquals(
        corpus.stream().toList(), read.stream().map(r -> r.article().orElseThrow()).toList());
  }
}
