package org.nutgraf.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;
import org.nutgraf.recognition.PersonMention;

/** Default implementation of {@link PersonAttribute}. */
public final class PersonAttributeImpl extends AttributeImpl implements PersonAttribute {
  private PersonMention mention;

  /** An attribute with no mention (the attribute factory creates it by reflection). */
  public PersonAttributeImpl() {}

  @Override
  public PersonMention mention() {
    return mention;
  }

  @Override
  public void setMention(PersonMention mention) {
    this.mention = mention;
  }

  @Override
  public void clear() {
    mention = null;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((PersonAttribute) target).setMention(mention);
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(PersonAttribute.class, "surface", mention == null ? null : mention.surface());
    reflector.reflect(
        PersonAttribute.class, "title", mention == null ? null : mention.title().orElse(null));
    reflector.reflect(
        PersonAttribute.class, "evidence", mention == null ? null : mention.evidence());
  }
}
