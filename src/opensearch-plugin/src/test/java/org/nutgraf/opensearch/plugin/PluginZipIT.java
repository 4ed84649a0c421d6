package org.nutgraf.opensearch.plugin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.Test;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;

/**
 * The built zip passes the checks {@code opensearch-plugin install} makes (descriptor, OpenSearch
 * and Java version, jar hell against OpenSearch's own jars), and its classes tag text with only
 * OpenSearch's jars (the line's Lucene, {@code nutgraf.luceneVersion}) beside them. Runs after
 * {@code package} (failsafe).
 */
public class PluginZipIT {
  @Test
  public void zipPassesTheInstallChecksAndTagsOnOpenSearchsLucene() throws Exception {
    Path work = Files.createTempDirectory("nutgraf-zip");
    Path plugin = work.resolve("nutgraf");
    unzip(Path.of(System.getProperty("nutgraf.pluginZip")), plugin);
    PluginInfo info = PluginInfo.readFromProperties(plugin);
    assertEquals("nutgraf", info.getName());
    assertEquals(NutgrafPlugin.class.getName(), info.getClassname());
    PluginsService.verifyCompatibility(info);

    List<URL> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(plugin)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
        String name = f.getFileName().toString();
        assertTrue(
            name + " is OpenSearch's to provide",
            !name.startsWith("lucene-") && !name.startsWith("opensearch-"));
        jars.add(f.toUri().toURL());
      }
    }
    Set<URL> core = openSearchClasspath();
    core.addAll(leftOut(jars));
    PluginsService.checkJarHellForPlugin(
        core,
        info,
        plugin,
        Files.createDirectory(work.resolve("plugins")),
        Files.createDirectory(work.resolve("modules")));

    try (URLClassLoader opensearch =
            new URLClassLoader(core.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), opensearch)) {
      loader.loadClass(info.getClassname()).getConstructor().newInstance();
      Class<?> tagger = loader.loadClass("org.nutgraf.entity.ArticleTagger");
      Object defaults = tagger.getMethod("defaults").invoke(null);
      Object recognizer = tagger.getMethod("recognizer").invoke(defaults);
      Method recognize = recognizer.getClass().getMethod("recognize", String.class);
      String found = recognize.invoke(recognizer, "Hondurans crossed into Guatemala.").toString();
      assertTrue(found, found.contains("country=HN") && found.contains("country=GT"));
      Class<?> lucene = loader.loadClass("org.apache.lucene.util.Version");
      assertEquals(
          System.getProperty("nutgraf.luceneVersion"),
          lucene.getField("LATEST").get(null).toString());
    }
  }

  /** OpenSearch's runtime jars, as Maven resolved them (provided scope). */
  /**
   * The plugin's run-time jars the zip leaves out because the distribution's lib/ ships them
   * (jackson-core on a line whose OpenSearch brings it): on a node the server's loader gives them.
   */
  private static Set<URL> leftOut(List<URL> bundled) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    for (URL u : bundled) {
      String path = u.getPath();
      names.add(path.substring(path.lastIndexOf('/') + 1));
    }
    Set<URL> urls = new LinkedHashSet<>();
    String cp =
        Files.readString(Path.of(System.getProperty("nutgraf.pluginRuntimeClasspath"))).strip();
    for (String entry : cp.split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (!names.contains(jar.getFileName().toString())) {
        urls.add(jar.toUri().toURL());
      }
    }
    return urls;
  }

  private static Set<URL> openSearchClasspath() throws IOException {
    Set<URL> urls = new LinkedHashSet<>();
    String cp =
        Files.readString(Path.of(System.getProperty("nutgraf.opensearchClasspath"))).strip();
    for (String entry : cp.split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    return urls;
  }

  private static void unzip(Path zip, Path to) throws IOException {
    Files.createDirectories(to);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path out = to.resolve(e.getName()).normalize();
        if (!out.startsWith(to)) {
          throw new IOException("zip entry outside the plugin directory: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(in, out);
        }
      }
    }
  }
}
