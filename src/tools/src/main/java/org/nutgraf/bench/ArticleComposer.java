package org.nutgraf.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.nutgraf.article.Article;
import org.nutgraf.bench.PersonPool.Person;
import org.nutgraf.bench.PlacePool.Place;
import org.nutgraf.bench.Templates.Slot;
import org.nutgraf.bench.Templates.Template;

/**
 * Writes one article from the templates: a main country and maybe a second one, a few persons named
 * in full the first time and by surname after, and per paragraph a drawn number of place and person
 * mentions. Not thread-safe: one per thread.
 */
final class ArticleComposer {
  /** Chances of 0, 1, 2, 3, 4 place mentions in a paragraph. */
  private static final double[] PLACES = {0.12, 0.40, 0.30, 0.13, 0.05};

  /** Chances of 0, 1, 2, 3 person mentions in a paragraph. */
  private static final double[] PERSONS = {0.40, 0.38, 0.18, 0.04};

  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  private static final String[] OUTLET_FIRST = {
    "Morning", "Evening", "Daily", "Weekly", "Harbor", "Valley"
  };
  private static final String[] OUTLET_SECOND = {
    "Courier", "Lantern", "Ledger", "Beacon", "Dispatch", "Observer"
  };
  private static final long FIRST_DAY = Instant.parse("2016-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST_DAY = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
  private static final Zipf OUTLETS = new Zipf(OUTLET_FIRST.length * OUTLET_SECOND.length, 0.9);

  private final Vocabulary words;
  private final PlacePool places;
  private final PersonPool persons;
  private final Templates templates;
  private final StringBuilder sb = new StringBuilder(1024);
  private final List<Place> focus = new ArrayList<>(2);
  private final List<Person> cast = new ArrayList<>(4);
  private final List<Boolean> named = new ArrayList<>(4);
  private SplittableRandom random;
  private int placesLeft;
  private int personsLeft;

  ArticleComposer(Vocabulary words, PlacePool places, PersonPool persons, Templates templates) {
    this.words = words;
    this.places = places;
    this.persons = persons;
    this.templates = templates;
  }

  /** The number of paragraphs of the article {@code random} will write, 3 to 12. */
  static int paragraphCount(SplittableRandom random) {
    return 3 + random.nextInt(6) + random.nextInt(5);
  }

  /** The article with this index, from {@code random} after {@link #paragraphCount}. */
  Article compose(long index, SplittableRandom random, int paragraphs) {
    this.random = random;
    focus.clear();
    cast.clear();
    named.clear();
    focus.add(places.country(random));
    if (random.nextDouble() < 0.7) {
      focus.add(places.country(random));
    }
    int people = random.nextInt(4) + (random.nextDouble() < 0.8 ? 1 : 0);
    for (int i = 0; i < people; i++) {
      cast.add(persons.person(random));
      named.add(false);
    }
    long second = FIRST_DAY + (long) (random.nextDouble() * (LAST_DAY - FIRST_DAY));
    Instant published = Instant.ofEpochSecond(second);
    int outlet = OUTLETS.sample(random);
    String source =
        "The "
            + OUTLET_FIRST[outlet % OUTLET_FIRST.length]
            + " "
            + OUTLET_SECOND[outlet / OUTLET_FIRST.length];
    String id = "n" + index;
    ZonedDateTime day = published.atZone(ZoneOffset.UTC);
    String url =
        String.format(
            Locale.ROOT,
            "https://%s.example/%04d/%02d/%02d/%s",
            source.substring(4).toLowerCase(Locale.ROOT).replace(' ', '-'),
            day.getYear(),
            day.getMonthValue(),
            day.getDayOfMonth(),
            id);

    sb.setLength(0);
    List<Template> heads = templates.headlines();
    fill(heads.get(random.nextInt(heads.size())));
    String headline = capitalize(sb.toString());
    List<String> texts = new ArrayList<>(paragraphs);
    for (int p = 0; p < paragraphs; p++) {
      texts.add(paragraph());
    }
    return Article.of(id, headline, Optional.of(published), source, Optional.of(url), texts);
  }

  private String paragraph() {
    sb.setLength(0);
    placesLeft = draw(PLACES);
    personsLeft = Math.min(cast.size(), draw(PERSONS));
    int sentences = 3 + random.nextInt(3);
    for (int s = 0; s < 7 && (s < sentences || placesLeft > 0 || personsLeft > 0); s++) {
      if (s > 0) {
        sb.append(' ');
      }
      int start = sb.length();
      fill(pick());
      sb.setCharAt(start, Character.toUpperCase(sb.charAt(start)));
    }
    return sb.toString();
  }

  /** A template naming as many of the places and persons still due as one can. */
  private Template pick() {
    int pl = Math.min(placesLeft, 2);
    int pe = Math.min(personsLeft, 2);
    int[][] tries = {
      {pl, pe},
      {pl, Math.min(pe, 1)},
      {Math.min(pl, 1), pe},
      {pl, 0},
      {0, pe},
      {Math.min(pl, 1), 0},
      {0, Math.min(pe, 1)},
      {0, 0}
    };
    for (int[] t : tries) {
      List<Template> list = templates.with(t[0], t[1]);
      if (!list.isEmpty()) {
        return list.get(random.nextInt(list.size()));
      }
    }
    throw new IllegalStateException("no template without entities");
  }

  private void fill(Template t) {
    Person previous = null;
    String lastPlace = "";
    for (int i = 0; i < t.slots().length; i++) {
      sb.append(t.literals()[i]);
      switch (t.slots()[i]) {
        case PERSON -> previous = person(previous);
        case PLACE, COUNTRY, DEMONYM -> {
          String name = placeName(t.slots()[i]);
          for (int retry = 0; retry < 4 && name.equals(lastPlace); retry++) {
            name = placeName(t.slots()[i]);
          }
          sb.append(name);
          lastPlace = name;
        }
        case NOUN -> sb.append(words.noun(random));
        case ADJ -> sb.append(words.adjective(random));
        case VERB -> sb.append(words.verb(random));
        case NUM -> sb.append(2 + random.nextInt(random.nextBoolean() ? 20 : 900));
        case DAY -> sb.append(DAYS[random.nextInt(DAYS.length)]);
        case MONTH -> sb.append(MONTHS[random.nextInt(MONTHS.length)]);
      }
    }
    sb.append(t.literals()[t.slots().length]);
    placesLeft = Math.max(0, placesLeft - t.places());
    personsLeft = Math.max(0, personsLeft - t.persons());
  }

  /** A name for a place slot: a country or one of its cities, its name, or its demonym. */
  private String placeName(Slot slot) {
    Place p = place();
    return switch (slot) {
      case COUNTRY -> p.name();
      case DEMONYM -> p.demonym();
      default -> random.nextDouble() < 0.4 ? p.name() : places.city(p, random);
    };
  }

  /** The main country most often, then the second, now and then any other. */
  private Place place() {
    double r = random.nextDouble();
    if (r < 0.55 || (r < 0.85 && focus.size() == 1)) {
      return focus.get(0);
    }
    return r < 0.85 ? focus.get(1) : places.country(random);
  }

  /** Writes a person of the article, the lead one most often, other than {@code not} if it can. */
  private Person person(Person not) {
    int i = random.nextBoolean() ? 0 : random.nextInt(cast.size());
    if (cast.get(i).equals(not)) {
      i = (i + 1) % cast.size();
    }
    Person p = cast.get(i);
    if (!named.get(i)) {
      named.set(i, true);
      if (random.nextDouble() < 0.25) {
        sb.append(PersonPool.title(random)).append(' ');
      }
      sb.append(p.fullName());
    } else if (random.nextDouble() < 0.15) {
      sb.append(p.fullName());
    } else {
      sb.append(p.surname());
    }
    return p;
  }

  private int draw(double[] chances) {
    double r = random.nextDouble();
    for (int i = 0; i < chances.length; i++) {
      r -= chances[i];
      if (r < 0) {
        return i;
      }
    }
    return chances.length - 1;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
