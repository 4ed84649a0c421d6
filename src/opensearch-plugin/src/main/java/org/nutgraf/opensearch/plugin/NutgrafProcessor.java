package org.nutgraf.opensearch.plugin;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.nutgraf.article.PublishedDate;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.entity.EntityTagger;
import org.nutgraf.index.Fields;
import org.nutgraf.index.TextLanguages;
import org.nutgraf.opensearch.OpenSearchDocuments;
import org.opensearch.ingest.AbstractProcessor;
import org.opensearch.ingest.ConfigurationUtils;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.ingest.IngestDocumentWrapper;
import org.opensearch.ingest.Processor;

/**
 * The {@code nutgraf} ingest processor: reads a paragraph's text and writes {@code countries},
 * {@code actors}, {@code actor_names}, {@code actor_labels}, {@code places}, the article's language
 * (into {@code language_field}, when the pipeline names one: the document's own, else the detected
 * one) and, with {@code mentions: true}, {@code mentions}. Paragraphs of one article that arrive in
 * one bulk request are tagged together ({@link ParagraphBatch}).
 *
 * <pre>{"nutgraf": {"field": "text", "article_field": "article", "ordinal_field": "ordinal",
 *   "headline_field": "headline", "published_field": "published", "language_field": "language",
 *   "mentions": true}}</pre>
 *
 * Options: {@code field} (defaults to "text"); {@code article_field}, {@code ordinal_field}, {@code
 * headline_field}, {@code published_field} (each optional: without them every paragraph is tagged
 * on its own); {@code language_field} (optional: without it every article's language is detected
 * and not written); {@code mentions} (defaults to false); {@code ignore_missing} (defaults to
 * false: a document without the text field fails); {@code target_field} (optional: the object the
 * entity fields are written under, {@code <target_field>.countries} and so on, so that a document's
 * own fields of those names are kept; without it they are written at the top level, where the index
 * layout of {@link org.nutgraf.opensearch.OpenSearchSchema} expects them); {@code overrides_path},
 * {@code actors_path} and {@code firms_path} (optional: a gazetteer overrides file, an actor
 * dictionary and a list of firms named after people, one a line, each relative to the node's config
 * directory and added to the built-in ones; {@link ConfiguredTaggers}).
 */
final class NutgrafProcessor extends AbstractProcessor {
  static final String TYPE = "nutgraf";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The entity fields the processor writes, under {@code target_field} when given. */
  private static final List<String> ENTITY_FIELDS =
      List.of("countries", "actors", "actor_names", "actor_labels", "places", "mentions");

  private final Supplier<EntityTagger> tagger;
  private final String field;
  private final Optional<String> targetField;
  private final Optional<String> articleField;
  private final Optional<String> ordinalField;
  private final Optional<String> headlineField;
  private final Optional<String> publishedField;
  private final Optional<String> languageField;
  private final boolean mentions;
  private final boolean ignoreMissing;

  private NutgrafProcessor(
      String tag, String description, ConfiguredTaggers taggers, Map<String, Object> config) {
    super(tag, description);
    this.field = ConfigurationUtils.readStringProperty(TYPE, tag, config, "field", "text");
    this.targetField = optional(tag, config, "target_field").filter(f -> !f.isBlank());
    Optional<String> overrides = optional(tag, config, ConfiguredTaggers.OVERRIDES_PATH);
    Optional<String> actors = optional(tag, config, ConfiguredTaggers.ACTORS_PATH);
    Optional<String> firms = optional(tag, config, ConfiguredTaggers.FIRMS_PATH);
    if (overrides.isEmpty() && actors.isEmpty() && firms.isEmpty()) {
      // the built-in tagger loads when the first document needs it
      this.tagger = ArticleTagger::defaults;
    } else {
      EntityTagger mine = taggers.tagger(tag, overrides, actors, firms);
      this.tagger = () -> mine;
    }
    this.articleField = optional(tag, config, "article_field");
    this.ordinalField = optional(tag, config, "ordinal_field");
    this.headlineField = optional(tag, config, "headline_field");
    this.publishedField = optional(tag, config, "published_field");
    this.languageField = optional(tag, config, "language_field");
    this.mentions = ConfigurationUtils.readBooleanProperty(TYPE, tag, config, "mentions", false);
    this.ignoreMissing =
        ConfigurationUtils.readBooleanProperty(TYPE, tag, config, "ignore_missing", false);
  }

  private static Optional<String> optional(String tag, Map<String, Object> config, String key) {
    return Optional.ofNullable(
        ConfigurationUtils.readOptionalStringProperty(TYPE, tag, config, key));
  }

