package org.nutgraf.opensearch.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.article.Article;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.entity.EntityTagger;
import org.opensearch.OpenSearchException;

/** The taggers of a node's processors: built-in, or with files of the config directory added. */
class ConfiguredTaggersTest {
  @TempDir Path config;
  private ConfiguredTaggers taggers;

  @BeforeEach
  void files() throws IOException {
    Files.writeString(
        config.resolve("places.tsv"), "# my places\nadd\tMoultrie Falls\tcity\tUS\t14000\n");
    Files.writeString(config.resolve("firms.txt"), "# retailers\nLincoln Ashby\n");
    Files.writeString(config.resolve("bad-firms.txt"), "Lincoln Ashby\n--\n");
    Files.writeString(config.resolve("broken.tsv"), "frobnicate\tthis\n");
    taggers = new ConfiguredTaggers(config);
  }

  private static List<String> countries(EntityTagger t, String text) {
    return t.tag(Article.of("a", "", Instant.EPOCH, "", List.of(text)))
        .paragraphs()
        .get(0)
        .countries();
  }

  @Test
  void withoutFilesTheBuiltInTaggerIsUsed() {
    assertSame(
        ArticleTagger.defaults(),
        taggers.tagger("t", Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @Test
  void anOverridesFileAddsItsPlacesAndIsReadOncePerNode() {
    EntityTagger t =
        taggers.tagger("t", Optional.of("places.tsv"), Optional.empty(), Optional.empty());
    assertEquals(List.of("US"), countries(t, "The storm reached Moultrie Falls overnight."));
    assertSame(
        t, taggers.tagger("other", Optional.of("places.tsv"), Optional.empty(), Optional.empty()));
    assertNotSame(
        t,
        new ConfiguredTaggers(config)
            .tagger("t", Optional.of("places.tsv"), Optional.empty(), Optional.empty()));
  }

  @Test
  void aPathOutsideTheConfigDirectoryIsRefusedNamingTheSetting() {
    OpenSearchException e =
        assertThrows(
            OpenSearchException.class,
            () ->
                taggers.tagger(
                    "t", Optional.of("../places.tsv"), Optional.empty(), Optional.empty()));
    assertTrue(e.getMessage().contains("overrides_path"), e.getMessage());
    assertTrue(
        e.getMessage().contains("must be a file under the node's config directory"),
        e.getMessage());
  }

  @Test
  void aMissingFileIsRefusedNamingTheSetting() {
    OpenSearchException e =
        assertThrows(
            OpenSearchException.class,
            () ->
                taggers.tagger("t", Optional.empty(), Optional.of("people.tsv"), Optional.empty()));
    assertTrue(e.getMessage().contains("actors_path"), e.getMessage());
    assertTrue(e.getMessage().contains("no file [people.tsv]"), e.getMessage());
  }

  @Test
  void aMalformedFileIsRefusedSayingWhy() {
    OpenSearchException e =
        assertThrows(
            OpenSearchException.class,
            () ->
                taggers.tagger("t", Optional.of("broken.tsv"), Optional.empty(), Optional.empty()));
    assertTrue(e.getMessage().contains("cannot read [broken.tsv]"), e.getMessage());
  }

  @Test
  void aFirmsFileReadsItsFirmsAsNoOne() {
    Article a =
        Article.of(
            "a",
            "",
            Instant.EPOCH,
            "",
            List.of("Lincoln Ashby said sales rose at its Leeds store."));
    assertEquals(
        List.of("Lincoln Ashby"),
        ArticleTagger.defaults().tag(a).paragraphs().get(0).actors().stream()
            .map(x -> x.name())
            .toList());
    EntityTagger t =
        taggers.tagger("t", Optional.empty(), Optional.empty(), Optional.of("firms.txt"));
    assertEquals(List.of(), t.tag(a).paragraphs().get(0).actors());
    assertEquals(List.of("GB"), t.tag(a).paragraphs().get(0).countries());
  }

  @Test
  void aBadFirmsLineIsRefusedNamingTheSettingAndTheLine() {
    OpenSearchException e =
        assertThrows(
            OpenSearchException.class,
            () ->
                taggers.tagger(
                    "t", Optional.empty(), Optional.empty(), Optional.of("bad-firms.txt")));
    assertTrue(e.getMessage().contains("firms_path"), e.getMessage());
    assertTrue(e.getMessage().contains("bad-firms.txt:2"), e.getMessage());
  }
}
