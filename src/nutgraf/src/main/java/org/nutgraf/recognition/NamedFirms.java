package org.nutgraf.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nutgraf.text.TokenKey;
import org.nutgraf.text.TokenSequence;

/**
 * Firms, brands and bodies named after people ("Goldman Sachs", "Lockheed Martin", "Eli Lilly",
 * "General Motors", "the Brookings Institution"): such a name in the text is neither a person nor a
 * place, whatever its words would be on their own ("Bristol" of "Bristol Myers Squibb" is no
 * English city, "Martin" no person). A title written before the name makes it the person again
 * ("the designer Ralph Lauren", "founder Charles Schwab"), and so does an apposition or "who" after
 * it ("Jack Daniel, a farmer from Tennessee"). A name matches where its first word is capitalised
 * (or in capitals) and its other words follow with no punctuation between; case and accents aside,
 * and the longest listed name wins.
 *
 * <p>The list that ships ({@link #defaults}, {@code named-firms.txt}) leaves out the names news
 * uses as often for a person as for the firm ("John Lewis", "Paul Smith"). A newsroom that writes
 * of the firm adds them: {@code ArticleTagger.defaults().withNamedFirms(NamedFirms.defaults().with(
 * List.of("John Lewis")))}, or from a file of its own with {@link #read}. Immutable and
 * thread-safe.
 */
public final class NamedFirms {
  /** Where the list ships, beside the other lexicons. */
  static final String RESOURCE = "named-firms.txt";

  private static volatile NamedFirms defaults;

  private final List<String> written;
  private final ListedNames<String> names;

  private NamedFirms(List<String> written) {
    this.written = List.copyOf(written);
    List<Map.Entry<String, String>> list = new ArrayList<>(written.size());
    for (String line : written) {
      list.add(Map.entry(line, line));
    }
    names = new ListedNames<>(list);
  }

  /** The list that ships in the jar, loaded once. */
  public static NamedFirms defaults() {
    NamedFirms d = defaults;
    if (d == null) {
      synchronized (NamedFirms.class) {
        d = defaults;
        if (d == null) {
          d = new NamedFirms(Lexicons.readAsWritten(RESOURCE));
          defaults = d;
        }
      }
    }
    return d;
  }

  /**
   * A list of only {@code names}, each as written in running text ("John Lewis", "Ted Baker"); an
   * empty collection gives a list that finds nothing, which turns the rule off. Names joined by
   * "&amp;" need no listing: "Marks &amp; Spencer" is a firm's name already.
   *
   * @throws IllegalArgumentException if a name has no word (blank, or punctuation alone), saying
   *     which
   */
  public static NamedFirms of(Collection<String> names) {
    return new NamedFirms(checked(names));
  }

  /**
   * This list and {@code more} after it.
   *
   * @throws IllegalArgumentException as {@link #of} does
   */
  public NamedFirms with(Collection<String> more) {
    List<String> all = new ArrayList<>(written);
    all.addAll(checked(more));
    return new NamedFirms(all);
  }

  /**
   * A list of the names in {@code file}, read as UTF-8 (a byte order mark is skipped), one name a
   * line as written in running text; blank lines and lines starting with {@code #} are skipped, and
   * the spaces around a name.
   *
   * @throws IOException if the file cannot be read, or is not UTF-8 text (the message gives the
   *     file and the line)
   * @throws IllegalArgumentException if a line holds no word, as "FILE:LINE: ..."
   */
  public static NamedFirms read(Path file) throws IOException {
    return parse(Files.readAllBytes(file), file.toString());
  }

  /**
   * A list of the names {@code in} holds, in the format {@link #read(Path)} reads; {@code source}
   * names it in errors (a file or a resource name). The stream is read to its end and not closed.
   *
   * @throws IOException if the stream cannot be read, or is not UTF-8 text (the message gives the
   *     source and the line)
   * @throws IllegalArgumentException if a line holds no word, as "SOURCE:LINE: ..."
   */
  public static NamedFirms read(InputStream in, String source) throws IOException {
    return parse(in.readAllBytes(), source);
  }

