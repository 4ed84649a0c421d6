package org.nutgraf.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.RecognitionCost;
import org.nutgraf.testing.HostileText;

/**
 * The filters cost a bounded number of recognition steps per token and character on Lucene's random
 * text and on hostile text, after the news tokenizer or another one. Steps are counted, not timed.
 */
public class TestEntityFilterCost extends BaseTokenStreamTestCase {
  /** As the recognition tests bound it. */
  private static final int MAX_STEPS_PER_UNIT = 100;

  private final List<RecognitionCost> costs = new ArrayList<>();
  private final EntityRecognizer recognizer =
      EntityRecognizer.defaults().reportingCost(c -> record(c));

  private synchronized void record(RecognitionCost c) {
    costs.add(c);
  }

  public void testRandomTextCostsAFixedMultipleOfItsLength() throws IOException {
    for (Analyzer a : analyzers()) {
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER, 4096);
      a.close();
    }
    assertBounded();
  }

  public void testHostileTextCostsAFixedMultipleOfItsLength() throws IOException {
    Random r = new Random(random().nextLong());
    for (Analyzer a : analyzers()) {
      for (int i = 0; i < 20; i++) {
        String text = HostileText.random(r, 1 + r.nextInt(3_000));
        checkAnalysisConsistency(random(), a, false, text);
      }
      a.close();
    }
    assertBounded();
  }

  private List<Analyzer> analyzers() {
    return List.of(
        new PersonNameAnalyzer(recognizer),
        new PlaceNameAnalyzer(recognizer),
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            WhitespaceTokenizer source = new WhitespaceTokenizer();
            return new TokenStreamComponents(source, new PersonNameFilter(source, recognizer));
          }
        });
  }

  private synchronized void assertBounded() {
    assertFalse(costs.isEmpty());
    for (RecognitionCost c : costs) {
      assertFalse(c.toString(), c.truncated());
      assertTrue(c.toString(), c.steps() <= MAX_STEPS_PER_UNIT * c.size() + 1_000);
    }
  }
}
