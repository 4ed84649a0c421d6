package org.nutgraf.opensearch.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.nutgraf.NewsIndex;
import org.nutgraf.article.Article;
import org.nutgraf.ingest.ArticleFiles;
import org.nutgraf.ingest.ReaderOptions;
import org.nutgraf.opensearch.OpenSearchDocuments;
import org.nutgraf.opensearch.OpenSearchSchema;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.FacetResult;
import org.nutgraf.search.FacetValue;
import org.nutgraf.search.SearchResult;

/**
 * Indexes a large generated corpus (the bench generator's JSON Lines) both ways, in an embedded
 * index and through the pipeline on a cluster, and reports where the facet counts differ: the size
 * where shard-level top lists, cardinality estimates and tie-breaks at the end of a top list start
 * to matter. Run by {@code .ci/opensearch-compare-large}; prints what differs, then {@code N
 * passed, N failed} (a facet is passed when it equals the embedded index's).
 */
public final class LargeComparison {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String INDEX = "news-large";

  /** Articles per bulk request: whole articles, so that the processor tags each together. */
  private static final int ARTICLES_PER_BULK = 200;

  private LargeComparison() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: LargeComparison NODE0_URL NODE1_URL CORPUS.jsonl");
      System.exit(2);
    }
    Rest node = new Rest(args[0]);
    Path corpus = Path.of(args[2]);
    List<Article> articles = new ArrayList<>();
    new ArticleFiles(ReaderOptions.defaults())
        .read(List.of(corpus), a -> a.article().ifPresent(articles::add));
    int paragraphs = articles.stream().mapToInt(a -> a.paragraphs().size()).sum();
    System.out.println(articles.size() + " articles, " + paragraphs + " paragraphs");
    Path dir = Files.createTempDirectory("nutgraf-large");
    int passed = 0;
    int failed = 0;
    try (NewsIndex embedded = NewsIndex.open(dir.resolve("index"))) {
      long start = System.nanoTime();
      embedded.upsertAll(articles);
      embedded.commit();
      System.out.printf("embedded: indexed in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
      start = System.nanoTime();
      load(node, articles);
      System.out.printf("cluster: indexed in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
      ClusterSearch cluster = new ClusterSearch(INDEX, node::postText);
      for (NewsQuery q : queries()) {
        SearchResult expected = embedded.search(q);
        SearchResult actual = cluster.search(q);
        System.out.println(
            "query "
                + q.where()
                + " "
                + q.selections()
                + ": hits "
                + expected.totalHits()
                + " / "
                + actual.totalHits());
        for (int i = 0; i < expected.facets().size(); i++) {
          FacetResult e = expected.facets().get(i);
          FacetResult a = actual.facets().get(i);
          String difference = difference(e, a);
          if (difference.isEmpty()) {
            passed++;
          } else {
            failed++;
          }
          String bound =
              a.countErrorBound() > 0
                  ? " (the cluster reports a count error bound of " + a.countErrorBound() + ")"
                  : "";
          System.out.println(
              (difference.isEmpty() ? "SAME " : "DIFF ") + e.dimension() + difference + bound);
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    System.out.println(passed + " passed, " + failed + " failed");
  }

  private static List<NewsQuery> queries() {
    List<FacetRequest> wide = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      wide.add(FacetRequest.of(d).top(100));
    }
    FacetRequest[] facets = wide.toArray(FacetRequest[]::new);
    return List.of(
        NewsQuery.builder().facets(facets).build(),
        NewsQuery.builder().text("minister").facets(facets).build(),
        NewsQuery.builder().anyCountry("US").facets(facets).build());
  }

  /** What differs between two facets, empty when nothing does. */
  private static String difference(FacetResult expected, FacetResult actual) {
    StringBuilder sb = new StringBuilder();
    if (expected.distinctValues() != actual.distinctValues()) {
      sb.append(
          " distinct "
              + expected.distinctValues()
              + " embedded, "
              + actual.distinctValues()
              + " cluster;");
    }
    List<FacetValue> e = expected.values();
    List<FacetValue> a = actual.values();
    int sameRank = 0;
    int countDiffers = 0;
    for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
      if (e.get(i).equals(a.get(i))) {
        sameRank++;
      }
    }
    for (FacetValue v : e) {
      for (FacetValue w : a) {
        if (v.key().equals(w.key()) && v.count() != w.count()) {
          countDiffers++;
        }
      }
    }
    if (sameRank != e.size() || e.size() != a.size()) {
      sb.append(
          " top "
              + e.size()
              + ": "
              + sameRank
              + " equal at the same rank, "
              + countDiffers
              + " counted differently;");
      int shown = 0;
      for (int i = 0; i < Math.max(e.size(), a.size()) && shown < 6; i++) {
        FacetValue x = i < e.size() ? e.get(i) : null;
        FacetValue y = i < a.size() ? a.get(i) : null;
        if (x == null || !x.equals(y)) {
          sb.append(" #").append(i + 1).append(' ').append(show(x)).append(" / ").append(show(y));
          sb.append(';');
          shown++;
        }
      }
    }
    return sb.toString();
  }

  private static String show(FacetValue v) {
    return v == null ? "-" : v.key() + "=" + v.count();
  }

  private static void load(Rest node, List<Article> articles) {
    node.delete("/" + INDEX);
    node.put("/_ingest/pipeline/nutgraf", OpenSearchSchema.pipeline(false));
    node.put("/" + INDEX, OpenSearchSchema.index(2, 0));
    node.get("/_cluster/health/" + INDEX + "?wait_for_status=green&timeout=60s");
    StringBuilder bulk = new StringBuilder();
    for (int i = 0; i < articles.size(); i++) {
      for (OpenSearchDocuments.ParagraphDocument d :
          OpenSearchDocuments.paragraphs(articles.get(i))) {
        ObjectNode action = JSON.createObjectNode();
        action.putObject("index").put("_id", d.id());
        bulk.append(action).append('\n').append(d.source()).append('\n');
      }
      if ((i + 1) % ARTICLES_PER_BULK == 0 || i == articles.size() - 1) {
        JsonNode r = node.bulk("/" + INDEX + "/_bulk?pipeline=nutgraf", bulk.toString());
        if (r.path("errors").asBoolean(true)) {
          throw new IllegalStateException("bulk failed near article " + i + ": " + r);
        }
        bulk.setLength(0);
      }
    }
    node.post("/" + INDEX + "/_refresh", "{}");
  }
}