  @Override
  public IngestDocument execute(IngestDocument doc) {
    if (!doc.hasField(field, true)) {
      if (ignoreMissing) {
        return doc;
      }
      throw new IllegalArgumentException("nutgraf: field [" + field + "] not present");
    }
    ParagraphBatch.Input in = input(doc);
    write(doc, ParagraphBatch.tag(List.of(in), tagger.get()).get(0));
    return doc;
  }

  @Override
  public void batchExecute(
      List<IngestDocumentWrapper> docs, Consumer<List<IngestDocumentWrapper>> handler) {
    List<IngestDocumentWrapper> pending = new ArrayList<>();
    List<ParagraphBatch.Input> inputs = new ArrayList<>();
    for (IngestDocumentWrapper w : docs) {
      IngestDocument doc = w.getIngestDocument();
      if (doc == null || w.getException() != null) {
        continue;
      }
      if (!doc.hasField(field, true)) {
        if (!ignoreMissing) {
          w.update(doc, new IllegalArgumentException("nutgraf: field [" + field + "] not present"));
        }
        continue;
      }
      try {
        inputs.add(input(doc));
        pending.add(w);
      } catch (RuntimeException e) {
        w.update(doc, e);
      }
    }
    try {
      List<Optional<ParagraphBatch.Tagged>> tagged = ParagraphBatch.tag(inputs, tagger.get());
      for (int i = 0; i < pending.size(); i++) {
        write(pending.get(i).getIngestDocument(), tagged.get(i));
      }
    } catch (RuntimeException e) {
      pending.forEach(w -> w.update(w.getIngestDocument(), e));
    }
    handler.accept(docs);
  }

  private ParagraphBatch.Input input(IngestDocument doc) {
    String text = doc.getFieldValue(field, String.class);
    return new ParagraphBatch.Input(
        text == null ? "" : text,
        articleField.map(f -> value(doc, f)).filter(v -> !v.isBlank()),
        ordinalField
            .map(f -> value(doc, f))
            .filter(v -> !v.isBlank())
            .map(v -> OptionalInt.of(Integer.parseInt(v)))
            .orElse(OptionalInt.empty()),
        headlineField.map(f -> value(doc, f)).orElse(""),
        publishedField.map(f -> value(doc, f)).filter(v -> !v.isBlank()).map(this::instant),
        languageField.map(f -> value(doc, f)).orElse(""));
  }

  /** A field's value as text; empty when the document lacks it. */
  private static String value(IngestDocument doc, String f) {
    Object v = doc.getFieldValue(f, Object.class, true);
    return v == null ? "" : v.toString();
  }

  private Instant instant(String v) {
    return v.chars().allMatch(Character::isDigit)
        ? Instant.ofEpochMilli(Long.parseLong(v))
        : PublishedDate.parse(v);
  }

  private void write(IngestDocument doc, Optional<ParagraphBatch.Tagged> tagged) {
    ObjectNode fields =
        tagged
            .map(t -> OpenSearchDocuments.entityFields(t.paragraph(), mentions))
            .orElseGet(JSON::createObjectNode);
    if (languageField.isPresent() && tagged.isPresent()) {
      fields.put(languageField.get(), tagged.get().language());
    }
    String languageText = TextLanguages.fieldOf(tagged.map(t -> t.language()).orElse(""));
    if (!languageText.equals(Fields.TEXT)) {
      // the text again, for the language's own analyzer (the mapping's "text_es")
      fields.put(languageText, value(doc, field));
    }
    for (String name : ENTITY_FIELDS.subList(0, 5)) {
      if (!fields.has(name)) {
        fields.putArray(name);
      }
    }
    fields
        .properties()
        .forEach(
            e -> {
              boolean entity = ENTITY_FIELDS.contains(e.getKey());
              String path =
                  entity
                      ? targetField.map(t -> t + "." + e.getKey()).orElse(e.getKey())
                      : e.getKey();
              doc.setFieldValue(path, JSON.convertValue(e.getValue(), Object.class));
            });
  }

  @Override
  public String getType() {
    return TYPE;
  }

  /** Creates {@code nutgraf} processors from pipeline definitions. */
  static final class Factory implements Processor.Factory {
    private final ConfiguredTaggers taggers;

    /**
     * Processors reading {@code overrides_path} and {@code actors_path} under {@code configDir}.
     */
    Factory(Path configDir) {
      this.taggers = new ConfiguredTaggers(configDir);
    }

    @Override
    public NutgrafProcessor create(
        Map<String, Processor.Factory> factories,
        String tag,
        String description,
        Map<String, Object> config) {
      return new NutgrafProcessor(tag, description, taggers, config);
    }
  }
}
