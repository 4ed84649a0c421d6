package org.nutgraf.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.nutgraf.article.FieldValue;

/**
 * A search over paragraphs: what to match, which facet values are selected, how to sort, page,
 * group, highlight and count. Immutable; build it fluently or parse a query string:
 *
 * <pre>{@code
 * NewsQuery q = NewsQuery.builder()
 *     .text("caravan")
 *     .anyCountry("Honduras")            // or "HN", or "Honduran"
 *     .publishedBetween(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 31))
 *     .facets(Dimension.COUNTRY, Dimension.ACTOR)
 *     .build();
 * NewsQuery same = NewsQuery.parse("caravan country:Honduras published:[2018-10-01 TO 2018-10-31]");
 * }</pre>
 *
 * <p>Defaults: every paragraph, relevance order, 10 hits a page, no grouping, no highlights,
 * country and actor facets (top 10). Country and actor names are resolved when the query runs; an
 * unknown one fails then with {@link UnknownValueException}.
 *
 * @param where the condition paragraphs must meet
 * @param selections facet values the user selected: OR within a dimension, AND across dimensions;
 *     each selected dimension is still counted as if it were not selected
 * @param sort hit order
 * @param pageSize hits (or articles, when grouped) per page, 0 to 1000; 0 returns facets only
 * @param after the cursor of the page before, from {@code SearchResult.next()}
 * @param paragraphsPerArticle when present, hits are grouped by article with up to this many
 *     paragraphs each
 * @param highlighting when present, hits carry snippets with terms and mentions marked
 * @param facets dimensions to count
 * @param dateFacet counts by publication date, if wanted
 * @param cooccurrence whether to count which actors appear with which countries
 */
