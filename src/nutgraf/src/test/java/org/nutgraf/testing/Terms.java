package org.nutgraf.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms a token stream gives, in order, for tests that compare them with a list. */
public final class Terms {
  private Terms() {}

  /** The terms {@code a} makes of {@code text} in {@code field}. */
  public static List<String> of(Analyzer a, String field, String text) throws IOException {
    try (TokenStream ts = a.tokenStream(field, text)) {
      return drain(ts);
    }
  }

  /** Resets {@code ts}, reads all its terms, and ends it; the caller closes it. */
  public static List<String> drain(TokenStream ts) throws IOException {
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    List<String> out = new ArrayList<>();
    ts.reset();
    while (ts.incrementToken()) {
      out.add(term.toString());
    }
    ts.end();
    return out;
  }
}
