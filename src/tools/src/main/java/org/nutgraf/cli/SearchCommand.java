package org.nutgraf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nutgraf.NewsIndex;
import org.nutgraf.query.DateFacetRequest;
import org.nutgraf.query.DateInterval;
import org.nutgraf.query.Dimension;
import org.nutgraf.query.FacetRequest;
import org.nutgraf.query.Highlighting;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.QueryStringParser;
import org.nutgraf.query.SortOrder;
import org.nutgraf.query.UnknownValueException;
import org.nutgraf.search.InvalidCursorException;
import org.nutgraf.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Searches an index, read-only and without a lock, so it runs beside an {@code index} run and other
 * searches; with no --index, an index of the project's fixtures.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search paragraphs; with no query and no filter every paragraph matches.",
      "Query syntax: caravan AND country:Honduras actor:\"Mike Pence\""
          + " published:[2018-10-01 TO 2018-10-31] -source:Reuters"
    })
final class SearchCommand implements Callable<Integer> {
  /** The option that sets each query field the library may refuse. */
  private static final Map<String, String> OPTION_OF_FIELD =
      Map.of("pageSize", "--limit", "paragraphsPerArticle", "--group-by-article");

  @Spec CommandSpec spec;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory (default: an index of index-fixtures, built on first use).")
  Path index;

  @Option(
      names = "--country",
      paramLabel = "C",
      description = "Select a country (code, name or demonym); repeat for any of several.")
  List<String> countries = new ArrayList<>();

  @Option(names = "--actor", paramLabel = "A", description = "Select an actor; repeatable.")
  List<String> actors = new ArrayList<>();

  @Option(names = "--source", paramLabel = "S", description = "Select a source; repeatable.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--language",
      paramLabel = "L",
      description = "Select a language (ISO 639-1: es, en; und when not known); repeatable.")
  List<String> languages = new ArrayList<>();

  @Option(
      names = "--field",
      paramLabel = "NAME=VALUE",
      description =
          "Only articles whose own field NAME is VALUE (a whole number matches a number field, an"
              + " instant such as 2021-04-02T05:00:00Z an instant field, anything else a"
              + " keyword); repeat for all of several.")
  List<String> fields = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Published on or after (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
  LocalDate to;

  @Option(
      names = {"--limit", "-n"},
      paramLabel = "N",
      defaultValue = "10",
      description = "Hits (or articles) per page (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(
      names = "--group-by-article",
      paramLabel = "N",
      arity = "0..1",
      fallbackValue = "3",
      description = "One hit per article with up to N paragraphs (default 3).")
  Integer groupByArticle;

  @Option(names = "--highlight", description = "Show snippets with [terms] and {entities} marked.")
  boolean highlight;

  @Option(names = "--after", paramLabel = "CURSOR", description = "The page after this cursor.")
  String after;

  @Option(
      names = "--facets",
      paramLabel = "DIMS",
      split = ",",
      defaultValue = "country,actor",
      description =
          "country, actor, source, place, language, day, month, year"
              + " (default: ${DEFAULT-VALUE}).")
  List<String> facets;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "Facet values per dimension (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (see above).")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    NewsQuery q = build();
    try (NewsIndex idx =
        index == null
            ? FixtureIndex.open()
            : OptionValues.index(() -> NewsIndex.openReadOnly(index))) {
      SearchResult result = search(idx, q);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        SearchOutput.json(result, q, dateFacets, out);
      } else {
        SearchOutput.text(result, q, dateFacets, out);
      }
    }
    return 0;
  }

  /**
   * Runs {@code q}; a name of --country or --actor the index does not know, or a bad --after
   * cursor, is a usage error naming the option and the value as given.
   */
  private SearchResult search(NewsIndex idx, NewsQuery q) throws IOException {
    try {
      return idx.search(q);
    } catch (UnknownValueException e) {
      List<String> given = e.field().equals("country") ? countries : actors;
      if ((e.field().equals("country") || e.field().equals("actor")) && given.contains(e.value())) {
        throw new UsageException("--" + e.field() + ": " + e.getMessage());
      }
      throw e;
    } catch (InvalidCursorException e) {
      throw new UsageException("--after: invalid cursor '" + after + "' (" + e.getMessage() + ")");
    }
  }

  /** The date widths asked for with --facets, in the order given; empty until {@link #build}. */
  final List<DateInterval> dateFacets = new ArrayList<>();

  NewsQuery build() {
    NewsQuery.Builder b = NewsQuery.builder();
    refuseBlank("--country", countries);
    refuseBlank("--actor", actors);
    refuseBlank("--source", sources);
    refuseBlank("--language", languages);
    b.where(QueryStringParser.parse(String.join(" ", query)));
    if (!countries.isEmpty()) {
      OptionValues.check(
          "--country", () -> b.select(Dimension.COUNTRY, countries.toArray(String[]::new)));
    }
    if (!actors.isEmpty()) {
      OptionValues.check("--actor", () -> b.select(Dimension.ACTOR, actors.toArray(String[]::new)));
    }
    if (!sources.isEmpty()) {
      OptionValues.check(
          "--source", () -> b.select(Dimension.SOURCE, sources.toArray(String[]::new)));
    }
    if (!languages.isEmpty()) {
      OptionValues.check(
          "--language", () -> b.select(Dimension.LANGUAGE, languages.toArray(String[]::new)));
    }
    for (String f : fields) {
      b.where(FieldFilter.of(f));
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new UsageException("--from " + from + " is after --to " + to);
    }
    if (from != null || to != null) {
      b.publishedBetween(from, to);
    }
    b.sort(OptionValues.check("--sort", () -> SortOrder.of(sort)));
    b.pageSize(limit);
    if (groupByArticle != null) {
      b.groupByArticle(groupByArticle);
    }
    if (highlight) {
      b.highlight(Highlighting.defaults());
    }
    if (after != null) {
      OptionValues.check("--after", () -> b.after(after));
    }
    List<FacetRequest> requests = new ArrayList<>();
    dateFacets.clear();
    for (String f : facets) {
      String name = f.strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty() || name.equals("none")) {
        continue;
      }
      if (name.equals("day") || name.equals("month") || name.equals("year")) {
        if (!dateFacets.contains(DateInterval.of(name))) {
          dateFacets.add(DateInterval.of(name));
        }
      } else {
        Dimension d = dimension(name);
        requests.add(OptionValues.check("--top", () -> FacetRequest.of(d).top(top)));
      }
    }
    if (!dateFacets.isEmpty()) {
      b.dateFacet(DateFacetRequest.by(DateRollup.finest(dateFacets)));
    }
    b.facets(requests.toArray(FacetRequest[]::new));
    return OptionValues.check(OPTION_OF_FIELD, "search", b::build);
  }

  private static void refuseBlank(String option, List<String> values) {
    for (String v : values) {
      if (v.isBlank()) {
        throw new UsageException(option + ": invalid value '" + v + "' (must not be blank)");
      }
    }
  }

  private static Dimension dimension(String name) {
    try {
      return Dimension.of(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--facets: unknown facet \""
              + name
              + "\" (use country, actor, source, place, language, day, month, year)");
    }
  }
}
