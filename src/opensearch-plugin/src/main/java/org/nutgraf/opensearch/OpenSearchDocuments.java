package org.nutgraf.opensearch;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.nutgraf.article.Article;
import org.nutgraf.article.Language;
import org.nutgraf.article.Paragraph;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.TaggedArticle;
import org.nutgraf.entity.TaggedParagraph;
import org.nutgraf.index.DocumentBuilder;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.PlaceMention;

/**
 * The documents of a Nutgraf index on OpenSearch: what a client sends for each paragraph, and the
 * entity fields the {@code nutgraf} processor adds to it.
 *
 * <p>Example: for each {@code d} of {@code OpenSearchDocuments.paragraphs(article)}, one bulk line
 * {@code {"index": {"_id": d.id()}}} then {@code d.source()}; send the whole article in one bulk
 * request so that its paragraphs are tagged together.
 */
public final class OpenSearchDocuments {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private OpenSearchDocuments() {}

  /**
   * One paragraph's document before tagging.
   *
   * @param id the document id, {@code articleId#ordinal}
   * @param source its fields
   */
  public record ParagraphDocument(String id, ObjectNode source) {}

  /** The untagged documents of every paragraph of {@code article}, in order. */
  public static List<ParagraphDocument> paragraphs(Article article) {
    List<ParagraphDocument> out = new ArrayList<>(article.paragraphs().size());
    for (Paragraph p : article.paragraphs()) {
      ObjectNode d = JSON.createObjectNode();
      d.put(OpenSearchFields.ID, p.id());
      d.put(OpenSearchFields.ARTICLE, article.id());
      d.put(OpenSearchFields.ORDINAL, p.ordinal());
      d.put(OpenSearchFields.HEADLINE, article.headline());
      d.put(OpenSearchFields.TEXT, p.text());
      article.published().ifPresent(t -> d.put(OpenSearchFields.PUBLISHED, t.toString()));
      if (!article.source().isEmpty()) {
        d.put(OpenSearchFields.SOURCE, DocumentBuilder.sourceKey(article.source()));
        d.put(OpenSearchFields.SOURCE_NAME, article.source());
      }
      article.url().ifPresent(u -> d.put(OpenSearchFields.URL, u));
      if (Language.isKnown(article.language())) {
        d.put(OpenSearchFields.LANGUAGE, article.language());
      }
      out.add(new ParagraphDocument(p.id(), d));
    }
    return out;
  }

  /**
   * The documents of every paragraph of an article tagged by the client ({@link
   * org.nutgraf.entity.ArticleTagger#tag}), entity fields and language included, as the {@code
   * nutgraf} processor would have written them: index them with plain bulk requests, without the
   * pipeline, split however the bulk tool likes. Coreference then never depends on how the article
   * was split.
   */
  public static List<ParagraphDocument> tagged(TaggedArticle article, boolean mentions) {
    List<ParagraphDocument> out = paragraphs(article.article());
    for (int i = 0; i < out.size(); i++) {
      ObjectNode source = out.get(i).source();
      source.setAll(entityFields(article.paragraphs().get(i), mentions));
      source.put(OpenSearchFields.LANGUAGE, article.article().language());
    }
    return out;
  }

  /**
   * The entity fields of a tagged paragraph, as the processor writes them: countries, actor keys,
   * names and labels, places ({@code CC/Place}, as the embedded index's place facet), and with
   * {@code mentions} every mention with offsets and evidence.
   */
  public static ObjectNode entityFields(TaggedParagraph tp, boolean mentions) {
    ObjectNode d = JSON.createObjectNode();
    ArrayNode countries = d.putArray(OpenSearchFields.COUNTRIES);
    tp.countries().forEach(countries::add);
    ArrayNode keys = d.putArray(OpenSearchFields.ACTORS);
    ArrayNode names = d.putArray(OpenSearchFields.ACTOR_NAMES);
    ArrayNode labels = d.putArray(OpenSearchFields.ACTOR_LABELS);
    for (Actor a : tp.actors()) {
      keys.add(a.key());
      names.add(a.name());
      labels.add(a.key() + OpenSearchFields.LABEL_SEPARATOR + a.name());
    }
    ArrayNode placeArray = d.putArray(OpenSearchFields.PLACES);
    DocumentBuilder.placePaths(tp).forEach(placeArray::add);
    if (mentions) {
      ArrayNode out = d.putArray(OpenSearchFields.MENTIONS);
      for (PlaceMention m : tp.places()) {
        out.addObject()
            .put("type", "place")
            .put("start", m.startOffset())
            .put("end", m.endOffset())
            .put("surface", m.surface())
            .put("kind", m.kind().label())
            .put("value", m.country())
            .put("label", m.place())
            .put("evidence", m.evidence());
      }
      for (int i = 0; i < tp.persons().size(); i++) {
        PersonMention m = tp.persons().get(i);
        Actor a = tp.personActors().get(i);
        ObjectNode o =
            out.addObject()
                .put("type", "person")
                .put("start", m.startOffset())
                .put("end", m.endOffset())
                .put("surface", m.surface())
                .put("kind", "person")
                .put("value", a.key())
                .put("label", a.name())
                .put("evidence", m.evidence());
        m.title().ifPresent(t -> o.put("title", t));
        m.affiliation().ifPresent(c -> o.put("affiliation", c));
      }
    }
    return d;
  }
}
