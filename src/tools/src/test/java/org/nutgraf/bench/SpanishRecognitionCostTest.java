package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.article.Paragraph;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.RecognitionCost;
import org.nutgraf.recognition.Recognized;

/**
 * Recognition on the generated Spanish text costs about what it costs on the generated English text
 * of the same names density, counted in recognition steps (never timed): what the bench's Spanish /
 * English speed ratio stands on.
 */
class SpanishRecognitionCostTest {
  private final ArticleTagger tagger = ArticleTagger.forIndexing();
  private final List<Article> english = CorpusGenerator.of(42, 600).stream().toList();
  private final List<Article> spanish = SpanishCorpus.of(42, english.size(), paragraphs(english));

  @Test
  void spanishNamesAreAboutAsDenseAsEnglishOnes() {
    double en = measure(english).mentionsPerKilobyte();
    double es = measure(spanish).mentionsPerKilobyte();

    assertTrue(es > en / 1.3 && es < en * 1.3, "Spanish " + es + ", English " + en);
  }

  @Test
  void spanishCostsAtMostAFifthMoreStepsAByteThanEnglish() {
    double en = measure(english).stepsPerByte();
    double es = measure(spanish).stepsPerByte();

    assertTrue(es <= en * 1.2, "Spanish " + es + " steps a byte, English " + en);
  }

  private static int paragraphs(List<Article> articles) {
    int n = articles.stream().mapToInt(a -> a.paragraphs().size()).sum();
    return (int) Math.max(1, Math.round(n / (double) articles.size()));
  }

  private record Measure(long steps, long bytes, long mentions) {
    double stepsPerByte() {
      return (double) steps / bytes;
    }

    double mentionsPerKilobyte() {
      return mentions * 1000.0 / bytes;
    }
  }

  private Measure measure(List<Article> articles) {
    long steps = 0;
    long bytes = 0;
    long mentions = 0;
    for (Article a : articles) {
      List<RecognitionCost> costs = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (Paragraph p : a.paragraphs()) {
        texts.add(p.text());
        bytes += RecognitionBench.utf8Length(p.text());
      }
      EntityRecognizer r = tagger.recognizer(a.language()).reportingCost(costs::add);
      for (Recognized found : r.recognizeAll(texts)) {
        mentions += found.places().size() + found.persons().size();
      }
      steps += costs.get(0).steps();
    }
    System.out.printf(
        "%s: %.3f steps a byte, %.2f mentions a KB%n",
        articles.get(0).language().equals("es") ? "Spanish" : "English",
        (double) steps / bytes,
        mentions * 1000.0 / bytes);
    return new Measure(steps, bytes, mentions);
  }
}
