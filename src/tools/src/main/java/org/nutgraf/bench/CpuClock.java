package org.nutgraf.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;

/**
 * CPU time, which other processes on a shared machine do not inflate the way they inflate wall
 * time: the whole process's (every thread, garbage collection and merges included) and the calling
 * thread's.
 */
final class CpuClock {
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private CpuClock() {}

  /** Nanoseconds of CPU every thread of this process has used so far. */
  static long process() {
    return OS.getProcessCpuTime();
  }

  /**
   * Nanoseconds of CPU the live Java threads of this process have used so far, summed thread by
   * thread. Unlike {@link #process}, which the operating system counts in ticks of 10 ms on Linux,
   * this is as fine as each thread's clock, so that a search of a few milliseconds spread over the
   * calling thread and the index's search threads can be timed; a thread that ends between two
   * readings takes its time with it, and the JVM's own threads (garbage collection, compilation)
   * are not counted.
   */
  static long javaThreads() {
    long sum = 0;
    for (long nanos : THREADS.getThreadCpuTime(THREADS.getAllThreadIds())) {
      if (nanos > 0) {
        sum += nanos;
      }
    }
    return sum;
  }

  /** Nanoseconds of CPU the calling thread has used so far. */
  static long thread() {
    return THREADS.getCurrentThreadCpuTime();
  }
}
