package org.nutgraf.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Where the bench ran, to read its figures by.
 *
 * @param jdk {@code java.runtime.version}
 * @param vm the JVM's name
 * @param cores processors the JVM sees
 * @param maxHeapBytes the heap limit (-Xmx)
 * @param loadAverage the system load average over the last minute when the bench started; -1 where
 *     the system does not tell
 * @param collectors the garbage collectors' names ("G1 Young Generation", "PS Scavenge"): the
 *     collector moves recognition's speed by about a tenth on one machine, so a figure is read with
 *     it
 */
public record Machine(
    String jdk,
    String vm,
    int cores,
    long maxHeapBytes,
    double loadAverage,
    List<String> collectors) {
  public Machine {
    collectors = List.copyOf(collectors);
  }

  /** This machine, now. */
  public static Machine current() {
    return new Machine(
        System.getProperty("java.runtime.version", Runtime.version().toString()),
        System.getProperty("java.vm.name", ""),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList());
  }
}
