package org.nutgraf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/**
 * Times entity recognition alone on one thread over articles held in memory: after a warm-up pass,
 * passes until about {@link #MIN_NANOS} have gone by (at least two), best pass reported.
 */
final class RecognitionBench {
  private static final long MIN_NANOS = 3_000_000_000L;
  private static final int MAX_PASSES = 6;

  private final List<Article> sample;
  private final long textBytes;
  private long sink;

  RecognitionBench(List<Article> sample) {
    this.sample = List.copyOf(sample);
    long bytes = 0;
    for (Article a : sample) {
      bytes += utf8Length(a);
    }
    this.textBytes = bytes;
  }

  RecognitionReport run() {
    ArticleTagger tagger = ArticleTagger.forIndexing();
    EntityRecognizer engine = tagger.recognizer();
    return new RecognitionReport(
        textBytes,
        megabytesPerSecond(a -> scanAll(a).stream().mapToInt(TokenSequence::size).sum()),
        megabytesPerSecond(
            a -> engine.recognizeAll(scanAll(a), EntityRecognizer.Mode.PLACES).size()),
        megabytesPerSecond(
            a -> engine.recognizeAll(scanAll(a), EntityRecognizer.Mode.PERSONS).size()),
        megabytesPerSecond(a -> engine.recognizeAll(scanAll(a)).size()),
        megabytesPerSecond(a -> tagger.tag(a).paragraphs().size()));
  }

  private double megabytesPerSecond(ToIntFunction<Article> work) {
    pass(work);
    long best = Long.MAX_VALUE;
    long spent = 0;
    for (int i = 0; i < MAX_PASSES && (i < 2 || spent < MIN_NANOS); i++) {
      long nanos = pass(work);
      best = Math.min(best, nanos);
      spent += nanos;
    }
    return textBytes / (best / 1e9) / 1e6;
  }

  private long pass(ToIntFunction<Article> work) {
    long start = System.nanoTime();
    int results = 0;
    for (Article a : sample) {
      results += work.applyAsInt(a);
    }
    long nanos = System.nanoTime() - start;
    sink += results; // so that no pass can be optimised away
    return nanos;
  }

  /** The headline (when it is not the first paragraph) and the paragraphs, tokenised. */
  private static List<TokenSequence> scanAll(Article a) {
    List<TokenSequence> out = new ArrayList<>(a.paragraphs().size() + 1);
    if (!a.headline().isBlank() && !a.headline().equals(a.paragraphs().get(0).text())) {
      out.add(scan(a.headline(), out.size()));
    }
    for (Paragraph p : a.paragraphs()) {
      out.add(scan(p.text(), out.size()));
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
