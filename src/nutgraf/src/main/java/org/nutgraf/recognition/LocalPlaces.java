package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * "Ainsworth Parade", "Glenrock Lagoon", "Karl Bremer Hospital": capitalised words ending in a word
 * for a street, a park, a building or a shore ({@value #RESOURCE}) name a place too small for the
 * gazetteer. Such a name is a place of the one country its paragraph names ("Trafalgar Square in
 * London"); in a paragraph that names no country, of the country the article names at least twice
 * as often as any other (counted in paragraphs). Where the paragraph names several countries, or
 * neither it nor the article points to one, the name is left alone. A name that holds a place or a
 * person already found, an organisation's word ("International Space Station") or a title, or that
 * is a given name and a frequent surname ("Nathan Lane") with no preposition of place before it, is
 * no such place. The one word before the last of such a name, when it is on no word list, is that
 * place where the article writes it alone and no person's name holds it ("Glenrock Lagoon" …
 * "Glenrock's future"), but not as the subject opening a sentence. Text in title case or in
 * capitals (a headline) is left alone: every word there is capitalised. Immutable and thread-safe.
 */
final class LocalPlaces {
  /** The words that end such names, beside the other lexicons. */
  static final String RESOURCE = "place-heads.txt";

  /** The most words of a name before its last word. */
  static final int MAX_NAME_WORDS = 3;

  private final CharArraySet heads;
  private final WordFilter filter;

  private LocalPlaces(List<String> heads) {
    this.heads = new CharArraySet(heads, false);
    this.filter = new WordFilter(heads);
  }

  /** The list that ships in the jar, read when first asked for. */
  static LocalPlaces defaults() {
    return Shipped.PLACES;
  }

  /** Holds the shipped list, read when this class is first used. */
  private static final class Shipped {
    static final LocalPlaces PLACES = new LocalPlaces(Lexicons.read(RESOURCE));
  }

  /**
   * Adds to {@code places} (one list a text, in text order) each such name of {@code texts},
   * decided at once: a place of the one country its text names, or of the article's main country
   * where the text names none; then the remembered words written alone ({@link #addRemembered}).
   *
   * @param persons the person candidates of each text; the accepted ones are no place
   * @param words the word lists, for given names, surnames, titles and organisations' words
   */
  void add(
      List<TokenSequence> texts,
      List<List<PlaceCandidate>> places,
      List<List<PersonCandidate>> persons,
      WordTable words,
      Work work,
      boolean explain) {
    String main = null;
    boolean mainKnown = false;
    RecentWords recent = null;
    Set<String> named = new HashSet<>();
    // the one word before the head of each name found, when it is on no list: "Glenrock"
    Map<String, PlaceEntry> remembered = new HashMap<>();
    boolean[] covered = new boolean[0];
    List<PlaceCandidate> found = new ArrayList<>();
    for (int p = 0; p < texts.size(); p++) {
      TokenSequence t = texts.get(p);
      int h = t.isTitleCase() || t.isAllCaps() ? -1 : nextHead(t, 1, work);
      if (h < 0) {
        continue; // most texts name no street: nothing more is worked out for them
      }
      List<PlaceCandidate> list = places.get(p);
      countries(list, named);
      if (named.isEmpty() && !mainKnown) {
        // before any name is added to a text that names no country, so those do not count
        main = mainCountry(places);
        mainKnown = true;
      }
      String country = named.isEmpty() ? main : named.size() == 1 ? named.iterator().next() : null;
      if (country == null) {
        continue;
      }
      recent = recent == null ? words.recentWords() : recent;
      covered = covered(t, list, persons.get(p), covered, work);
      found.clear();
      for (; h >= 0; h = nextHead(t, h + 1, work)) {
        int from = nameStart(t, h);
        if (from < 0
            || anyCovered(covered, from, h + 1, work)
            || !onlyNameWords(t, from, h, words, recent, work)) {
          continue;
        }
        String name = t.text(from, h + 1);
        PlaceEntry e = new PlaceEntry(name, PlaceKind.PLACE, country, "", 0, 0, name);
        String why =
            explain
                ? "'"
                    + t.text(h)
                    + "' ends the name of a street, park or building: a place of "
                    + country
                    + (named.isEmpty()
                        ? ", the country this article names most"
                        : ", the country this paragraph names")
                : "";
        found.add(candidate(from, h + 1, e, why));
        mark(covered, from, h + 1, work);
        // a given name, a surname or a common word alone is something else as often as not
        // ("Marsden", "Main"): only a word on no word list is kept (a gazetteer name may start
        // with it: "Glenrock" is a small town abroad)
        if (h - from == 1 && (words.get(t, from, recent).bits & ~WordTable.PLACE_START) == 0) {
          remembered.putIfAbsent(t.folded(from), e);
        }
        h++; // the word after the name is no head of another
      }
      merge(list, found, work);
    }
    if (!remembered.isEmpty()) {
      addRemembered(texts, places, persons, remembered, covered, work, explain);
    }
  }

  /**
   * "Glenrock's future", after "Glenrock Lagoon": the word that named such a place before its last
   * word, written alone elsewhere in the article, is that place where its paragraph names no
   * country or only the place's, and where no person's name takes it ("the mayor praised Wexley"
   * after "Dana Wexley"); not where it opens a sentence before a word in lower case, as a person's
   * surname does ("Marsden thanked the crews").
   */
  private static void addRemembered(
      List<TokenSequence> texts,
      List<List<PlaceCandidate>> places,
      List<List<PersonCandidate>> persons,
      Map<String, PlaceEntry> remembered,
      boolean[] scratch,
      Work work,
      boolean explain) {
    Set<String> named = new HashSet<>();
    boolean[] covered = scratch;
    List<PlaceCandidate> found = new ArrayList<>();
    for (int p = 0; p < texts.size(); p++) {
      TokenSequence t = texts.get(p);
      if (t.isTitleCase() || t.isAllCaps()) {
        continue;
      }
      List<PlaceCandidate> list = places.get(p);
      countries(list, named);
      covered = covered(t, list, persons.get(p), covered, work);
      found.clear();
      for (int i = 0; i < t.size(); i++) {
        work.add(1);
        if (!t.is(i, TokenFlags.CAPITALIZED)
            || t.is(i, TokenFlags.ALL_CAPS)
            || t.is(i, TokenFlags.HYPHEN_BEFORE)
            || (i + 1 < t.size() && t.is(i + 1, TokenFlags.HYPHEN_BEFORE))) {
          continue;
        }
        work.add(t.length(i));
        PlaceEntry e = remembered.get(t.folded(i));
        if (e == null
            || subjectOfASentence(t, i)
            || named.size() > 1
            || (named.size() == 1 && !named.contains(e.country()))
            || covered[i]) {
          continue;
        }
        PlaceEntry alone =
            new PlaceEntry(t.text(i), PlaceKind.PLACE, e.country(), "", 0, 0, e.label());
        String why =
            explain ? "the article names '" + e.name() + "', a place of " + e.country() : "";
        found.add(candidate(i, i + 1, alone, why));
      }
      merge(list, found, work);
    }
  }

  /**
   * Whether token {@code i} opens a sentence before a word in lower case, where a bare surname
   * stands most often ("Marsden thanked the crews").
   */
  private static boolean subjectOfASentence(TokenSequence t, int i) {
    return t.is(i, TokenFlags.SENTENCE_START)
        && !t.is(i, TokenFlags.POSSESSIVE)
        && i + 1 < t.size()
        && t.is(i + 1, TokenFlags.LOWER);
  }

  /** A place candidate for tokens from..to, decided at once for {@code e}. */
  private static PlaceCandidate candidate(int from, int to, PlaceEntry e, String evidence) {
    PlaceCandidate c = new PlaceCandidate(from, to, new PlaceEntry[] {e});
    c.chosen = e;
    c.kind = PlaceKind.PLACE;
    c.evidence = evidence;
    return c;
  }

  /**
   * The country that at least twice as many texts name as any other, or null: what the places found
   * so far say.
   */
  private static String mainCountry(List<List<PlaceCandidate>> places) {
    Map<String, Integer> texts = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (List<PlaceCandidate> list : places) {
      countries(list, seen);
      seen.forEach(country -> texts.merge(country, 1, Integer::sum));
    }
    String best = null;
    int first = 0;
    int second = 0;
    for (var e : texts.entrySet()) {
      int n = e.getValue();
      if (n > first) {
        second = first;
        first = n;
        best = e.getKey();
      } else if (n > second) {
        second = n;
      }
    }
    return first >= 2 * second && first > 0 ? best : null;
  }

  /** Puts into {@code out}, emptied first, the countries of the places found in one text. */
  private static void countries(List<PlaceCandidate> list, Set<String> out) {
    out.clear();
    for (PlaceCandidate c : list) {
      if (!c.dropped && c.chosen != null && c.chosen.hasCountry() && !c.describesCoast) {
        out.add(c.chosen.country());
      }
    }
  }

  /** The first head ({@link #isHead}) from token {@code from} on, or -1. */
  private int nextHead(TokenSequence t, int from, Work work) {
    for (int h = from; h < t.size(); h++) {
      work.add(1);
      if (isHead(t, h)) {
        return h;
      }
    }
    return -1;
  }

  /**
   * Whether token {@code h} is a capitalised word of the list, joined to the word before and ending
   * the name (no capitalised word follows it in the same phrase).
   */
  private boolean isHead(TokenSequence t, int h) {
    if (!t.is(h, TokenFlags.CAPITALIZED)
        || t.is(h, TokenFlags.ALL_CAPS)
        || t.is(h, TokenFlags.PUNCT_BEFORE)
        || !filter.mayHold(t.foldedHash(h))
        || !heads.contains(t.foldedBuffer(), t.foldedStart(h), t.length(h))) {
      return false;
    }
    int next = h + 1;
    return next >= t.size()
        || t.is(next, TokenFlags.PUNCT_BEFORE)
        || !t.is(next, TokenFlags.CAPITALIZED)
        || t.is(h, TokenFlags.POSSESSIVE);
  }

  /**
   * The first token of the name that token {@code h} ends: up to {@link #MAX_NAME_WORDS}
   * capitalised words before it in the same phrase, without a sentence's opening word; -1 when
   * there is none.
   */
  private static int nameStart(TokenSequence t, int h) {
    int from = h;
    while (from > 0
        && h - from < MAX_NAME_WORDS
        && !t.is(from, TokenFlags.PUNCT_BEFORE)
        && t.is(from - 1, TokenFlags.CAPITALIZED)
        && !t.is(from - 1, TokenFlags.POSSESSIVE)
        && !t.is(from - 1, TokenFlags.ALL_CAPS)) {
      from--;
    }
    if (from > 0
        && !t.is(from, TokenFlags.PUNCT_BEFORE)
        && t.is(from - 1, TokenFlags.CAPITALIZED)) {
      return -1; // more capitalised words than a name of this kind has: some other name
    }
    while (from < h && ContextWords.STREET_OPENERS.at(t, from)) {
      from++;
    }
    return from < h ? from : -1;
  }

  /**
   * Whether tokens from..h, the last the head, are a name of this kind: none a title or an
   * organisation's word, and no given name before a frequent surname as the whole name unless a
   * preposition of place stands before them ("on Hollis Street").
   */
  private static boolean onlyNameWords(
      TokenSequence t, int from, int h, WordTable words, RecentWords recent, Work work) {
    for (int k = from; k < h; k++) {
      work.add(1 + t.length(k));
      int bits = words.get(t, k, recent).bits;
      if ((bits & (Lexicons.ORG | Lexicons.TITLE_START)) != 0) {
        return false;
      }
    }
    return !(h - from == 1
        && (words.get(t, from, recent).bits & Lexicons.GIVEN) != 0
        && (words.get(t, h, recent).bits & Lexicons.SURNAME) != 0
        && !(from > 0
            && !t.is(from, TokenFlags.PUNCT_BEFORE)
            && ContextWords.STREET_LOCATIVES.at(t, from - 1)));
  }

  /**
   * {@code scratch}, or a larger array, with the tokens of {@code t} that a place found or an
   * accepted person holds marked: each overlap test then costs the span's length, whatever the
   * number of names.
   */
  private static boolean[] covered(
      TokenSequence t,
      List<PlaceCandidate> places,
      List<PersonCandidate> persons,
      boolean[] scratch,
      Work work) {
    int n = t.size();
    boolean[] covered =
        scratch.length >= n ? scratch : new boolean[Math.max(n, 2 * scratch.length)];
    Arrays.fill(covered, 0, n, false);
    for (PlaceCandidate c : places) {
      work.add(1);
      if (!c.dropped && c.chosen != null) {
        mark(covered, c.from, c.to, work);
      }
    }
    for (PersonCandidate c : persons) {
      work.add(1);
      if (c.accepted) {
        mark(covered, c.from, c.to, work);
      }
    }
    return covered;
  }

  private static void mark(boolean[] covered, int from, int to, Work work) {
    work.add(to - from);
    Arrays.fill(covered, from, to, true);
  }

  private static boolean anyCovered(boolean[] covered, int from, int to, Work work) {
    work.add(to - from);
    for (int k = from; k < to; k++) {
      if (covered[k]) {
        return true;
      }
    }
    return false;
  }

  /** Merges {@code found}, in text order, into {@code list}, in text order too. */
  private static void merge(List<PlaceCandidate> list, List<PlaceCandidate> found, Work work) {
    if (found.isEmpty()) {
      return;
    }
    work.add(list.size() + found.size());
    List<PlaceCandidate> all = new ArrayList<>(list.size() + found.size());
    int i = 0;
    int j = 0;
    while (i < list.size() || j < found.size()) {
      boolean fromList =
          j == found.size() || (i < list.size() && list.get(i).from <= found.get(j).from);
      all.add(fromList ? list.get(i++) : found.get(j++));
    }
    list.clear();
    list.addAll(all);
  }
}
