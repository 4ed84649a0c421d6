package org.nutgraf.opensearch.zip;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * A step of the plugin zip's build (the module's pom runs it before packaging): copies into a
 * staging directory each runtime jar the plugin needs that the OpenSearch distribution does not
 * already ship, with the licence and notice files each copied jar carries, and writes {@code
 * jars.txt}, what it kept and what it left out.
 *
 * <p>A jar is left out when any of its classes is in a jar of the distribution's {@code lib/}:
 * OpenSearch refuses such a plugin (jar hell) and the plugin runs on OpenSearch's copy. That copy
 * must then be the very jar the plugin was built and tested with (same file name); otherwise the
 * step fails, naming both, so that the line's profile can be set to OpenSearch's version.
 *
 * <p>OpenSearch's jars are read from the distribution zip ({@code --distribution}, its {@code
 * lib/*.jar}) when Maven Central has it for the line, else from the class path of the server
 * artifact's runtime dependencies ({@code --server}), which is what {@code lib/} is built from.
 *
 * <pre>PluginJars --bundle=RUNTIME_CLASSPATH_FILE [--distribution=ZIP] [--server=CLASSPATH_FILE]
 *            --out=DIR</pre>
 *
 * An empty value counts as absent.
 *
 * <p>Fails (exit status 1, one line on stderr) when a kept jar carries no licence ({@code
 * META-INF/LICENSE*} or {@code META-INF/licenses/}), when a left-out jar differs from OpenSearch's,
 * or when an input is missing.
 */
public final class PluginJars {
  private PluginJars() {}

  /** What happened to the plugin's runtime jars. */
  record Decision(List<Path> kept, Map<Path, String> leftOut) {}

