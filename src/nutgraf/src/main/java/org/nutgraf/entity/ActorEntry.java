package org.nutgraf.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nutgraf.recognition.Lexicons;
import org.nutgraf.text.NameKey;

/**
 * One person in an actor dictionary.
 *
 * @param name canonical name ("Andrés Manuel López Obrador")
 * @param aliases other names the press uses ("AMLO")
 * @param country ISO code of their affiliation, if any
 * @param roles offices held, with dates when known
 */
public record ActorEntry(
    String name, List<String> aliases, Optional<String> country, List<Role> roles) {
  public ActorEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }

  /**
   * An office held.
   *
   * @param title the office ("President")
   * @param from first day, if known
   * @param to last day; empty while held or when unknown
   */
  public record Role(String title, Optional<LocalDate> from, Optional<LocalDate> to) {
    /** True if the office was held on {@code day}, open ends counting as held. */
    public boolean heldOn(LocalDate day) {
      return from.map(f -> !day.isBefore(f)).orElse(true)
          && to.map(t -> !day.isAfter(t)).orElse(true);
    }
  }

  /** The dictionary key: {@link Actor#keyOf} of the name. */
  public String key() {
    return Actor.keyOf(name);
  }

  /**
   * The family name, folded ({@link NameKey#surnameOf}): the last word of the name, or the word
   * before a generational suffix ("king" for "Martin Luther King Jr."); empty when the name ends in
   * a regnal number ("Charles III"), which names no family. A person of China, Taiwan, Hong Kong,
   * Macau, Korea or Singapore whose name opens with a Chinese or Korean family name is written
   * family name first: "xi" for "Xi Jinping", "moon" for "Moon Jae-in", but "wong" for "Lawrence
   * Wong".
   */
  public String surnameKey() {
    String key = key();
    int space = key.indexOf(' ');
    if (space > 0
        && country.filter(FAMILY_NAME_FIRST::contains).isPresent()
        && Lexicons.defaults().isEastAsianSurname(key.substring(0, space))) {
      return key.substring(0, space);
    }
    return NameKey.surnameOf(key);
  }

  /** Countries whose people English news names family name first. */
  private static final Set<String> FAMILY_NAME_FIRST =
      Set.of("CN", "TW", "HK", "MO", "KR", "KP", "SG");
}
