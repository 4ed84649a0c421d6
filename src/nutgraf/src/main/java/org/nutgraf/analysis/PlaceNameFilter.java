package org.nutgraf.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.PlaceMention;
import org.nutgraf.recognition.Recognized;

/**
 * Replaces the words of a text with one token per place mention: the term is the ISO country code
 * ("Honduran" → "HN"), the type is the kind of name ("country", "demonym", "city", "government"…),
 * the offsets cover the name as written, and {@link PlaceAttribute} holds the surface, the place
 * and the evidence. Works best after {@link NewsTokenizer}.
 */
public final class PlaceNameFilter extends EntityFilterBase {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PlaceAttribute placeAtt = addAttribute(PlaceAttribute.class);

  /** Recognises with the built-in gazetteer. */
  public PlaceNameFilter(TokenStream input) {
    this(input, EntityRecognizer.defaults());
  }

  /** Recognises with {@code recognizer} (for a custom gazetteer). */
  public PlaceNameFilter(TokenStream input, EntityRecognizer recognizer) {
    super(input, recognizer);
  }

  @Override
  int count(Recognized found) {
    return found.places().size();
  }

  @Override
  void emit(Recognized found, int i) {
    PlaceMention m = found.places().get(i);
    termAtt.setEmpty().append(m.country());
    offsetAtt.setOffset(m.startOffset(), m.endOffset());
    typeAtt.setType(m.kind().label());
    placeAtt.setMention(m);
  }
}
