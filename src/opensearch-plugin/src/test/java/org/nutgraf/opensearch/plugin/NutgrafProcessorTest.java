package org.nutgraf.opensearch.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.ingest.IngestDocumentWrapper;

/** The {@code nutgraf} ingest processor on documents made here, no cluster. */
class NutgrafProcessorTest {
  @TempDir Path config;

  private NutgrafProcessor processor(Map<String, Object> options) {
    return new NutgrafProcessor.Factory(config)
        .create(Map.of(), "t1", null, new HashMap<>(options));
  }

  private static IngestDocument doc(Map<String, Object> source) {
    return new IngestDocument(new HashMap<>(source), new HashMap<>());
  }

  @Test
  void aParagraphGetsItsCountriesAndEveryEntityFieldEvenWhenEmpty() {
    IngestDocument d = doc(Map.of("text", "Protesters marched through Tegucigalpa, Honduras."));
    processor(Map.of()).execute(d);
    assertEquals(List.of("HN"), d.getFieldValue("countries", List.class));
    for (String f : List.of("actors", "actor_names", "actor_labels", "places")) {
      assertTrue(d.hasField(f), f);
    }
    assertFalse(d.hasField("mentions"), "mentions only when asked");
  }

  @Test
  void mentionsAreWrittenWhenAsked() {
    IngestDocument d = doc(Map.of("text", "Protesters marched through Tegucigalpa, Honduras."));
    processor(Map.of("mentions", true)).execute(d);
    List<?> mentions = d.getFieldValue("mentions", List.class);
    assertFalse(mentions.isEmpty());
  }

  @Test
  void aTargetFieldKeepsTheDocumentsOwnFieldsOfThoseNames() {
    IngestDocument d =
        doc(Map.of("body", "Talks resumed in Guatemala on Monday.", "countries", "mine"));
    processor(Map.of("field", "body", "target_field", "nutgraf")).execute(d);
    assertEquals("mine", d.getFieldValue("countries", String.class));
    assertEquals(List.of("GT"), d.getFieldValue("nutgraf.countries", List.class));
  }

  @Test
  void aDocumentWithoutTheTextFailsUnlessMissingOnesAreIgnored() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> processor(Map.of()).execute(doc(Map.of("headline", "x"))));
    assertEquals("nutgraf: field [text] not present", e.getMessage());
    IngestDocument d = doc(Map.of("headline", "x"));
    assertSame(d, processor(Map.of("ignore_missing", true)).execute(d));
    assertFalse(d.hasField("countries"));
  }

  @Test
  void theLanguageIsWrittenWhenThePipelineNamesItsField() {
    IngestDocument d =
        doc(
            Map.of(
                "text",
                "El presidente viajó a Tegucigalpa el lunes para reunirse con los alcaldes.",
                "lang",
                "es"));
    processor(Map.of("language_field", "lang")).execute(d);
    assertEquals("es", d.getFieldValue("lang", String.class));
    assertEquals(
        d.getFieldValue("text", String.class),
        d.getFieldValue("text_es", String.class),
        "the text again for the Spanish analyzer");
  }

  @Test
  void aBatchTagsEveryDocumentAndMarksOnlyTheOneWithoutText() {
    NutgrafProcessor p = processor(Map.of("article_field", "article", "ordinal_field", "ordinal"));
    List<IngestDocumentWrapper> docs = new ArrayList<>();
    docs.add(
        new IngestDocumentWrapper(
            0,
            0,
            doc(Map.of("text", "Rain fell on Honduras.", "article", "a1", "ordinal", 0)),
            null));
    docs.add(new IngestDocumentWrapper(1, 0, doc(Map.of("article", "a1", "ordinal", 1)), null));
    docs.add(
        new IngestDocumentWrapper(
            2,
            0,
            doc(Map.of("text", "More rain in Guatemala.", "article", "a1", "ordinal", 2)),
            null));
    AtomicReference<List<IngestDocumentWrapper>> handled = new AtomicReference<>();
    p.batchExecute(docs, handled::set);
    assertSame(docs, handled.get());
    assertNull(docs.get(0).getException());
    assertEquals(
        List.of("HN"), docs.get(0).getIngestDocument().getFieldValue("countries", List.class));
    assertTrue(docs.get(1).getException() instanceof IllegalArgumentException);
    assertEquals(
        List.of("GT"), docs.get(2).getIngestDocument().getFieldValue("countries", List.class));
  }

  @Test
  void itsTypeIsNutgraf() {
    assertEquals("nutgraf", processor(Map.of()).getType());
  }
}
