package org.nutgraf.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "search")
final class SearchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UsageException("not built yet");
  }
}
