package org.nutgraf.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.Recognized;

/**
 * Replaces the words of a text with one token per person mention: the term is the name without
 * titles ("President Trump's" → "Trump"), the type is {@link #TYPE}, the offsets cover the name,
 * and {@link PersonAttribute} holds the surface, title, affiliation and evidence. The text is
 * judged as one article: a surname counts once the text names the person in full. Works best after
 * {@link NewsTokenizer}.
 */
public final class PersonNameFilter extends EntityFilterBase {
  /** Token type of person names. */
  public static final String TYPE = "person";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PersonAttribute personAtt = addAttribute(PersonAttribute.class);

  /** Recognises with the built-in word lists and gazetteer. */
  public PersonNameFilter(TokenStream input) {
    this(input, EntityRecognizer.defaults());
  }

  /** Recognises with {@code recognizer} (for an actor dictionary as known names). */
  public PersonNameFilter(TokenStream input, EntityRecognizer recognizer) {
    super(input, recognizer);
  }

  @Override
  int count(Recognized found) {
    return found.persons().size();
  }

  @Override
  void emit(Recognized found, int i) {
    PersonMention m = found.persons().get(i);
    termAtt.setEmpty().append(m.name());
    offsetAtt.setOffset(m.startOffset(), m.endOffset());
    typeAtt.setType(TYPE);
    personAtt.setMention(m);
  }
}
