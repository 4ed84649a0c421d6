package org.nutgraf.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on stderr. To a terminal it is one line rewritten in place with {@code \r}
 * about once a second; elsewhere (a file, a pipe, a CI log) it is a plain line every ten seconds.
 * When the size of the input is known it adds the share done and the time left. {@link #end} closes
 * a rewritten line with a newline, so whatever is printed next starts a line of its own.
 */
final class Progress {
  private static final long SECOND = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final String verb;
  private final String unit;
  private final LongSupplier clock;
  private final long start;
  private long last;
  private boolean lineOpen;
  private int width;

  /**
   * Progress of {@code verb} ("indexed") so many {@code unit} ("articles"), written to {@code err};
   * {@code clock} gives nanoseconds, as {@link System#nanoTime}.
   */
  Progress(PrintWriter err, boolean terminal, String verb, String unit, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.verb = verb;
    this.unit = unit;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.last = start;
  }

  /** Progress to the console when there is one, else plain lines; real time. */
  static Progress of(PrintWriter err, String verb, String unit) {
    return new Progress(err, terminal(), verb, unit, System::nanoTime);
  }

  /**
   * Whether the tool runs in a terminal: {@link System#console} is there, and, on Java 22 and
   * later, which may give a console to redirected streams too, it says it is a terminal.
   */
  private static boolean terminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: a console is a terminal
    }
  }

  /**
   * Reports {@code items} done and {@code bytes} of the input's {@code totalBytes} read (0 when not
   * known); prints only when a second (terminal) or ten seconds (elsewhere) have passed.
   */
  void update(long items, long bytes, long totalBytes) {
    long now = clock.getAsLong();
    if (now - last < (terminal ? SECOND : 10 * SECOND)) {
      return;
    }
    last = now;
    String line = line(items, bytes, totalBytes, now - start);
    if (terminal) {
      // spaces wipe what is left of a longer line before
      err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
      width = line.length();
      lineOpen = true;
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Ends a line left open by a terminal report; call before printing anything else. */
  void end() {
    if (lineOpen) {
      err.println();
      err.flush();
      lineOpen = false;
    }
  }

  private String line(long items, long bytes, long totalBytes, long elapsed) {
    double seconds = elapsed / 1e9;
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%s %,d %s (%,.0f %s/s)", verb, items, unit, items / seconds, unit));
    if (totalBytes > 0 && bytes > 0) {
      double share = Math.min(1.0, (double) bytes / totalBytes);
      long left = Math.round(seconds / share * (1 - share));
      sb.append(
          String.format(
              Locale.ROOT,
              ", %d%% of %s, about %s left",
              (int) (share * 100),
              size(totalBytes),
              duration(left)));
    }
    return sb.toString();
  }

  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%,d KB", Math.max(1, bytes / 1024));
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%,.2f GB", bytes / (1024.0 * 1024 * 1024));
  }

  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return seconds / 60 + "m" + String.format(Locale.ROOT, "%02d", seconds % 60) + "s";
    }
    return seconds / 3600 + "h" + String.format(Locale.ROOT, "%02d", seconds % 3600 / 60) + "m";
  }
}
