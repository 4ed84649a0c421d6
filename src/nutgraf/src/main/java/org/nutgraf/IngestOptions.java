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
 * @param commitEvery when positive, the batch is committed in chunks of this many articles, each
 *     chunk all or nothing, so a crash or a bad article late in a long batch keeps the chunks
 *     before it; 0 (the default) commits once, at the end
 */
public record IngestOptions(
    ReaderOptions reader, boolean skipInvalid, Consumer<IngestReport> progress, int commitEvery) {
  public IngestOptions {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(progress, "progress");
    if (commitEvery < 0) {
      throw new IllegalArgumentException("commitEvery: must be >= 0, was " + commitEvery);
    }
  }

  /** Options that commit once, at the end. */
  public IngestOptions(ReaderOptions reader, boolean skipInvalid, Consumer<IngestReport> progress) {
    this(reader, skipInvalid, progress, 0);
  }

  /** Default reading, all-or-nothing, no progress reports. */
  public static IngestOptions defaults() {
    return new IngestOptions(ReaderOptions.defaults(), false, r -> {}, 0);
  }

  /** A copy that skips bad articles instead of refusing the batch. */
  public IngestOptions withSkipInvalid(boolean skip) {
    return new IngestOptions(reader, skip, progress, commitEvery);
  }

  /** A copy with other reading options. */
  public IngestOptions withReader(ReaderOptions options) {
    return new IngestOptions(options, skipInvalid, progress, commitEvery);
  }

  /** A copy that reports progress to {@code listener}. */
  public IngestOptions withProgress(Consumer<IngestReport> listener) {
    return new IngestOptions(reader, skipInvalid, listener, commitEvery);
  }

  /** A copy that commits every {@code articles} articles (0: once at the end). */
  public IngestOptions withCommitEvery(int articles) {
    return new IngestOptions(reader, skipInvalid, progress, articles);
  }
}
