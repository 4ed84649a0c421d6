package org.nutgraf.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The runnable jar's first class, compiled for Java 8 so that an older Java can load it: on Java 21
 * or newer it hands over to {@link Main}; on an older one it says in one line which Java runs and
 * that 21 or newer is needed, instead of failing with a class version error.
 */
public final class VersionGate {
  /** The oldest Java the tool runs on. */
  static final int REQUIRED = 21;

  private VersionGate() {}

  /**
   * Checks this Java, then runs {@code org.nutgraf.cli.Main}; exits with 1 on a Java older than 21.
   *
   * @param args the command line, handed over unchanged
   * @throws Throwable whatever {@code Main.main} throws
   */
  public static void main(String[] args) throws Throwable {
    String problem =
        problem(System.getProperty("java.specification.version"), System.getProperty("java.home"));
    if (problem != null) {
      System.err.println(problem);
      System.exit(1);
    }
    Method main = Class.forName("org.nutgraf.cli.Main").getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * What is wrong with running on Java {@code specVersion} (a {@code java.specification.version}
   * such as "1.8" or "17") installed at {@code javaHome}, or null when it is new enough.
   */
  static String problem(String specVersion, String javaHome) {
    if (major(specVersion) >= REQUIRED) {
      return null;
    }
    return "nutgraf: needs Java "
        + REQUIRED
        + " or newer, but this is Java "
        + specVersion
        + " at "
        + javaHome
        + "; run the nutgraf script beside the jar, which finds a newer Java";
  }

  /** The major version in "1.8" (8), "17" or "21.0.1"; 0 when it cannot be read. */
  static int major(String specVersion) {
    if (specVersion == null) {
      return 0;
    }
    String v = specVersion.startsWith("1.") ? specVersion.substring(2) : specVersion;
    int end = 0;
    while (end < v.length() && Character.isDigit(v.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
  }
}
