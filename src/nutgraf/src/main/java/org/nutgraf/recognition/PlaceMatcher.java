package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.NameWalk;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * Finds gazetteer names in a token sequence: the longest name starting at each capitalised token,
 * walked through the gazetteer's FST token by token ("New Mexico" before "Mexico"), whose case rule
 * the text passes ("US" but not "us"). A walk starts after the first word, where an earlier walk
 * from the same word left a mark ({@link WordClass#placeMark}). Kept by a thread from call to call
 * of the recogniser ({@link #start}) and reused for the texts of each; not thread-safe.
 */
final class PlaceMatcher {
  private final Gazetteer gazetteer;

  /**
   * Names may start at a lower-case word: the gazetteer has lower-case forms (Spanish demonyms).
   */
  private final int startFlags;

  private final NameWalk walk;

  /** The ends of the names found by the last walk (grown as needed), and their entries' groups. */
  private int[] ends = new int[8];

  private int[] groups = new int[8];

  /** Combining forms of country names before a hyphen ("Sino-American"). */
  private final CombiningForms combiningForms = CombiningForms.defaults();

  /** The lists whose own words may admit a small town ({@link SmallTowns}). */
  private final Lexicons lex;

  /**
   * The small towns this call has met where the sentence put a place ("in Samos"): a later mention
   * of the same town in the article is matched too ("the Samos camp"; {@link SmallTowns}).
   */
  private final Set<PlaceEntry> locatedTowns = Collections.newSetFromMap(new IdentityHashMap<>());

  PlaceMatcher(Gazetteer gazetteer, Lexicons lex) {
    this.gazetteer = gazetteer;
    this.lex = lex;
    this.startFlags =
        gazetteer.hasLowerCaseForms()
            ? TokenFlags.CAPITALIZED | TokenFlags.LOWER
            : TokenFlags.CAPITALIZED;
    this.walk = gazetteer.walk();
  }

  /**
   * Starts a call, for a matcher kept from call to call: forgets the small towns the call before
   * put in place.
   */
  PlaceMatcher start() {
    locatedTowns.clear();
    return this;
  }

  /** The candidates of {@code t}, whose tokens' classes are {@code words}. */
  List<PlaceCandidate> find(TokenSequence t, TokenClasses words, Work work) {
    List<PlaceCandidate> out = new ArrayList<>();
    int n = t.size();
    int i = 0;
    while (i < n && !work.exhausted()) {
      work.add(1 + t.length(i));
      PlaceEntry[] form = combiningForms.at(t, i);
      if (form != null) {
        out.add(new PlaceCandidate(i, i + 1, form)); // "Sino" of "Sino-American"
        i++;
        continue;
      }
      if (!startable(t, i, startFlags) || !startsAName(t, i, words)) {
        i++;
        continue;
      }
      int finals = walk(t, i, words.get(i), work);
      int next = i + 1;
      for (int f = finals - 1; f >= 0; f--) {
        work.add(1 + (long) walk.groupSize(groups[f]) * (ends[f] - i));
        PlaceEntry[] passing = caseFilter(t, i, ends[f], groups[f]);
        if (passing.length > 0) {
          out.add(new PlaceCandidate(i, ends[f], passing));
          next = ends[f];
          break;
        }
      }
      i = next;
    }
    markThoseBeforeTheirRegion(t, out, work);
    return out;
  }

  /**
   * Marks each candidate that its own region follows after a comma, with no capitalised word right
   * before it ({@link PlaceCandidate#beforeItsRegion}): "for Washington, D.C." is the city even in
   * an article about George Washington; "Lindsey Graham, South Carolina" stays the senator.
   */
  private static void markThoseBeforeTheirRegion(
      TokenSequence t, List<PlaceCandidate> out, Work work) {
    for (int k = 0; k + 1 < out.size(); k++) {
      PlaceCandidate city = out.get(k);
      PlaceCandidate next = out.get(k + 1);
      work.add(1);
      int i = city.from;
      if (next.from != city.to
          || !t.is(next.from, TokenFlags.COMMA_BEFORE)
          || i > 0 && !t.is(i, TokenFlags.PUNCT_BEFORE) && t.is(i - 1, TokenFlags.CAPITALIZED)) {
        continue;
      }
      work.add((long) city.entries.length * next.entries.length);
      city.beforeItsRegion = CityStatePairing.fits(city, next);
    }
  }

  /** Whether a name may start at token i: one in lower case only if it counts in lower case. */
  private boolean startsAName(TokenSequence t, int i, TokenClasses words) {
    return t.is(i, TokenFlags.LOWER)
        ? gazetteer.startsALowerCaseName(t.foldedBuffer(), t.foldedStart(i), t.length(i))
        : (words.bits(i) & WordTable.PLACE_START) != 0;
  }

  private static boolean startable(TokenSequence t, int i, int startFlags) {
    int f = t.flags(i);
    return (f & startFlags) != 0 && (f & TokenFlags.HANDLE) == 0;
  }

  /**
   * Walks the names from token i, whose class is {@code first}; returns how many names end there,
   * with their ends and entries' groups in {@link #ends} and {@link #groups}.
   */
  private int walk(TokenSequence t, int i, WordClass first, Work work) {
    int finals = 0;
    char[] folded = t.foldedBuffer();
    // a walk ends at the first word that no name goes on with, at the latest after the longest
    for (int j = i; j < t.size(); j++) {
      int base = t.foldedStart(j);
      int len = t.length(j);
      if (j == i) {
        if (!stepOverFirst(folded, base, len, first, work)) {
          return finals;
        }
      } else {
        if (!stepBetween(t.flags(j))) {
          break;
        }
        for (int k = 0; k < len; k++) {
          work.add(1);
          if (!walk.step(folded[base + k])) {
            return finals;
          }
        }
      }
      if (walk.atName()) {
        if (finals == ends.length) {
          ends = Arrays.copyOf(ends, 2 * finals);
          groups = Arrays.copyOf(groups, 2 * finals);
        }
        ends[finals] = j + 1;
        groups[finals] = walk.group();
        finals++;
      }
      if ((t.flags(j) & TokenFlags.POSSESSIVE) != 0) {
        break;
      }
    }
    return finals;
  }

  /**
   * Steps over what stands between two words of a name: a space, or an ampersand read as "and"
   * ("Turks &amp; Caicos", "Trinidad &amp; Tobago"); other punctuation ends the name.
   */
  private boolean stepBetween(int flags) {
    if ((flags & TokenFlags.PUNCT_BEFORE) == 0) {
      return walk.step(' ');
    }
    return (flags & TokenFlags.AMPERSAND_BEFORE) != 0
        && walk.step(' ')
        && walk.step('a')
        && walk.step('n')
        && walk.step('d')
        && walk.step(' ');
  }

  /**
   * Starts the walk over the first word, {@code folded[base, base+len)}: from the mark its class
   * keeps when an earlier walk left one, else character by character, leaving the mark. The steps
   * counted are the same either way.
   */
  private boolean stepOverFirst(char[] folded, int base, int len, WordClass first, Work work) {
    work.add(len);
    NameWalk.Mark mark = first.placeMark;
    if (mark != null) {
      walk.restore(mark);
      return true;
    }
    walk.reset();
    for (int k = 0; k < len; k++) {
      if (!walk.step(folded[base + k])) {
        return false;
      }
    }
    if ((first.bits & WordTable.PLACE_START) != 0) {
      first.placeMark = walk.mark();
    }
    return true;
  }

  /**
   * The entries whose case rule tokens from..to pass, without the small towns the context does not
   * admit ({@link SmallTowns}) unless the article put them in a place before.
   */
  private PlaceEntry[] caseFilter(TokenSequence t, int from, int to, int group) {
    int kept = 0;
    int size = walk.groupSize(group);
    PlaceEntry[] out = new PlaceEntry[size];
    int admitted = -1; // whether a small town may stand here: looked at once, when one is met
    // the entries of a name are mostly spelled alike: the case test of one holds for the next
    // spelled and flagged as it is
    PlaceEntry tested = null;
    boolean passed = false;
    for (int k = 0; k < size; k++) {
      PlaceEntry e = walk.entry(group, k);
      if (e.has(PlaceEntry.SMALL_TOWN)) {
        if (admitted < 0) {
          admitted = SmallTowns.admitted(lex, t, from, to) ? 1 : 0;
        }
        if (admitted == 0 && (locatedTowns.isEmpty() || !locatedTowns.contains(e))) {
          continue;
        }
      }
      if (tested == null || !sameCaseTest(tested, e)) {
        passed = passesCase(t, from, to, e);
        tested = e;
      }
      if (passed) {
        out[kept++] = e;
        if (admitted == 1 && e.has(PlaceEntry.SMALL_TOWN) && SmallTowns.located(lex, t, from, to)) {
          locatedTowns.add(e);
        }
      }
    }
    if (kept > 1 && !oneCountry(out, kept) && t.hasNonAscii(from, to)) {
      kept = keepAccentsAsWritten(t.text(from, to), out, kept);
    }
    return kept == out.length ? out : Arrays.copyOf(out, kept);
  }

  /**
   * "Münster" written with its accent is the German city, not the Irish province Munster: when the
   * text has letters beyond ASCII and some of the {@code n} entries are written so, in their name
   * or their place's own name (case aside; "San Sebastián" is in "Donostia / San Sebastián"), only
   * the entries of those entries' countries are kept, moved to the front of {@code entries} (a
   * country's region may have an ASCII name beside its city's accented one). Text without accents
   * keeps every entry, as it may have lost them.
   *
   * @return how many entries are kept
   */
  private static int keepAccentsAsWritten(String surface, PlaceEntry[] entries, int n) {
    String[] countries = new String[n]; // the countries of the entries written so
    int found = 0;
    for (int k = 0; k < n; k++) {
      PlaceEntry e = entries[k];
      if (e.name().equalsIgnoreCase(surface) || containsIgnoringCase(e.label(), surface)) {
        countries[found++] = e.country();
      }
    }
    if (found == 0) {
      return n;
    }
    List<String> writtenSo = Arrays.asList(countries).subList(0, found);
    int kept = 0;
    for (int k = 0; k < n; k++) {
      if (writtenSo.contains(entries[k].country())) {
        entries[kept++] = entries[k];
      }
    }
    return kept;
  }

  /** Whether the first {@code n} entries are all of one country. */
  private static boolean oneCountry(PlaceEntry[] entries, int n) {
    String country = entries[0].country();
    for (int k = 1; k < n; k++) {
      if (!entries[k].country().equals(country)) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsIgnoringCase(String s, String part) {
    for (int k = 0; k + part.length() <= s.length(); k++) {
      if (s.regionMatches(true, k, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #passesCase} must answer alike for {@code a} and {@code b}. */
  private static boolean sameCaseTest(PlaceEntry a, PlaceEntry b) {
    int caseFlags = PlaceEntry.LOWER_CASE_FORM | PlaceEntry.EXACT_CASE;
    return (a.flags() & caseFlags) == (b.flags() & caseFlags) && a.name().equals(b.name());
  }

  static boolean passesCase(TokenSequence t, int from, int to, PlaceEntry e) {
    String name = e.name();
    if (t.is(from, TokenFlags.LOWER) && !e.has(PlaceEntry.LOWER_CASE_FORM)) {
      return false; // only names written in lower case count in lower case
    }
    if (e.has(PlaceEntry.EXACT_CASE)) {
      return t.text(from, to).equals(name);
    }
    if (to - from == 1 && t.length(from) <= 2) {
      return false; // two-letter names count only when marked exact ("US", "UK")
    }
    // every word the name capitalises must be capitalised in the text
    int word = 0;
    boolean atWordStart = true;
    for (int k = 0; k < name.length() && from + word < to; k++) {
      char c = name.charAt(k);
      if (c == ' ' || c == '-') {
        atWordStart = true;
        continue;
      }
      if (atWordStart) {
        int tok = from + word;
        if (Character.isUpperCase(c) && !t.is(tok, TokenFlags.CAPITALIZED)) {
          return false;
        }
        word++;
        atWordStart = false;
      }
    }
    return true;
  }
}
