package org.nutgraf.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nutgraf.recognition.Lexicons;
import org.nutgraf.recognition.PersonMention;

/**
 * Groups an article's person mentions into actors. A name that is the end of a fuller name in the
 * article ("Hernandez", "López Obrador") is that person, before or after the full form; a Chinese
 * or Korean family name ("Xi") or an honorific with a given name ("Sheikh Hamad") is the person
 * whose full name starts with it. Two different full names sharing a surname are never merged; a
 * bare surname that fits both goes to the one the article names most; "Mr." or "Ms." with a surname
 * goes to the person of that sex named in full just before. In Spanish, a name without its second
 * surname ("Pedro Sánchez" of "Pedro Sánchez Pérez") is the same person. A name the article never
 * completes is looked up in the actor dictionary, and otherwise stays as written.
 *
 * <p>Persons are indexed by the endings, first word and second-last word of their names, so each
 * mention looks up the few persons it may complete rather than comparing itself with every person:
 * the work grows linearly with the mentions. A short name that fits more than {@link
 * #MAX_CANDIDATES} persons is weighed against the first of them only, and the nearest mention is
 * sought among each candidate's last {@link #MAX_REFS_SCANNED} mentions, which only a name list
 * reaches.
 */
final class Coreference {
  /** Most persons a short name is weighed against. */
  static final int MAX_CANDIDATES = 32;

  /** Most mentions of one person scanned for the one nearest a short name. */
  static final int MAX_REFS_SCANNED = 64;

  private final ActorDictionary dictionary;
  private final Lexicons lexicons;

  /** Actors for each mention, and the lookups and comparisons it took. */
  record Counted(List<List<Actor>> actors, long steps) {}

  Coreference(ActorDictionary dictionary, Lexicons lexicons) {
    this.dictionary = dictionary;
    this.lexicons = lexicons;
  }

  /** One mention with where it stands. */
  private static final class Ref {
    final int paragraph;
    final int offset;
    final PersonMention mention;
    final String[] words;

    /** The words without a generational suffix: "Biden" completes "Joseph R. Biden Jr.". */
    final String[] core;

    /** 1 for "Mr.", -1 for "Ms.", "Mrs." or "Miss", 0 for any other title or none. */
    final int gender;

    /** How many key words the last written word makes: 2 for "Pérez-Castejón". */
    final int lastParts;

    Person person;

    Ref(int paragraph, PersonMention mention) {
      this.paragraph = paragraph;
      this.offset = mention.startOffset();
      this.mention = mention;
      this.words = Actor.keyOf(mention.name()).split(" ");
      this.core = withoutSuffix(words);
      this.gender = gender(mention);
      String name = mention.name().strip();
      String last = Actor.keyOf(name.substring(name.lastIndexOf(' ') + 1));
      this.lastParts = Math.min(words.length, Math.max(1, last.split(" ").length));
    }

    /** "Joseph R. Biden Jr." is matched as "Joseph R. Biden", so that "Biden" completes it. */
    private static String[] withoutSuffix(String[] words) {
      int end = words.length;
      while (end > 1 && Lexicons.isNameSuffix(words[end - 1])) {
        end--;
      }
      return end == words.length ? words : Arrays.copyOf(words, end);
    }

    boolean before(Ref other) {
      return paragraph < other.paragraph || (paragraph == other.paragraph && offset < other.offset);
    }
  }

  /** One person and the mentions that name them. */
  private static final class Person {
    final int number;
    final String[] words;
    final String[] core;
    final int lastParts;
    final List<Ref> refs = new ArrayList<>();
    ActorEntry entry;
    String display;

    Person(int number, Ref first) {
      this.number = number;
      this.words = first.words;
      this.core = first.core;
      this.lastParts = first.lastParts;
    }
  }

  /** The persons found so far, by the parts of their names a shorter mention may match. */
  private final class Persons {
    long steps;
    final List<Person> all = new ArrayList<>();
    final Map<String, List<Person>> byEnding = new HashMap<>();
    final Map<String, List<Person>> byCoreLast = new HashMap<>();
    final Map<String, List<Person>> byFirst = new HashMap<>();
    final Map<String, List<Person>> bySecondLast = new HashMap<>();

    /** Spanish names of three words or more without their last, the second surname. */
    final Map<String, List<Person>> byAllButLast = new HashMap<>();