  private static NamedFirms parse(byte[] bytes, String source) throws IOException {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder(); // reports bad bytes
    List<String> out = new ArrayList<>();
    int lineNumber = 0;
    for (int start = 0; start < bytes.length; ) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      String line;
      try {
        line = utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
      } catch (CharacterCodingException e) {
        throw new IOException(source + ":" + lineNumber + ": not UTF-8 text", e);
      }
      String s = (lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(checked(s, source + ":" + lineNumber));
      }
      start = end + 1;
    }
    return new NamedFirms(out);
  }

  /** The names of the list, as written, in order. */
  public List<String> names() {
    return written;
  }

  /** {@code names}, each {@link #checked(String, String) checked}, saying its position. */
  private static List<String> checked(Collection<String> names) {
    List<String> out = new ArrayList<>(names.size());
    int k = 0;
    for (String name : names) {
      out.add(checked(name, "name " + k));
      k++;
    }
    return out;
  }

  private static String checked(String name, String where) {
    Objects.requireNonNull(name, where);
    if (TokenKey.of(name).isEmpty()) {
      throw new IllegalArgumentException(where + ": no word in the firm's name '" + name + "'");
    }
    return name.strip();
  }

  /**
   * Drops the place candidates of {@code places} inside a listed name of {@code t}, and removes the
   * person candidates of {@code persons} (a mutable list, or an empty one) that overlap it, unless
   * a title before the name, an apposition or "who" after it says it is a person. Both lists are in
   * text order (by their first token); one pass over each, whatever the number of names found,
   * counted in {@code work}.
   */
  void apply(
      TokenSequence t,
      List<PlaceCandidate> places,
      List<PersonCandidate> persons,
      boolean explain,
      Work work) {
    Spans found = new Spans();
    names.find(t, (from, to, name) -> found.add(from, to));
    if (found.size == 0) {
      return;
    }
    work.add(found.size + places.size() + persons.size());
    int k = 0;
    for (PlaceCandidate c : places) {
      while (k < found.size && found.to(k) <= c.from) {
        k++;
      }
      if (k < found.size && found.from(k) < c.to && !c.dropped) {
        c.dropped = true;
        c.evidence =
            explain
                ? "'"
                    + t.text(c.from, c.to)
                    + "' is part of '"
                    + t.text(found.from(k), found.to(k))
                    + "', a firm's or a brand's name"
                : "";
      }
    }
    if (persons.isEmpty()) {
      return;
    }
    int kept = 0;
    k = 0;
    for (int p = 0; p < persons.size(); p++) {
      PersonCandidate c = persons.get(p);
      while (k < found.size && found.to(k) <= c.from) {
        k++;
      }
      if (k == found.size || found.from(k) >= c.to || describedAsAPerson(c, found.from(k))) {
        persons.set(kept++, c);
      }
    }
    persons.subList(kept, persons.size()).clear();
  }

  /** The names found in one text, as token spans in text order. */
  private static final class Spans {
    private int[] bounds = new int[8];
    private int size;

    void add(int from, int to) {
      if (2 * size == bounds.length) {
        bounds = Arrays.copyOf(bounds, 2 * bounds.length);
      }
      bounds[2 * size] = from;
      bounds[2 * size + 1] = to;
      size++;
    }

    int from(int k) {
      return bounds[2 * k];
    }

    int to(int k) {
      return bounds[2 * k + 1];
    }
  }

  /**
   * Whether the words around {@code c} say it is a person: a title written before {@code from},
   * where the listed name starts ("designer Ralph Lauren"; the "General" of "General Motors" is
   * part of the name), an apposition ("Jack Daniel, a farmer") or "who" after it.
   */
  private static boolean describedAsAPerson(PersonCandidate c, int from) {
    return c.titleSpan != null && c.titleSpan.to() <= from
        || c.has(PersonFeatures.APPOSITION)
        || c.has(PersonFeatures.WHO);
  }
}
