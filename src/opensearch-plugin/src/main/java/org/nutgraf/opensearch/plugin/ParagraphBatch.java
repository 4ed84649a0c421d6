package org.nutgraf.opensearch.plugin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.nutgraf.article.Article;
import org.nutgraf.article.Language;
import org.nutgraf.article.Paragraph;
import org.nutgraf.entity.EntityTagger;
import org.nutgraf.entity.TaggedArticle;
import org.nutgraf.entity.TaggedParagraph;

/**
 * Tags the paragraphs of one bulk request the way the embedded index tags articles: paragraphs with
 * the same article id are put back in order (by ordinal, else as they came) and tagged together
 * with their headline and date, so that "Hernández said" resolves through "Juan Orlando Hernández"
 * two paragraphs up. A paragraph without an article id, or whose article's other paragraphs came in
 * another request, is tagged with only its own headline as context.
 */
final class ParagraphBatch {
  /**
   * One paragraph as read from a document.
   *
   * @param text the paragraph text; blank gets no entities
   * @param articleId its article, if the pipeline names the field and the document has it
   * @param ordinal its position in the article, if known
   * @param headline the article's headline; may be empty
   * @param published when the article was published, if known
   * @param language the article's language (ISO 639-1), or "und" to have it detected
   */
  record Input(
      String text,
      Optional<String> articleId,
      OptionalInt ordinal,
      String headline,
      Optional<Instant> published,
      String language) {
    Input {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(headline, "headline");
      language = Language.code(language);
    }
  }

  /**
   * A tagged paragraph and the language of its article, as given or detected.
   *
   * @param paragraph the paragraph's entities
   * @param language ISO 639-1, or "und" when neither given nor detected
   */
  record Tagged(TaggedParagraph paragraph, String language) {}

  private ParagraphBatch() {}

  /** The tagged paragraph of each input, in input order; empty for a blank text. */
  static List<Optional<Tagged>> tag(List<Input> inputs, EntityTagger tagger) {
    Map<String, List<Integer>> articles = new LinkedHashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      if (in.text().isBlank()) {
        continue;
      }
      String group = in.articleId().map(id -> "a:" + id).orElse("p:" + i);
      articles.computeIfAbsent(group, k -> new ArrayList<>()).add(i);
    }
    List<Optional<Tagged>> out = new ArrayList<>();
    inputs.forEach(in -> out.add(Optional.empty()));
    for (List<Integer> members : articles.values()) {
      // a stable sort: equal or missing ordinals keep the order they came in
      members.sort(Comparator.comparingInt(i -> inputs.get(i).ordinal().orElse(Integer.MAX_VALUE)));
      TaggedArticle article = tagger.tag(article(inputs, members));
      List<TaggedParagraph> tagged = article.paragraphs();
      for (int k = 0; k < members.size(); k++) {
        out.set(
            members.get(k), Optional.of(new Tagged(tagged.get(k), article.article().language())));
      }
    }
    return out;
  }

  private static Article article(List<Input> inputs, List<Integer> members) {
    List<Paragraph> paragraphs = new ArrayList<>(members.size());
    String headline = "";
    Optional<Instant> published = Optional.empty();
    String language = Language.UNDETERMINED;
    for (int i : members) {
      Input in = inputs.get(i);
      // offsets must stay those of the document's own text, so the text is not stripped
      paragraphs.add(new Paragraph("article", paragraphs.size(), in.text()));
      if (headline.isEmpty()) {
        headline = in.headline();
      }
      if (published.isEmpty()) {
        published = in.published();
      }
      if (!Language.isKnown(language)) {
        language = in.language();
      }
    }
    return new Article("article", headline, published, "", Optional.empty(), language, paragraphs);
  }
}
