package org.nutgraf.bench;

import java.lang.management.ManagementFactory;

/**
 * Where the bench ran, to read its figures by.
 *
 * @param jdk {@code java.runtime.version}
 * @param vm the JVM's name
 * @param cores processors the JVM sees
 * @param maxHeapBytes the heap limit (-Xmx)
 * @param loadAverage the system load average over the last minute when the bench started; -1 where
 *     the system does not tell
 */
public record Machine(String jdk, String vm, int cores, long maxHeapBytes, double loadAverage) {
  /** This machine, now. */
  public static Machine current() {
    return new Machine(
        System.getProperty("java.runtime.version", Runtime.version().toString()),
        System.getProperty("java.vm.name", ""),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
