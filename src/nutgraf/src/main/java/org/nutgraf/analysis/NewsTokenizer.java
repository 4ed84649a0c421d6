package org.nutgraf.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenSequence;

/**
 * Splits news text into words the way the recognisers read it ({@link TextScanner}): "U.S." and
 * "Gen." keep their periods, a possessive 's is dropped, hyphens split. Each token's {@code
 * FlagsAttribute} carries {@link org.nutgraf.text.TokenFlags} (case, the punctuation before it),
 * which {@link PlaceNameFilter} and {@link PersonNameFilter} use.
 */
public final class NewsTokenizer extends Tokenizer {
  /** Token type of words. */
  public static final String TYPE = "<WORD>";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final TokenSequence tokens = new TokenSequence();
  private char[] buffer = new char[4096];
  private int length;
  private int next;

  public NewsTokenizer() {}

  public NewsTokenizer(AttributeFactory factory) {
    super(factory);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next >= tokens.size()) {
      return false;
    }
    clearAttributes();
    int start = tokens.startOffset(next);
    int end = tokens.endOffset(next);
    termAtt.copyBuffer(buffer, start, end - start);
    offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    flagsAtt.setFlags(tokens.flags(next));
    typeAtt.setType(TYPE);
    next++;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    int n;
    while ((n = input.read(buffer, length, buffer.length - length)) != -1) {
      length += n;
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
    }
    TextScanner.scan(buffer, length, tokens);
    next = 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(length);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }
}
