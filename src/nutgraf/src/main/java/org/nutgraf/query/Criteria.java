package org.nutgraf.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nutgraf.article.FieldValue;

/**
 * Factory methods for {@link Criterion}, for nested conditions:
 *
 * <pre>{@code
 * Criteria.or(Criteria.anyCountry("Honduras"), Criteria.anyActor("Mike Pence"))
 * }</pre>
 */
public final class Criteria {
  private Criteria() {}

  /** Every paragraph. */
  public static Criterion all() {
    return new Criterion.All();
  }

  /** Any of the words in the text, ranked by how many match. */
  public static Criterion text(String words) {
    return new Criterion.Words(words, Criterion.WordMode.ANY, Criterion.TextField.TEXT);
  }

  /** Every word in the text. */
  public static Criterion allWords(String words) {
    return new Criterion.Words(words, Criterion.WordMode.ALL, Criterion.TextField.TEXT);
  }

  /** The words as a phrase in the text. */
  public static Criterion phrase(String phrase) {
    return new Criterion.Words(phrase, Criterion.WordMode.PHRASE, Criterion.TextField.TEXT);
  }

  /** None of the words in the text. */
  public static Criterion without(String words) {
    return new Criterion.Words(words, Criterion.WordMode.NONE, Criterion.TextField.TEXT);
  }

  /** Every word in the headline; one hit per article. */
  public static Criterion headline(String words) {
    return new Criterion.Words(words, Criterion.WordMode.ALL, Criterion.TextField.HEADLINE);
  }

  /** At least one of the countries (ISO code, name, alias or demonym). */
  public static Criterion anyCountry(String... countries) {
    return new Criterion.Countries(set("countries", countries), Criterion.SetMode.ANY_OF);
  }

  /** Every one of the countries. */
  public static Criterion allCountries(String... countries) {
    return new Criterion.Countries(set("countries", countries), Criterion.SetMode.ALL_OF);
  }

  /** None of the countries. */
  public static Criterion noCountry(String... countries) {
    return new Criterion.Countries(set("countries", countries), Criterion.SetMode.NONE_OF);
  }

  /** At least one of the actors (canonical name, alias, or unambiguous surname). */
  public static Criterion anyActor(String... actors) {
    return new Criterion.Actors(set("actors", actors), Criterion.SetMode.ANY_OF);
  }

  /** Every one of the actors. */
  public static Criterion allActors(String... actors) {
    return new Criterion.Actors(set("actors", actors), Criterion.SetMode.ALL_OF);
  }

  /** None of the actors. */
  public static Criterion noActor(String... actors) {
    return new Criterion.Actors(set("actors", actors), Criterion.SetMode.NONE_OF);
  }

  /** The article's own field {@code name} equal to {@code value}. */
  public static Criterion field(String name, FieldValue value) {
    return new Criterion.OwnField(name, value);
  }

  /** From one of the sources. */
  public static Criterion source(String... sources) {
    return new Criterion.Sources(set("sources", sources), Criterion.SetMode.ANY_OF);
  }

  /** From none of the sources. */
  public static Criterion notSource(String... sources) {
    return new Criterion.Sources(set("sources", sources), Criterion.SetMode.NONE_OF);
  }

  /** In one of the languages (ISO 639-1 codes: "es", "en"; "und" when not known). */
  public static Criterion language(String... languages) {
    return new Criterion.Languages(set("languages", languages), Criterion.SetMode.ANY_OF);
  }

  /** In none of the languages. */
  public static Criterion notLanguage(String... languages) {
    return new Criterion.Languages(set("languages", languages), Criterion.SetMode.NONE_OF);
  }

  /** Naming one of the places ("HN/San Pedro Sula" or "San Pedro Sula"). */
  public static Criterion anyPlace(String... places) {
    return new Criterion.Places(set("places", places), Criterion.SetMode.ANY_OF);
  }

  /** Paragraphs of these articles. */
  public static Criterion article(String... ids) {
    return new Criterion.Articles(set("articles", ids));
  }

  /**
   * Published on or after {@code from} and on or before {@code to} (whole days, UTC); a null end is
   * open.
   */
  public static Criterion published(LocalDate from, LocalDate to) {
    return new Criterion.Published(
        Optional.ofNullable(from).map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()),
        Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  /** Published at or after {@code from} and before {@code to}; a null end is open. */
  public static Criterion published(Instant from, Instant to) {
    return new Criterion.Published(Optional.ofNullable(from), Optional.ofNullable(to));
  }

  /** All of the conditions. */
  public static Criterion and(Criterion... all) {
    return new Criterion.And(List.of(all));
  }

  /** At least one of the conditions. */
  public static Criterion or(Criterion... any) {
    return new Criterion.Or(List.of(any));
  }

  /** Not the condition. */
  public static Criterion not(Criterion criterion) {
    return new Criterion.Not(criterion);
  }

  /** The values, stripped and checked; a problem message starts with {@code field}. */
  static Set<String> set(String field, String... values) {
    return nonEmpty(values == null ? null : Arrays.asList(values), field);
  }

  static Set<String> nonEmpty(Collection<String> values, String field) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(field + ": give at least one value");
    }
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(field + ": values must not be blank");
      }
      out.add(v.strip());
    }
    return Collections.unmodifiableSet(out);
  }
}
