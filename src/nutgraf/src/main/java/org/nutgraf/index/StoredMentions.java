package org.nutgraf.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.TaggedParagraph;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.PlaceMention;

/**
 * Encodes a paragraph's entity mentions in one stored field and reads them back: one line per
 * mention, tab-separated: type (P place, A actor), start, end, kind, value, label. A paragraph's
 * countries and actors follow from its mentions when a tagger made them so, as the library's own
 * tagger does ({@link #countriesFollow}, {@link #actorsFollow}): then they are not stored again,
 * and readers take them from the mentions ({@link #countries}, {@link #actorNames}).
 */
public final class StoredMentions {
  /** One stored mention. */
  public record Entry(char type, int start, int end, String kind, String value, String label) {}

  private StoredMentions() {}

  static String encode(TaggedParagraph p) {
    StringBuilder sb = new StringBuilder();
    for (PlaceMention m : p.places()) {
      line(sb, 'P', m.startOffset(), m.endOffset(), m.kind().label(), m.country(), m.place());
    }
    for (int i = 0; i < p.persons().size(); i++) {
      PersonMention m = p.persons().get(i);
      Actor a = p.personActors().get(i);
      line(sb, 'A', m.startOffset(), m.endOffset(), "person", a.key(), a.name());
    }
    return sb.toString();
  }

  private static void line(
      StringBuilder sb, char type, int start, int end, String kind, String value, String label) {
    sb.append(type)
        .append('\t')
        .append(start)
        .append('\t')
        .append(end)
        .append('\t')
        .append(kind)
        .append('\t')
        .append(clean(value))
        .append('\t')
        .append(clean(label))
        .append('\n');
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  /**
   * Whether {@code p}'s countries are exactly the countries its place mentions name, sorted and
   * each once, as {@link #countries} reads them back from the stored mentions.
   */
  static boolean countriesFollow(TaggedParagraph p) {
    List<String> countries = p.countries();
    for (int i = 0; i < countries.size(); i++) {
      String c = countries.get(i);
      if ((i > 0 && countries.get(i - 1).compareTo(c) >= 0) || !c.equals(clean(c))) {
        return false;
      }
      boolean named = false;
      for (PlaceMention m : p.places()) {
        named |= m.country().equals(c);
      }
      if (!named) {
        return false;
      }
    }
    for (PlaceMention m : p.places()) {
      if (!countries.contains(m.country())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code p}'s actors are exactly the actors of its person mentions, each key once with
   * the name it first came with, in order of first mention, as {@link #actorNames} reads them back.
   */
  static boolean actorsFollow(TaggedParagraph p) {
    List<Actor> actors = p.actors();
    int next = 0;
    for (Actor a : p.personActors()) {
      boolean seen = false;
      for (int k = 0; k < next && !seen; k++) {
        seen = actors.get(k).key().equals(a.key());
      }
      if (seen) {
        continue;
      }
      if (next == actors.size()
          || !actors.get(next).key().equals(a.key())
          || !actors.get(next).name().equals(a.name())
          || !a.name().equals(clean(a.name()))
          || !a.key().equals(clean(a.key()))) {
        return false;
      }
      next++;
    }
    return next == actors.size();
  }

  /** The countries the place mentions of {@code mentions} name, sorted, each once. */
  public static List<String> countries(List<Entry> mentions) {
    TreeSet<String> out = new TreeSet<>();
    for (Entry e : mentions) {
      if (e.type() == 'P') {
        out.add(e.value());
      }
    }
    return List.copyOf(out);
  }

  /**
   * The names of the actors of the person mentions of {@code mentions}, each key once, in order.
   */
  public static List<String> actorNames(List<Entry> mentions) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Entry e : mentions) {
      if (e.type() == 'A') {
        out.putIfAbsent(e.value(), e.label());
      }
    }
    return List.copyOf(out.values());
  }

  /** Decodes what {@link #encode} wrote; an empty or null value gives an empty list. */
  public static List<Entry> decode(String stored) {
    List<Entry> out = new ArrayList<>();
    if (stored == null || stored.isEmpty()) {
      return out;
    }
    for (String line : stored.split("\n")) {
      String[] f = line.split("\t", -1);
      if (f.length == 6) {
        out.add(
            new Entry(
                f[0].charAt(0), Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4], f[5]));
      }
    }
    return out;
  }
}
