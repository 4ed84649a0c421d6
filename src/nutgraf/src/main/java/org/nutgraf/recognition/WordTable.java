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

  /** The last table built, reused by recognisers over the same lists and gazetteer. */
  private static volatile WordTable last;

  private final Lexicons lexicons;
  private final Gazetteer gazetteer;
  private final CharArrayMap<WordClass> words;

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

  /** The class of token {@code i} of {@code t}; {@code null} for a word on no list, in no name. */
  WordClass get(TokenSequence t, int i) {
    return words.get(t.foldedBuffer(), t.foldedStart(i), t.length(i));
  }
}
