package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nutgraf.text.TokenSequence;

/**
 * Firms, brands and bodies named after people ("Goldman Sachs", "Lockheed Martin", "Eli Lilly",
 * "General Motors", "the Brookings Institution"), read from {@code named-firms.txt}: such a name in
 * the text is neither a person nor a place, whatever its words would be on their own ("Bristol" of
 * "Bristol Myers Squibb" is no English city, "Martin" no person). A title written before the name
 * makes it the person again ("the designer Ralph Lauren", "founder Charles Schwab"), and so does an
 * apposition or "who" after it ("Jack Daniel, a farmer from Tennessee"). Names match as {@link
 * ListedNames} do. Immutable and thread-safe.
 */
final class NamedFirms {
  /** Where the list ships, beside the other lexicons. */
  static final String RESOURCE = "named-firms.txt";

  private static volatile NamedFirms defaults;

  private final ListedNames<String> names;

  private NamedFirms(List<String> lines) {
    List<Map.Entry<String, String>> list = new ArrayList<>(lines.size());
    for (String line : lines) {
      list.add(Map.entry(line, line));
    }
    names = new ListedNames<>(list);
  }

  /** The list that ships in the jar, loaded once. */
  static NamedFirms defaults() {
    NamedFirms d = defaults;
    if (d == null) {
      synchronized (NamedFirms.class) {
        d = defaults;
        if (d == null) {
          d = new NamedFirms(Lexicons.readAsWritten(RESOURCE));
          defaults = d;
        }
      }
    }
    return d;
  }

  /**
   * Drops the place candidates of {@code places} inside a listed name of {@code t}, and removes the
   * person candidates of {@code persons} (a mutable list, or an empty one) that overlap it, unless
   * a title before the name, an apposition or "who" after it says it is a person. Both lists are in
   * text order (by their first token); one pass over each, whatever the number of names found,
   * counted in {@code work}.
   */
  void apply(
      TokenSequence t,
      List<PlaceCandidate> places,
      List<PersonCandidate> persons,
      boolean explain,
      Work work) {
    Spans found = new Spans();
    names.find(t, (from, to, name) -> found.add(from, to));
    if (found.size == 0) {
      return;
    }
    work.add(found.size + places.size() + persons.size());
    int k = 0;
    for (PlaceCandidate c : places) {
      while (k < found.size && found.to(k) <= c.from) {
        k++;
      }
      if (k < found.size && found.from(k) < c.to && !c.dropped) {
        c.dropped = true;
        c.evidence =
            explain
                ? "'"
                    + t.text(c.from, c.to)
                    + "' is part of '"
                    + t.text(found.from(k), found.to(k))
                    + "', a firm's or a brand's name"
                : "";
      }
    }
    if (persons.isEmpty()) {
      return;
    }
    int kept = 0;
    k = 0;
    for (int p = 0; p < persons.size(); p++) {
      PersonCandidate c = persons.get(p);
      while (k < found.size && found.to(k) <= c.from) {
        k++;
      }
      if (k == found.size || found.from(k) >= c.to || describedAsAPerson(c, found.from(k))) {
        persons.set(kept++, c);
      }
    }
    persons.subList(kept, persons.size()).clear();
  }

  /** The names found in one text, as token spans in text order. */
  private static final class Spans {
    private int[] bounds = new int[8];
    private int size;

    void add(int from, int to) {
      if (2 * size == bounds.length) {
        bounds = Arrays.copyOf(bounds, 2 * bounds.length);
      }
      bounds[2 * size] = from;
      bounds[2 * size + 1] = to;
      size++;
    }

    int from(int k) {
      return bounds[2 * k];
    }

    int to(int k) {
      return bounds[2 * k + 1];
    }
  }

  /**
   * Whether the words around {@code c} say it is a person: a title written before {@code from},
   * where the listed name starts ("designer Ralph Lauren"; the "General" of "General Motors" is
   * part of the name), an apposition ("Jack Daniel, a farmer") or "who" after it.
   */
  private static boolean describedAsAPerson(PersonCandidate c, int from) {
    return c.titleSpan != null && c.titleSpan.to() <= from
        || c.has(PersonFeatures.APPOSITION)
        || c.has(PersonFeatures.WHO);
  }
}
