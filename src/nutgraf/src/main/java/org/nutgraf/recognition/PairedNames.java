package org.nutgraf.recognition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenSequence;

/**
 * "a blaze near Jasper, Alberta" … "the highway between Jasper and Banff": once an article pairs a
 * name with its region ({@link CityStatePairing}), its other mentions in the article mean that
 * place wherever the name has that reading, even where a namesake elsewhere is larger or the
 * article names that namesake's country too. An article that pairs one name with two places
 * ("Paris, Texas" and "Paris, France") leaves its other mentions to the usual choice.
 */
final class PairedNames {
  /** The one reading a name was paired with, and the pair's words for the evidence. */
  private record Reading(PlaceEntry entry, String pair) {}

  /** Stands for a name paired with two different places. */
  private static final Reading TWO_READINGS = new Reading(null, "");

  private final Map<String, Reading> byName;

  private PairedNames(Map<String, Reading> byName) {
    this.byName = byName;
  }

  /** The names the article's texts pair, by their folded words; call after pairing every text. */
  static PairedNames of(List<TokenSequence> texts, List<List<PlaceCandidate>> candidates) {
    Map<String, Reading> byName = Map.of(); // most articles pair nothing: nothing allocated
    for (int p = 0; p < texts.size(); p++) {
      TokenSequence t = texts.get(p);
      List<PlaceCandidate> list = candidates.get(p);
      for (int k = 0; k + 1 < list.size(); k++) {
        PlaceCandidate c = list.get(k);
        if (!c.paired || c.dropped || c.entries.length != 1 || !withItsRegion(list.get(k + 1))) {
          continue;
        }
        if (byName.isEmpty()) {
          byName = new HashMap<>();
        }
        Reading r = new Reading(c.entries[0], c.evidence);
        byName.merge(
            t.foldedJoined(c.from, c.to), r, (a, b) -> a.entry() == b.entry() ? a : TWO_READINGS);
      }
    }
    return new PairedNames(byName);
  }

  /**
   * Whether {@code next}, the name after a paired one, is the region it was paired with: "Jasper,
   * Alberta" says more than a country after a comma, which may follow a name that is no place at
   * all ("the Daily Post, US edition").
   */
  private static boolean withItsRegion(PlaceCandidate next) {
    return next.paired && next.entries.length == 1 && next.entries[0].kind() == PlaceKind.REGION;
  }

  /** Adds the readings the article paired to {@code located}, so that no mention loses them. */
  void addTo(Set<PlaceEntry> located) {
    for (Reading r : byName.values()) {
      if (r != TWO_READINGS) {
        located.add(r.entry());
      }
    }
  }

  /** Whether the article pairs no name with its region (most articles). */
  boolean isEmpty() {
    return byName.isEmpty();
  }

  /** Gives each other mention of a paired name, among its readings, the one it was paired with. */
  void spread(List<TokenSequence> texts, List<List<PlaceCandidate>> candidates, boolean explain) {
    if (byName.isEmpty()) {
      return;
    }
    for (int p = 0; p < texts.size(); p++) {
      TokenSequence t = texts.get(p);
      for (PlaceCandidate c : candidates.get(p)) {
        if (c.paired || c.dropped || c.entries.length < 2) {
          continue;
        }
        Reading r = byName.get(t.foldedJoined(c.from, c.to));
        if (r == null || r == TWO_READINGS || !holds(c, r.entry())) {
          continue;
        }
        c.entries = new PlaceEntry[] {r.entry()};
        c.paired = true;
        if (explain) {
          c.evidence = "as " + r.pair() + " in the article";
        }
      }
    }
  }

  private static boolean holds(PlaceCandidate c, PlaceEntry e) {
    for (PlaceEntry x : c.entries) {
      if (x == e) {
        return true;
      }
    }
    return false;
  }
}
