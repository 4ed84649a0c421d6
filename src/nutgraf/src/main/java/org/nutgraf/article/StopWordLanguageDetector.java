package org.nutgraf.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * {@link LanguageDetector#stopWords()}: one lookup per word in a map from every stop word of
 * Lucene's analyzers (lower case, as each list writes it, and folded without accents where no list
 * writes the folded form) to the languages that list it. A word counts for each of its languages,
 * the more the fewer languages list it ("los" says Spanish, "de" says little), as {@code log((n +
 * 1) / k)} for a word on k of the n lists. Reading stops once one language leads the next twice
 * over with a dozen telling words or so: the opening of a text is its language. Thread-safe.
 */
final class StopWordLanguageDetector implements LanguageDetector {
  /** The languages, in the bit order of {@link #languagesOf}. */
  private static final List<String> CODES =
      List.of("da", "de", "en", "es", "fi", "fr", "hu", "it", "nl", "no", "pt", "ru", "sv");

  /** The least weight of evidence for a language to be named: two or three telling words. */
  private static final double MIN_WEIGHT = 3.0;

  /** How far the leading language must be ahead of the next: by a quarter. */
  private static final double LEAD = 1.25;

  /**
   * The weight at which reading stops when the leader is also {@link #SETTLED_LEAD} times the next:
   * four times what naming a language needs, a dozen telling words or so.
   */
  private static final double SETTLED_WEIGHT = 4 * MIN_WEIGHT;

  /** How far ahead the leader must be for reading to stop early: twice the next. */
  private static final double SETTLED_LEAD = 2.0;

  /** Stop words read between two checks of whether the answer is settled. */
  private static final int CHECK_EVERY = 8;

  /** Longer words are no stop words; they are skipped without a lookup. */
  private static final int MAX_WORD = 16;

  /** The one instance: the lists are read once. */
  static final StopWordLanguageDetector INSTANCE = new StopWordLanguageDetector();

  /**
   * The languages of each stop word as its list writes it, in lower case, and of its folded form
   * (no accents) where no list writes that form itself: text written without accents ("tambien")
   * still counts, and "en" is not Hungarian "én".
   */
  private final CharArrayMap<Integer> languagesOf;

  /** The weight of a word by the number of lists it is on. */
  private final double[] weightByLists = new double[CODES.size() + 1];

  private StopWordLanguageDetector() {
    List<CharArraySet> sets =
        List.of(
            DanishAnalyzer.getDefaultStopSet(),
            GermanAnalyzer.getDefaultStopSet(),
            englishStopWords(),
            SpanishAnalyzer.getDefaultStopSet(),
            FinnishAnalyzer.getDefaultStopSet(),
            FrenchAnalyzer.getDefaultStopSet(),
            HungarianAnalyzer.getDefaultStopSet(),
            ItalianAnalyzer.getDefaultStopSet(),
            DutchAnalyzer.getDefaultStopSet(),
            NorwegianAnalyzer.getDefaultStopSet(),
            PortugueseAnalyzer.getDefaultStopSet(),
            RussianAnalyzer.getDefaultStopSet(),
            SwedishAnalyzer.getDefaultStopSet());
    for (int k = 1; k < weightByLists.length; k++) {
      weightByLists[k] = Math.log((CODES.size() + 1.0) / k);
    }
    Map<String, Integer> written = new HashMap<>();
    Map<String, Integer> foldedOnly = new HashMap<>();
    char[] folded = new char[MAX_WORD * 4];
    for (int lang = 0; lang < sets.size(); lang++) {
      for (Object word : sets.get(lang)) {
        String w = new String((char[]) word).toLowerCase(Locale.ROOT);
        if (w.length() <= MAX_WORD) {
          written.merge(w, 1 << lang, (a, b) -> a | b);
          String f = new String(folded, 0, fold(w.toCharArray(), w.length(), folded));
          foldedOnly.merge(f, 1 << lang, (a, b) -> a | b);
        }
      }
    }
    foldedOnly.keySet().removeAll(written.keySet());
    languagesOf = new CharArrayMap<>(written.size() + foldedOnly.size(), false);
    languagesOf.putAll(written);
    languagesOf.putAll(foldedOnly);
  }

  /** The team's English function words, read beside {@code EnglishAnalyzer}'s stop words. */
  static final String ENGLISH_FUNCTION_WORDS = "english-function-words.txt";

