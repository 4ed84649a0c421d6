package org.nutgraf.opensearch.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.nutgraf.NewsIndex;
import org.nutgraf.analysis.PersonNameAnalyzer;
import org.nutgraf.analysis.PlaceNameAnalyzer;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.entity.TaggedParagraph;
import org.nutgraf.index.SpanishTextAnalyzer;
import org.nutgraf.ingest.ArticleFiles;
import org.nutgraf.ingest.ReaderOptions;
import org.nutgraf.opensearch.OpenSearchDocuments;
import org.nutgraf.opensearch.OpenSearchQueryTranslator;
import org.nutgraf.opensearch.OpenSearchResponseReader;
import org.nutgraf.opensearch.OpenSearchSchema;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.SortOrder;
import org.nutgraf.search.FacetValue;
import org.nutgraf.search.SearchResult;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchRequest;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.core.common.Strings;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.env.Environment;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * Nutgraf on a real cluster (two data nodes, an index of two shards with a replica each): the
 * pipeline tags as the embedded tagger does, and the cluster answers typed queries with the
 * embedded index's hit and facet counts.
 */
@ClusterScope(
    scope = Scope.SUITE,
    numDataNodes = 2,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class NutgrafClusterTests extends OpenSearchIntegTestCase {
  private static final String INDEX = "news";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static List<Article> corpus;
  private static NewsIndex embedded;

  @BeforeClass
  public static void readCorpus() throws Exception {
    List<Article> articles = new ArrayList<>();
    Path dir = Path.of(System.getProperty("nutgraf.fixtures", "../../index-fixtures/articles"));
    new ArticleFiles(ReaderOptions.defaults())
        .read(List.of(dir), a -> a.article().ifPresent(articles::add));
    corpus = articles;
    embedded = NewsIndex.inMemory();
    embedded.upsert(corpus);
    embedded.commit();
  }

  @AfterClass
  public static void closeEmbedded() throws IOException {
    embedded.close();
    embedded = null;
    corpus = null;
  }

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(NutgrafPlugin.class);
  }

  /** One corpus ingest serves three checks: the test cluster wipes indices after each test. */
  public void testClusterTagsAndAnswersAsTheEmbeddedIndex() throws IOException {
    createIndex(true);
    List<OpenSearchDocuments.ParagraphDocument> all = new ArrayList<>();
    corpus.forEach(a -> all.addAll(OpenSearchDocuments.paragraphs(a)));
    bulk(all);
    ClusterSearch cluster = searchCluster();
    assertPipelineTaggedAsTheEmbeddedTagger(cluster);
    assertHitAndFacetCountsEqualTheEmbeddedIndex(cluster);
    assertSearchAfterPagesEqualTheEmbeddedIndex(cluster);
    assertActorsNamedOnceAreFoundByName(cluster);
  }

  private void assertPipelineTaggedAsTheEmbeddedTagger(ClusterSearch cluster) throws IOException {
    Map<String, JsonNode> docs = allDocuments(cluster);
    assertEquals(paragraphCount(), docs.size());
    for (Article a : corpus) {
      for (TaggedParagraph tp : ArticleTagger.defaults().tag(a).paragraphs()) {
        JsonNode doc = docs.get(tp.paragraph().id());
        assertEquals(tp.paragraph().id(), tp.countries(), Pages.strings(doc.path("countries")));
        assertEquals(
            tp.paragraph().id(),
            tp.actors().stream().map(Actor::key).toList(),
            Pages.strings(doc.path("actors")));
        assertEquals(tp.places().size() + tp.persons().size(), doc.path("mentions").size());
      }
    }
  }

  private void assertHitAndFacetCountsEqualTheEmbeddedIndex(ClusterSearch cluster)
      throws IOException {
    for (NewsQuery q : ComparedQueries.counted()) {
      SearchResult expected = embedded.search(q);
      SearchResult actual = cluster.search(q);
      String what = q.where() + " " + q.selections();
      assertTrue(what + " matches nothing: a weak comparison", expected.totalHits() > 0);
      assertEquals(what, expected.totalHits(), actual.totalHits());
      assertEquals(what, expected.facets(), actual.facets());
      assertEquals(what, expected.dates(), actual.dates());
      assertEquals(what, expected.cooccurrence(), actual.cooccurrence());
    }
  }

  /**
   * Every actor named in one paragraph only is found by name on the cluster, its name resolved by a
   * request for that name alone rather than from a list of the index's most frequent actors.
   */
  private void assertActorsNamedOnceAreFoundByName(ClusterSearch cluster) throws IOException {
    NewsQuery everyone =
        NewsQuery.builder().facets(FacetRequest.of(Dimension.ACTOR).top(10_000)).build();
    List<FacetValue> once =
        embedded.search(everyone).facets().get(0).values().stream()
            .filter(v -> v.count() == 1 && Actor.keyOf(v.label()).equals(v.key()))
            .toList();
    assertTrue("the fixtures name some actor once", once.size() > 3);
    for (FacetValue actor : once) {
      NewsQuery q = NewsQuery.builder().anyActor(actor.label()).build();
      assertEquals(actor.label(), 1, cluster.search(q).totalHits());
      JsonNode lookup = OpenSearchQueryTranslator.actorLabelsRequest(q);
      String labels = cluster.search(lookup.toString());
      assertEquals(actor.label(), OpenSearchResponseReader.actorLabels(labels).get(actor.key()));
    }
  }

  private void assertSearchAfterPagesEqualTheEmbeddedIndex(ClusterSearch cluster)
      throws IOException {
    for (SortOrder sort : List.of(SortOrder.NEWEST, SortOrder.OLDEST)) {
      NewsQuery q =
          NewsQuery.builder()
              .text("minister president")
              .sort(sort)
              .pageSize(20)
              .highlight()
              .build();
      assertEquals(sort.toString(), Pages.ids(q, embedded::search), Pages.ids(q, cluster::search));
    }
  }

  public void testParagraphsSentOneByOneAreTaggedWithTheirHeadlineOnly() throws IOException {
    // an article whose paragraphs are tagged differently alone: coreference needs the article
    Article a =
        corpus.stream()
            .filter(x -> !aloneTags(x).equals(articleTags(x)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no article needs its other paragraphs"));
    createIndex(false);
    for (OpenSearchDocuments.ParagraphDocument d : OpenSearchDocuments.paragraphs(a)) {
      bulk(List.of(d));
    }
    Map<String, JsonNode> docs = allDocuments(searchCluster());
    List<String> actual = new ArrayList<>();
    for (Paragraph p : a.paragraphs()) {
      JsonNode doc = docs.get(p.id());
      actual.add(Pages.strings(doc.path("countries")) + " " + Pages.strings(doc.path("actors")));
    }
    assertEquals(aloneTags(a), actual);
  }

  public void testProcessorReadsItsFilesFromTheConfigDirAndWritesUnderTheTargetField()
      throws IOException {
    for (Environment env : internalCluster().getInstances(Environment.class)) {
      Path dir = env.configDir().resolve("nutgraf");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("places.tsv"), "add\tVellmora\tcity\tHN\n");
      Files.writeString(
          dir.resolve("actors.tsv"), "Dalia Ferrow-Quist\tDalia Ferrow\tHN\tminister\t\t\n");
      Files.writeString(dir.resolve("broken.tsv"), "add\tVellmora\tcity\n");
      Files.writeString(dir.resolve("firms.txt"), "# retailers\nLincoln Ashby\n");
    }
    createIndex(false);
    putPipeline(
        "mine",
        "{\"nutgraf\": {\"target_field\": \"nutgraf\", \"overrides_path\": \"nutgraf/places.tsv\","
            + " \"actors_path\": \"nutgraf/actors.tsv\", \"firms_path\": \"nutgraf/firms.txt\"}}");
    client()
        .prepareIndex(INDEX)
        .setId("own#0")
        .setPipeline("mine")
        .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)
        .setSource(
            "{\"text\": \"Minister Dalia Ferrow opened the new clinic in Vellmora on Monday.\","
                + " \"countries\": [\"my own\"]}",
            MediaTypeRegistry.JSON)
        .get();
    client()
        .prepareIndex(INDEX)
        .setId("own#1")
        .setPipeline("mine")
        .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)
        .setSource(
            "{\"text\": \"Lincoln Ashby said sales rose at its store in Vellmora.\"}",
            MediaTypeRegistry.JSON)
        .get();
    JsonNode firm = allDocuments(searchCluster()).get("own#1");
    assertEquals(List.of("HN"), Pages.strings(firm.path("nutgraf").path("countries")));
    assertEquals(List.of(), Pages.strings(firm.path("nutgraf").path("actors")));
    JsonNode doc = allDocuments(searchCluster()).get("own#0");
    assertEquals(List.of("my own"), Pages.strings(doc.path("countries")));
    assertEquals(List.of("HN"), Pages.strings(doc.path("nutgraf").path("countries")));
    assertEquals(List.of("HN/Vellmora"), Pages.strings(doc.path("nutgraf").path("places")));
    assertEquals(List.of("dalia ferrow quist"), Pages.strings(doc.path("nutgraf").path("actors")));

    Exception outside =
        expectThrows(
            Exception.class,
            () -> putPipeline("bad", "{\"nutgraf\": {\"actors_path\": \"../x.tsv\"}}"));
    assertTrue(outside.getMessage(), outside.getMessage().contains("[actors_path]"));
    Exception missing =
        expectThrows(
            Exception.class,
            () -> putPipeline("bad", "{\"nutgraf\": {\"overrides_path\": \"nutgraf/none.tsv\"}}"));
    assertTrue(missing.getMessage(), missing.getMessage().contains("[overrides_path]"));
    Exception malformed =
        expectThrows(
            Exception.class,
            () ->
                putPipeline("bad", "{\"nutgraf\": {\"overrides_path\": \"nutgraf/broken.tsv\"}}"));
    assertTrue(malformed.getMessage(), malformed.getMessage().contains("[overrides_path]"));
    assertTrue(malformed.getMessage(), malformed.getMessage().contains("broken.tsv:1"));
    Exception firms =
        expectThrows(
            Exception.class,
            () -> putPipeline("bad", "{\"nutgraf\": {\"firms_path\": \"nutgraf/none.txt\"}}"));
    assertTrue(firms.getMessage(), firms.getMessage().contains("[firms_path]"));
  }

  private static void putPipeline(String id, String processor) {
    client()
        .admin()
        .cluster()
        .preparePutPipeline(
            id, new BytesArray("{\"processors\": [" + processor + "]}"), MediaTypeRegistry.JSON)
        .get();
  }

  /** Countries and actor keys of each paragraph, tagged with the whole article. */
  private static List<String> articleTags(Article a) {
    return ArticleTagger.defaults().tag(a).paragraphs().stream()
        .map(NutgrafClusterTests::tags)
        .toList();
  }

  /** The same, each paragraph tagged with only the headline beside it. */
  private static List<String> aloneTags(Article a) {
    return a.paragraphs().stream()
        .map(
            p ->
                Article.of(
                    "alone", a.headline(), a.published(), "", Optional.empty(), List.of(p.text())))
        .map(alone -> tags(ArticleTagger.defaults().tag(alone).paragraphs().get(0)))
        .toList();
  }

  private static String tags(TaggedParagraph tp) {
    return tp.countries() + " " + tp.actors().stream().map(Actor::key).toList();
  }

  public void testAnalyzeGivesTheEmbeddedAnalyzersTokens() throws IOException {
    List<String> texts = new ArrayList<>();
    corpus.stream().limit(6).forEach(a -> a.paragraphs().forEach(p -> texts.add(p.text())));
    for (String text : texts) {
      assertEquals(
          RestComparison.tokens(new PlaceNameAnalyzer(), text),
          analyze(text, "nutgraf_place", null));
      assertEquals(
          RestComparison.tokens(new PersonNameAnalyzer(), text),
          analyze(text, "nutgraf_person", null));
      assertEquals(
          RestComparison.tokens(new PlaceNameAnalyzer(), text),
          analyze(text, null, "nutgraf_place"));
      assertEquals(
          RestComparison.tokens(new PersonNameAnalyzer(), text),
          analyze(text, null, "nutgraf_person"));
    }
    String spanish = "Los migrantes hondureños esperaron a la Policía en la frontera.";
    assertEquals(
        RestComparison.tokens(new SpanishTextAnalyzer(), spanish),
        analyze(spanish, "nutgraf_text_es", null));
  }

  // --- helpers

  /** Searches the index with the Java client, JSON in and out as over HTTP. */
  private ClusterSearch searchCluster() {
    return new ClusterSearch(
        INDEX,
        (path, body) -> {
          try (XContentParser parser =
              MediaTypeRegistry.JSON
                  .xContent()
                  .createParser(
                      xContentRegistry(), DeprecationHandler.THROW_UNSUPPORTED_OPERATION, body)) {
            SearchSourceBuilder source = SearchSourceBuilder.fromXContent(parser);
            return Strings.toString(
                MediaTypeRegistry.JSON,
                client().search(new SearchRequest(INDEX).source(source)).actionGet());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private void createIndex(boolean mentions) {
    // the REST body as is; the Java client's setSource would read "mappings" as typed mappings
    JsonNode index = OpenSearchSchema.index(2, 1);
    prepareCreate(INDEX)
        .setSettings(index.get("settings").toString(), MediaTypeRegistry.JSON)
        .setMapping(index.get("mappings").toString())
        .get();
    client()
        .admin()
        .cluster()
        .preparePutPipeline(
            "nutgraf",
            new BytesArray(OpenSearchSchema.pipeline(mentions).toString()),
            MediaTypeRegistry.JSON)
        .get();
    ensureGreen(INDEX);
  }

  /** Sends the documents in one bulk request through the pipeline. */
  private void bulk(List<OpenSearchDocuments.ParagraphDocument> documents) {
    BulkRequestBuilder bulk =
        client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
    for (OpenSearchDocuments.ParagraphDocument d : documents) {
      bulk.add(
          client()
              .prepareIndex(INDEX)
              .setId(d.id())
              .setPipeline("nutgraf")
              .setSource(d.source().toString(), MediaTypeRegistry.JSON));
    }
    BulkResponse r = bulk.get();
    assertFalse(r.buildFailureMessage(), r.hasFailures());
  }

  private static Map<String, JsonNode> allDocuments(ClusterSearch cluster) throws IOException {
    JsonNode hits = JSON.readTree(cluster.search("{\"size\": 1000}")).path("hits").path("hits");
    Map<String, JsonNode> docs = new HashMap<>();
    hits.forEach(h -> docs.put(h.path("_id").asText(), h.path("_source")));
    return docs;
  }

  private static int paragraphCount() {
    return corpus.stream().mapToInt(a -> a.paragraphs().size()).sum();
  }

  /** Tokens of the cluster's analyzer, or of the news tokenizer and a filter. */
  private static List<String> analyze(String text, String analyzer, String filter) {
    var request = client().admin().indices().prepareAnalyze(text);
    if (analyzer != null) {
      request.setAnalyzer(analyzer);
    } else {
      request.setTokenizer("nutgraf_news").addTokenFilter(filter);
    }
    List<String> out = new ArrayList<>();
    for (AnalyzeAction.AnalyzeToken t : request.get().getTokens()) {
      out.add(t.getTerm() + "@" + t.getStartOffset() + "-" + t.getEndOffset() + ":" + t.getType());
    }
    return out;
  }
}
