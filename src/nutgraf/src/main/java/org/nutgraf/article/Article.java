package org.nutgraf.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article: a headline, when and where it was published, and its paragraphs.
 *
 * <p>Example: {@code Article.of("a1", "Caravan reaches Mexico",
 * Instant.parse("2018-10-20T00:00:00Z"), "Harbor Ledger", List.of("First paragraph.", "Second
 * paragraph."))}.
 *
 * @param id unique id of the article in an index; never blank
 * @param headline the headline; may be empty, never null
 * @param published when it was published (a date alone is read as midnight UTC); empty when unknown
 * @param source the outlet; empty when unknown
 * @param url where it was published; empty when unknown
 * @param language ISO 639-1 code of its language ("es"), or {@link Language#UNDETERMINED} ("und")
 *     when not known; the tagger detects the language of an article that does not give one
 * @param paragraphs its paragraphs in order, ordinals 0..n-1, at least one
 * @param fields the article's own fields ({@code "desk"} → metro), indexed on each of its
 *     paragraphs, stored and returned on hits, and filterable ({@code
 *     NewsQuery.builder().field("desk", "metro")}); names as {@link FieldNames} allows; empty by
 *     default
 */
public record Article(
    String id,
    String headline,
    Optional<Instant> published,
    String source,
    Optional<String> url,
    String language,
    List<Paragraph> paragraphs,
    Map<String, FieldValue> fields) {

  /**
   * Longest id and source, in characters: 8,000 characters are at most 32,000 bytes of UTF-8, under
   * Lucene's limit of 32,766 bytes for a term, so that no article fails inside the index.
   */
  public static final int MAX_KEY_CHARS = 8_000;

  /**
   * Checks every field; the language is normalised ("ES", "es-MX" → "es").
   *
   * @throws IllegalArgumentException naming the field that is missing or inconsistent, an id or
   *     source longer than {@link #MAX_KEY_CHARS}, or an own field whose name {@link FieldNames}
   *     refuses
   */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(paragraphs, "paragraphs");
    Objects.requireNonNull(fields, "fields");
    fields = FieldNames.copy(fields);
    try {
      language = Language.code(language);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("language: " + e.getMessage());
    }
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: must not be blank");
    }
    if (id.length() > MAX_KEY_CHARS || source.length() > MAX_KEY_CHARS) {
      String field = id.length() > MAX_KEY_CHARS ? "id" : "source";
      int length = field.equals("id") ? id.length() : source.length();
      throw new IllegalArgumentException(
          field + ": " + length + " characters, more than the " + MAX_KEY_CHARS + " allowed");
    }
    if (id.indexOf('#') >= 0) {
      throw new IllegalArgumentException("id: must not contain '#', was \"" + id + "\"");
    }
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("paragraphs: article \"" + id + "\" has no paragraph");
    }
    paragraphs = List.copyOf(paragraphs);
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      if (!p.articleId().equals(id) || p.ordinal() != i) {
        throw new IllegalArgumentException(
            "paragraphs: entry " + i + " is " + p.id() + ", expected " + id + "#" + i);
      }
    }
  }

  /** An article without own fields. */
  public Article(
      String id,
      String headline,
      Optional<Instant> published,
      String source,
      Optional<String> url,
      String language,
      List<Paragraph> paragraphs) {
    this(id, headline, published, source, url, language, paragraphs, Map.of());
  }

  /** An article whose language is not known ({@link Language#UNDETERMINED}). */
  public Article(
      String id,
      String headline,
      Optional<Instant> published,
      String source,
      Optional<String> url,
      List<Paragraph> paragraphs) {
    this(id, headline, published, source, url, Language.UNDETERMINED, paragraphs);
  }

  /**
   * Whether the headline is a text of its own, recognised beside the paragraphs: it is not blank
   * and does not repeat the first paragraph.
   */
  public boolean headlineIsOwnText() {
    return !headline.isBlank() && !headline.equals(paragraphs.get(0).text());
  }

  /**
   * The texts the tagger recognises together, in order: the headline when {@link
   * #headlineIsOwnText}, then the text of every paragraph.
   */
  public List<String> texts() {
    List<String> out = new ArrayList<>(paragraphs.size() + 1);
    if (headlineIsOwnText()) {
      out.add(headline);
    }
    for (Paragraph p : paragraphs) {
      out.add(p.text());
    }
    return out;
  }

  /** This article in {@code language} (an ISO 639-1 code or "und"). */
  public Article withLanguage(String language) {
    return new Article(id, headline, published, source, url, language, paragraphs, fields);
  }

  /**
   * This article with its own field {@code name} set to {@code value} (replacing a value it had).
   *
   * @throws IllegalArgumentException if {@link FieldNames} refuses the name
   */
  public Article withField(String name, FieldValue value) {
    Map<String, FieldValue> more = new HashMap<>(fields);
    more.put(FieldNames.check(name), Objects.requireNonNull(value, "value"));
    return new Article(id, headline, published, source, url, language, paragraphs, more);
  }

  /** This article with its own field {@code name} set to the keyword {@code value}. */
  public Article withField(String name, String value) {
    return withField(name, FieldValue.keyword(value));
  }

  /** This article with its own field {@code name} set to the number {@code value}. */
  public Article withField(String name, long value) {
    return withField(name, FieldValue.number(value));
  }

  /** This article with its own field {@code name} set to the instant {@code value}. */
  public Article withField(String name, Instant value) {
    return withField(name, FieldValue.time(value));
  }

  /**
   * Builds an article from paragraph texts, numbering them from 0; blank texts are skipped.
   *
   * @throws IllegalArgumentException if no text is left, or a field is invalid
   */
  public static Article of(
      String id, String headline, Instant published, String source, List<String> texts) {
    return of(id, headline, Optional.of(published), source, Optional.empty(), texts);
  }

  /** As {@link #of(String, String, Instant, String, List)}, with an optional date and url. */
  public static Article of(
      String id,
      String headline,
      Optional<Instant> published,
      String source,
      Optional<String> url,
      List<String> texts) {
    return of(id, headline, published, source, url, Language.UNDETERMINED, texts);
  }

  /** As above, in {@code language} (an ISO 639-1 code or "und"). */
  public static Article of(
      String id,
      String headline,
      Optional<Instant> published,
      String source,
      Optional<String> url,
      String language,
      List<String> texts) {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: must not be blank");
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    for (String text : texts) {
      if (text != null && !text.isBlank()) {
        paragraphs.add(new Paragraph(id, paragraphs.size(), text.strip()));
      }
    }
    return new Article(id, headline, published, source, url, language, paragraphs);
  }
}
