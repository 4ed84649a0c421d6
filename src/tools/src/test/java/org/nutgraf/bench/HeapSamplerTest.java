package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The heap watcher of the bench: what it reports while and after watching. */
class HeapSamplerTest {
  @Test
  void itSeesTheHeapInUseWhileItWatches() throws Exception {
    HeapUse seen;
    try (HeapSampler s = HeapSampler.start()) {
      List<byte[]> held = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        held.add(new byte[1 << 20]);
      }
      // wait for one sample, counting polls rather than timing
      for (int polls = 0; polls < 500 && s.use().peakUsedBytes() == 0; polls++) {
        Thread.sleep(10);
      }
      seen = s.use();
      assertTrue(held.size() == 8);
    }
    assertTrue(seen.peakUsedBytes() > 0, "peak used " + seen.peakUsedBytes());
    assertTrue(seen.peakAfterGcBytes() >= 0);
  }

  @Test
  void aCollectionWhileWatchingReportsWhatItLeft() throws Exception {
    try (HeapSampler s = HeapSampler.start()) {
      for (int tries = 0; tries < 50 && s.use().peakAfterGcBytes() == 0; tries++) {
        System.gc();
        Thread.sleep(20);
      }
      HeapUse u = s.use();
      assertTrue(u.peakAfterGcBytes() > 0, "after GC " + u.peakAfterGcBytes());
      assertTrue(u.peakAfterGcBytes() <= Runtime.getRuntime().maxMemory());
    }
  }

  @Test
  void closingStopsWatching() throws Exception {
    HeapSampler s = HeapSampler.start();
    for (int polls = 0; polls < 500 && s.use().peakUsedBytes() == 0; polls++) {
      Thread.sleep(10);
    }
    s.close();
    Thread.sleep(50);
    HeapUse after = s.use();
    List<byte[]> garbage = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      garbage.add(new byte[1 << 20]);
    }
    Thread.sleep(50);
    assertTrue(garbage.size() == 64);
    assertTrue(s.use().equals(after), "no sample after close");
  }
}
