package org.nutgraf.analysis;

import org.apache.lucene.util.Attribute;
import org.nutgraf.recognition.PlaceMention;

/**
 * What {@link PlaceNameFilter} knows of the place mention in the current token; the term itself is
 * the country code.
 */
public interface PlaceAttribute extends Attribute {
  /** The mention, or null between tokens. */
  PlaceMention mention();

  void setMention(PlaceMention mention);
}
