package org.nutgraf;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.nutgraf.article.Article;
import org.nutgraf.entity.ActorDictionary;
import org.nutgraf.entity.ArticleTagger;
import org.nutgraf.entity.EntityTagger;
import org.nutgraf.entity.TaggedArticle;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.index.DocumentBuilder;
import org.nutgraf.index.Fields;
import org.nutgraf.index.NewsSearcher;
import org.nutgraf.index.NewsSearcherFactory;
import org.nutgraf.index.TextLanguages;
import org.nutgraf.query.NewsQuery;
import org.nutgraf.query.QuerySyntaxException;
import org.nutgraf.search.Cursors;
import org.nutgraf.search.SearchExecutor;
import org.nutgraf.search.SearchResult;

/**
 * A paragraph-level news index with country and actor facets: the one entry point of Nutgraf.
 *
 * <pre>{@code
 * try (NewsIndex index = NewsIndex.open(Path.of("news-index"))) {
 *   index.upsert(article);
 *   index.commit();
 *   SearchResult r = index.search(NewsQuery.parse("caravan country:Honduras"));
 * }
 * }</pre>
 *
 * <p>Upserting an article replaces all its paragraphs at once; searches see the latest {@link
 * #commit()} or {@link #refresh()}; a commit is durable, and a crash loses only what came after the
 * last one. Safe for concurrent searches while other threads upsert and commit.
 *
 * <p>{@link #openReadOnly(Path)} opens an index for searching only: it takes no lock, so any number
 * of processes search an index while one writes to it, each seeing the latest commit as of its open
 * or {@link #refresh()}.
 */
public final class NewsIndex implements Closeable {
  /** Articles in flight per tagging thread in {@link #upsertAll}: enough to keep each busy. */
  private static final int WINDOW_PER_THREAD = 8;

  /** Tagging threads end after this long without work, so an idle index holds no thread. */
  private static final long IDLE_SECONDS = 30;

  private final Directory directory;
  private final String where;
  private final EntityTagger tagger;
  private final Gazetteer gazetteer;
  private final ActorDictionary dictionary;
  private final FacetsConfig config = DocumentBuilder.facetsConfig();
  private final DocumentBuilder builder = new DocumentBuilder();
  private final Analyzer analyzer = TextLanguages.analyzer();
  private final double ramBufferMb;
  private final int taggingThreads;
  private final Clock clock;
  private ExecutorService pool;
  private final int searchThreads;
  private ExecutorService searchPool;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private Cursors cursors;
  private final Optional<byte[]> givenKey;
  private final Optional<Path> home;
  private final boolean readOnly;
  private IndexWriter writer;
  private SearcherManager searchers;
  private boolean closed;

  private NewsIndex(Builder b, Directory directory, String where) throws IOException {
    if (!b.createIfMissing && !DirectoryReader.indexExists(directory)) {
      throw new IndexOpenException(where + ": no index here (create one with index first)");
    }
    this.directory = directory;
    this.where = where;
    this.gazetteer = b.gazetteer;
    this.dictionary = b.dictionary;
    this.tagger =
        b.tagger != null
            ? b.tagger
            : b.gazetteer == Gazetteer.defaults() && b.dictionary == ActorDictionary.defaults()
                ? ArticleTagger.forIndexing()
                : new ArticleTagger(b.gazetteer, b.dictionary, false);
    this.ramBufferMb = b.ramBufferMb;
    this.taggingThreads = b.taggingThreads;
    this.searchThreads = b.searchThreads;
    this.clock = b.clock;
    this.readOnly = b.readOnly;
    this.givenKey = Optional.ofNullable(b.cursorKey);
    this.home =
        FilterDirectory.unwrap(directory) instanceof FSDirectory fs
            ? Optional.of(fs.getDirectory())
            : Optional.empty();
    if (readOnly) {
      openReader();
    } else {
      openWriter();
    }
  }

