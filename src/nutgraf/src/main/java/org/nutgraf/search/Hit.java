package org.nutgraf.search;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nutgraf.article.FieldValue;

/**
 * One paragraph that matched.
 *
 * @param id {@code articleId#paragraph}
 * @param articleId the article's id
 * @param paragraph its position in the article, from 0
 * @param headline the article's headline
 * @param published when the article was published, if known
 * @param source the outlet; empty when unknown
 * @param url the article's url, if known
 * @param language the article's language, ISO 639-1 ("es"), or "und" when not known
 * @param text the paragraph's text
 * @param score relevance score; NaN when sorted by date
 * @param countries ISO codes of the countries it refers to
 * @param actors names of the persons it names
 * @param mentions its place and person mentions with offsets
 * @param highlights snippets with terms and mentions marked, when asked for
 * @param fields the article's own fields ({@code Article.fields()}); empty when it has none
 */
public record Hit(
    String id,
    String articleId,
    int paragraph,
    String headline,
    Optional<Instant> published,
    String source,
    Optional<String> url,
    String language,
    String text,
    float score,
    List<String> countries,
    List<String> actors,
    List<EntityMention> mentions,
    List<Highlight> highlights,
    Map<String, FieldValue> fields) {
  public Hit {
    fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    countries = List.copyOf(countries);
    actors = List.copyOf(actors);
    mentions = List.copyOf(mentions);
    highlights = List.copyOf(highlights);
  }
}
