package org.nutgraf.tools.gazetteer;

/**
 * Cleans a GeoNames region name of the words for its kind ("Cortés Department" → "Cortés", "State
 * of Mexico" → "Mexico"), the way news names it.
 */
final class RegionNames {
  private static final String[] PREFIXES = {
    "State of ",
    "Province of ",
    "Departamento de ",
    "Departamento del ",
    "Provincia de ",
    "Provincia di ",
    "Estado de ",
    "Region of ",
    "Republic of ",
    "Canton of ",
    "Governorate of ",
    "Wilayat ",
    "Muhafazat ",
    "Ostan-e ",
    "Oblast' "
  };
  private static final String[] SUFFIXES = {
    " Department",
    " Province",
    " Region",
    " Governorate",
    " State",
    " District",
    " County",
    " Prefecture",
    " Municipality",
    " Autonomous Region",
    " Autonomous Community",
    " Voivodeship",
    " Division",
    " Territory",
    " Oblast",
    " Krai",
    " Kray",
    " Republic",
    " Emirate",
    " Parish",
    " Canton",
    " Special Administrative Region",
    " Metropolitan City",
    " Capital District",
    " Federal District"
  };

  private RegionNames() {}

  /**
   * {@code name} without the prefixes and suffixes above, each taken off only when more than two
   * characters stay; {@code name} itself when none applies.
   */
  static String clean(String name) {
    String n = name;
    for (String p : PREFIXES) {
      if (n.startsWith(p) && n.length() > p.length() + 2) {
        n = n.substring(p.length());
      }
    }
    for (String s : SUFFIXES) {
      if (n.endsWith(s) && n.length() > s.length() + 2) {
        n = n.substring(0, n.length() - s.length());
      }
    }
    return n.strip();
  }
}
