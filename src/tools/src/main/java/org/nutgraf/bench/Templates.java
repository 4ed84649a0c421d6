package org.nutgraf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentence templates of the corpus, written for it, with slots: {person}, {place} (a country or
 * city), {country}, {demonym}, {noun}, {adj}, {verb}, {num}, {day}, {month}. Each template is filed
 * by how many places and persons it names.
 */
final class Templates {
  /** A slot kind. */
  enum Slot {
    PERSON,
    PLACE,
    COUNTRY,
    DEMONYM,
    NOUN,
    ADJ,
    VERB,
    NUM,
    DAY,
    MONTH
  }

  /** A parsed template: literal text before each slot, then the text after the last. */
  record Template(String[] literals, Slot[] slots, int places, int persons) {}

  private static final String[] SENTENCES = {
    // no entity
    "The {noun} had been {adj} for months, and the {noun} was {verb} again on {day}.",
    "Officials {verb} the {noun} on {day}, citing {adj} {noun} and a shortage of {noun}.",
    "Analysts expect the {noun} to stay {adj} at least until {month}.",
    "More than {num} people {verb} the {noun} last week, according to the {noun} agency.",
    "The {adj} {noun} was {verb} after a long dispute over {noun} and {noun}.",
    "It was not clear how the {noun} would affect the {adj} {noun}.",
    "A {adj} {noun} of about {num} {noun} was {verb} in {month}.",
    "The {noun} said the {noun} had {verb} the {noun} without warning.",
    "Critics say the {noun} has done little to ease {adj} {noun}.",
    "The figures, {verb} on {day}, showed {noun} at its lowest level in {num} years.",
    "The {noun} is expected to be {verb} by the {noun} before {month}.",
    "Supporters of the {noun} {verb} the {adj} {noun} as a first step.",
    // one place
    "In {place}, the {noun} was {verb} on {day} after weeks of {adj} {noun}.",
    "{demonym} officials {verb} the {noun} late on {day}.",
    "Talks in {place} {verb} the {noun} for a second time in {month}.",
    "The {noun} in {place} was {verb} after {num} {noun} were found.",
    "{country} has {verb} the {noun}, the {noun} ministry said.",
    "About {num} {demonym} {noun} were {verb} near the border.",
    "The {adj} {noun} reached {place} on {day}, a week later than planned.",
    "Residents of {place} said the {noun} had {verb} their {noun}.",
    "The {demonym} {noun} {verb} a {adj} {noun} in {month}.",
    // two places
    "Trade between {place} and {place} {verb} by {num} percent in {month}.",
    "{demonym} and {demonym} negotiators {verb} the {noun} on {day}.",
    "Flights from {place} to {place} were {verb} because of the {noun}.",
    "The {noun} links {place} with the port of {place}.",
    "{country} and {country} {verb} a {adj} {noun} after talks in {place}.",
    // one person
    "\"The {noun} is {adj},\" {person} said.",
    "{person} {verb} the {noun} in a statement on {day}.",
    "{person} said the {noun} would take about {num} days.",
    "According to {person}, the {noun} was {verb} without a vote.",
    "{person} declined to comment on the {adj} {noun}.",
    // one place, one person
    "{person} told reporters in {place} that the {noun} was {adj}.",
    "Speaking in {place}, {person} {verb} the {adj} {noun}.",
    "{person}, who visited {place} in {month}, {verb} the {noun}.",
    "The {demonym} {noun} was {verb} by {person} on {day}.",
    // two persons
    "{person} and {person} {verb} the {noun} at a meeting on {day}.",
    "{person} rejected a {noun} put forward by {person}.",
    "{person} said {person} had {verb} the {noun} too early.",
    // places and persons
    "{person} met {person} in {place} to discuss the {noun}.",
    "{person} flew from {place} to {place} for talks on the {noun}.",
  };

  private static final String[] HEADLINES = {
    "{demonym} {noun} {verb} as {noun} grows",
    "{place} {noun} {verb} after {adj} {noun}",
    "{adj} {noun} in {place} as {noun} talks stall",
    "{demonym} {noun} faces {adj} {noun}",
    "{noun} {verb} in {place}",
  };

  private final List<List<Template>> byCount = new ArrayList<>();
  private final List<Template> headlines = new ArrayList<>();

  Templates() {
    for (int i = 0; i < 9; i++) {
      byCount.add(new ArrayList<>());
    }
    for (String s : SENTENCES) {
      Template t = parse(s);
      byCount.get(key(t.places(), t.persons())).add(t);
    }
    for (String s : HEADLINES) {
      headlines.add(parse(s));
    }
  }

  /** Templates naming exactly this many places (0–2) and persons (0–2); maybe none. */
  List<Template> with(int places, int persons) {
    return byCount.get(key(places, persons));
  }

  List<Template> headlines() {
    return headlines;
  }

  private static int key(int places, int persons) {
    return Math.min(places, 2) * 3 + Math.min(persons, 2);
  }

  static Template parse(String s) {
    List<String> literals = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    int places = 0;
    int persons = 0;
    int from = 0;
    for (int open = s.indexOf('{'); open >= 0; open = s.indexOf('{', from)) {
      int close = s.indexOf('}', open);
      literals.add(s.substring(from, open));
      Slot slot = Slot.valueOf(s.substring(open + 1, close).toUpperCase(Locale.ROOT));
      slots.add(slot);
      switch (slot) {
        case PLACE, COUNTRY, DEMONYM -> places++;
        case PERSON -> persons++;
        default -> {}
      }
      from = close + 1;
    }
    literals.add(s.substring(from));
    return new Template(
        literals.toArray(String[]::new), slots.toArray(Slot[]::new), places, persons);
  }
}
