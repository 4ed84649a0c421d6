package org.nutgraf.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.nutgraf.entity.Actor;

/**
 * "Did you mean": the known names nearest to an unknown one, by Lucene's Levenshtein automata (up
 * to two edits, a transposition counting as one) on name keys, whole or by last word ("Videgarai" →
 * "Luis Videgaray"), or a name containing the other. Only names whose length is within two of the
 * value's are run through the automata, so a miss costs one length check per known name.
 */
final class NearestNames {
  /** Longer values get no suggestion: their automata would cost more than they help. */
  static final int MAX_VALUE_CHARS = 64;

  private static final int MAX_EDITS = LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE;

  private final String value;
  private final CharacterRunAutomaton[] withinEdits = new CharacterRunAutomaton[MAX_EDITS + 1];
  private long automatonRuns;

  private NearestNames(String value) {
    this.value = value;
    LevenshteinAutomata lev = new LevenshteinAutomata(value, true);
    for (int edits = 1; edits <= MAX_EDITS; edits++) {
      withinEdits[edits] = new CharacterRunAutomaton(lev.toAutomaton(edits));
    }
  }

  /** The {@code n} names of {@code candidates} nearest to {@code value}, best first. */
  static List<String> of(String value, Collection<String> candidates, int n) {
    String key = Actor.keyOf(value);
    if (key.isEmpty() || key.length() > MAX_VALUE_CHARS) {
      return List.of();
    }
    return new NearestNames(key).nearest(candidates, n);
  }

  /** As {@link #of}, counting automaton runs for tests of its cost. */
  static NearestNames counting(String value) {
    return new NearestNames(Actor.keyOf(value));
  }

  long automatonRuns() {
    return automatonRuns;
  }

  List<String> nearest(Collection<String> candidates, int n) {
    record Scored(String name, int edits) {}
    List<Scored> scored = new ArrayList<>();
    for (String c : candidates) {
      String k = Actor.keyOf(c);
      int edits = edits(k);
      int space = k.lastIndexOf(' ');
      if (space > 0) {
        edits = Math.min(edits, edits(k.substring(space + 1))); // a misspelt surname
      }
      if (edits > 1 && (k.contains(value) || value.contains(k))) {
        edits = 1;
      }
      if (edits <= MAX_EDITS) {
        scored.add(new Scored(c, edits));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::edits).thenComparing(Scored::name));
    return scored.stream().map(Scored::name).distinct().limit(n).toList();
  }

  /** Edits from the value to {@code k}, or more than {@link #MAX_EDITS} when it is farther. */
  private int edits(String k) {
    if (k.equals(value)) {
      return 0;
    }
    if (Math.abs(k.length() - value.length()) > MAX_EDITS) {
      return MAX_EDITS + 1;
    }
    for (int edits = 1; edits <= MAX_EDITS; edits++) {
      automatonRuns++;
      if (withinEdits[edits].run(k)) {
        return edits;
      }
    }
    return MAX_EDITS + 1;
  }
}
