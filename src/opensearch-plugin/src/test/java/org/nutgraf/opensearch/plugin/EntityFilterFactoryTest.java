package org.nutgraf.opensearch.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.analysis.PersonNameAnalyzer;
import org.nutgraf.analysis.PlaceNameAnalyzer;
import org.nutgraf.recognition.EntityRecognizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;

/** The settings of the entity filters and analyzers: firms added inline or from a file. */
class EntityFilterFactoryTest {
  private static final String TEXT = "Lincoln Ashby said sales rose at its store in Leeds.";

  @TempDir Path home;
  private Environment env;

  @BeforeEach
  void node() throws IOException {
    Path config = home.resolve("config");
    Files.createDirectories(config.resolve("nutgraf"));
    Files.writeString(config.resolve("nutgraf/firms.txt"), "# retailers\nLincoln Ashby\n");
    Files.writeString(config.resolve("nutgraf/bad.txt"), "Lincoln Ashby\n...\n");
    env = new Environment(Settings.builder().put("path.home", home.toString()).build(), config);
  }

  private EntityRecognizer recognizer(Settings.Builder settings) {
    return EntityFilterFactory.recognizer(env, settings.build());
  }

  private static List<String> persons(EntityRecognizer r) throws IOException {
    return RestComparison.tokens(new PersonNameAnalyzer(r), TEXT);
  }

  @Test
  void withoutFirmsTheBuiltInListIsUsed() throws IOException {
    EntityRecognizer r = recognizer(Settings.builder());
    assertEquals(List.of("Lincoln Ashby@0-13:person"), persons(r));
  }

  @Test
  void firmsFromAFileOrInlineAreReadAsNoOneAndThePlaceStays() throws IOException {
    EntityRecognizer fromFile =
        recognizer(Settings.builder().put("firms_path", "nutgraf/firms.txt"));
    assertEquals(List.of(), persons(fromFile));
    assertEquals(
        List.of("GB@46-51:city"), RestComparison.tokens(new PlaceNameAnalyzer(fromFile), TEXT));

    EntityRecognizer inline = recognizer(Settings.builder().putList("firms", "Lincoln Ashby"));
    assertEquals(List.of(), persons(inline));
  }

  @Test
  void aBadSettingIsRefusedNamingTheSettingAndWhere() {
    IllegalArgumentException outside =
        assertThrows(
            IllegalArgumentException.class,
            () -> recognizer(Settings.builder().put("firms_path", "../firms.txt")));
    assertEquals(
        "[firms_path] [../firms.txt] must be a file under the node's config directory, given"
            + " relative to it",
        outside.getMessage());

    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> recognizer(Settings.builder().put("firms_path", "nutgraf/none.txt")));
    assertEquals(
        "[firms_path] no file [nutgraf/none.txt] in the node's config directory",
        missing.getMessage());

    IllegalArgumentException badLine =
        assertThrows(
            IllegalArgumentException.class,
            () -> recognizer(Settings.builder().put("firms_path", "nutgraf/bad.txt")));
    assertEquals(
        "[firms_path] cannot read [nutgraf/bad.txt]: "
            + home.resolve("config/nutgraf/bad.txt").toAbsolutePath().normalize()
            + ":2: no word in the firm's name '...'",
        badLine.getMessage());

    IllegalArgumentException badName =
        assertThrows(
            IllegalArgumentException.class,
            () -> recognizer(Settings.builder().putList("firms", "Lincoln Ashby", " ")));
    assertEquals("[firms] name 1: no word in the firm's name ' '", badName.getMessage());
  }
}
