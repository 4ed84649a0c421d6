package org.nutgraf.recognition;

import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * Combining forms of country names that open a hyphenated adjective: "Sino" in "Sino-American
 * talks" names China, "Franco" in "the Franco-German plan" France, read from {@code
 * combining-forms.tsv}. A form counts only when a hyphen and a capitalised word follow it, since
 * alone most are names ("Franco"). Immutable and thread-safe.
 */
final class CombiningForms {
  /** Where the list ships, beside the other lexicons. */
  static final String RESOURCE = "combining-forms.tsv";

  /** The country each folded form names, as a demonym of it. */
  private final CharArrayMap<PlaceEntry[]> byForm;

  /**
   * The forms of {@code lines}, each "Form\tCC".
   *
   * @throws IllegalArgumentException when a line has no tab or no two-letter code after it
   */
  static CombiningForms of(List<String> lines) {
    return new CombiningForms(lines);
  }

  /** The list that ships in the jar, loaded when first asked for. */
  static CombiningForms defaults() {
    return Shipped.FORMS;
  }

  /** Holds the shipped list, read when this class is first used. */
  private static final class Shipped {
    static final CombiningForms FORMS = new CombiningForms(Lexicons.read(RESOURCE));
  }

  private CombiningForms(List<String> lines) {
    byForm = new CharArrayMap<>(lines.size(), true);
    for (String line : lines) {
      NameCountry f = NameCountry.parse(line);
      String form = f.name();
      String country = f.country();
      byForm.put(
          form,
          new PlaceEntry[] {new PlaceEntry(form, PlaceKind.DEMONYM, country, "", 0, 0, form)});
    }
  }

  /**
   * The entries of the form at token {@code i} when a hyphen and a capitalised word follow it
   * ("Sino" of "Sino-American"), else null.
   */
  PlaceEntry[] at(TokenSequence t, int i) {
    if (i + 1 >= t.size()
        || !t.is(i, TokenFlags.CAPITALIZED)
        || !t.is(i + 1, TokenFlags.HYPHEN_BEFORE)
        || !t.is(i + 1, TokenFlags.CAPITALIZED)) {
      return null;
    }
    return byForm.get(t.foldedBuffer(), t.foldedStart(i), t.length(i));
  }
}