  public static void main(String[] args) throws IOException {
    try {
      Map<String, String> opts = options(args);
      List<Path> bundle = classpath(Path.of(required(opts, "--bundle")));
      Map<String, String> lib = new HashMap<>();
      String dist = opts.getOrDefault("--distribution", "");
      if (!dist.isBlank()) {
        lib.putAll(distributionClasses(Path.of(dist)));
      }
      String server = opts.getOrDefault("--server", "");
      if (dist.isBlank() && !server.isBlank()) {
        for (Path jar : classpath(Path.of(server))) {
          classes(jar).forEach(c -> lib.putIfAbsent(c, jar.getFileName().toString()));
        }
      }
      if (lib.isEmpty()) {
        throw new IllegalArgumentException("no OpenSearch jars: give --distribution or --server");
      }
      Decision d = decide(bundle, lib);
      write(d, Path.of(required(opts, "--out")), dist.isBlank() ? server : dist);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      System.err.println("PluginJars: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Splits the plugin's runtime jars into those to bundle and those OpenSearch ships ({@code lib}
   * maps a class name to the file name of OpenSearch's jar holding it).
   *
   * @throws IllegalStateException if a jar to leave out is not the file OpenSearch ships
   */
  static Decision decide(List<Path> bundle, Map<String, String> lib) {
    List<Path> kept = new ArrayList<>();
    Map<Path, String> leftOut = new LinkedHashMap<>();
    for (Path jar : bundle) {
      Set<String> theirs = new TreeSet<>();
      for (String c : classes(jar)) {
        String owner = lib.get(c);
        if (owner != null) {
          theirs.add(owner);
        }
      }
      String name = jar.getFileName().toString();
      if (theirs.isEmpty()) {
        kept.add(jar);
      } else if (theirs.equals(Set.of(name))) {
        leftOut.put(jar, name);
      } else {
        throw new IllegalStateException(
            name
                + " shares classes with OpenSearch's "
                + String.join(", ", theirs)
                + ": the plugin would run on OpenSearch's copy, not on the one it was built and"
                + " tested with; set this line's profile to OpenSearch's version");
      }
    }
    return new Decision(kept, leftOut);
  }

  private static void write(Decision d, Path out, String libSource) throws IOException {
    Files.createDirectories(out);
    StringBuilder report = new StringBuilder("# jars of the plugin zip, decided from ");
    report.append(libSource).append('\n');
    for (Path jar : d.kept()) {
      Files.copy(jar, out.resolve(jar.getFileName()), REPLACE);
      int licences = copyLicences(jar, out.resolve("licenses"));
      if (licences == 0) {
        throw new IllegalStateException(
            jar.getFileName()
                + " carries no META-INF/LICENSE or META-INF/licenses/: its licence"
                + " must be in the zip");
      }
      report.append("bundled ").append(jar.getFileName()).append('\n');
    }
    d.leftOut()
        .forEach(
            (jar, owner) ->
                report.append("left out ").append(owner).append(" (OpenSearch ships it)\n"));
    Files.writeString(out.getParent().resolve("jars.txt"), report);
  }

  private static final CopyOption REPLACE = java.nio.file.StandardCopyOption.REPLACE_EXISTING;

  /** Copies a jar's licence and notice files under {@code dir/<jar name>/}; returns licences. */
  private static int copyLicences(Path jar, Path dir) throws IOException {
    int licences = 0;
    String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry e : zip.stream().toList()) {
        String n = e.getName();
        String upper = n.toUpperCase(Locale.ROOT);
        boolean licence =
            upper.startsWith("META-INF/LICENSE") || upper.startsWith("META-INF/LICENSES/");
        if (e.isDirectory() || !(licence || upper.startsWith("META-INF/NOTICE"))) {
          continue;
        }
        Path to = dir.resolve(base).resolve(n.substring(n.lastIndexOf('/') + 1));
        Files.createDirectories(to.getParent());
        try (InputStream in = zip.getInputStream(e)) {
          Files.copy(in, to, REPLACE);
        }
        licences += licence ? 1 : 0;
      }
    }
    return licences;
  }

  /** Class name → jar file name, of each jar directly in the distribution's {@code lib/}. */
  static Map<String, String> distributionClasses(Path zip) throws IOException {
    if (!Files.isRegularFile(zip)) {
      throw new IllegalArgumentException("no distribution zip at " + zip);
    }
    Map<String, String> out = new HashMap<>();
    try (ZipFile dist = new ZipFile(zip.toFile())) {
      for (ZipEntry e : dist.stream().toList()) {
        String[] parts = e.getName().split("/");
        if (parts.length == 3 && parts[1].equals("lib") && parts[2].endsWith(".jar")) {
          try (ZipInputStream jar = new ZipInputStream(dist.getInputStream(e))) {
            for (ZipEntry c = jar.getNextEntry(); c != null; c = jar.getNextEntry()) {
              if (isClass(c.getName())) {
                out.putIfAbsent(c.getName(), parts[2]);
              }
            }
          }
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(zip + " has no <dir>/lib/*.jar: not a distribution");
    }
    return out;
  }

  /** The class entries of a jar, as they would clash on a class path. */
  static Set<String> classes(Path jar) {
    Set<String> out = new TreeSet<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().map(ZipEntry::getName).filter(PluginJars::isClass).forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static boolean isClass(String name) {
    return name.endsWith(".class")
        && !name.startsWith("META-INF/")
        && !name.endsWith("module-info.class");
  }

  private static List<Path> classpath(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no class path file at " + file);
    }
    List<Path> out = new ArrayList<>();
    for (String entry : Files.readString(file).strip().split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      if (!entry.endsWith(".jar")) {
        throw new IllegalArgumentException(
            file + " names " + entry + ", not a jar: package the modules it comes from first");
      }
      out.add(Path.of(entry));
    }
    return out;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (!a.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("not --name=value: " + a);
      }
      opts.put(a.substring(0, eq), a.substring(eq + 1).strip());
    }
    return opts;
  }

  private static String required(Map<String, String> opts, String name) {
    String v = opts.get(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("missing " + name);
    }
    return v;
  }
}
