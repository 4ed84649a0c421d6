package org.nutgraf.index;

import java.util.List;

/** Field and facet dimension names of a Nutgraf index (one document per paragraph). */
public final class Fields {
  /** {@code articleId#ordinal}: unique, stored, sortable. */
  public static final String ID = "id";

  /** The article id: filter, delete and group by article. */
  public static final String ARTICLE = "article";

  /** Paragraph position in its article. */
  public static final String ORDINAL = "ordinal";

  /** The headline, stored on every paragraph. */
  public static final String HEADLINE = "headline";

  /** The headline, analysed, on the first paragraph of each article only. */
  public static final String HEADLINE_TEXT = "headline_text";

  /**
   * The paragraph text, analysed by {@link NewsTextAnalyzer} and stored; articles in a language of
   * {@link TextLanguages} have it a second time in their language's field ("text_es").
   */
  public static final String TEXT = "text";

  /** Publication time, epoch milliseconds: range filter, sort, date facets. */
  public static final String PUBLISHED = "published";

  /** The outlet, folded: filter by source. */
  public static final String SOURCE = "source";

  /** The outlet as written: stored for display. */
  public static final String SOURCE_NAME = "source_name";

  /** The article's language, ISO 639-1 or "und": filter, stored. */
  public static final String LANGUAGE = "language";

  /** The article's url, stored. */
  public static final String URL = "url";

  /** ISO code of each country the paragraph refers to: filter, stored. */
  public static final String COUNTRY = "country";

  /** Actor key of each person the paragraph names: filter. */
  public static final String ACTOR = "actor";

  /** Actor display name, stored, aligned with the actor keys' facet values. */
  public static final String ACTOR_NAME = "actor_name";

  /** {@code key U+001F display} of each actor, to label actor facet values. */
  public static final String ACTOR_LABEL = "actor_label";

  /** {@code CC/Place} of each town or region the paragraph names: filter. */
  public static final String PLACE = "place";

  /** The entity mentions with offsets, stored for highlights and explain. */
  public static final String MENTIONS = "mentions";

  /**
   * The article's own fields ({@code Article.fields()}), encoded in one stored value; each is also
   * indexed under its own name.
   */
  public static final String OWN_FIELDS = "fields";

  /** Facet dimension names, also the facet index field suffixes. */
  public static final String DIM_COUNTRY = "country";

  public static final String DIM_ACTOR = "actor";
  public static final String DIM_SOURCE = "source";
  public static final String DIM_PLACE = "place";
  public static final String DIM_LANGUAGE = "language";

  /** Every facet dimension, in this order. */
  public static final List<String> DIMENSIONS =
      List.of(DIM_COUNTRY, DIM_ACTOR, DIM_SOURCE, DIM_PLACE, DIM_LANGUAGE);

  /**
   * Schema version written in every commit; an index of another version is refused. Version 2 added
   * the language field and facet; version 3 the Spanish text field ({@link TextLanguages}).
   */
  public static final String SCHEMA_VERSION = "3";

  /** What {@link #SCHEMA_VERSION} changed, for the message refusing an index of another version. */
  public static final String SCHEMA_CHANGE = "version 3 adds Spanish text analysis";

  /** Commit data key holding {@link #SCHEMA_VERSION}. */
  public static final String SCHEMA_KEY = "nutgraf.schema";

  /**
   * Commit data key where indexes written before the cursor key file kept the secret that signs
   * paging cursors; opening such an index for writing moves it to the file, and the next commit
   * leaves it out.
   */
  public static final String CURSOR_KEY = "nutgraf.cursorKey";

  private Fields() {}

  /** The doc-values field holding the facet values of dimension {@code dim}: "$country". */
  public static String facetField(String dim) {
    return "$" + dim;
  }
}