    Person add(Ref first) {
      Person p = new Person(all.size(), first);
      all.add(p);
      for (int k = 0; k < p.words.length; k++) {
        put(byEnding, String.join(" ", Arrays.asList(p.words).subList(k, p.words.length)), p);
      }
      put(byCoreLast, p.core[p.core.length - 1], p);
      if (p.words.length > 1) {
        put(byFirst, p.words[0], p);
      }
      // Spanish surnames are written words: "Pérez-Castejón" is one, the second
      int last = lexicons.writesTwoSurnames() ? p.lastParts : 1;
      if (p.words.length - last >= 2) {
        put(bySecondLast, p.words[p.words.length - last - 1], p);
        if (lexicons.writesTwoSurnames()) {
          String allButLast =
              String.join(" ", Arrays.asList(p.words).subList(0, p.words.length - last));
          put(byAllButLast, allButLast, p);
        }
      }
      return p;
    }

    private void put(Map<String, List<Person>> map, String key, Person p) {
      steps++;
      List<Person> list = map.computeIfAbsent(key, k -> new ArrayList<>());
      if (list.isEmpty() || list.get(list.size() - 1) != p) {
        list.add(p);
      }
    }

    /** Persons whose full name the mention completes; first-word matches only for short names. */
    List<Person> containing(Ref r, boolean shortForms) {
      List<Person> out = new ArrayList<>();
      // a suffix tells a father from a son, so only a bare surname skips it
      take(byEnding.get(String.join(" ", r.words)), out);
      if (r.words.length >= 2 && lexicons.writesTwoSurnames()) {
        // "Pedro Sánchez" of "Pedro Sánchez Pérez-Castejón": the name without its second surname
        take(byAllButLast.get(String.join(" ", r.words)), out);
      }
      if (r.words.length == 1) {
        String w = r.words[0];
        take(byCoreLast.get(w), out);
        if (shortForms && (lexicons.isEastAsianSurname(w) || isHonorific(r.mention))) {
          take(byFirst.get(w), out);
        }
        if (shortForms && !lexicons.isGivenName(w)) {
          take(bySecondLast.get(w), out); // "Orellana" of "Yeny Maribel Orellana Cruz"
        }
      }
      if (out.size() > 1) {
        out = new ArrayList<>(new LinkedHashSet<>(out));
        out.sort(Comparator.comparingInt(p -> p.number));
      }
      return out.size() > MAX_CANDIDATES ? out.subList(0, MAX_CANDIDATES) : out;
    }

    private void take(List<Person> from, List<Person> out) {
      if (from == null) {
        return;
      }
      for (int i = 0; i < from.size() && i < MAX_CANDIDATES; i++) {
        steps++;
        out.add(from.get(i));
      }
    }
  }

  /**
   * Resolves every mention to an actor.
   *
   * @return for each paragraph, one actor per mention, aligned with the input
   */
  List<List<Actor>> resolve(
      List<List<PersonMention>> paragraphs, Optional<Instant> published, Set<String> countries) {
    return resolveCounted(paragraphs, published, countries).actors();
  }