  /**
   * Opens the index in {@code path}, creating it (and the directory) when missing.
   *
   * @throws IndexOpenException if the path is a file or not writable, a non-empty directory that
   *     holds no index, another writer holds the index, it has another schema version, or it is
   *     corrupt
   * @throws IOException if the index cannot be read
   */
  public static NewsIndex open(Path path) throws IOException {
    return builder().path(path).open();
  }

  /**
   * Opens the index in {@code path}, which must exist.
   *
   * @throws IndexOpenException if there is no index there, or as {@link #open(Path)}
   */
  public static NewsIndex openExisting(Path path) throws IOException {
    return builder().path(path).createIfMissing(false).open();
  }

  /**
   * Opens the index in {@code path} for searching only. It holds no lock: searches run while
   * another process (or another {@code NewsIndex}) writes, and see the latest commit as of this
   * open or the last {@link #refresh()}. {@link #upsert}, {@link #delete}, {@link #commit} and
   * {@link #rollback} throw {@link UnsupportedOperationException}; {@link #close()} writes nothing.
   *
   * @throws IndexOpenException if there is no index there, it has another schema version, or it is
   *     corrupt
   */
  public static NewsIndex openReadOnly(Path path) throws IOException {
    return builder().path(path).readOnly(true).open();
  }

  /** An index in memory, gone when closed; for tests and small jobs. */
  public static NewsIndex inMemory() {
    try {
      return builder().open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A builder for an index with its own path, tagger, gazetteer or actor dictionary. */
  public static Builder builder() {
    return new Builder();
  }

  private void openReader() throws IOException {
    Map<String, String> data = IndexChecks.checkExisting(directory, where).orElse(Map.of());
    // the key file when this user may read it, else a key of an index not yet moved to one, else
    // a key of this process only (its cursors hold only within it)
    Optional<byte[]> key = givenKey;
    if (key.isEmpty() && home.isPresent()) {
      key = CursorKeyFile.read(home.get());
    }
    cursors = new Cursors(key.or(() -> oldKey(data)).orElseGet(CursorKeyFile::random));
    try {
      searchers = new SearcherManager(DirectoryReader.open(directory), searcherFactory());
    } catch (CorruptIndexException e) {
      throw IndexChecks.corrupt(directory, where, e);
    }
  }

  /**
   * The writer's cursor key: the caller's, else the key file's, else the key an older index kept in
   * its commit data, else a new one; a key not from the caller is stored in the key file.
   */
  private byte[] writerKey(Map<String, String> data) throws IOException {
    if (givenKey.isPresent()) {
      return givenKey.get();
    }
    Optional<byte[]> stored = home.isPresent() ? CursorKeyFile.read(home.get()) : Optional.empty();
    if (stored.isPresent()) {
      return stored.get();
    }
    byte[] key = oldKey(data).orElseGet(CursorKeyFile::random);
    if (home.isPresent()) {
      CursorKeyFile.write(home.get(), key);
    }
    return key;
  }

  /** The cursor key that indexes written before the key file kept in their commit data. */
  private static Optional<byte[]> oldKey(Map<String, String> data) {
    return Optional.ofNullable(data.get(Fields.CURSOR_KEY)).map(Base64.getDecoder()::decode);
  }

  private void ensureWritable(String operation) {
    if (readOnly) {
      throw new UnsupportedOperationException(
          "index " + where + " is open read-only: " + operation + " needs NewsIndex.open");
    }
  }

  private void openWriter() throws IOException {
    Map<String, String> data = IndexChecks.checkExisting(directory, where).orElse(Map.of());
    IndexWriterConfig iwc = new IndexWriterConfig(analyzer);
    iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    iwc.setRAMBufferSizeMB(ramBufferMb);
    iwc.setCommitOnClose(false);
    try {
      writer = new IndexWriter(directory, iwc);
    } catch (LockObtainFailedException e) {
      throw new IndexOpenException(
          where
              + ": index is locked by another writer (write.lock); close that process or"
              + " NewsIndex first",
          e);
    } catch (CorruptIndexException e) {
      throw IndexChecks.corrupt(directory, where, e);
    }
    try {
      cursors = new Cursors(writerKey(data));
      if (data.isEmpty()) {
        // a new index: records the schema version at once; the writer carries it into every later
        // commit, so commit() and close() need not set it, and opening and closing an unchanged
        // index writes nothing
        writer.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA_VERSION).entrySet());
        writer.commit();
      } else if (data.containsKey(Fields.CURSOR_KEY)) {
        // an index that kept its cursor key in the commit data: the key now lives in its file,
        // and the next commit leaves it out
        Map<String, String> kept = new HashMap<>(data);
        kept.remove(Fields.CURSOR_KEY);
        writer.setLiveCommitData(kept.entrySet());
      }
      searchers = new SearcherManager(writer, searcherFactory());
    } catch (IOException | RuntimeException e) {
      try {
        writer.rollback(); // releases write.lock, so the index can be opened again
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof CorruptIndexException c) {
        throw IndexChecks.corrupt(directory, where, c);
      }
      throw e;
    }
  }

