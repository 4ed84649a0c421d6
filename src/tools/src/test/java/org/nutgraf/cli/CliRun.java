package org.nutgraf.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One in-process run of the command line: its exit code and what it printed. */
record CliRun(int code, String out, String err) {
  static CliRun of(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
    return new CliRun(code, o.toString(), e.toString());
  }

  /** The lines written to stderr. */
  List<String> errLines() {
    return err.lines().toList();
  }
}
