package org.nutgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.KnownNames;
import org.nutgraf.recognition.Lexicons;

/** The place analyzer: the built-in gazetteer by default, or the recogniser it is given. */
class PlaceNameAnalyzerTest {
  private static List<String> analyze(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("places", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "/" + type.type());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void byDefaultItFindsTheShippedGazetteersNames() throws IOException {
    try (PlaceNameAnalyzer a = new PlaceNameAnalyzer()) {
      assertEquals(
          List.of("PE/demonym", "CL/country"),
          analyze(a, "Peruvian growers shipped grapes to Chile."));
    }
  }

  @Test
  void aRecogniserOfOnesOwnBringsItsOwnPlaces() throws IOException {
    Gazetteer mine =
        Gazetteer.defaults().toBuilder().addPlace("Quillbury", PlaceKind.CITY, "NZ").build();
    EntityRecognizer r = new EntityRecognizer(mine, Lexicons.defaults(), KnownNames.NONE);
    String text = "The ferry from Quillbury docked late.";
    try (PlaceNameAnalyzer a = new PlaceNameAnalyzer(r)) {
      assertEquals(List.of("NZ/city"), analyze(a, text));
    }
    try (PlaceNameAnalyzer plain = new PlaceNameAnalyzer()) {
      assertEquals(List.of(), analyze(plain, text));
    }
  }

  @Test
  void oneAnalyzerServesTextAfterText() throws IOException {
    try (PlaceNameAnalyzer a = new PlaceNameAnalyzer()) {
      assertEquals(List.of("BO/country"), analyze(a, "Bolivia voted."));
      assertEquals(List.of("EC/country"), analyze(a, "Ecuador voted."));
    }
  }
}
