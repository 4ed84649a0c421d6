package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nutgraf.text.TokenKey;

/**
 * The given names and common words, folded: read from the shared lexicons and the team's lists,
 * both used to flag place names and shipped to the recogniser.
 *
 * @param givenNames folded given names, sorted
 * @param commonWords folded common English words, sorted
 */
record NameLexicons(Set<String> givenNames, Set<String> commonWords) {

  /**
   * Reads the English given-name lists and the multi-language list of {@code lexicons} (a name
   * there counts when two or more of its lists agree), the team's {@code
   * lexicons/given-names-world.txt} and {@code lexicons/common-words.txt} of {@code data}.
   */
  static NameLexicons read(Path lexicons, Path data) throws IOException {
    Set<String> givenNames = new TreeSet<>();
    for (String f : List.of("given-names-male-en.txt", "given-names-female-en.txt")) {
      for (String line : Files.readAllLines(lexicons.resolve(f))) {
        addGivenName(givenNames, line);
      }
    }
    // the multi-language list is noisy ("the", "china"): take names two or more lists agree on
    for (String line : Files.readAllLines(lexicons.resolve("given-names-multi.tsv"))) {
      String[] f = line.split("\t");
      if (f.length == 2 && !line.startsWith("#") && f[1].contains(",")) {
        addGivenName(givenNames, f[0]);
      }
    }
    for (String line : Files.readAllLines(data.resolve("lexicons/given-names-world.txt"))) {
      addGivenName(givenNames, line);
    }
    Set<String> commonWords = new TreeSet<>();
    for (String line : Files.readAllLines(data.resolve("lexicons/common-words.txt"))) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        commonWords.add(TokenKey.of(w));
      }
    }
    return new NameLexicons(givenNames, commonWords);
  }

  /** Adds a line that is a name of letters, hyphens, apostrophes and spaces; skips any other. */
  private static void addGivenName(Set<String> names, String line) {
    String n = line.strip();
    if (!n.isEmpty()
        && !n.startsWith("#")
        && n.chars()
            .allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'' || ch == ' ')) {
      names.add(TokenKey.of(n));
    }
  }
}
