package org.nutgraf.opensearch;

/**
 * Field names of a Nutgraf index on OpenSearch (one document per paragraph, {@code _id} the
 * paragraph id). The client sends the paragraph fields; the {@code nutgraf} ingest processor writes
 * the entity fields.
 */
public final class OpenSearchFields {
  /** {@code articleId#ordinal}, keyword: the last sort key, so pages are stable. */
  public static final String ID = "id";

  /** The article id, keyword: filter and group by article, coreference within a bulk. */
  public static final String ARTICLE = "article";

  /** Paragraph position in its article, integer. */
  public static final String ORDINAL = "ordinal";

  /** The headline, text analysed by {@code nutgraf_text}, on every paragraph. */
  public static final String HEADLINE = "headline";

  /** The paragraph text, text analysed by {@code nutgraf_text}. */
  public static final String TEXT = "text";

  /** Publication time, date. */
  public static final String PUBLISHED = "published";

  /** The outlet folded ({@link org.nutgraf.index.DocumentBuilder#sourceKey}), keyword: filter. */
  public static final String SOURCE = "source";

  /** The outlet as written, keyword: the source facet and display. */
  public static final String SOURCE_NAME = "source_name";

  /**
   * The article's language, ISO 639-1 ("es") or "und", keyword: filter and facet. The client sends
   * it when known; the processor writes the detected one otherwise.
   */
  public static final String LANGUAGE = "language";

  /** The article's url, not indexed. */
  public static final String URL = "url";

  /** Written by the processor: ISO codes of the countries the paragraph refers to, keyword. */
  public static final String COUNTRIES = "countries";

  /** Written by the processor: actor keys, keyword. */
  public static final String ACTORS = "actors";

  /** Written by the processor: actor display names, aligned with {@link #ACTORS}. */
  public static final String ACTOR_NAMES = "actor_names";

  /** Written by the processor: {@code key U+001F name} of each actor, to label actor keys. */
  public static final String ACTOR_LABELS = "actor_labels";

  /** Written by the processor: {@code CC/Place} of each town or region named, keyword. */
  public static final String PLACES = "places";

  /** Written by the processor when asked: mentions with offsets and evidence, not indexed. */
  public static final String MENTIONS = "mentions";

  /** Separates an actor key from its display name in {@link #ACTOR_LABELS}. */
  public static final char LABEL_SEPARATOR = '\u001f';

  private OpenSearchFields() {}
}