  /**
   * English as the other languages have it: {@code EnglishAnalyzer}'s 33 stop words lack the
   * pronouns and auxiliaries that the other lists hold ("he", "she", "would", "had"), which left "…
   * said he would stay on" Finnish on "he" and "on"; the team's list of English function words
   * ({@value #ENGLISH_FUNCTION_WORDS}) adds them.
   */
  private static CharArraySet englishStopWords() {
    try (InputStream in =
        IOUtils.requireResourceNonNull(
            StopWordLanguageDetector.class.getResourceAsStream(ENGLISH_FUNCTION_WORDS),
            ENGLISH_FUNCTION_WORDS)) {
      return WordlistLoader.getWordSet(
          IOUtils.getDecodingReader(in, StandardCharsets.UTF_8),
          "#",
          new CharArraySet(EnglishAnalyzer.getDefaultStopSet(), false));
    } catch (IOException e) {
      throw new UncheckedIOException(ENGLISH_FUNCTION_WORDS + " is unreadable", e);
    }
  }

  @Override
  public String detect(CharSequence text) {
    double[] weights = new double[CODES.size()];
    char[] word = new char[MAX_WORD];
    char[] folded = new char[MAX_WORD * 4];
    int n = text.length();
    int i = 0;
    int hits = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      int len = i - start;
      if (len == 0 || len > MAX_WORD) {
        continue;
      }
      boolean ascii = true;
      for (int k = 0; k < len; k++) {
        char c = Character.toLowerCase(text.charAt(start + k));
        word[k] = c;
        ascii &= c < 0x80;
      }
      Integer bits = languagesOf.get(word, 0, len);
      if (bits == null && !ascii) {
        bits = languagesOf.get(folded, 0, fold(word, len, folded)); // "qué" where lists write "que"
        if (bits == null) {
          int spelling = spelledIn(word, len);
          bits = spelling == 0 ? null : spelling; // "hondureños": a letter only Spanish writes
        }
      }
      if (bits != null) {
        double w = weightByLists[Integer.bitCount(bits)];
        for (int b = bits; b != 0; b &= b - 1) {
          weights[Integer.numberOfTrailingZeros(b)] += w;
        }
        if (++hits % CHECK_EVERY == 0 && settled(weights)) {
          break; // a clear lead this far in: the rest of the text is read no further
        }
      }
    }
    return leader(weights);
  }

  /**
   * The languages (bits in {@link #CODES} order) whose alphabet alone has a letter of {@code w[0,
   * len)}: ñ is Spanish, ã and õ Portuguese, ß German, ő and ű Hungarian, ø and æ Danish and
   * Norwegian, å those and Swedish, Cyrillic Russian; 0 when no letter tells. A word on no stop
   * list that is so spelt counts as a stop word of those languages would.
   */
  private static int spelledIn(char[] w, int len) {
    int bits = 0;
    for (int k = 0; k < len; k++) {
      char c = w[k];
      if (c == 'ñ') {
        bits |= ES;
      } else if (c == 'ã' || c == 'õ') {
        bits |= PT;
      } else if (c == 'ß') {
        bits |= DE;
      } else if (c == 'ő' || c == 'ű') {
        bits |= HU;
      } else if (c == 'ø' || c == 'æ') {
        bits |= DA | NO;
      } else if (c == 'å') {
        bits |= DA | NO | SV;
      } else if (c >= 'а' && c <= 'я') {
        bits |= RU;
      }
    }
    return Integer.bitCount(bits) > 3 ? 0 : bits; // letters of several alphabets tell nothing
  }

  private static final int ES = bit("es");
  private static final int PT = bit("pt");
  private static final int DE = bit("de");
  private static final int HU = bit("hu");
  private static final int DA = bit("da");
  private static final int NO = bit("no");
  private static final int SV = bit("sv");
  private static final int RU = bit("ru");

  private static int bit(String code) {
    return 1 << CODES.indexOf(code);
  }

  /** Whether one language leads by {@link #SETTLED_LEAD} with {@link #SETTLED_WEIGHT} or more. */
  private static boolean settled(double[] weights) {
    double best = 0;
    double second = 0;
    for (double w : weights) {
      if (w > best) {
        second = best;
        best = w;
      } else if (w > second) {
        second = w;
      }
    }
    return best >= SETTLED_WEIGHT && best >= second * SETTLED_LEAD;
  }

  /** The language whose weight is at least {@link #MIN_WEIGHT} and clearly ahead, or "und". */
  private static String leader(double[] counts) {
    int best = 0;
    for (int lang = 1; lang < counts.length; lang++) {
      if (counts[lang] > counts[best]) {
        best = lang;
      }
    }
    double second = 0;
    for (int lang = 0; lang < counts.length; lang++) {
      if (lang != best) {
        second = Math.max(second, counts[lang]);
      }
    }
    return counts[best] >= MIN_WEIGHT && counts[best] >= second * LEAD
        ? CODES.get(best)
        : Language.UNDETERMINED;
  }

  /**
   * {@code w[0, len)}, already lower case, without accents into {@code out}; returns its length.
   */
  private static int fold(char[] w, int len, char[] out) {
    return ASCIIFoldingFilter.foldToASCII(w, 0, out, 0, len);
  }
}
