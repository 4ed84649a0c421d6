package org.nutgraf.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.nutgraf.article.Article;
import org.nutgraf.article.Language;
import org.nutgraf.article.LanguageDetector;
import org.nutgraf.article.Paragraph;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.ingest.ArticleFiles;
import org.nutgraf.ingest.InputException;
import org.nutgraf.ingest.ReaderOptions;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/**
 * Times entity recognition alone on one thread over articles held in memory, in CPU time of that
 * thread. Before each figure is timed, its work runs over the sample until its speed settles
 * ({@link #settle}): the JIT takes seconds of CPU to compile the engine's large methods, and
 * compiles them again when a figure takes other branches than the one before (places alone, persons
 * alone, both), so a figure timed sooner measures the compiler, not the engine. Then passes until
 * the budget of CPU time has gone by (at least {@link #MIN_PASSES}), and the median pass reported.
 */
final class RecognitionBench {
  /** The most CPU time each figure is given: a second (a small bench gives less). */
  static final long MAX_BUDGET_NANOS = 1_000_000_000L;

  /**
   * The least CPU time the whole tagger runs on a text before its first figure is timed. A small
   * bench's warm-up can be over before the JIT has compiled the tagger's paths for that text: the
   * Spanish tagger figure then came out at a third of its speed in some runs and not in others.
   */
  static final long MIN_WARM_UP_NANOS = 400_000_000L;

  /** The most CPU time a figure's work runs before it is timed. */
  static final long MAX_WARM_UP_NANOS = 20_000_000_000L;

  /**
   * How many times its budget a figure may spend warming up, up to {@link #MAX_WARM_UP_NANOS}: a
   * bench of 20,000 paragraphs or more (a budget of 20 ms) may wait 20 s of CPU for the speed to
   * settle, and a small one, run by the tests, a few seconds at most.
   */
  static final int WARM_UP_BUDGETS = 1_000;

  /**
   * How many times its budget one window of a warm-up lasts, up to {@link #MAX_WINDOW_NANOS}: each
   * window's speed is compared with the windows before.
   */
  static final int WINDOW_BUDGETS = 10;

  /** The longest window of a warm-up: 0.2 s of CPU, from 20,000 paragraphs up. */
  static final long MAX_WINDOW_NANOS = 200_000_000L;

  private static final int MIN_PASSES = 5;
  private static final int MAX_PASSES = 2_000;

  private final String source;
  private final List<Article> sample;
  private final long textBytes;
  private final long paragraphs;
  private final long budgetNanos;
  private long sink;
  private long warmUpCpuNanos;

  /** A bench of {@code sample} that gives each figure {@code budgetNanos} of CPU time. */
  RecognitionBench(String source, List<Article> sample, long budgetNanos) {
    if (sample.isEmpty()) {
      throw new IllegalArgumentException(source + ": no article to recognise entities in");
    }
    this.source = source;
    this.sample = List.copyOf(sample);
    long bytes = 0;
    long n = 0;
    for (Article a : sample) {
      bytes += utf8Length(a);
      n += a.paragraphs().size();
    }
    this.textBytes = bytes;
    this.paragraphs = n;
    this.budgetNanos = budgetNanos;
  }

  /**
   * The valid articles of {@code files} (.jsonl or .txt files, or directories of them); bad ones
   * are left out.
   *
   * @throws IOException if a path is missing, holds no input file or cannot be read
   */
  static List<Article> read(List<Path> files) throws IOException {
    List<Article> out = new ArrayList<>();
    try {
      new ArticleFiles(ReaderOptions.defaults()).read(files, p -> p.article().ifPresent(out::add));
    } catch (InputException e) {
      throw new IOException(e.problems().get(0).toString(), e);
    }
    return out;
  }

  RecognitionReport run() {
    ArticleTagger tagger = ArticleTagger.forIndexing();
    LanguageDetector detector = tagger.languageDetector();
    warmUpCpuNanos = settle(a -> tagger.tag(a).paragraphs().size(), MIN_WARM_UP_NANOS);
    // each article with the recogniser of its language, as the tagger picks it
    return new RecognitionReport(
        source,
        sample.size(),
        paragraphs,
        textBytes,
        megabytesPerSecond(a -> scanAll(a).stream().mapToInt(TokenSequence::size).sum()),
        megabytesPerSecond(
            a ->
                tagger
                    .recognizer(a.language())
                    .recognizeAll(a.texts(), EntityRecognizer.Mode.PLACES)
                    .size()),
        megabytesPerSecond(
            a ->
                tagger
                    .recognizer(a.language())
                    .recognizeAll(a.texts(), EntityRecognizer.Mode.PERSONS)
                    .size()),
        megabytesPerSecond(a -> tagger.recognizer(a.language()).recognizeAll(a.texts()).size()),
        megabytesPerSecond(a -> tagger.tag(a).paragraphs().size()),
        megabytesPerSecond(a -> detector.detect(a.withLanguage(Language.UNDETERMINED)).length()),
        warmUpCpuNanos / 1e9);
  }

  private double megabytesPerSecond(ToIntFunction<Article> work) {
    warmUpCpuNanos += settle(work, 0);
    List<Double> passes = new ArrayList<>();
    long spent = 0;
    while (passes.size() < MAX_PASSES && (passes.size() < MIN_PASSES || spent < budgetNanos)) {
      long nanos = pass(work);
      passes.add((double) nanos);
      spent += nanos;
    }
    double median = Medians.median(passes).orElseThrow();
    return textBytes / (median / 1e9) / 1e6;
  }

  /**
   * Passes of {@code work} over the sample, in windows of {@link #WINDOW_BUDGETS} budgets of CPU
   * time (at most {@link #MAX_WINDOW_NANOS}), until its speed settles ({@link Settling}): at least
   * {@code minNanos}, at most {@link #WARM_UP_BUDGETS} budgets (within {@code minNanos} and {@link
   * #MAX_WARM_UP_NANOS}).
   *
   * @return the CPU nanoseconds spent
   */
  private long settle(ToIntFunction<Article> work, long minNanos) {
    long most = Math.max(minNanos, Math.min(MAX_WARM_UP_NANOS, WARM_UP_BUDGETS * budgetNanos));
    long windowNanos = Math.max(1, Math.min(MAX_WINDOW_NANOS, WINDOW_BUDGETS * budgetNanos));
    Settling settling = new Settling(minNanos, most);
    long window;
    int passes;
    do {
      window = 0;
      passes = 0;
      while (window < windowNanos) {
        window += pass(work);
        passes++;
      }
    } while (settling.goOn(window, passes / (double) window));
    return settling.spent();
  }

  /** One pass over the sample; its CPU nanoseconds (at least 1). */
  private long pass(ToIntFunction<Article> work) {
    long start = CpuClock.thread();
    int results = 0;
    for (Article a : sample) {
      results += work.applyAsInt(a);
    }
    long nanos = CpuClock.thread() - start;
    sink += results; // so that no pass can be optimised away
    return Math.max(1, nanos);
  }

  /** The texts of {@code a}, tokenised. */
  private static List<TokenSequence> scanAll(Article a) {
    List<String> texts = a.texts();
    List<TokenSequence> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(scan(text, out.size()));
    }
    return out;
  }

  private static TokenSequence scan(String text, int slot) {
    TokenSequence t = TokenSequence.pooled(slot + 1);
    TextScanner.scan(text, t);
    return t;
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  static long utf8Length(Article a) {
    long n = 0;
    for (Paragraph p : a.paragraphs()) {
      n += utf8Length(p.text());
    }
    return n;
  }
}
