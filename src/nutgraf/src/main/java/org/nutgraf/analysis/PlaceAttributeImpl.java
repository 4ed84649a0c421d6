package org.nutgraf.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;
import org.nutgraf.recognition.PlaceMention;

/** Default implementation of {@link PlaceAttribute}. */
public final class PlaceAttributeImpl extends AttributeImpl implements PlaceAttribute {
  private PlaceMention mention;

  /** An attribute with no mention (the attribute factory creates it by reflection). */
  public PlaceAttributeImpl() {}

  @Override
  public PlaceMention mention() {
    return mention;
  }

  @Override
  public void setMention(PlaceMention mention) {
    this.mention = mention;
  }

  @Override
  public void clear() {
    mention = null;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((PlaceAttribute) target).setMention(mention);
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(PlaceAttribute.class, "surface", mention == null ? null : mention.surface());
    reflector.reflect(PlaceAttribute.class, "place", mention == null ? null : mention.place());
    reflector.reflect(
        PlaceAttribute.class, "evidence", mention == null ? null : mention.evidence());
  }
}
