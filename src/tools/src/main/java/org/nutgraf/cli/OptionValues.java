package org.nutgraf.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nutgraf.IndexOpenException;
import org.nutgraf.NewsIndex;
import org.nutgraf.recognition.NamedFirms;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads option values and words what is wrong with them in the user's terms: the option as written
 * and the value as given, never a Java class or an internal field name.
 */
final class OptionValues {
  /** A library message's leading field name, as in {@code pageSize: must be ...}. */
  private static final Pattern FIELD = Pattern.compile("([A-Za-z]+): ");

  private OptionValues() {}

  /** Registers the converters for dates and whole numbers on {@code cli} and its subcommands. */
  static void register(CommandLine cli) {
    cli.registerConverter(LocalDate.class, OptionValues::date);
    cli.registerConverter(Integer.class, v -> (int) whole(v, Integer.MIN_VALUE, Integer.MAX_VALUE));
    cli.registerConverter(int.class, v -> (int) whole(v, Integer.MIN_VALUE, Integer.MAX_VALUE));
    cli.registerConverter(Long.class, v -> whole(v, Long.MIN_VALUE, Long.MAX_VALUE));
    cli.registerConverter(long.class, v -> whole(v, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  /** A day written YYYY-MM-DD. */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "invalid date '" + value + "' (expected YYYY-MM-DD, a real day)");
    }
  }

  private static long whole(String value, long min, long max) {
    try {
      long n = Long.parseLong(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      throw new TypeConversionException("invalid number '" + value + "' (expected a whole number)");
    }
    throw new TypeConversionException("number '" + value + "' is too large");
  }

  /**
   * The one-line message for a parse error: {@code --from: invalid date '2019-13-01' (...)} when an
   * option's value could not be read, else picocli's own wording (unknown or missing options).
   */
  static String message(ParameterException e) {
    ArgSpec arg = e.getArgSpec();
    if (arg == null || e.getCause() == null) {
      return e.getMessage();
    }
    String what =
        e.getCause() instanceof TypeConversionException t
            ? t.getMessage()
            : "invalid value '" + e.getValue() + "'";
    return name(arg) + ": " + what;
  }

  /**
   * Runs one step of building a request from option {@code option}; a value the library refuses
   * becomes a {@link UsageException} naming the option instead of the library's field.
   */
  static <T> T check(String option, Supplier<T> step) {
    return check(Map.of(), option, step);
  }

  /**
   * Runs {@code step}, which checks several options at once; a refusal that names a field of {@code
   * optionOfField} names its option instead, any other names {@code fallback}.
   */
  static <T> T check(Map<String, String> optionOfField, String fallback, Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      String m = e.getMessage() == null ? "invalid value" : e.getMessage();
      Matcher field = FIELD.matcher(m);
      if (!field.lookingAt()) {
        throw new UsageException(fallback + ": " + m);
      }
      String option = optionOfField.getOrDefault(field.group(1), fallback);
      throw new UsageException(option + ": " + m.substring(field.end()));
    }
  }

  /**
   * The shipped firms named after people and those of {@code file} (option {@code option}): one
   * name a line; a file that cannot be read, or a line with no word, is a usage error naming the
   * option, the file and the line.
   */
  static NamedFirms firms(String option, Path file) {
    try {
      return NamedFirms.defaults().with(NamedFirms.read(file).names());
    } catch (NoSuchFileException e) {
      throw new UsageException(option + ": no such file '" + file + "'");
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException(option + ": " + e.getMessage());
    }
  }

  /** Opens an index; a {@link IndexOpenException} says that it is the --index option's. */
  static NewsIndex index(IndexOpener opener) throws IOException {
    try {
      return opener.open();
    } catch (IndexOpenException e) {
      throw new UsageException("--index: " + e.getMessage());
    }
  }

  /** Opens the index the --index option names. */
  @FunctionalInterface
  interface IndexOpener {
    NewsIndex open() throws IOException;
  }

  /**
   * A writer on {@code file} of option {@code option}; a missing directory or a directory named as
   * the file is a usage error naming the option.
   */
  static Writer output(String option, Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new UsageException(option + ": '" + file + "' is a directory, not a file");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UsageException(option + ": no such directory '" + parent + "' for '" + file + "'");
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec o) {
      return o.longestName();
    }
    return arg instanceof PositionalParamSpec p ? p.paramLabel() : "value";
  }
}