  /** As {@link #resolve}, counting the steps taken. */
  Counted resolveCounted(
      List<List<PersonMention>> paragraphs, Optional<Instant> published, Set<String> countries) {
    List<Ref> refs = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (PersonMention m : paragraphs.get(p)) {
        refs.add(new Ref(p, m));
      }
    }
    List<Ref> byLength = new ArrayList<>(refs);
    byLength.sort(Comparator.comparingInt((Ref r) -> -r.words.length));
    Persons persons = new Persons();
    for (Ref r : byLength) {
      if (r.words.length < 2) {
        continue;
      }
      List<Person> fits = persons.containing(r, false);
      if (fits.isEmpty()) {
        attach(persons.add(r), r);
      } else {
        attach(nearest(fits, r, persons), r);
      }
    }
    for (Ref r : refs) {
      if (r.person != null) {
        continue;
      }
      List<Person> fits = persons.containing(r, true);
      if (!fits.isEmpty()) {
        attach(nearest(fits, r, persons), r);
        continue;
      }
      Person p = persons.add(r);
      p.entry = dictionary.resolveSurname(r.mention.name(), published, countries).orElse(null);
      attach(p, r);
    }
    for (Person p : persons.all) {
      finish(p);
    }
    List<List<Actor>> out = new ArrayList<>();
    int k = 0;
    for (List<PersonMention> para : paragraphs) {
      List<Actor> actors = new ArrayList<>(para.size());
      for (int i = 0; i < para.size(); i++) {
        actors.add(actorOf(refs.get(k++).person));
      }
      out.add(actors);
    }
    return new Counted(out, persons.steps);
  }

  private static void attach(Person p, Ref r) {
    p.refs.add(r);
    r.person = p;
  }

  private boolean isHonorific(PersonMention m) {
    return m.title().map(lexicons::isHonorific).orElse(false);
  }

  /**
   * Of several persons a short name fits, never one called by a courtesy title of the other sex
   * ("Ms." for "Mr."); with a courtesy title, the one last named in full in this paragraph or the
   * one before; else the one the article is most about (most mentions), on a tie the one mentioned
   * nearest before it, else nearest after.
   */
  private Person nearest(List<Person> all, Ref r, Persons counter) {
    if (all.size() == 1) {
      return all.get(0);
    }
    int gender = r.gender;
    List<Person> fits = all;
    if (gender != 0) {
      // "Ms. Xue" is not the man called "Mr. Xue" a paragraph earlier
      fits =
          all.stream()
              .filter(p -> recent(p, counter).stream().noneMatch(o -> -o.gender == gender))
              .toList();
      if (fits.isEmpty()) {
        fits = all;
      }
    }
    if (fits.size() == 1) {
      return fits.get(0);
    }
    Ref justNamed = null;
    for (Person p : gender == 0 ? List.<Person>of() : fits) {
      for (Ref o : recent(p, counter)) {
        if (o.words.length > 1
            && o.before(r)
            && r.paragraph - o.paragraph <= 1
            && (justNamed == null || justNamed.before(o))) {
          justNamed = o;
        }
      }
    }
    if (justNamed != null) {
      // "… Xue Chang, the party secretary." then "Mr. Xue, who held the post": with a courtesy
      // title a writer means the person just introduced
      return justNamed.person;
    }
    int most = 0;
    for (Person p : fits) {
      most = Math.max(most, p.refs.size());
    }
    Ref bestBefore = null;
    Ref bestAfter = null;
    for (Person p : fits) {
      if (p.refs.size() < most) {
        continue;
      }
      for (Ref o : recent(p, counter)) {
        if (o.before(r)) {
          if (bestBefore == null || bestBefore.before(o)) {
            bestBefore = o;
          }
        } else if (bestAfter == null || o.before(bestAfter)) {
          bestAfter = o;
        }
      }
    }
    Ref pick = bestBefore != null ? bestBefore : bestAfter;
    return pick == null ? fits.get(0) : pick.person;
  }

  /** The person's last mentions, at most {@link #MAX_REFS_SCANNED}; counted as steps. */
  private static List<Ref> recent(Person p, Persons counter) {
    List<Ref> refs = p.refs;
    List<Ref> last =
        refs.size() <= MAX_REFS_SCANNED
            ? refs
            : refs.subList(refs.size() - MAX_REFS_SCANNED, refs.size());
    counter.steps += last.size();
    return last;
  }

  /** 1 for "Mr.", -1 for "Ms.", "Mrs." or "Miss", 0 for any other title or none. */
  private static int gender(PersonMention m) {
    String title = m.title().map(Actor::keyOf).orElse("");
    return switch (title) {
      case "mr", "monsieur", "senor", "herr" -> 1;
      case "ms", "mrs", "miss", "madame", "mme", "senora", "frau" -> -1;
      default -> 0;
    };
  }

  /** Picks the display name and dictionary entry of a person. */
  private void finish(Person p) {
    Ref best = null;
    for (Ref r : p.refs) {
      if (best == null
          || r.words.length > best.words.length
          || (r.words.length == best.words.length && accents(r) > accents(best))) {
        best = r;
      }
    }
    if (p.entry == null) {
      p.entry = dictionary.find(best.mention.name()).orElse(null);
    }
    if (p.entry == null && best.words.length >= 3 && lexicons.writesTwoSurnames()) {
      // "Juan Orlando Hernández Alvarado" is the dictionary's "Juan Orlando Hernández": the same
      // actor key, shown as the article writes it
      String name = best.mention.name();
      p.entry = dictionary.find(name.substring(0, name.lastIndexOf(' '))).orElse(null);
      if (p.entry != null) {
        p.display = name;
        return;
      }
    }
    boolean onlyShort = best.words.length == 1;
    p.display = onlyShort && p.entry != null ? p.entry.name() : best.mention.name();
  }

  private static int accents(Ref r) {
    int n = 0;
    String s = r.mention.name();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        n++;
      }
    }
    return n;
  }

  private static Actor actorOf(Person p) {
    Optional<String> country = Optional.empty();
    for (Ref r : p.refs) {
      if (r.mention.affiliation().isPresent()) {
        country = r.mention.affiliation();
        break;
      }
    }
    if (country.isEmpty() && p.entry != null) {
      country = p.entry.country();
    }
    String key = p.entry != null ? p.entry.key() : Actor.keyOf(p.display);
    return new Actor(p.display, key, country);
  }
}
