package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jar's entry class: one line on a Java older than 21, the tool itself on a newer one. */
class VersionGateTest {
  @Test
  void anOldJavaIsNamedWithWhereItRuns() {
    String line = VersionGate.problem("17", "/opt/jdk-17");

    assertEquals(
        "nutgraf: needs Java 21 or newer, but this is Java 17 at /opt/jdk-17; run the nutgraf"
            + " script beside the jar, which finds a newer Java",
        line);
  }

  @Test
  void readsOldAndNewVersionStrings() {
    assertEquals(8, VersionGate.major("1.8"));
    assertEquals(17, VersionGate.major("17"));
    assertEquals(21, VersionGate.major("21.0.2"));
    assertEquals(0, VersionGate.major("unknown"));
    assertNull(VersionGate.problem("21", "/opt/jdk-21"));
    assertNull(VersionGate.problem("25", "/opt/jdk-25"));
  }

  @Test
  void handsOverToTheToolOnThisJava() throws Exception {
    Process p =
        java(Path.of(System.getProperty("java.home"), "bin", "java"), "--version")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();

    assertEquals(List.of("nutgraf 0.1.0-SNAPSHOT"), lines(p, true));
    assertEquals(0, p.waitFor());
  }

  @Test
  void saysInOneLineWhenJava17RunsIt() throws Exception {
    Path old = Path.of("/usr/bin/java");
    assumeTrue(Files.isExecutable(old), "no /usr/bin/java here");
    Process version = new ProcessBuilder(old.toString(), "-version").start();
    String banner = String.join(" ", lines(version, false));
    version.waitFor();
    assumeTrue(banner.matches("(?s).*version \"(1\\.|1[0-9]|20)[^\"]*\".*"), banner);

    Process p = java(old, "search", "caravan").start();

    List<String> err = lines(p, false);
    assertEquals(1, p.waitFor());
    assertEquals(1, err.size(), err::toString);
    assertTrue(
        err.get(0).startsWith("nutgraf: needs Java 21 or newer, but this is Java "), err::toString);
  }

  /** A run of the compiled entry class, with the test's own class path for the tool. */
  private static ProcessBuilder java(Path java, String... args) throws URISyntaxException {
    Path classes =
        Path.of(VersionGate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-cp",
                classes + File.pathSeparator + System.getProperty("java.class.path"),
                VersionGate.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }

  private static List<String> lines(Process p, boolean out) throws IOException {
    return new String(
            (out ? p.getInputStream() : p.getErrorStream()).readAllBytes(), StandardCharsets.UTF_8)
        .lines()
        .filter(l -> !l.startsWith("WARNING"))
        .toList();
  }
}
