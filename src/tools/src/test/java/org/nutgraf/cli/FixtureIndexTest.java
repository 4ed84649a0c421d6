package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureIndexTest {
  @TempDir Path root;

  @Test
  void findsTheFixturesOfTheCheckoutTheJarWasBuiltIn() throws Exception {
    Path checkout = root.resolve("checkout");
    Path articles = Files.createDirectories(checkout.resolve("index-fixtures/articles"));
    Path target = Files.createDirectories(checkout.resolve("target"));
    assertEquals(Optional.of(articles), FixtureIndex.fixturesBeside(target));

    // the classes directory of a module build, three levels below the checkout
    Path classes = Files.createDirectories(checkout.resolve("src/tools/target/classes"));
    assertEquals(Optional.of(articles), FixtureIndex.fixturesBeside(classes));
  }

  @Test
  void aJarWithNoFixturesBesideItFindsNoneWhateverTheWorkingDirectoryHolds() throws Exception {
    // a copied jar in a folder of its own: only the jar's surroundings are looked at, so a
    // working directory holding index-fixtures is never indexed instead
    Path lonely = Files.createDirectories(root.resolve("downloads/nutgraf"));
    assertEquals(Optional.empty(), FixtureIndex.fixturesBeside(lonely));
  }
}
