package org.nutgraf.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.util.fst.FST;

/**
 * A walk through the gazetteer's folded names one character at a time, as the place matcher reads
 * tokens: after "new" the walk is at a name ("New", if one) and can go on to "new mexico". Words of
 * a name are separated by one space. Not thread-safe: one walk per thread, reused with {@link
 * #reset}.
 *
 * <p>Example: {@code walk.reset(); for (char c : "honduras".toCharArray()) walk.step(c);
 * walk.atName()} is true and {@code walk.entries()} holds the country HN.
 *
 * <p>The recognition engine's way through the names, public only because the engine is in another
 * package ({@link Gazetteer#walk}). Look names up with {@link Gazetteer#lookup}.
 *
 * @lucene.internal
 */
public final class NameWalk {
  private final FST<Long> fst;
  private final PlaceEntry[][] groups;
  private final FST.BytesReader in;
  private final FST.Arc<Long> arc = new FST.Arc<>();
  private long output;

  NameWalk(FST<Long> fst, PlaceEntry[][] groups) {
    this.fst = fst;
    this.groups = groups;
    this.in = fst.getBytesReader();
    reset();
  }

  /** Back to the start, before the first character of every name. */
  public void reset() {
    fst.getFirstArc(arc);
    output = 0;
  }

  /**
   * Steps over {@code c} (a folded character, or the space between words).
   *
   * @return false when no name goes on with {@code c}; the walk must then be {@link #reset}
   */
  public boolean step(char c) {
    try {
      if (fst.findTargetArc(c, arc, arc, in) == null) {
        return false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the FST is on heap; this does not happen
    }
    output += arc.output();
    return true;
  }

  /**
   * Where this walk stands, to {@link #restore} it later without stepping over the same characters
   * again (the place matcher keeps the mark of each first word it meets).
   */
  public Mark mark() {
    return new Mark(new FST.Arc<Long>().copyFrom(arc), output);
  }

  /** Back to where {@code mark} was taken, on a walk of the same gazetteer. */
  public void restore(Mark mark) {
    arc.copyFrom(mark.arc);
    output = mark.output;
  }

  /** A place in a walk, taken by {@link #mark}; immutable and safe to share between threads. */
  public static final class Mark {
    private final FST.Arc<Long> arc;
    private final long output;

    private Mark(FST.Arc<Long> arc, long output) {
      this.arc = arc;
      this.output = output;
    }
  }

  /** True when the characters stepped over so far are a whole name. */
  public boolean atName() {
    return arc.isFinal();
  }

  /**
   * The group of entries of the name stepped over so far, to read later with {@link #groupSize} and
   * {@link #entry} without allocating a list.
   *
   * @throws IllegalStateException unless {@link #atName()}
   */
  public int group() {
    if (!atName()) {
      throw new IllegalStateException("the walk is not at a name");
    }
    return (int) (output + arc.nextFinalOutput());
  }

  /** How many entries the {@link #group} {@code group} has. */
  public int groupSize(int group) {
    return groups[group].length;
  }

  /** Entry {@code k} of the {@link #group} {@code group}. */
  public PlaceEntry entry(int group, int k) {
    return groups[group][k];
  }

  /**
   * The entries of the name stepped over so far (one name can be several places), unmodifiable.
   *
   * @throws IllegalStateException unless {@link #atName()}
   */
  public List<PlaceEntry> entries() {
    if (!atName()) {
      throw new IllegalStateException("the walk is not at a name");
    }
    return Collections.unmodifiableList(Arrays.asList(groups[group()]));
  }
}
