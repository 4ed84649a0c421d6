package org.nutgraf.analysis;

import org.apache.lucene.util.Attribute;
import org.nutgraf.recognition.PersonMention;

/**
 * What {@link PersonNameFilter} knows of the person mention in the current token; the term itself
 * is the name without titles.
 */
public interface PersonAttribute extends Attribute {
  /** The mention, or null between tokens. */
  PersonMention mention();

  void setMention(PersonMention mention);
}
