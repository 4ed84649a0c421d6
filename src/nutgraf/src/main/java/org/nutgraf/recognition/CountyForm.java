package org.nutgraf.recognition;

import java.util.List;
import java.util.Set;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.Folding;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * "Suffolk County", "Kent County", "Essex County": a county name followed by the word "County" is
 * the American (or Canadian) form. British and Irish counties are written bare ("Suffolk") or with
 * "County" first ("County Cork"), so the British or Irish region of that name is not meant; the
 * name's other readings stay. Once an article writes "Suffolk County", its bare "Suffolk" ("the
 * Suffolk Times") is that county too.
 */
final class CountyForm {
  /** Countries whose counties never take "County" after their name. */
  private static final Set<String> COUNTY_FIRST = Set.of("GB", "IE");

  private CountyForm() {}

  /**
   * Whether entry {@code e} of the name ending before token {@code to} is a British or Irish region
   * that the next word, a capitalised "County", rules out.
   */
  static boolean rulesOut(TokenSequence t, int to, PlaceEntry e) {
    return countyFirst(e) && countyAfter(t, to);
  }

  /** Whether {@code e} is a region of a country that puts "County" first. */
  static boolean countyFirst(PlaceEntry e) {
    return e.kind() == PlaceKind.REGION && COUNTY_FIRST.contains(e.country());
  }

  /** Whether any text of the article writes the one-word name {@code name} followed by "County". */
  static boolean countyInArticle(List<TokenSequence> texts, String name) {
    String folded = Folding.fold(name);
    for (TokenSequence t : texts) {
      for (int i = 0; i + 1 < t.size(); i++) {
        if (t.is(i, TokenFlags.CAPITALIZED) && t.foldedEquals(i, folded) && countyAfter(t, i + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether token {@code to} is a capitalised "County" in the same phrase as the name before it.
   */
  static boolean countyAfter(TokenSequence t, int to) {
    return to < t.size()
        && !t.is(to, TokenFlags.PUNCT_BEFORE)
        && t.is(to, TokenFlags.CAPITALIZED)
        && t.foldedEquals(to, "county");
  }
}
