package org.nutgraf.testing;

import java.io.IOException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory whose disk fills up on demand: once {@link #fill()} is called, every new file fails
 * with "No space left on device". Closing it keeps the wrapped directory open, so a test can open
 * an index on the same bytes again; the test closes the wrapped directory itself.
 */
public final class FullDiskDirectory extends FilterDirectory {
  private volatile boolean full;

  public FullDiskDirectory(Directory in) {
    super(in);
  }

  /** From now on, creating a file fails. */
  public void fill() {
    full = true;
  }

  /** Creating files works again. */
  public void free() {
    full = false;
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    checkSpace();
    return super.createOutput(name, context);
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    checkSpace();
    return super.createTempOutput(prefix, suffix, context);
  }

  private void checkSpace() throws IOException {
    if (full) {
      throw new IOException("No space left on device");
    }
  }

  @Override
  public void close() {
    // the wrapped directory outlives the index, as a disk does
  }
}
