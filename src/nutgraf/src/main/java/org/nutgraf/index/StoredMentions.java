package org.nutgraf.index;

import java.util.ArrayList;
import java.util.List;
import org.nutgraf.entity.Actor;
import org.nutgraf.entity.TaggedParagraph;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.PlaceMention;

/**
 * Encodes a paragraph's entity mentions in one stored field and reads them back: one line per
 * mention, tab-separated: type (P place, A actor), start, end, kind, value, label.
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
