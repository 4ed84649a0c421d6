package org.nutgraf.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time, which other processes on a shared machine do not inflate the way they inflate wall
 * time: the whole process's (every thread, garbage collection and merges included) and the calling
 * thread's.
 */
final class CpuClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private CpuClock() {}

  /** Nanoseconds of CPU every thread of this process has used so far. */
  static long process() {
    return OS.getProcessCpuTime();
  }

  /** Nanoseconds of CPU the calling thread has used so far. */
  static long thread() {
    return THREADS.getCurrentThreadCpuTime();
  }
}
