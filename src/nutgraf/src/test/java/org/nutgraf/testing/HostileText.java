package org.nutgraf.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Paragraphs written to be expensive for a name recogniser: long runs of capitalised words (tag
 * clouds, menus, name lists), repeated initials, every title in a row, huge tokens; and a random
 * generator that mixes such pieces.
 */
public final class HostileText {
  private static final String[] PIECES = {
    "Aaa",
    "Bbb",
    "J.",
    "J.K.",
    "A.B.C.D.",
    "President",
    "Vice",
    "Secretary",
    "of",
    "State",
    "Sen.",
    "Mr.",
    "de",
    "la",
    "van",
    "der",
    "bin",
    "al-",
    "John",
    "Mary",
    "Smith",
    "Jr.",
    "III",
    "Mexico",
    "New",
    "York",
    "San",
    "Pedro",
    "Sula",
    "Honduras",
    "NATO",
    "AMLO",
    ",",
    ".",
    "-",
    "'s",
    "said",
    "the",
    "St.",
    "Kim",
    "Jong",
    "Moon",
    "Jae-in",
    "Center",
    "Avenue",
    "Minister",
    "for",
    "Foreign"
  };

  private HostileText() {}

  /** Named hostile paragraphs of about {@code words} words each. */
  public static Map<String, String> paragraphs(int words, List<String> titles) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("made-up capitalised words", capitalisedWords(new Random(1), words));
    out.put("ten-letter capitalised words", "Abcdefghij Klmnopqrst ".repeat(words / 2).strip());
    out.put("one-letter capitalised words", "X Y ".repeat(words / 2).strip());
    out.put("two-letter capitalised words", "Xy Zw ".repeat(words / 2).strip());
    out.put("Aaa Bbb repeated", "Aaa Bbb ".repeat(words / 2).strip());
    out.put("repeated initials", "J. ".repeat(words) + "Smith said.");
    out.put("run-together initials", "A." + "B.".repeat(words));
    out.put("every title in a row", titleRun(titles, words));
    out.put("given names in a row", "John Mary Peter Anne ".repeat(words / 4).strip());
    out.put("full names in a list", "John Smith, ".repeat(words / 2).strip());
    out.put("distinct full names", distinctNames(new Random(2), words / 2));
    out.put(
        "full names then surnames",
        distinctNames(new Random(3), words / 4) + " " + "Smith said. ".repeat(words / 4));
    out.put("particles in a row", "Juan " + "de ".repeat(words) + "Garcia");
    out.put("place names in a row", "New York ".repeat(words / 2).strip());
    out.put("one 100k-character token", "Aa".repeat(50_000));
    out.put("a 100k-character line of words", capitalisedWords(new Random(4), 12_500));
    out.put("random hostile pieces", random(new Random(5), words));
    return out;
  }

  /** Capitalised made-up words, as a tag cloud or a menu writes them. */
  public static String capitalisedWords(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append((char) ('A' + r.nextInt(26)));
      for (int k = 1 + r.nextInt(7); k > 0; k--) {
        sb.append((char) ('a' + r.nextInt(26)));
      }
      sb.append(' ');
    }
    return sb.toString().strip();
  }

  /** Every title, capitalised, one after another, repeated until {@code words} words. */
  static String titleRun(List<String> titles, int words) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    while (n < words) {
      for (String t : titles) {
        sb.append(Character.toUpperCase(t.charAt(0))).append(t.substring(1)).append(' ');
        n += t.split(" ").length;
      }
    }
    return sb.toString().strip();
  }

  /** "John Xyz, Mary Qrs, …": a list of distinct two-word names. */
  static String distinctNames(Random r, int names) {
    String[] given = {"John", "Mary", "Peter", "Anne", "Carlos", "Fatima"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names; i++) {
      out.add(given[r.nextInt(given.length)] + " " + capitalisedWords(r, 1));
    }
    return String.join(", ", out);
  }

  /** {@code words} pieces drawn at random from words and marks that steer recognition. */
  public static String random(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      int kind = r.nextInt(10);
      String piece =
          kind < 6 ? PIECES[r.nextInt(PIECES.length)] : capitalisedWords(r, 1 + r.nextInt(3));
      if (!piece.equals(",") && !piece.equals(".") && !piece.equals("'s") && !sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(piece);
    }
    return sb.toString();
  }
}
