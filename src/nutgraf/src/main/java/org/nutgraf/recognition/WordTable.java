package org.nutgraf.recognition;

import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.text.TokenSequence;

/**
 * Every word on a word list or first in a place name, with its {@link WordClass}, in one hash
 * table: a text's tokens are each looked up once at most ({@link TokenClasses}). Immutable and
 * thread-safe.
 */
final class WordTable {
  /** Bit of a word that starts a gazetteer name, beside the {@link Lexicons} bits. */
  static final int PLACE_START = 1 << 16;

  /** Stands for a word on no list and first in no name. */
  static final WordClass NONE = new WordClass(0, List.of());

  /**
   * How many words a thread keeps in its own small table of the words it met last ({@link
   * #recentWords}) before it starts that table afresh.
   */
  static final int RECENT_WORDS = 8_192;

  /** How many letters a thread's table of recent words holds in all: eight a word. */
  static final int RECENT_LETTERS = 8 * RECENT_WORDS;

  /** The last table built, reused by recognisers over the same lists and gazetteer. */
  private static volatile WordTable last;

  private final Lexicons lexicons;
  private final Gazetteer gazetteer;
  private final CharArrayMap<WordClass> words;

  /** Each thread's recent words with their classes ({@link RecentWords}). */
  private final ThreadLocal<RecentWords> recent =
      ThreadLocal.withInitial(() -> new RecentWords(RECENT_WORDS, RECENT_LETTERS));

  private WordTable(Lexicons lexicons, Gazetteer gazetteer) {
    this.lexicons = lexicons;
    this.gazetteer = gazetteer;
    CharArraySet firstWords = gazetteer.firstWords();
    CharArrayMap<WordClass> lexiconWords = lexicons.words();
    // four slots a word: a token on no list (most of them) meets an empty slot at once, and one
    // that is on a list rarely compares itself with another word first
    words = new CharArrayMap<>(4 * (firstWords.size() + lexiconWords.size()), false);
    for (Object word : firstWords) {
      words.put((char[]) word, new WordClass(PLACE_START, List.of()));
    }
    for (var e : lexiconWords.entrySet()) {
      char[] word = (char[]) e.getKey();
      WordClass c = e.getValue();
      int placeStart = firstWords.contains(word, 0, word.length) ? PLACE_START : 0;
      words.put(word, new WordClass(c.bits | placeStart, c.titles));
    }
  }

  /** The table over {@code lexicons} and {@code gazetteer}'s first words. */
  static WordTable of(Lexicons lexicons, Gazetteer gazetteer) {
    WordTable t = last;
    if (t == null || t.lexicons != lexicons || t.gazetteer != gazetteer) {
      t = new WordTable(lexicons, gazetteer);
      last = t;
    }
    return t;
  }

  /** This thread's table of recent words, for {@link #get}; not to be shared with others. */
  RecentWords recentWords() {
    return recent.get();
  }

  /**
   * The class of token {@code i} of {@code t}, {@link #NONE} for a word on no list and in no name:
   * looked up in {@code recent} (this thread's {@link #recentWords}) first, which then keeps it.
   */
  WordClass get(TokenSequence t, int i, RecentWords recent) {
    char[] folded = t.foldedBuffer();
    int start = t.foldedStart(i);
    int length = t.length(i);
    int hash = t.foldedHash(i);
    WordClass c = recent.get(folded, start, length, hash);
    if (c == null) {
      c = words.get(folded, start, length);
      if (c == null) {
        c = NONE;
      }
      recent.put(folded, start, length, hash, c);
    }
    return c;
  }
}
