package org.nutgraf.recognition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.nutgraf.text.NameKey;

/** Known names read from a list: one full name or alias a line (the first tab column counts). */
public final class KnownNameSet implements KnownNames {
  private final Set<String> names;
  private final Map<String, Integer> surnames;

  private KnownNameSet(Set<String> names) {
    this.names = Set.copyOf(names);
    Map<String, Integer> s = new HashMap<>();
    for (String n : names) {
      String surname = NameKey.surnameOf(n);
      if (!surname.isEmpty()) {
        s.merge(surname, 1, Integer::sum);
      }
    }
    this.surnames = Map.copyOf(s);
  }

  /** Reads a list; '#' starts a comment line. */
  public static KnownNameSet read(InputStream in) throws IOException {
    Set<String> names = new HashSet<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      int tab = s.indexOf('\t');
      names.add(normalize(tab < 0 ? s : s.substring(0, tab)));
    }
    return new KnownNameSet(names);
  }

  private static String normalize(String name) {
    return NameKey.of(name);
  }

  @Override
  public boolean isKnown(String folded) {
    return names.contains(normalize(folded));
  }

  @Override
  public boolean isKnownSurname(String folded) {
    return surnames.getOrDefault(normalize(folded), 0) == 1;
  }
}
