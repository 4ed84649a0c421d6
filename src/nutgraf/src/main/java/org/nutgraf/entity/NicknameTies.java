package org.nutgraf.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.PlaceMention;
import org.nutgraf.recognition.Recognized;
import org.nutgraf.text.NameKey;

/**
 * Press nicknames an article ties to a full name, in Spanish news: an acronym of the name in
 * brackets ("Héctor Rubén Castillo Mora (HRCM)"), a quoted word inside it ("José Alfredo «Chepe»
 * Lanza") or one introduced by "conocido como", "apodado" or "alias" ("…, conocida como la Güera").
 * Every later use of the nickname in the article, alone, after "el" or "la", or before the surname
 * ("Chepe Lanza"), is a mention of that person, named in full, and no place. A bracketed acronym
 * counts only when its letters are initials of the name's words, so a party after a name ("(PRI)")
 * ties nothing.
 */
final class NicknameTies {
  private static final String WORD = "\\p{Lu}[\\p{L}'’-]*";

  /** "(HRCM)" or "(Chepe)" right after a name. */
  private static final Pattern BRACKETED = Pattern.compile("\\s*\\((" + WORD + ")\\)");

  /** "«Chepe» Lanza" right after the given names: the nickname, then one or two surnames. */
  private static final Pattern QUOTED_INSIDE =
      Pattern.compile("\\s*[«\"“](" + WORD + ")[»\"”]\\s+(" + WORD + "(?:\\s+" + WORD + ")?)");

  /** ", conocido como el Tigre", ", apodada «la Güera»", ", alias Chepe". */
  private static final Pattern KNOWN_AS =
      Pattern.compile(
          "\\s*,?\\s*(?:conocid[oa]s? como|apodad[oa]s?|alias)\\s+[«\"“]?(?:(?:el|la)\\s+)?("
              + WORD
              + ")");

  private NicknameTies() {}

  /**
   * The recognised mentions of one article's texts with its nicknames tied: the mention a nickname
   * stands inside is widened to the full name, and each use of a nickname becomes a mention of the
   * full name.
   *
   * @param texts the article's texts (headline first when it is one of them), aligned with {@code
   *     found}
   * @return {@code found} when the article ties no nickname, else new results
   */
  static List<Recognized> apply(List<String> texts, List<Recognized> found) {
    Map<String, String> fullByNickname = new LinkedHashMap<>();
    List<Recognized> out = new ArrayList<>(found);
    for (int p = 0; p < texts.size(); p++) {
      String text = texts.get(p);
      Recognized r = out.get(p);
      for (PersonMention m : r.persons()) {
        Matcher q = after(QUOTED_INSIDE, text, m);
        if (q.lookingAt()) {
          String full = m.name() + " " + q.group(2).strip();
          fullByNickname.putIfAbsent(q.group(1), full);
          PersonMention whole =
              new PersonMention(
                  m.startOffset(),
                  q.end(),
                  text.substring(m.startOffset(), q.end()),
                  full,
                  m.title(),
                  m.affiliation(),
                  m.evidence() + "; nickname '" + q.group(1) + "' inside");
          r = replaced(r, m, whole);
          continue;
        }
        if (m.wordCount() < 2) {
          continue;
        }
        Matcher b = after(BRACKETED, text, m);
        if (b.lookingAt() && (!isAcronym(b.group(1)) || initialsOf(b.group(1), m.name()))) {
          fullByNickname.putIfAbsent(b.group(1), m.name());
          continue;
        }
        Matcher k = after(KNOWN_AS, text, m);
        if (k.lookingAt()) {
          fullByNickname.putIfAbsent(k.group(1), m.name());
        }
      }
      out.set(p, r);
    }
    if (fullByNickname.isEmpty()) {
      return found;
    }
    for (int p = 0; p < texts.size(); p++) {
      out.set(p, withUses(texts.get(p), out.get(p), fullByNickname));
    }
    return out;
  }

  /** A matcher of {@code p} over the text right after mention {@code m}. */
  private static Matcher after(Pattern p, String text, PersonMention m) {
    return p.matcher(text).region(m.endOffset(), text.length());
  }

  /** Each use of a nickname in {@code text} as a mention of its full name. */
  private static Recognized withUses(String text, Recognized r, Map<String, String> full) {
    Recognized result = r;
    for (Map.Entry<String, String> e : full.entrySet()) {
      String nick = e.getKey();
      String[] names = e.getValue().split(" ");
      String surname = names[names.length - 1];
      Matcher m =
          Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(nick) + "(?![\\p{L}\\p{N}])")
              .matcher(text);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (text.startsWith(" " + surname, end)) {
          end += surname.length() + 1; // "Chepe Lanza"
        }
        if (inside(result.persons(), start, end, e.getValue())) {
          continue;
        }
        PersonMention use =
            new PersonMention(
                start,
                end,
                text.substring(start, end),
                e.getValue(),
                Optional.empty(),
                Optional.empty(),
                "nickname '" + nick + "' the article ties to '" + e.getValue() + "'");
        result = replacedOverlapping(result, use);
      }
    }
    return result;
  }

  /** Whether a mention of {@code name} already covers start..end (the name's own words). */
  private static boolean inside(List<PersonMention> persons, int start, int end, String name) {
    for (PersonMention p : persons) {
      if (p.startOffset() <= start && p.endOffset() >= end && p.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** {@code r} with {@code use} in place of the persons and places it overlaps. */
  private static Recognized replacedOverlapping(Recognized r, PersonMention use) {
    List<PlaceMention> places = new ArrayList<>();
    for (PlaceMention p : r.places()) {
      if (p.endOffset() <= use.startOffset() || p.startOffset() >= use.endOffset()) {
        places.add(p);
      }
    }
    List<PersonMention> persons = new ArrayList<>();
    boolean added = false;
    for (PersonMention p : r.persons()) {
      if (p.endOffset() <= use.startOffset() || p.startOffset() >= use.endOffset()) {
        if (!added && p.startOffset() >= use.endOffset()) {
          persons.add(use);
          added = true;
        }
        persons.add(p);
      }
    }
    if (!added) {
      persons.add(use);
    }
    return new Recognized(places, persons);
  }

  /** {@code r} with {@code old} widened to {@code whole}, and what {@code whole} covers dropped. */
  private static Recognized replaced(Recognized r, PersonMention old, PersonMention whole) {
    List<PersonMention> persons = new ArrayList<>(r.persons());
    persons.remove(old);
    return replacedOverlapping(new Recognized(r.places(), persons), whole);
  }

  private static boolean isAcronym(String word) {
    return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
  }

  /** Whether the acronym's letters, in order, open words of the name, the first its first. */
  private static boolean initialsOf(String acronym, String name) {
    String[] words = NameKey.of(name).split(" ");
    String letters = NameKey.of(acronym).replace(" ", "");
    if (letters.isEmpty() || words[0].charAt(0) != letters.charAt(0)) {
      return false;
    }
    int w = 0;
    for (int i = 0; i < letters.length(); i++) {
      while (w < words.length && words[w].charAt(0) != letters.charAt(i)) {
        w++;
      }
      if (w == words.length) {
        return false;
      }
      w++;
    }
    return true;
  }
}
