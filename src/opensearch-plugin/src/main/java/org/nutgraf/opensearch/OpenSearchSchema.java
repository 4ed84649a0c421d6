package org.nutgraf.opensearch;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nutgraf.index.TextLanguages;

/**
 * The request bodies that set up a Nutgraf index on OpenSearch: the index (settings and mapping)
 * and the ingest pipeline. Both need the Nutgraf plugin on every node.
 *
 * <p>Example: {@code PUT news} with {@code OpenSearchSchema.index(2, 1)}, then {@code PUT
 * _ingest/pipeline/nutgraf} with {@code OpenSearchSchema.pipeline(true)}.
 */
public final class OpenSearchSchema {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private OpenSearchSchema() {}

  /**
   * The body of a create-index request: {@code shards} primary shards with {@code replicas}
   * replicas each, text analysed as Nutgraf's embedded index does ({@code nutgraf_text}), entity
   * fields as keywords, mentions kept in the source only.
   *
   * @throws IllegalArgumentException if shards is below 1 or replicas below 0
   */
  public static ObjectNode index(int shards, int replicas) {
    return index(shards, replicas, EntityFields.topLevel());
  }

  /**
   * {@link #index(int, int)} with the entity fields where {@code fields} puts them: under the
   * pipeline's {@code target_field}, as objects, so that a document's own fields of the same names
   * ({@code countries}) are left to the caller's mapping.
   *
   * @throws IllegalArgumentException if shards is below 1 or replicas below 0
   */
  public static ObjectNode index(int shards, int replicas, EntityFields fields) {
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException(
          "shards must be >= 1 and replicas >= 0, were " + shards + " and " + replicas);
    }
    ObjectNode body = JSON.createObjectNode();
    body.putObject("settings").put("number_of_shards", shards).put("number_of_replicas", replicas);
    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", false);
    ObjectNode p = mappings.putObject("properties");
    for (String keyword :
        new String[] {
          OpenSearchFields.ID,
          OpenSearchFields.ARTICLE,
          OpenSearchFields.SOURCE,
          OpenSearchFields.SOURCE_NAME,
          OpenSearchFields.LANGUAGE
        }) {
      p.putObject(keyword).put("type", "keyword");
    }
    ObjectNode entities = p;
    if (!fields.targetField().isEmpty()) {
      for (String segment : fields.targetField().split("\\.")) {
        entities = entities.putObject(segment).put("type", "object").putObject("properties");
      }
    }
    for (String keyword :
        new String[] {
          OpenSearchFields.COUNTRIES,
          OpenSearchFields.ACTORS,
          OpenSearchFields.ACTOR_NAMES,
          OpenSearchFields.ACTOR_LABELS,
          OpenSearchFields.PLACES
        }) {
      entities.putObject(keyword).put("type", "keyword");
    }
    entities.putObject(OpenSearchFields.MENTIONS).put("type", "object").put("enabled", false);
    p.putObject(OpenSearchFields.ORDINAL).put("type", "integer");
    p.putObject(OpenSearchFields.PUBLISHED).put("type", "date");
    p.putObject(OpenSearchFields.HEADLINE).put("type", "text").put("analyzer", "nutgraf_text");
    p.putObject(OpenSearchFields.TEXT).put("type", "text").put("analyzer", "nutgraf_text");
    for (TextLanguages.Entry language : TextLanguages.ALL) {
      // written by the processor for articles in that language
      p.putObject(language.field())
          .put("type", "text")
          .put("analyzer", "nutgraf_" + language.field());
    }
    p.putObject(OpenSearchFields.URL).put("type", "keyword").put("index", false);
    return body;
  }

  /**
   * The body of a put-pipeline request with one {@code nutgraf} processor reading the paragraph
   * fields of {@link OpenSearchDocuments}; with {@code mentions}, it also writes the mentions.
   */
  public static ObjectNode pipeline(boolean mentions) {
    return pipeline(mentions, EntityFields.topLevel());
  }

  /**
   * {@link #pipeline(boolean)} writing the entity fields where {@code fields} puts them (the
   * processor's {@code target_field}).
   */
  public static ObjectNode pipeline(boolean mentions, EntityFields fields) {
    ObjectNode body = JSON.createObjectNode();
    body.put("description", "Nutgraf: countries, actors and places of news paragraphs");
    ObjectNode p = body.putArray("processors").addObject().putObject("nutgraf");
    p.put("field", OpenSearchFields.TEXT);
    p.put("article_field", OpenSearchFields.ARTICLE);
    p.put("ordinal_field", OpenSearchFields.ORDINAL);
    p.put("headline_field", OpenSearchFields.HEADLINE);
    p.put("published_field", OpenSearchFields.PUBLISHED);
    p.put("language_field", OpenSearchFields.LANGUAGE);
    p.put("mentions", mentions);
    if (!fields.targetField().isEmpty()) {
      p.put("target_field", fields.targetField());
    }
    return body;
  }
}
