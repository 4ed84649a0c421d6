package org.nutgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.Recognized;
import org.nutgraf.testing.Terms;

/**
 * The filters' shared base: it reads the whole input once, hands out one mention per token, and
 * starts over for each new input after a reset.
 */
class EntityFilterBaseTest {
  /** A filter that emits each place's surface as written, through the base's contract. */
  private static final class Surfaces extends EntityFilterBase {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    int recognitions;

    Surfaces(TokenStream input) {
      super(input, EntityRecognizer.defaults());
    }

    @Override
    int count(Recognized found) {
      if (recognitions == 0 || found != last) {
        recognitions++;
        last = found;
      }
      return found.places().size();
    }

    private Recognized last;

    @Override
    void emit(Recognized found, int i) {
      term.append(found.places().get(i).surface());
    }
  }

  @Test
  void eachInputIsRecognisedOnceAndItsMentionsComeOutInOrder() throws IOException {
    NewsTokenizer source = new NewsTokenizer();
    source.setReader(new java.io.StringReader("Trucks from Bolivia crossed into Peru at dawn."));
    Surfaces filter = new Surfaces(source);
    assertEquals(List.of("Bolivia", "Peru"), Terms.drain(filter));
    assertEquals(1, filter.recognitions);
    assertFalse(filter.incrementToken(), "no more after the last mention");
    filter.close();
  }

  @Test
  void aResetStreamReadsItsNewInputInsteadOfRepeatingTheOld() throws IOException {
    NewsTokenizer source = new NewsTokenizer();
    Surfaces filter = new Surfaces(source);
    source.setReader(new java.io.StringReader("Flights to Chile resumed."));
    assertEquals(List.of("Chile"), Terms.drain(filter));
    filter.close();
    source.setReader(new java.io.StringReader("Nothing happened here today."));
    assertEquals(List.of(), Terms.drain(filter));
    filter.close();
    source.setReader(new java.io.StringReader("Ecuador and Colombia signed."));
    assertEquals(List.of("Ecuador", "Colombia"), Terms.drain(filter));
    filter.close();
  }

  @Test
  void eachTokenStartsFromClearedAttributes() throws IOException {
    try (PlaceNameAnalyzer analyzer = new PlaceNameAnalyzer();
        TokenStream ts = analyzer.tokenStream("f", "Hondurans and Guatemalans met in Mexico.")) {
      assertEquals(List.of("HN", "GT", "MX"), Terms.drain(ts));
    }
  }
}