  /**
   * Adds an article, or replaces every paragraph of the article with its id. Visible to searches
   * after {@link #refresh()} or {@link #commit()}.
   *
   * @throws IOException if the index cannot be written; the article is then wholly absent
   */
  public void upsert(Article article) throws IOException {
    Objects.requireNonNull(article, "article");
    ensureWritable("upsert");
    write(article.id(), documents(article));
  }

  /** Upserts every article in order, one at a time; see {@link #upsert(Article)}. */
  public void upsert(Collection<Article> articles) throws IOException {
    for (Article a : articles) {
      upsert(a);
    }
  }

  /**
   * Upserts every article on the index's tagging threads (see {@link Builder#taggingThreads}), each
   * of which tags an article and writes it, while the calling thread only hands them out: with the
   * cores free, one calling thread indexes about as fast as Lucene alone. Visible to searches after
   * {@link #refresh()} or {@link #commit()}; this call commits nothing.
   *
   * <p>A later article with an id seen before replaces the earlier one, as with {@link
   * #upsert(Article)} in a loop (articles of one id are written one after another, in iteration
   * order; articles of different ids may be written in any order). Each article is written wholly
   * or not at all. At most a few articles per tagging thread are held in memory at once, so {@code
   * articles} may stream any number of them.
   *
   * <p>A failed batch commits nothing: if an article cannot be tagged or written, or {@code
   * articles} itself throws, the index is rolled back to its last commit (changes made before the
   * call and not committed are discarded with the batch: commit first to keep them) and the
   * exception is thrown. A commit by another thread while the call runs commits the articles
   * written until then.
   *
   * <pre>{@code
   * index.upsertAll(articles);
   * index.commit();
   * }</pre>
   *
   * @throws IOException if the index cannot be written; the index is then as the last commit left
   *     it
   * @throws RuntimeException what tagging an article or iterating {@code articles} threw, after the
   *     same rollback
   */
  public void upsertAll(Iterable<? extends Article> articles) throws IOException {
    Objects.requireNonNull(articles, "articles");
    ensureWritable("upsertAll");
    BulkWriter bulk = bulkWriter();
    try {
      for (Article a : articles) {
        bulk.add(a);
      }
      bulk.flush();
    } catch (IOException | RuntimeException | Error e) {
      bulk.discard();
      try {
        rollback();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * A writer that tags and writes articles on the index's tagging threads (on the calling thread
   * when there are none), one lane per thread, for {@link #upsertAll} and {@link Ingest}.
   */
  BulkWriter bulkWriter() {
    BulkWriter.Sink sink = article -> write(article.id(), documents(article));
    if (taggingThreads == 0) {
      return new BulkWriter(sink, Runnable::run, 1, 1);
    }
    return new BulkWriter(sink, taggingPool(), taggingThreads, WINDOW_PER_THREAD * taggingThreads);
  }

  /** The article tagged and turned into one document per paragraph. */
  private List<Document> documents(Article article) {
    TaggedArticle tagged = tagger.tag(article);
    return builder.build(tagged);
  }

  /** Replaces every paragraph of the article with {@code docs}, at once. */
  private void write(String articleId, List<Document> docs) throws IOException {
    lock.readLock().lock();
    try {
      ensureOpen();
      ensureWritable("upsert");
      writer.updateDocuments(new Term(Fields.ARTICLE, articleId), docs);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Searchers that use the search threads, if there are any. */
  private NewsSearcherFactory searcherFactory() {
    return searchThreads == 0
        ? new NewsSearcherFactory(config)
        : new NewsSearcherFactory(config, task -> searchPool().execute(task));
  }

  private synchronized ExecutorService searchPool() {
    if (searchPool == null) {
      searchPool = idlePool(searchThreads, "nutgraf-search-");
    }
    return searchPool;
  }

  private synchronized ExecutorService taggingPool() {
    ensureOpen();
    if (pool == null) {
      pool = idlePool(taggingThreads, "nutgraf-tagger-");
    }
    return pool;
  }

  /** A pool of {@code threads} daemon threads named {@code prefix}N, which end when idle. */
  private static ExecutorService idlePool(int threads, String prefix) {
    ThreadPoolExecutor p =
        new ThreadPoolExecutor(
            threads,
            threads,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            Thread.ofPlatform().daemon().name(prefix, 1).factory());
    p.allowCoreThreadTimeOut(true);
    return p;
  }

  /** Removes every paragraph of the article with this id; nothing happens if there is none. */
  public void delete(String articleId) throws IOException {
    lock.readLock().lock();
    try {
      ensureOpen();
      ensureWritable("delete");
      writer.deleteDocuments(new Term(Fields.ARTICLE, articleId));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Makes every change so far durable and visible to searches.
   *
   * @throws IOException if the commit fails; the previous commit then stays intact
   */
  public void commit() throws IOException {
    lock.readLock().lock();
    try {
      ensureOpen();
      ensureWritable("commit");
      writer.commit();
      searchers.maybeRefreshBlocking();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Makes changes so far visible to searches without making them durable; on an index open
   * read-only, moves searches to the latest commit.
   */
  public void refresh() throws IOException {
    lock.readLock().lock();
    try {
      ensureOpen();
      searchers.maybeRefreshBlocking();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Discards every change since the last commit, also after a failed write; the index is then as
   * the last commit left it.
   */
  public void rollback() throws IOException {
    lock.writeLock().lock();
    try {
      ensureOpen();
      ensureWritable("rollback");
      try {
        searchers.close();
      } finally {
        if (writer.isOpen()) {
          writer.rollback();
        }
      }
      openWriter();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Runs a query.
   *
   * @throws org.nutgraf.query.UnknownValueException for an unknown country, actor or place
   * @throws org.nutgraf.search.InvalidCursorException for a bad cursor
   * @throws org.nutgraf.query.QuerySyntaxException if the query has more clauses after analysis
   *     than Lucene allows
   * @throws IOException if the index cannot be read
   */
  public SearchResult search(NewsQuery query) throws IOException {
    Objects.requireNonNull(query, "query");
    lock.readLock().lock();
    try {
      ensureOpen();
      NewsSearcher searcher = (NewsSearcher) searchers.acquire();
      try {
        return new SearchExecutor(searcher, analyzer, gazetteer, dictionary, cursors, clock)
            .search(query);
      } catch (IndexSearcher.TooManyClauses e) {
        // words an analyzer splits further ("a-b-c") can pass QueryLimits and still be too many
        throw QuerySyntaxException.whole(
            "query has more than "
                + IndexSearcher.getMaxClauseCount()
                + " clauses after analysis (Lucene's IndexSearcher.maxClauseCount)");
      } finally {
        searchers.release(searcher);
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Runs {@code work} with the index's current searcher (as of the latest commit or refresh), for
   * one's own collectors: {@code index.withSearcher(s -> s.count(new TermQuery(new Term("desk",
   * "metro"))))}. The searcher is acquired for the call and released after it, and the index cannot
   * be closed or rolled back meanwhile; {@code work} must not keep it, nor call {@link #close} or
   * {@link #rollback} (which wait for it to finish).
   *
   * @throws IllegalStateException if the index is closed
   * @throws IOException if the index cannot be read, or {@code work} throws it
   */
  public <T> T withSearcher(SearcherFunction<T> work) throws IOException {
    Objects.requireNonNull(work, "work");
    lock.readLock().lock();
    try {
      ensureOpen();
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Articles and paragraphs as of the latest commit or refresh. */
  public IndexStats stats() throws IOException {
    lock.readLock().lock();
    try {
      ensureOpen();
      NewsSearcher searcher = (NewsSearcher) searchers.acquire();
      try {
        long paragraphs = searcher.getIndexReader().numDocs();
        long articles = searcher.count(IntPoint.newExactQuery(Fields.ORDINAL, 0));
        return new IndexStats(articles, paragraphs);
      } finally {
        searchers.release(searcher);
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The tagger this index tags articles with. */
  public EntityTagger tagger() {
    return tagger;
  }

  /** The gazetteer queries resolve countries with. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Where the index lives: its directory, or "memory". */
  public String location() {
    return where;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("index " + where + " is closed");
    }
  }

  /**
   * Commits pending changes, then closes the index. A second call does nothing. A bulk upsert
   * running on another thread ends with an exception (the index is closed, or its tagging threads
   * refuse work); the articles it wrote before the close are committed with the rest.
   *
   * @throws IOException if the final commit fails; the previous commit stays intact
   */
  @Override
  public void close() throws IOException {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      synchronized (this) {
        if (pool != null) {
          // not shutdownNow: a bulk upsert on another thread waits for its queued lanes, which
          // must still run (and fail on the closed index) for it to end
          pool.shutdown();
        }
        if (searchPool != null) {
          searchPool.shutdownNow();
        }
      }
      try {
        if (writer != null && writer.isOpen() && writer.hasUncommittedChanges()) {
          writer.commit();
        }
      } finally {
        try {
          searchers.close();
        } finally {
          try {
            if (writer != null && writer.isOpen()) {
              writer.close();
            }
          } finally {
            directory.close();
          }
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Builds a {@link NewsIndex}. Defaults: in memory, built-in gazetteer and dictionary. */
  public static final class Builder {
    private Path path;
    private Directory directory;
    private EntityTagger tagger;
    private Gazetteer gazetteer;
    private ActorDictionary dictionary;
    private double ramBufferMb = 64;
    private int taggingThreads = Runtime.getRuntime().availableProcessors();
    private int searchThreads = Runtime.getRuntime().availableProcessors() - 1;
    private Clock clock = Clock.systemUTC();
    private boolean createIfMissing = true;
    private boolean readOnly;
    private byte[] cursorKey;

    private Builder() {}

    /**
     * Signs paging cursors with this key instead of the index's key file. By default an index on
     * disk keeps a random key in {@code nutgraf-cursor.key} in its directory, readable by its owner
     * only; a read-only index that may not read that file signs with a key of its own process, so
     * its cursors hold only within it. An index in memory has a random key.
     *
     * @throws IllegalArgumentException if the key is shorter than 16 bytes
     */
    public Builder cursorKey(byte[] key) {
      if (key.length < 16) {
        throw new IllegalArgumentException(
            "cursorKey: must be at least 16 bytes, was " + key.length);
      }
      this.cursorKey = key.clone();
      return this;
    }

    /**
     * Whether the index is opened for searching only, without a lock (see {@link
     * NewsIndex#openReadOnly(Path)}); defaults to false. A read-only index must exist.
     */
    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    /** Whether {@link #open()} creates an index that does not exist yet; defaults to true. */
    public Builder createIfMissing(boolean create) {
      this.createIfMissing = create;
      return this;
    }

    /** Keeps the index in this directory, created when missing. */
    public Builder path(Path path) {
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /** Keeps the index in this Lucene directory (closed with the index). */
    public Builder directory(Directory directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** Tags articles with this tagger instead of the built-in one. */
    public Builder tagger(EntityTagger tagger) {
      this.tagger = Objects.requireNonNull(tagger, "tagger");
      return this;
    }

    /** Resolves places with this gazetteer (and tags with it, unless a tagger is given). */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
      return this;
    }

    /** Resolves actors with this dictionary (and tags with it, unless a tagger is given). */
    public Builder actorDictionary(ActorDictionary dictionary) {
      this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
      return this;
    }

    /** Indexing buffer before a flush, in MB; defaults to 64. */
    public Builder ramBufferMb(double mb) {
      if (mb < 1) {
        throw new IllegalArgumentException("ramBufferMb: must be >= 1, was " + mb);
      }
      this.ramBufferMb = mb;
      return this;
    }

    /**
     * Threads that tag and write articles for {@link NewsIndex#upsertAll} and {@link Ingest} while
     * the calling thread hands them out; 0 does all the work on the calling thread. Defaults to the
     * number of processors. The threads start with the first bulk upsert and end when idle.
     *
     * @throws IllegalArgumentException if {@code n} is negative or above 256
     */
    public Builder taggingThreads(int n) {
      if (n < 0 || n > 256) {
        throw new IllegalArgumentException("taggingThreads: must be between 0 and 256, was " + n);
      }
      this.taggingThreads = n;
      return this;
    }

    /**
     * Threads that help each search, besides the calling thread: they count a query's facet
     * dimensions and search its segments side by side, which shortens a search on a machine with
     * idle cores, not its CPU time. 0 searches on the calling thread alone. Defaults to one fewer
     * than the number of processors. The threads start with the first search that has work to share
     * and end when idle.
     *
     * @throws IllegalArgumentException if {@code n} is negative or above 256
     */
    public Builder searchThreads(int n) {
      if (n < 0 || n > 256) {
        throw new IllegalArgumentException("searchThreads: must be between 0 and 256, was " + n);
      }
      this.searchThreads = n;
      return this;
    }

    /** The clock cursors are dated with; defaults to the system clock (for tests). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Opens the index.
     *
     * @throws IndexOpenException as {@link NewsIndex#open(Path)}
     */
    public NewsIndex open() throws IOException {
      if (gazetteer == null) {
        gazetteer = Gazetteer.defaults();
      }
      if (dictionary == null) {
        dictionary = ActorDictionary.defaults();
      }
      if (readOnly) {
        createIfMissing = false;
      }
      if (path != null) {
        IndexChecks.checkPath(path, !readOnly);
        if (!readOnly) {
          IndexChecks.checkEmptyOrIndex(path);
        }
        if (!createIfMissing && !Files.isDirectory(path)) {
          throw new IndexOpenException(path + ": no index here (create one with index first)");
        }
        Files.createDirectories(path);
        return openOn(FSDirectory.open(path), path.toString());
      }
      Directory dir = directory != null ? directory : new ByteBuffersDirectory();
      return openOn(dir, directory != null ? dir.toString() : "memory");
    }

    private NewsIndex openOn(Directory dir, String where) throws IOException {
      try {
        return new NewsIndex(this, dir, where);
      } catch (IOException | RuntimeException e) {
        dir.close();
        throw e;
      }
    }
  }
}
