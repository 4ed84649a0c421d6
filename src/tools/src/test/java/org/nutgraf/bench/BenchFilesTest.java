package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's directories: their size, the --keep directory, removal. */
class BenchFilesTest {
  @TempDir Path tmp;

  @Test
  void aDirectorysSizeIsTheSumOfItsFilesBelowIt() throws IOException {
    Path dir = tmp.resolve("idx");
    Files.createDirectories(dir.resolve("sub"));
    Files.write(dir.resolve("a"), new byte[100]);
    Files.write(dir.resolve("sub/b"), new byte[23]);
    assertEquals(123, BenchFiles.size(dir));
    assertEquals(0, BenchFiles.size(tmp.resolve("missing")));
  }

  @Test
  void aNewOrEmptyDirectoryBecomesTheBenchsAndMayBeReused() throws IOException {
    Path fresh = tmp.resolve("kept");
    assertEquals(fresh, BenchFiles.keepDirectory(fresh));
    assertTrue(Files.exists(fresh.resolve(BenchFiles.MARKER)));
    Files.writeString(fresh.resolve("index-files"), "x");
    assertEquals(fresh, BenchFiles.keepDirectory(fresh), "made by the bench: reused");
  }

  @Test
  void aDirectoryWithSomeoneElsesFilesIsRefusedAndLeftAlone() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("thesis.txt"), "keep me");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BenchFiles.keepDirectory(mine));
    assertTrue(e.getMessage().startsWith("--keep " + mine + ": not empty"), e.getMessage());
    assertFalse(Files.exists(mine.resolve(BenchFiles.MARKER)));
    assertEquals("keep me", Files.readString(mine.resolve("thesis.txt")));
  }

  @Test
  void deletingATreeRemovesEverythingAndAMissingOneIsNoError() throws IOException {
    Path dir = tmp.resolve("gone");
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/b/c"), "x");
    BenchFiles.deleteTree(dir);
    assertFalse(Files.exists(dir));
    BenchFiles.deleteTree(dir);
  }
}
