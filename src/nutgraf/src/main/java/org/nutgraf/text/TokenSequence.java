package org.nutgraf.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The word tokens of one text in arrays: where each lies, its flags and its folded form. The
 * recognisers work on this, so one tokenisation serves places and persons, and the Lucene filters
 * fill it from whatever tokenizer precedes them. Reused between texts; not thread-safe.
 */
public final class TokenSequence {
  char[] chars = new char[0];
  int size;
  int[] start = new int[64];
  int[] end = new int[64];
  int[] offsetStart = new int[64];
  int[] offsetEnd = new int[64];
  int[] flags = new int[64];
  private char[] folded = new char[256];
  private int[] foldedStart = new int[64];
  private int[] foldedHash = new int[64];
  private int foldedLength;
  private boolean titleCase;
  private boolean allCaps;
  private boolean contiguous;

  // counted as tokens are added, for finish() to decide the text's case mode from
  private int letterTokens;
  private int upperTokens;
  private int longTokens;
  private int longCapitalised;
  private int longLower;

  private static final ThreadLocal<List<TokenSequence>> POOL =
      ThreadLocal.withInitial(ArrayList::new);

  /**
   * The {@code k}-th sequence of this thread's pool, reused between texts so that tagging allocates
   * no token arrays; valid until the thread asks for slot {@code k} again.
   */
  public static TokenSequence pooled(int k) {
    List<TokenSequence> pool = POOL.get();
    while (pool.size() <= k) {
      pool.add(new TokenSequence());
    }
    return pool.get(k);
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  /** Number of characters in all tokens together. */
  public int charCount() {
    return foldedLength;
  }

  /** Start offset of token {@code i} in the original text. */
  public int startOffset(int i) {
    return offsetStart[i];
  }

  /** End offset of token {@code i} in the original text. */
  public int endOffset(int i) {
    return offsetEnd[i];
  }

  /** Flags of token {@code i}, see {@link TokenFlags}. */
  public int flags(int i) {
    return flags[i];
  }

  /** True when token {@code i} has all bits of {@code flag}. */
  public boolean is(int i, int flag) {
    return (flags[i] & flag) == flag;
  }

  /** True when a token from {@code from} to {@code to} (exclusive) has a character beyond ASCII. */
  public boolean hasNonAscii(int from, int to) {
    for (int i = from; i < to; i++) {
      for (int k = start[i]; k < end[i]; k++) {
        if (chars[k] >= 0x80) {
          return true;
        }
      }
    }
    return false;
  }

  /** The text of token {@code i} as written. */
  public String text(int i) {
    return new String(chars, start[i], end[i] - start[i]);
  }

  /** The text of tokens {@code from} to {@code to} (exclusive), as written between them. */
  public String text(int from, int to) {
    if (from >= to) {
      return "";
    }
    if (contiguous) {
      return new String(chars, start[from], end[to - 1] - start[from]);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(is(i, TokenFlags.HYPHEN_BEFORE) ? "-" : " ");
      }
      sb.append(chars, start[i], end[i] - start[i]);
    }
    return sb.toString();
  }

  /** Length of token {@code i}. */
  public int length(int i) {
    return end[i] - start[i];
  }

  /** The lower-cased, accent-folded text of token {@code i}. */
  public String folded(int i) {
    return new String(folded, foldedStart[i], end[i] - start[i]);
  }

  /**
   * The folded texts of tokens {@code from} to {@code to} (exclusive), one space between them: "san
   * pedro sula".
   */
  public String foldedJoined(int from, int to) {
    if (from >= to) {
      return "";
    }
    int length = to - from - 1;
    for (int i = from; i < to; i++) {
      length += end[i] - start[i];
    }
    char[] out = new char[length];
    int at = 0;
    for (int i = from; i < to; i++) {
      if (i > from) {
        out[at++] = ' ';
      }
      int len = end[i] - start[i];
      System.arraycopy(folded, foldedStart[i], out, at, len);
      at += len;
    }
    return new String(out);
  }

