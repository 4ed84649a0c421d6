package org.nutgraf.bench;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints a {@link BenchReport} as a table for people. */
public final class BenchText {
  private static final double MIB = 1 << 20;

  private BenchText() {}

  public static void print(BenchReport r, PrintWriter out) {
    Machine m = r.machine();
    CorpusStats c = r.corpus();
    out.printf(
        Locale.ROOT,
        "Nutgraf bench: %,d paragraphs in %,d articles (%.1f MB of text)," + " seed %d%n",
        c.paragraphs(),
        c.articles(),
        c.textBytes() / 1e6,
        c.seed());
    out.printf(
        Locale.ROOT,
        "JDK %s, %d cores, -Xmx %.0f MiB, collectors %s, load average %.2f at start;"
            + " took %.0f s%n%n",
        m.jdk(),
        m.cores(),
        m.maxHeapBytes() / MIB,
        m.collectors().isEmpty() ? "unnamed" : String.join(" + ", m.collectors()),
        m.loadAverage(),
        r.seconds());

    IndexingReport ix = r.indexing();
    out.println(
        "Indexing (median run)    threads   paragraphs/s   µs CPU/paragraph     MB/s   index MiB");
    for (Engine e : Engine.values()) {
      ix.median(e, 1).ifPresent(run -> row(out, run));
    }
    if (ix.maxThreads() > 1) {
      ix.median(Engine.PLAIN, ix.maxThreads()).ifPresent(run -> row(out, run));
      ix.median(Engine.NUTGRAF, ix.maxThreads()).ifPresent(run -> row(out, run));
    }
    out.printf(
        Locale.ROOT,
        "  Nutgraf / plain, one thread, median of %d rounds: CPU %.2f, wall %.2f",
        ix.runs().stream().mapToInt(IndexingRun::round).max().orElse(0) + 1,
        ix.cpuRatio(),
        ix.wallRatio());
    ix.bulkWallRatio().ifPresent(v -> out.printf(Locale.ROOT, "; bulk API wall %.2f", v));
    out.println();
    ix.nutgrafScaling()
        .ifPresent(
            s -> out.printf(Locale.ROOT, "  Nutgraf %d threads / one: %.2f", r.threads(), s));
    ix.plainScaling().ifPresent(s -> out.printf(Locale.ROOT, " (plain: %.2f)%n", s));
    for (MergeRun mr : ix.merges()) {
      out.printf(
          Locale.ROOT,
          "  with merges (%.1f MB buffer) %-12s %,.0f paragraphs/s, %.1f µs CPU a paragraph, %d"
              + " segments; forceMerge(1) %.1f s, %.1f s CPU%n",
          mr.ramBufferMb(),
          mr.indexing().engine().label(),
          mr.indexing().paragraphsPerSecond(),
          mr.indexing().cpuMicrosPerParagraph(),
          mr.segments(),
          mr.forceMergeSeconds(),
          mr.forceMergeCpuSeconds());
    }
    out.println();

    out.println(
        "Recognition alone, one thread, MB per CPU second   tokenise  places persons   both"
            + "  tagger  µs/paragraph  warm-up s");
    recognition(out, r.recognition());
    recognition(out, r.spanish());
    r.fixtures().ifPresent(f -> recognition(out, f));
    r.text().ifPresent(t -> recognition(out, t));
    recognition(out, r.hostile());
    out.printf(
        Locale.ROOT,
        "  Spanish / English tagger speed %.2f; language detection %.2f µs a paragraph, %.1f %%"
            + " of indexing%n",
        r.spanishTaggerRatio(),
        r.recognition().detectMicrosPerParagraph(),
        r.detectionShareOfIndexing() * 100);
    out.println();

    out.println(
        "Queries (ms)      Nutgraf p50    p99    max |  Lucene p50    p99    max |"
            + " p50 ratio    hits | CPU p50    p99");
    for (QueryReport q : r.queries()) {
      Latency n = q.nutgraf();
      out.printf(
          Locale.ROOT,
          "  %-14s %9.2f %6.2f %6.2f |",
          q.kind().key(),
          n.p50Ms(),
          n.p99Ms(),
          n.maxMs());
      if (q.plain().isPresent()) {
        Latency p = q.plain().get();
        out.printf(
            Locale.ROOT,
            " %10.2f %6.2f %6.2f | %9.2f",
            p.p50Ms(),
            p.p99Ms(),
            p.maxMs(),
            q.ratioP50().orElseThrow());
      } else {
        out.print("          -      -      - |         -");
      }
      out.printf(Locale.ROOT, " %7.0f | %8.2f %6.2f%n", n.meanHits(), n.cpuP50Ms(), n.cpuP99Ms());
    }
    out.println();

    HeapUse heap = r.indexingHeap();
    IndexSize size = r.index();
    out.printf(
        Locale.ROOT,
        "Heap while Nutgraf indexed: %.0f MiB live after GC, %.0f MiB in use" + " at most%n",
        heap.peakAfterGcBytes() / MIB,
        heap.peakUsedBytes() / MIB);
    out.printf(
        Locale.ROOT,
        "Index size: %.0f bytes a paragraph (plain Lucene %.0f)%n%n",
        size.nutgrafBytesPerParagraph(),
        size.plainBytesPerParagraph());

    out.println("Goals");
    for (Goal g : r.goals()) {
      out.printf(
          Locale.ROOT,
          "  %-4s %-50s %s %8.2f, measured %8.2f%s%n",
          g.met() ? "met" : "MISS",
          g.description(),
          g.atMost() ? "<=" : ">=",
          g.target(),
          g.value(),
          g.statedForParagraphs() > 0 && c.paragraphs() < g.statedForParagraphs()
              ? String.format(Locale.ROOT, " (stated for %,d paragraphs)", g.statedForParagraphs())
              : "");
    }
    out.flush();
  }

  private static void row(PrintWriter out, IndexingRun run) {
    out.printf(
        Locale.ROOT,
        "  %-22s %7d %14.0f %18.1f %8.2f %11.1f%n",
        run.engine().label(),
        run.threads(),
        run.paragraphsPerSecond(),
        run.cpuMicrosPerParagraph(),
        run.megabytesPerSecond(),
        run.indexBytes() / MIB);
  }

  private static void recognition(PrintWriter out, RecognitionReport rec) {
    String name = rec.source();
    if (name.length() > 24) {
      name = "…" + name.substring(name.length() - 23);
    }
    out.printf(
        Locale.ROOT,
        "  %-24s (%6.2f MB) %10.1f %7.1f %7.1f %6.1f %7.1f %13.2f %9.1f%n",
        name,
        rec.textBytes() / 1e6,
        rec.scanMBps(),
        rec.placesMBps(),
        rec.personsMBps(),
        rec.bothMBps(),
        rec.taggerMBps(),
        rec.taggerMicrosPerParagraph(),
        rec.warmUpCpuSeconds());
  }
}
