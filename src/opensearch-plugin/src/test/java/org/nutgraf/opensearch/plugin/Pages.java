package org.nutgraf.opensearch.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.search.Hit;
import org.nutgraf.search.SearchResult;

/** Helpers shared by the cluster comparisons: cursor paging and JSON string arrays. */
final class Pages {
  /** One search back end: the embedded index or the cluster. */
  interface Search {
    SearchResult run(NewsQuery q) throws IOException;
  }

  private Pages() {}

  /** Every hit of a query, following its cursors; fails past 100 pages. */
  static List<Hit> all(NewsQuery q, Search s) throws IOException {
    List<Hit> hits = new ArrayList<>();
    NewsQuery page = q;
    for (int i = 0; i < 100; i++) {
      SearchResult r = s.run(page);
      hits.addAll(r.hits());
      if (r.next().isEmpty()) {
        return hits;
      }
      page = q.after(r.next().get());
    }
    throw new AssertionError("more than 100 pages");
  }

  /** The ids of every hit of a query, in order. */
  static List<String> ids(NewsQuery q, Search s) throws IOException {
    return all(q, s).stream().map(Hit::id).toList();
  }

  /** A JSON array's values as text. */
  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