public record NewsQuery(
    Criterion where,
    Map<Dimension, Set<String>> selections,
    SortOrder sort,
    int pageSize,
    Optional<String> after,
    OptionalInt paragraphsPerArticle,
    Optional<Highlighting> highlighting,
    List<FacetRequest> facets,
    Optional<DateFacetRequest> dateFacet,
    boolean cooccurrence) {

  /** Largest page size. */
  public static final int MAX_PAGE_SIZE = 1000;

  public NewsQuery {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(paragraphsPerArticle, "paragraphsPerArticle");
    Objects.requireNonNull(highlighting, "highlighting");
    Objects.requireNonNull(dateFacet, "dateFacet");
    if (pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize: must be between 0 and " + MAX_PAGE_SIZE + ", was " + pageSize);
    }
    if (paragraphsPerArticle.isPresent()
        && (paragraphsPerArticle.getAsInt() < 1 || paragraphsPerArticle.getAsInt() > 100)) {
      throw new IllegalArgumentException(
          "paragraphsPerArticle: must be between 1 and 100, was "
              + paragraphsPerArticle.getAsInt());
    }
    Map<Dimension, Set<String>> sel = new EnumMap<>(Dimension.class);
    selections.forEach((d, v) -> sel.put(d, Criteria.nonEmpty(v, d.fieldName())));
    selections = Collections.unmodifiableMap(sel);
    facets = List.copyOf(facets);
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every paragraph, with the default facets. */
  public static NewsQuery all() {
    return builder().build();
  }

  /**
   * Parses the query syntax ({@link QueryStringParser}).
   *
   * @throws QuerySyntaxException with the position of a syntax error
   */
  public static NewsQuery parse(String query) {
    return parse(query, QueryLimits.DEFAULTS);
  }

  /**
   * Parses the query syntax within {@code limits}.
   *
   * @throws QuerySyntaxException with the position of a syntax error, or naming the bound the query
   *     is over
   */
  public static NewsQuery parse(String query, QueryLimits limits) {
    return builder().where(QueryStringParser.parse(query, limits)).build();
  }

  /** A builder starting from this query. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.criteria.add(where);
    selections.forEach((d, v) -> b.selections.put(d, new LinkedHashSet<>(v)));
    b.sort = sort;
    b.pageSize = pageSize;
    b.after = after;
    b.paragraphsPerArticle = paragraphsPerArticle;
    b.highlighting = highlighting;
    b.facets = new ArrayList<>(facets);
    b.dateFacet = dateFacet;
    b.cooccurrence = cooccurrence;
    return b;
  }

  /** The same query for the page after {@code cursor}. */
  public NewsQuery after(String cursor) {
    return toBuilder().after(cursor).build();
  }

  /** Builds {@link NewsQuery}s; each condition added is ANDed with the others. */
  public static final class Builder {
    private final List<Criterion> criteria = new ArrayList<>();
    private final Map<Dimension, Set<String>> selections = new EnumMap<>(Dimension.class);
    private SortOrder sort = SortOrder.RELEVANCE;
    private int pageSize = 10;
    private Optional<String> after = Optional.empty();
    private OptionalInt paragraphsPerArticle = OptionalInt.empty();
    private Optional<Highlighting> highlighting = Optional.empty();
    private List<FacetRequest> facets =
        new ArrayList<>(
            List.of(FacetRequest.of(Dimension.COUNTRY), FacetRequest.of(Dimension.ACTOR)));
    private Optional<DateFacetRequest> dateFacet = Optional.empty();
    private boolean cooccurrence;

    private Builder() {}

    /** Adds a condition, possibly nested ({@link Criteria#or}). */
    public Builder where(Criterion criterion) {
      criteria.add(Objects.requireNonNull(criterion, "criterion"));
      return this;
    }

    /** Any of the words in the text, ranked by how many match. */
    public Builder text(String words) {
      return where(Criteria.text(words));
    }

    /** Every word in the text. */
    public Builder allWords(String words) {
      return where(Criteria.allWords(words));
    }

    /** The words as a phrase. */
    public Builder phrase(String phrase) {
      return where(Criteria.phrase(phrase));
    }

    /** None of the words. */
    public Builder without(String words) {
      return where(Criteria.without(words));
    }

    /** Every word in the headline: one hit per article. */
    public Builder headline(String words) {
      return where(Criteria.headline(words));
    }

    /** At least one of the countries (ISO code, name, alias or demonym). */
    public Builder anyCountry(String... countries) {
      return where(Criteria.anyCountry(countries));
    }

    /** Every one of the countries. */
    public Builder allCountries(String... countries) {
      return where(Criteria.allCountries(countries));
    }

    /** None of the countries. */
    public Builder noCountry(String... countries) {
      return where(Criteria.noCountry(countries));
    }

    /** At least one of the actors. */
    public Builder anyActor(String... actors) {
      return where(Criteria.anyActor(actors));
    }

    /** Every one of the actors. */
    public Builder allActors(String... actors) {
      return where(Criteria.allActors(actors));
    }

    /** None of the actors. */
    public Builder noActor(String... actors) {
      return where(Criteria.noActor(actors));
    }

    /** From one of the sources. */
    public Builder source(String... sources) {
      return where(Criteria.source(sources));
    }

    /** From none of the sources. */
    public Builder notSource(String... sources) {
      return where(Criteria.notSource(sources));
    }

    /** In one of the languages (ISO 639-1 codes: "es", "en"; "und" when not known). */
    public Builder language(String... languages) {
      return where(Criteria.language(languages));
    }

    /** In none of the languages. */
    public Builder notLanguage(String... languages) {
      return where(Criteria.notLanguage(languages));
    }

    /**
     * Only paragraphs of articles whose own field {@code name} is the keyword {@code value}.
     *
     * @throws IllegalArgumentException if the name is not a valid field name
     */
    public Builder field(String name, String value) {
      return where(Criteria.field(name, FieldValue.keyword(value)));
    }

    /** Only paragraphs of articles whose own field {@code name} is the number {@code value}. */
    public Builder field(String name, long value) {
      return where(Criteria.field(name, FieldValue.number(value)));
    }

    /** Only paragraphs of articles whose own field {@code name} is the instant {@code value}. */
    public Builder field(String name, Instant value) {
      return where(Criteria.field(name, FieldValue.time(value)));
    }

    /** Paragraphs of these articles. */
    public Builder article(String... ids) {
      return where(Criteria.article(ids));
    }

    /** Published on or between these days (UTC, both included); null for an open end. */
    public Builder publishedBetween(LocalDate from, LocalDate to) {
      return where(Criteria.published(from, to));
    }

    /** Published at or after {@code from} and before {@code to}; null for an open end. */
    public Builder publishedBetween(Instant from, Instant to) {
      return where(Criteria.published(from, to));
    }

    /**
     * Selects facet values: OR within a dimension, AND across dimensions; the dimension's other
     * values are still counted (multi-select).
     */
    public Builder select(Dimension dimension, String... values) {
      Set<String> checked = Criteria.set(dimension.fieldName(), values);
      selections.computeIfAbsent(dimension, d -> new LinkedHashSet<>()).addAll(checked);
      return this;
    }

    /** Hit order; defaults to relevance. */
    public Builder sort(SortOrder sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    /** Hits per page, 0 to 1000; defaults to 10; 0 returns facets only. */
    public Builder pageSize(int size) {
      this.pageSize = size;
      return this;
    }

    /** Returns the page after this cursor. */
    public Builder after(String cursor) {
      this.after = Optional.of(Objects.requireNonNull(cursor, "cursor"));
      return this;
    }

    /** One hit per article, with up to {@code paragraphs} of its best paragraphs. */
    public Builder groupByArticle(int paragraphs) {
      this.paragraphsPerArticle = OptionalInt.of(paragraphs);
      return this;
    }

    /** Highlights hits with the default marks. */
    public Builder highlight() {
      return highlight(Highlighting.defaults());
    }

    /** Highlights hits. */
    public Builder highlight(Highlighting highlighting) {
      this.highlighting = Optional.of(Objects.requireNonNull(highlighting, "highlighting"));
      return this;
    }

    /** Counts these dimensions (top 10 each), replacing the default country and actor. */
    public Builder facets(Dimension... dimensions) {
      this.facets = new ArrayList<>();
      for (Dimension d : dimensions) {
        facets.add(FacetRequest.of(d));
      }
      return this;
    }

    /** Counts these dimensions, replacing the defaults. */
    public Builder facets(FacetRequest... requests) {
      this.facets = new ArrayList<>(List.of(requests));
      return this;
    }

    /** Counts by publication date. */
    public Builder dateFacet(DateFacetRequest request) {
      this.dateFacet = Optional.of(Objects.requireNonNull(request, "request"));
      return this;
    }

    /** Counts which actors appear with which countries. */
    public Builder cooccurrence() {
      this.cooccurrence = true;
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException if an option is out of range, naming it
     * @throws QuerySyntaxException if the conditions nest deeper than {@link
     *     QueryLimits#MAX_NESTING} levels
     */
    public NewsQuery build() {
      Criterion where =
          criteria.isEmpty()
              ? Criteria.all()
              : criteria.size() == 1 ? criteria.get(0) : new Criterion.And(criteria);
      QueryLimits.checkNesting(where, QueryLimits.MAX_NESTING);
      return new NewsQuery(
          where,
          selections,
          sort,
          pageSize,
          after,
          paragraphsPerArticle,
          highlighting,
          facets,
          dateFacet,
          cooccurrence);
    }
  }
}
