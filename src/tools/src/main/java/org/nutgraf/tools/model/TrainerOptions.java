package org.nutgraf.tools.model;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A model trainer's command line, {@code --name value} pairs: {@code --gum} and {@code --out} are
 * required, {@code --genres} defaults to {@link PersonModelTrainer#DEFAULT_GENRES} and {@code
 * --folds} to 5 (at least 2), and each trainer adds its own options with their defaults. An unknown
 * option, an option without its value or a required one left out prints why and the trainer's usage
 * line, then exits with status 2.
 *
 * @param own the trainer's own options, by name ("--margin"), each with its value or its default
 */
record TrainerOptions(Path gum, Path out, String genres, int folds, Map<String, String> own) {
  /**
   * Reads {@code args}.
   *
   * @param defaults the trainer's own options with their defaults ("" for none)
   * @param usage the trainer's usage line, shown after the reason when {@code args} are wrong
   * @throws NumberFormatException when {@code --folds} is no number
   */
  static TrainerOptions parse(String[] args, Map<String, String> defaults, String usage) {
    Path gum = null;
    Path out = null;
    String genres = PersonModelTrainer.DEFAULT_GENRES;
    int folds = 5;
    Map<String, String> own = new HashMap<>(defaults);
    for (int k = 0; k + 1 < args.length; k += 2) {
      String value = args[k + 1];
      switch (args[k]) {
        case "--gum" -> gum = Path.of(value);
        case "--out" -> out = Path.of(value);
        case "--genres" -> genres = value;
        case "--folds" -> folds = Integer.parseInt(value);
        default -> {
          if (!own.containsKey(args[k])) {
            exit("unknown option " + args[k], usage);
          }
          own.put(args[k], value);
        }
      }
    }
    if (gum == null || out == null || args.length % 2 != 0 || folds < 2) {
      exit("--gum and --out are required; --folds is 2 or more", usage);
    }
    return new TrainerOptions(gum, out, genres, folds, Map.copyOf(own));
  }

  /** The value of the trainer's own option {@code name}, or its default. */
  String get(String name) {
    return own.get(name);
  }

  /** Prints {@code why} and {@code usage} to standard error and exits with status 2. */
  static void exit(String why, String usage) {
    System.err.println(why + "\nusage: " + usage);
    System.exit(2);
  }
}
