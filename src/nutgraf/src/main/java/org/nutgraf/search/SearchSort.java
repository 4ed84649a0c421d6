package org.nutgraf.search;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.nutgraf.index.Fields;
import org.nutgraf.query.SortOrder;

/** The Lucene sort of a {@link SortOrder}, and the score of a hit found in it. */
final class SearchSort {
  private SearchSort() {}

  /**
   * Date orders end with the paragraph id, so their cursors stay exact while the index changes;
   * relevance (null: Lucene's cheapest top-N) ranks ties in index order, exact while the index does
   * not change.
   */
  static Sort of(SortOrder order) {
    SortField id = new SortField(Fields.ID, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> null;
      case NEWEST -> {
        SortField f = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        yield new Sort(f, id);
      }
      case OLDEST -> {
        SortField f = new SortField(Fields.PUBLISHED, SortField.Type.LONG, false);
        f.setMissingValue(Long.MAX_VALUE);
        yield new Sort(f, id);
      }
    };
  }

  /** The score of a hit: the first sort value when the sort scored it, else its own score. */
  static float score(ScoreDoc sd) {
    if (sd instanceof FieldDoc fd && fd.fields.length > 0 && fd.fields[0] instanceof Float f) {
      return f;
    }
    return sd.score;
  }
}
