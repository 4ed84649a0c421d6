package org.nutgraf;

import java.util.Objects;
import java.util.function.Consumer;
import org.nutgraf.ingest.ReaderOptions;

/**
 * How {@link Ingest} reads and indexes a batch.
 *
 * @param reader how input files are read (boilerplate lines, strict fields)
 * @param skipInvalid when true, bad articles are skipped and reported and the good ones are
 *     committed; by default any problem commits nothing
 * @param progress called about once a second with the articles indexed so far
 */
public record IngestOptions(
    ReaderOptions reader, boolean skipInvalid, Consumer<IngestReport> progress) {
  public IngestOptions {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(progress, "progress");
  }

  /** Default reading, all-or-nothing, no progress reports. */
  public static IngestOptions defaults() {
    return new IngestOptions(ReaderOptions.defaults(), false, r -> {});
  }

  /** A copy that skips bad articles instead of refusing the batch. */
  public IngestOptions withSkipInvalid(boolean skip) {
    return new IngestOptions(reader, skip, progress);
  }

  /** A copy with other reading options. */
  public IngestOptions withReader(ReaderOptions options) {
    return new IngestOptions(options, skipInvalid, progress);
  }

  /** A copy that reports progress to {@code listener}. */
  public IngestOptions withProgress(Consumer<IngestReport> listener) {
    return new IngestOptions(reader, skipInvalid, listener);
  }
}
