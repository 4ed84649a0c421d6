package org.nutgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.nutgraf.ingest.ReaderOptions;

class IngestOptionsTest {

  @Test
  void defaultsReadNormallyRefuseBadInputAndCommitOnce() {
    IngestOptions o = IngestOptions.defaults();

    assertEquals(ReaderOptions.defaults(), o.reader());
    assertFalse(o.skipInvalid());
    assertEquals(0, o.commitEvery());
  }

  @Test
  void theShortConstructorCommitsOnce() {
    assertEquals(0, new IngestOptions(ReaderOptions.defaults(), true, r -> {}).commitEvery());
  }

  @Test
  void copiesChangeOneSetting() {
    List<IngestReport> seen = new ArrayList<>();
    Consumer<IngestReport> listener = seen::add;
    ReaderOptions strict = ReaderOptions.defaults().withStrict(true);
    IngestOptions o = IngestOptions.defaults();

    assertTrue(o.withSkipInvalid(true).skipInvalid());
    assertSame(strict, o.withReader(strict).reader());
    assertSame(listener, o.withProgress(listener).progress());
    assertEquals(250, o.withCommitEvery(250).commitEvery());
    assertFalse(o.skipInvalid());
  }

  @Test
  void aNegativeChunkIsRefusedWithItsValue() {
    assertEquals(
        "commitEvery: must be >= 0, was -1",
        assertThrows(
                IllegalArgumentException.class, () -> IngestOptions.defaults().withCommitEvery(-1))
            .getMessage());
  }

  @Test
  void missingPartsAreNamed() {
    assertEquals(
        "reader",
        assertThrows(NullPointerException.class, () -> IngestOptions.defaults().withReader(null))
            .getMessage());
    assertEquals(
        "progress",
        assertThrows(NullPointerException.class, () -> IngestOptions.defaults().withProgress(null))
            .getMessage());
  }
}
