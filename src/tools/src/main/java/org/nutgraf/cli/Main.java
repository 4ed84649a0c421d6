package org.nutgraf.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nutgraf.IndexOpenException;
import org.nutgraf.ingest.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code java -jar nutgraf-cli.jar}. Exit codes: 0 ok, 2 usage or input error, 1
 * anything else; errors go to stderr in one line that says what and where.
 */
@Command(
    name = "nutgraf",
    mixinStandardHelpOptions = true,
    version = "nutgraf 0.1.0-SNAPSHOT",
    description = "Paragraph-level news search with country and actor facets.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      EntitiesCommand.class,
      BenchCommand.class
    })
public final class Main implements Runnable {
  /** Exit code for a usage or input error. */
  public static final int USAGE = 2;

  /** Exit code for anything else that went wrong. */
  public static final int FAILURE = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Kept so the level set on it holds: Lucene's note on the vector module is noise here. */
  private static final Logger LUCENE_VECTOR_LOG =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(Level.SEVERE);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the tool with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    OptionValues.register(cli);
    cli.setExitCodeExceptionMapper(Main::exitCode);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("nutgraf: " + Printable.of(message(e)));
          return exitCode(e);
        });
    cli.setParameterExceptionHandler(
        (e, args2) -> {
          e.getCommandLine().getErr().println("nutgraf: " + Printable.of(OptionValues.message(e)));
          e.getCommandLine()
              .getErr()
              .println("Try 'nutgraf " + commandName(e.getCommandLine()) + " --help' for usage.");
          return USAGE;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String commandName(CommandLine cl) {
    String name = cl.getCommandName();
    return name.equals("nutgraf") ? "" : name;
  }

  static int exitCode(Throwable e) {
    if (e instanceof UsageException
        || e instanceof IllegalArgumentException
        || e instanceof InputException
        || e instanceof IndexOpenException
        || e instanceof NoSuchFileException
        || e instanceof AccessDeniedException) {
      return USAGE;
    }
    return FAILURE;
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    if (e instanceof NoSuchFileException) {
      return "no such file: " + m;
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read " + m + ": permission denied";
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
