package org.nutgraf.opensearch.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.nutgraf.NewsIndex;
import org.nutgraf.analysis.PersonNameAnalyzer;
import org.nutgraf.analysis.PlaceNameAnalyzer;
import org.nutgraf.article.Article;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.entity.TaggedParagraph;
import org.nutgraf.ingest.ArticleFiles;
import org.nutgraf.ingest.ReaderOptions;
import org.nutgraf.opensearch.EntityFields;
import org.nutgraf.opensearch.OpenSearchDocuments;
import org.nutgraf.opensearch.OpenSearchSchema;
import org.nutgraf.query.Highlighting;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;
import org.nutgraf.search.ArticleHit;
import org.nutgraf.search.Highlight;
import org.nutgraf.search.Hit;
import org.nutgraf.search.InvalidCursorException;
import org.nutgraf.search.SearchResult;

/**
 * The end-to-end comparison of {@code .ci/opensearch-e2e}: Nutgraf on real OpenSearch nodes, over
 * HTTP only, against the embedded {@link NewsIndex} on the same articles. Creates the index (two
 * shards, no replicas, so that each node holds half the paragraphs) and the pipeline, loads the
 * articles through it in one bulk request, then compares analysis, tags, hits, facets, date
 * buckets, co-occurrence, highlights, cursor pages read from a point in time, signed cursors,
 * grouping, and an index whose pipeline writes under a {@code target_field}. Prints one line per
 * check (FAIL lines say what differs) and last {@code N passed, N failed}; exits 1 when a check
 * failed.
 *
 * <pre>RestComparison http://127.0.0.1:PORT0 http://127.0.0.1:PORT1 index-fixtures/articles</pre>
 *
 * Searches alternate between the two nodes. Relevance-ordered searches use {@code
 * search_type=dfs_query_then_fetch}, so that both shards score with the index's term statistics as
 * the embedded index does.
 */
public final class RestComparison {
  static final String INDEX = "nutgraf-e2e";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Highlighting MARKS = Highlighting.defaults();

  private final List<Rest> nodes;
  private final List<Article> corpus;
  private final NewsIndex embedded;
  private int passed;
  private int failed;
  private int turn;