  /** True if the folded token {@code i} equals {@code s} (already folded). */
  public boolean foldedEquals(int i, String s) {
    int len = end[i] - start[i];
    if (len != s.length()) {
      return false;
    }
    int base = foldedStart[i];
    for (int k = 0; k < len; k++) {
      if (folded[base + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The folded characters of all tokens, for lookups without copying. */
  public char[] foldedBuffer() {
    return folded;
  }

  public int foldedStart(int i) {
    return foldedStart[i];
  }

  /**
   * The hash of token {@code i}'s folded form, computed while folding it: {@link String#hashCode}
   * of {@link #folded}{@code (i)}, so that a table can look the token up without reading its
   * letters twice.
   */
  public int foldedHash(int i) {
    return foldedHash[i];
  }

  /** True when most words of the text are capitalised, as in a headline written in title case. */
  public boolean isTitleCase() {
    return titleCase;
  }

  /** True when the text is written in capitals. */
  public boolean isAllCaps() {
    return allCaps;
  }

  /** True when capitalisation of token {@code i} says nothing about it being a name. */
  public boolean caseIsUninformative(int i) {
    return titleCase || allCaps || (flags[i] & TokenFlags.SENTENCE_START) != 0;
  }

  /**
   * Empties the sequence before {@link #append} fills it from a token stream; token texts are then
   * copied into an own buffer and offsets are taken as given.
   */
  public void clear() {
    reset(own.length > 0 ? own : (own = new char[256]), false);
    ownLength = 0;
  }

  /**
   * Appends a token read from a token stream; call {@link #finish} after the last one.
   *
   * @param flags {@link TokenFlags} bits; when 0 the case flags are computed from the text
   */
  public void append(char[] term, int length, int startOffset, int endOffset, int flags) {
    if (ownLength + length > own.length) {
      own = Arrays.copyOf(own, Math.max(own.length * 2, ownLength + length));
      chars = own;
    }
    System.arraycopy(term, 0, own, ownLength, length);
    int f = flags;
    if ((f & (TokenFlags.CAPITALIZED | TokenFlags.LOWER | TokenFlags.DIGIT)) == 0 && length > 0) {
      f |= TextScanner.caseFlags(own, ownLength, ownLength + length);
    }
    if (size == 0) {
      f |= TokenFlags.SENTENCE_START;
    }
    add(ownLength, ownLength + length, startOffset, endOffset, f);
    ownLength += length;
  }

  private char[] own = new char[0];
  private int ownLength;
  private char[] textBuffer = new char[0];

  /**
   * A buffer of at least {@code length} chars to copy a text into before scanning it, reused from
   * text to text.
   */
  char[] textBuffer(int length) {
    if (textBuffer.length < length) {
      textBuffer = new char[Math.max(length, textBuffer.length * 2)];
    }
    return textBuffer;
  }

  void reset(char[] chars, boolean contiguous) {
    this.chars = chars;
    this.contiguous = contiguous;
    size = 0;
    foldedLength = 0;
    letterTokens = 0;
    upperTokens = 0;
    longTokens = 0;
    longCapitalised = 0;
    longLower = 0;
  }

  void add(int bufStart, int bufEnd, int offStart, int offEnd, int tokenFlags) {
    int len = bufEnd - bufStart;
    char[] dst = foldTarget(len);
    int hash = Folding.fold(chars, bufStart, len, dst, foldedLength);
    addFolded(bufStart, bufEnd, offStart, offEnd, tokenFlags, hash);
  }

  /**
   * The buffer the next token's folded chars go to, from {@link #foldedLength}, with room for at
   * least {@code room} of them: {@link TextScanner} folds a word there while it scans it, then adds
   * it with {@link #addFolded}.
   */
  char[] foldTarget(int room) {
    if (foldedLength + room > folded.length) {
      folded = Arrays.copyOf(folded, Math.max(folded.length * 2, foldedLength + room));
    }
    return folded;
  }

  /** Where the next token's folded chars start in {@link #foldTarget}. */
  int foldedEnd() {
    return foldedLength;
  }

  /**
   * Adds a token whose folded chars are already in {@link #foldTarget} from {@link #foldedEnd},
   * with {@code hash} their {@link String#hashCode}.
   */
  void addFolded(int bufStart, int bufEnd, int offStart, int offEnd, int tokenFlags, int hash) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      offsetStart = Arrays.copyOf(offsetStart, n);
      offsetEnd = Arrays.copyOf(offsetEnd, n);
      flags = Arrays.copyOf(flags, n);
      foldedStart = Arrays.copyOf(foldedStart, n);
      foldedHash = Arrays.copyOf(foldedHash, n);
    }
    start[size] = bufStart;
    end[size] = bufEnd;
    offsetStart[size] = offStart;
    offsetEnd[size] = offEnd;
    flags[size] = tokenFlags;
    int len = bufEnd - bufStart;
    foldedStart[size] = foldedLength;
    foldedHash[size] = hash;
    foldedLength += len;
    size++;
    if ((tokenFlags & (TokenFlags.CAPITALIZED | TokenFlags.LOWER)) != 0) {
      letterTokens++;
      boolean capitalised = (tokenFlags & TokenFlags.CAPITALIZED) != 0;
      if ((tokenFlags & TokenFlags.ALL_CAPS) != 0 || (len == 1 && capitalised)) {
        upperTokens++;
      }
      if (len >= 4) {
        longTokens++;
        if (capitalised) {
          longCapitalised++;
        } else {
          longLower++;
        }
      }
    }
  }

  /**
   * Decides title-case and all-caps modes once all tokens are in, from what {@link #add} counted:
   * all capitals when four in five letter tokens are (or are one capital), title case when nine in
   * ten words of four letters or more are capitalised and no shorter word that title case
   * capitalises is in lower case ("Editors at the Boston Globe met on Friday." is a sentence: title
   * case would write "Met").
   */
  public void finish() {
    allCaps = letterTokens >= 3 && upperTokens * 10 >= letterTokens * 8;
    titleCase =
        !allCaps
            && longTokens >= 3
            && longLower * 10 <= longTokens
            && longCapitalised >= 3
            && !hasShortLowerCaseWord();
  }

  /**
   * Whether a word of three letters or fewer is in lower case though title case would capitalise
   * it: any but {@link #MINOR_WORDS}.
   */
  private boolean hasShortLowerCaseWord() {
    for (int i = 0; i < size; i++) {
      int len = end[i] - start[i];
      if (len <= 3
          && (flags[i] & TokenFlags.LOWER) != 0
          && !MINOR_WORDS.contains(folded, foldedStart[i], len)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Short words title case leaves in lower case: articles, conjunctions, short prepositions and the
   * particles of names ("Ruud van Nistelrooy").
   */
  private static final CharArraySet MINOR_WORDS =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of(
                  "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
                  "in", "of", "off", "on", "per", "to", "up", "via", "vs", "v", "de", "la", "le",
                  "du", "da", "di", "del", "von", "van", "der", "den", "bin", "al", "el", "y", "e"),
              false));
}
