package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bench's CPU clocks. */
class CpuClockTest {
  @Test
  void javaThreadsCountsTheWorkOfAnotherLiveThread() throws InterruptedException {
    AtomicLong spent = new AtomicLong();
    CountDownLatch worked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    long before = CpuClock.javaThreads();
    Thread worker =
        new Thread(
            () -> {
              long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
              long sink = 0;
              for (int i = 0; i < 20_000_000; i++) {
                sink += Integer.toString(i).length();
              }
              spent.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start);
              worked.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              if (sink == 42) {
                System.out.println(sink); // keeps the loop from being optimised away
              }
            });
    worker.start();
    worked.await();
    long after = CpuClock.javaThreads();
    release.countDown();
    worker.join();

    assertTrue(spent.get() > 0, "the worker used CPU");
    assertTrue(
        after - before >= spent.get(),
        "counted " + (after - before) + " ns, the worker alone used " + spent.get());
  }
}