  private RestComparison(List<Rest> nodes, List<Article> corpus, NewsIndex embedded) {
    this.nodes = nodes;
    this.corpus = corpus;
    this.embedded = embedded;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: RestComparison NODE0_URL NODE1_URL ARTICLES_DIR");
      System.exit(2);
    }
    List<Article> corpus = new ArrayList<>();
    new ArticleFiles(ReaderOptions.defaults())
        .read(List.of(Path.of(args[2])), a -> a.article().ifPresent(corpus::add));
    RestComparison run;
    try (NewsIndex embedded = NewsIndex.inMemory()) {
      embedded.upsert(corpus);
      embedded.commit();
      run = new RestComparison(List.of(new Rest(args[0]), new Rest(args[1])), corpus, embedded);
      run.runAll();
    }
    System.out.println(run.passed + " passed, " + run.failed + " failed");
    System.exit(run.failed == 0 ? 0 : 1);
  }

  private void runAll() {
    check("the plugin is on both nodes", () -> equal(Set.of("node-0", "node-1"), pluginNodes()));
    check("analysis equals the embedded analyzers'", this::analysis);
    check("index, pipeline and bulk load", this::load);
    check("shards split across the nodes", this::shardsSplit);
    check("tags equal the embedded tagger's", this::tags);
    check("the processor reads its files from the config dir", this::configFiles);
    ClusterSearch cluster = new ClusterSearch(INDEX, this::search);
    for (NewsQuery q : ComparedQueries.counted()) {
      String what = describe(q);
      check(
          "counts of " + what,
          () -> {
            SearchResult expected = embedded.search(q);
            SearchResult actual = cluster.search(q);
            if (expected.totalHits() == 0) {
              return "matches nothing in the embedded index: a weak comparison";
            }
            return firstDifference(
                "total hits",
                expected.totalHits(),
                actual.totalHits(),
                "facets",
                expected.facets(),
                actual.facets(),
                "date buckets",
                expected.dates(),
                actual.dates(),
                "co-occurrence",
                expected.cooccurrence(),
                actual.cooccurrence());
          });
    }
    for (NewsQuery q : ComparedQueries.ranked()) {
      String what = describe(q);
      SearchResult[] both = new SearchResult[2];
      check(
          "hit order of " + what,
          () -> {
            both[0] = embedded.search(q);
            both[1] = cluster.search(q);
            return ranking(both[0].hits(), true).equals(ranking(both[1].hits(), true))
                ? null
                : "expected " + scored(both[0].hits()) + " but was " + scored(both[1].hits());
          });
      if (q.sort() == SortOrder.RELEVANCE) {
        check("highlights of " + what, () -> highlights(both[0], both[1]));
      }
    }
    // relevance first: an added and deleted paragraph stays in the term statistics until merged
    List<NewsQuery> paged = new ArrayList<>(ComparedQueries.paged());
    paged.sort(Comparator.comparing(q -> q.sort() != SortOrder.RELEVANCE));
    for (NewsQuery q : paged) {
      check(
          "cursor pages of " + describe(q) + " (point in time)",
          () -> pointInTimePages(q, cluster));
    }
    check("forged and foreign cursors are refused", () -> foreignCursors(cluster));
    check(
        "entity fields under a target_field are searched there",
        () -> targetField(ComparedQueries.counted()));
    for (NewsQuery q : ComparedQueries.grouped()) {
      check(
          "grouping of " + describe(q),
          () -> {
            SearchResult expected = embedded.search(q);
            SearchResult actual = cluster.search(q);
            return firstDifference(
                "articles",
                groups(expected.articles()),
                groups(actual.articles()),
                "total articles",
                expected.totalArticles(),
                actual.totalArticles(),
                "total hits",
                expected.totalHits(),
                actual.totalHits());
          });
    }
  }

  // --- the checks; each returns null when equal, else what differs

  private String analysis() throws IOException {
    List<String> texts = new ArrayList<>();
    corpus.stream().limit(4).forEach(a -> a.paragraphs().forEach(p -> texts.add(p.text())));
    for (String text : texts) {
      for (String name : List.of("nutgraf_place", "nutgraf_person")) {
        Supplier<Analyzer> local =
            name.equals("nutgraf_place") ? PlaceNameAnalyzer::new : PersonNameAnalyzer::new;
        ObjectNode viaAnalyzer = JSON.createObjectNode().put("analyzer", name).put("text", text);
        ObjectNode viaFilter =
            JSON.createObjectNode().put("tokenizer", "nutgraf_news").put("text", text);
        viaFilter.putArray("filter").add(name);
        List<String> expected = tokens(local.get(), text);
        for (ObjectNode body : List.of(viaAnalyzer, viaFilter)) {
          String d = equal(expected, analyzed(next().post("/_analyze", body)));
          if (d != null) {
            return body + ": " + d;
          }
        }
      }
    }
    return null;
  }

  private String load() {
    Rest n = nodes.get(0);
    n.delete("/" + INDEX);
    n.put("/_ingest/pipeline/nutgraf", OpenSearchSchema.pipeline(true));
    n.put("/" + INDEX, OpenSearchSchema.index(2, 0));
    n.get("/_cluster/health/" + INDEX + "?wait_for_status=green&timeout=60s");
    StringBuilder bulk = new StringBuilder();
    int docs = 0;
    for (Article a : corpus) {
      for (OpenSearchDocuments.ParagraphDocument d : OpenSearchDocuments.paragraphs(a)) {
        ObjectNode action = JSON.createObjectNode();
        action.putObject("index").put("_id", d.id());
        bulk.append(action);
        bulk.append('\n').append(d.source()).append('\n');
        docs++;
      }
    }
    JsonNode r = n.bulk("/" + INDEX + "/_bulk?pipeline=nutgraf&refresh=true", bulk.toString());
    if (r.path("errors").asBoolean(true)) {
      for (JsonNode item : r.path("items")) {
        JsonNode error = item.path("index").path("error");
        if (!error.isMissingNode()) {
          return "bulk failed: " + item.path("index").path("_id").asText() + ": " + error;
        }
      }
      return "bulk failed: " + r;
    }
    long count = nodes.get(1).get("/" + INDEX + "/_count").path("count").asLong();
    return count == docs ? null : "indexed " + count + " of " + docs + " paragraphs";
  }

  /**
   * A pipeline with the gazetteer overrides and actor dictionary the script put in each node's
   * config directory ({@code nutgraf/places.tsv}, {@code nutgraf/actors.tsv}), writing under a
   * target field: read under the security agent, and a document's own {@code countries} kept.
   */
  private String configFiles() {
    Rest n = nodes.get(0);
    n.put(
        "/_ingest/pipeline/nutgraf_files",
        "{\"processors\": [{\"nutgraf\": {\"target_field\": \"nutgraf\","
            + " \"overrides_path\": \"nutgraf/places.tsv\", \"actors_path\": \"nutgraf/actors.tsv\"}}]}");
    n.delete("/own");
    n.put(
        "/own/_doc/own-0?pipeline=nutgraf_files&refresh=true",
        "{\"text\": \"Minister Dalia Ferrow opened the new clinic in Vellmora on Monday.\","
            + " \"countries\": [\"my own\"]}");
    JsonNode doc = nodes.get(1).get("/own/_doc/own-0").path("_source");
    JsonNode tags = doc.path("nutgraf");
    n.delete("/own");
    return equal(
        "[my own] [HN] [HN/Vellmora] [dalia ferrow quist]",
        Pages.strings(doc.path("countries"))
            + " "
            + Pages.strings(tags.path("countries"))
            + " "
            + Pages.strings(tags.path("places"))
            + " "
            + Pages.strings(tags.path("actors")));
  }

  private String shardsSplit() {
    JsonNode shards = nodes.get(0).get("/_cat/shards/" + INDEX + "?format=json");
    Set<String> nodesWithPrimary = new TreeSet<>();
    List<String> seen = new ArrayList<>();
    for (JsonNode s : shards) {
      seen.add(
          s.path("shard").asText()
              + s.path("prirep").asText()
              + "@"
              + s.path("node").asText()
              + ":"
              + s.path("state").asText());
      if (s.path("prirep").asText().equals("p") && s.path("state").asText().equals("STARTED")) {
        nodesWithPrimary.add(s.path("node").asText());
      }
    }
    return shards.size() == 2 && nodesWithPrimary.size() == 2
        ? null
        : "want 2 started primaries on 2 nodes and no replicas, have " + seen;
  }

  private String tags() {
    Map<String, JsonNode> docs = new HashMap<>();
    JsonNode hits =
        next().post("/" + INDEX + "/_search", "{\"size\": 1000}").path("hits").path("hits");
    hits.forEach(h -> docs.put(h.path("_id").asText(), h.path("_source")));
    List<String> differences = new ArrayList<>();
    int paragraphs = 0;
    for (Article a : corpus) {
      for (TaggedParagraph tp : ArticleTagger.defaults().tag(a).paragraphs()) {
        paragraphs++;
        JsonNode doc = docs.get(tp.paragraph().id());
        if (doc == null) {
          differences.add(tp.paragraph().id() + " missing");
          continue;
        }
        String d =
            firstDifference(
                "countries",
                tp.countries(),
                Pages.strings(doc.path("countries")),
                "actors",
                tp.actors().stream().map(Actor::key).toList(),
                Pages.strings(doc.path("actors")),
                "mentions",
                tp.places().size() + tp.persons().size(),
                doc.path("mentions").size());
        if (d != null) {
          differences.add(tp.paragraph().id() + ": " + d);
        }
      }
    }
    if (docs.size() != paragraphs) {
      differences.add(0, docs.size() + " documents for " + paragraphs + " paragraphs");
    }
    return differences.isEmpty()
        ? null
        : differences.size()
            + " paragraphs differ, first: "
            + differences.subList(0, Math.min(5, differences.size()));
  }

  /**
   * Highlights of the same hits: each snippet is the text at its offset, both mark the same terms
   * and mentions where their snippets overlap, and they do overlap. The snippets' bounds may
   * differ: OpenSearch's unified highlighter cuts passages of at most {@code fragment_size} at
   * sentence ends, the embedded one passages closest to that length.
   */
  private static String highlights(SearchResult expected, SearchResult actual) {
    if (expected == null || actual == null) {
      return "no results to compare";
    }
    if (expected.hits().isEmpty()) {
      return "no hits to compare";
    }
    if (!new TreeSet<>(ids(expected.hits())).equals(new TreeSet<>(ids(actual.hits())))) {
      return "not the same hits: " + ids(expected.hits()) + " and " + ids(actual.hits());
    }
    Map<String, Hit> byId = new HashMap<>();
    actual.hits().forEach(h -> byId.put(h.id(), h));
    List<String> differences = new ArrayList<>();
    for (Hit e : expected.hits()) {
      Hit a = byId.get(e.id());
      String d =
          e.highlights().size() != 1 || a.highlights().size() != 1
              ? "want one snippet each"
              : sameMarks(e.text(), e.highlights().get(0), a.highlights().get(0));
      if (d != null) {
        differences.add(
            e.id()
                + ": "
                + d
                + ": expected "
                + e.highlights().stream().map(h -> h.offset() + " " + h.render(MARKS)).toList()
                + " but was "
                + a.highlights().stream().map(h -> h.offset() + " " + h.render(MARKS)).toList());
      }
    }
    return differences.isEmpty()
        ? null
        : differences.size() + " of " + expected.hits().size() + " hits differ: " + differences;
  }

  /** Null when both snippets are the text at their offsets and mark the same in their overlap. */
  static String sameMarks(String text, Highlight expected, Highlight actual) {
    for (Highlight h : List.of(expected, actual)) {
      if (!text.startsWith(h.text(), h.offset())) {
        return "snippet at " + h.offset() + " is not the text there";
      }
    }
    int from = Math.max(expected.offset(), actual.offset());
    int to =
        Math.min(
            expected.offset() + expected.text().length(), actual.offset() + actual.text().length());
    if (from >= to) {
      return "the snippets do not overlap";
    }
    List<String> want = marksIn(expected, from, to);
    List<String> have = marksIn(actual, from, to);
    return want.equals(have) ? null : "marks " + want + " against " + have;
  }

  /** Spans wholly inside [from, to) of the text, at text offsets. */
  private static List<String> marksIn(Highlight h, int from, int to) {
    List<String> out = new ArrayList<>();
    for (Highlight.Span s : h.spans()) {
      int start = h.offset() + s.start();
      int end = h.offset() + s.end();
      if (start >= from && end <= to) {
        out.add(start + "-" + end + ":" + s.type() + ":" + s.value());
      }
    }
    return out;
  }

  /**
   * Every page of {@code q}, read from one point in time: the pages equal the embedded index's and
   * none repeats a hit. Sorted by date, a matching paragraph (the newest of the index) is indexed
   * after the point in time opened, and its pages still equal the embedded index's, which never saw
   * that paragraph. By relevance nothing is added: a deleted paragraph would still count in the
   * shard's term statistics and shift scores.
   */
  private String pointInTimePages(NewsQuery q, ClusterSearch cluster) throws IOException {
    Rest n = nodes.get(0);
    String pit =
        n.post("/" + INDEX + "/_search/point_in_time?keep_alive=1m", "{}").path("pit_id").asText();
    // the document id has no '#': in a URL path it would start the fragment
    String late = "late#0";
    boolean adds = q.sort() != SortOrder.RELEVANCE;
    try {
      if (adds) {
        n.put(
            "/" + INDEX + "/_doc/late?refresh=true",
            "{\"id\": \"late#0\", \"article\": \"late\", \"ordinal\": 0, \"published\":"
                + " \"2031-01-01T00:00:00Z\", \"language\": \"en\", \"text\": \"The minister"
                + " met the president of the port authority late on Friday.\"}");
      }
      List<Object> expected = ranking(Pages.all(q, embedded::search), false);
      List<Hit> hits = Pages.all(q, cluster.withPointInTime(pit)::search);
      long distinct = hits.stream().map(Hit::id).distinct().count();
      boolean lateSeen =
          cluster.search(q.toBuilder().pageSize(500).build()).hits().stream()
              .anyMatch(h -> h.id().equals(late));
      return firstDifference(
          "pages",
          expected,
          ranking(hits, false),
          "distinct hits",
          (long) hits.size(),
          distinct,
          "the late paragraph found without the point in time",
          adds,
          lateSeen);
    } finally {
      if (adds) {
        n.delete("/" + INDEX + "/_doc/late?refresh=true");
        n.post("/" + INDEX + "/_forcemerge?only_expunge_deletes=true", "{}");
      }
      n.deleteWithBody("/_search/point_in_time", "{\"pit_id\": [\"" + pit + "\"]}");
    }
  }

  /**
   * A cluster cursor with one character changed, an embedded index's cursor and a cluster cursor of
   * another query are each refused with one line; a cluster cursor is refused by the embedded
   * index.
   */
  private String foreignCursors(ClusterSearch cluster) throws IOException {
    NewsQuery q = ComparedQueries.paged().get(0);
    String mine = cluster.search(q).next().orElseThrow();
    String ours = embedded.search(q).next().orElseThrow();
    int flip = mine.indexOf('.') / 2;
    String forged =
        mine.substring(0, flip) + (mine.charAt(flip) == 'A' ? 'B' : 'A') + mine.substring(flip + 1);
    NewsQuery other = ComparedQueries.paged().get(1);
    List<String> refusals = new ArrayList<>();
    for (String[] c :
        new String[][] {{"forged", forged}, {"embedded", ours}, {"other query", mine}}) {
      NewsQuery page = (c[0].equals("other query") ? other : q).after(c[1]);
      try {
        cluster.search(page);
        return c[0] + " cursor accepted by the cluster";
      } catch (InvalidCursorException e) {
        refusals.add(e.getMessage());
      }
    }
    try {
      embedded.search(q.after(mine));
      return "cluster cursor accepted by the embedded index";
    } catch (InvalidCursorException e) {
      refusals.add(e.getMessage());
    }
    for (String r : refusals) {
      if (r.contains("\n") || r.isBlank()) {
        return "a refusal is not one line: " + refusals;
      }
    }
    return refusals.get(0).contains("signature") ? null : "forged cursor refused as: " + refusals;
  }

  /**
   * An index whose pipeline writes the entity fields under {@code target_field: nutgraf} and whose
   * documents have fields of their own named {@code countries} and {@code actors} (mapped, holding
   * a value no paragraph is tagged with): the counts of {@code queries} equal the embedded index's
   * and the countries of their hits the tagger's, so the entity fields are searched and counted
   * under the target field, never the own ones.
   */
  private String targetField(List<NewsQuery> queries) throws IOException {
    Rest n = nodes.get(0);
    String index = INDEX + "-target";
    EntityFields fields = EntityFields.under("nutgraf");
    n.delete("/" + index);
    n.put("/_ingest/pipeline/nutgraf_target", OpenSearchSchema.pipeline(true, fields));
    ObjectNode mapping = OpenSearchSchema.index(2, 0, fields);
    ObjectNode own = (ObjectNode) mapping.path("mappings").path("properties");
    own.putObject("countries").put("type", "keyword");
    own.putObject("actors").put("type", "keyword");
    n.put("/" + index, mapping);
    n.get("/_cluster/health/" + index + "?wait_for_status=green&timeout=60s");
    StringBuilder bulk = new StringBuilder();
    Map<String, List<String>> tagged = new HashMap<>();
    for (Article a : corpus) {
      for (TaggedParagraph tp : ArticleTagger.defaults().tag(a).paragraphs()) {
        tagged.put(tp.paragraph().id(), tp.countries());
      }
      for (OpenSearchDocuments.ParagraphDocument d : OpenSearchDocuments.paragraphs(a)) {
        ObjectNode source = d.source().deepCopy();
        source.putArray("countries").add("ZZ");
        source.putArray("actors").add("my own");
        bulk.append("{\"index\": {\"_id\": \"").append(d.id()).append("\"}}\n");
        bulk.append(source).append('\n');
      }
    }
    try {
      JsonNode r =
          n.bulk("/" + index + "/_bulk?pipeline=nutgraf_target&refresh=true", bulk.toString());
      if (r.path("errors").asBoolean(true)) {
        return "bulk failed: " + r.toString().substring(0, Math.min(500, r.toString().length()));
      }
      ClusterSearch cluster = new ClusterSearch(index, this::search).withEntityFields(fields);
      for (NewsQuery q : queries) {
        SearchResult expected = embedded.search(q);
        SearchResult actual = cluster.search(q);
        List<Object> want = List.of(expected.totalHits(), expected.facets());
        List<Object> have = List.of(actual.totalHits(), actual.facets());
        String d = equal(want, have);
        if (d == null) {
          List<List<String>> tags = actual.hits().stream().map(h -> tagged.get(h.id())).toList();
          d = equal(tags, actual.hits().stream().map(Hit::countries).toList());
        }
        if (d != null) {
          return describe(q) + ": " + d;
        }
      }
      return null;
    } finally {
      n.delete("/" + index);
    }
  }

  // --- helpers

  /** The next node in turn: searches alternate between the two. */
  private Rest next() {
    return nodes.get(turn++ % nodes.size());
  }

  /**
   * One search over HTTP to {@code path} ({@code /<index>/_search}, or {@code /_search} with a
   * point in time); relevance-ordered ones with the index-wide term statistics.
   */
  private String search(String path, String body) {
    boolean byScore = body.contains("\"_score\"");
    String params = byScore ? "?search_type=dfs_query_then_fetch" : "";
    return next().postText(path + params, body);
  }

  private interface Check {
    String run() throws Exception;
  }

  private void check(String name, Check c) {
    String difference;
    try {
      difference = c.run();
    } catch (Exception | AssertionError e) {
      difference = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    if (difference == null) {
      passed++;
      System.out.println("PASS " + name);
    } else {
      failed++;
      System.out.println("FAIL " + name + ": " + difference);
    }
  }

  private static String equal(Object expected, Object actual) {
    return Objects.equals(expected, actual) ? null : "expected " + expected + " but was " + actual;
  }

  /** The first of several (name, expected, actual) triples that differ. */
  private static String firstDifference(Object... triples) {
    for (int i = 0; i + 2 < triples.length; i += 3) {
      String d = equal(triples[i + 1], triples[i + 2]);
      if (d != null) {
        return triples[i] + ": " + d;
      }
    }
    return null;
  }

  private Set<String> pluginNodes() {
    Set<String> out = new TreeSet<>();
    for (JsonNode p : nodes.get(0).get("/_cat/plugins?format=json")) {
      if (p.path("component").asText().equals("nutgraf")) {
        out.add(p.path("name").asText());
      }
    }
    return out;
  }

  private static String describe(NewsQuery q) {
    String s = q.where() + " " + q.selections() + " " + q.sort();
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  /**
   * The order of hits up to ties: runs of equal score (all of one run when sorted by date), each as
   * a set of ids. Within a tie the embedded index keeps index order, a cluster orders by date then
   * id. With {@code cut}, hits are one page: its last run may continue on the next page, so only
   * its score and length count.
   */
  static List<Object> ranking(List<Hit> hits, boolean cut) {
    List<Object> runs = new ArrayList<>();
    int i = 0;
    while (i < hits.size()) {
      float score = hits.get(i).score();
      Set<String> run = new TreeSet<>();
      int j = i;
      while (j < hits.size() && Float.compare(hits.get(j).score(), score) == 0) {
        run.add(hits.get(j++).id());
      }
      if (Float.isNaN(score)) {
        // sorted by date: the order is exact
        hits.subList(i, j).forEach(h -> runs.add(h.id()));
      } else {
        runs.add(cut && j == hits.size() ? "x" + run.size() : run);
      }
      i = j;
    }
    return runs;
  }

  private static List<String> scored(List<Hit> hits) {
    return hits.stream().map(h -> h.id() + "=" + h.score()).toList();
  }

  /**
   * Articles of a page up to ties, as {@link #ranking}: runs of articles whose best paragraphs
   * score the same, each article with its count of matching paragraphs and its paragraphs' ranking.
   */
  static List<Object> groups(List<ArticleHit> articles) {
    List<Object> runs = new ArrayList<>();
    int i = 0;
    while (i < articles.size()) {
      float score = best(articles.get(i));
      Set<String> run = new TreeSet<>();
      int j = i;
      while (j < articles.size() && Float.compare(best(articles.get(j)), score) == 0) {
        ArticleHit a = articles.get(j++);
        run.add(
            a.articleId() + "(" + a.matchingParagraphs() + ")" + ranking(a.paragraphs(), false));
      }
      runs.add(j == articles.size() ? "x" + run.size() : run);
      i = j;
    }
    return runs;
  }

  private static float best(ArticleHit a) {
    return a.paragraphs().isEmpty() ? Float.NaN : a.paragraphs().get(0).score();
  }

  private static List<String> analyzed(JsonNode response) {
    List<String> out = new ArrayList<>();
    for (JsonNode t : response.path("tokens")) {
      out.add(
          t.path("token").asText()
              + "@"
              + t.path("start_offset").asInt()
              + "-"
              + t.path("end_offset").asInt()
              + ":"
              + t.path("type").asText());
    }
    return out;
  }

  /** The tokens of an analyzer as term@start-end:type; closes the analyzer. */
  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (analyzer;
        TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + ":" + type.type());
      }
      ts.end();
    }
    return out;
  }
}
