package org.nutgraf.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.Recognized;
import org.nutgraf.text.TokenSequence;

/**
 * Reads every word of the input into a {@link TokenSequence}, runs the recogniser once, then hands
 * the mentions out one by one. Flags from {@link NewsTokenizer} tell it about punctuation; after
 * another tokenizer it judges case from the words alone.
 */
abstract class EntityFilterBase extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);
  private final TokenSequence tokens = new TokenSequence();
  final EntityRecognizer recognizer;
  private Recognized found;
  private int next;

  EntityFilterBase(TokenStream input, EntityRecognizer recognizer) {
    super(input);
    this.recognizer = recognizer;
  }

  @Override
  public final boolean incrementToken() throws IOException {
    if (found == null) {
      tokens.clear();
      while (input.incrementToken()) {
        tokens.append(
            termAtt.buffer(),
            termAtt.length(),
            offsetAtt.startOffset(),
            offsetAtt.endOffset(),
            flagsAtt.getFlags());
      }
      tokens.finish();
      found = recognizer.recognize(tokens);
      next = 0;
    }
    if (next >= count(found)) {
      return false;
    }
    clearAttributes();
    emit(found, next++);
    return true;
  }

  /** Number of mentions this filter emits. */
  abstract int count(Recognized found);

  /** Sets the attributes for mention {@code i}. */
  abstract void emit(Recognized found, int i);

  @Override
  public void reset() throws IOException {
    super.reset();
    found = null;
    next = 0;
  }
}
