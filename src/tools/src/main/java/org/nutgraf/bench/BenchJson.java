package org.nutgraf.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Writes a {@link BenchReport} as one line of JSON, the field names the README documents: {@code
 * indexing.cpuRatio}, {@code queries.<kind>.p99Ms} and the rest. Rates are in text MB (10^6 bytes)
 * a second, heap in MiB, times in milliseconds unless the name says seconds.
 */
public final class BenchJson {
  /** Bumped when a field changes meaning or goes away. */
  public static final int VERSION = 2;

  private static final double MIB = 1 << 20;

  private BenchJson() {}

  /** The report as one line of JSON, no line break at the end. */
  public static String toJson(BenchReport r) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      write(g, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, BenchReport r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("version", VERSION);
    Machine m = r.machine();
    g.writeObjectFieldStart("machine");
    g.writeStringField("jdk", m.jdk());
    g.writeStringField("vm", m.vm());
    g.writeNumberField("cores", m.cores());
    number(g, "maxHeapMiB", m.maxHeapBytes() / MIB);
    number(g, "loadAverage", m.loadAverage());
    g.writeArrayFieldStart("collectors");
    for (String name : m.collectors()) {
      g.writeString(name);
    }
    g.writeEndArray();
    g.writeEndObject();

    CorpusStats c = r.corpus();
    g.writeObjectFieldStart("corpus");
    g.writeNumberField("seed", c.seed());
    g.writeNumberField("articles", c.articles());
    g.writeNumberField("paragraphs", c.paragraphs());
    g.writeNumberField("textBytes", c.textBytes());
    number(g, "generateMBps", c.generateMBps());
    number(g, "readMBps", c.readMBps());
    g.writeEndObject();
    g.writeNumberField("threads", r.threads());
    g.writeNumberField("queryRuns", r.queryRuns());
    number(g, "seconds", r.seconds());

    IndexingReport ix = r.indexing();
    g.writeObjectFieldStart("indexing");
    number(g, "cpuRatio", ix.cpuRatio());
    number(g, "wallRatio", ix.wallRatio());
    optional(g, "bulkWallRatio", ix.bulkWallRatio());
    number(g, "ratio", ix.wallRatio());
    optional(g, "threadedRatio", ix.threadedRatio());
    optional(g, "scaling", ix.nutgrafScaling());
    optional(g, "plainScaling", ix.plainScaling());
    g.writeNumberField(
        "rounds", ix.runs().stream().mapToInt(IndexingRun::round).max().orElse(0) + 1);
    g.writeFieldName("plain");
    optionalRun(g, ix.median(Engine.PLAIN, 1));
    g.writeFieldName("nutgraf");
    optionalRun(g, ix.median(Engine.NUTGRAF, 1));
    g.writeFieldName("bulk");
    optionalRun(g, ix.median(Engine.BULK, 1));
    g.writeFieldName("plainThreaded");
    optionalRun(
        g, ix.maxThreads() > 1 ? ix.median(Engine.PLAIN, ix.maxThreads()) : Optional.empty());
    g.writeFieldName("nutgrafThreaded");
    optionalRun(
        g, ix.maxThreads() > 1 ? ix.median(Engine.NUTGRAF, ix.maxThreads()) : Optional.empty());
    g.writeArrayFieldStart("runs");
    for (IndexingRun run : ix.runs()) {
      run(g, run);
    }
    g.writeEndArray();
    if (ix.merges().isEmpty()) {
      g.writeNullField("merge");
    } else {
      g.writeObjectFieldStart("merge");
      number(g, "bufferMb", ix.merges().get(0).ramBufferMb());
      optional(g, "cpuRatio", ix.mergeCpuRatio());
      optional(g, "forceMergeCpuRatio", ix.forceMergeCpuRatio());
      for (MergeRun mr : ix.merges()) {
        g.writeObjectFieldStart(mr.indexing().engine().label());
        g.writeNumberField("segments", mr.segments());
        number(g, "forceMergeSeconds", mr.forceMergeSeconds());
        number(g, "forceMergeCpuSeconds", mr.forceMergeCpuSeconds());
        g.writeFieldName("indexing");
        run(g, mr.indexing());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();

    g.writeObjectFieldStart("recognition");
    recognitionFields(g, r.recognition());
    g.writeObjectFieldStart("spanish");
    recognitionFields(g, r.spanish());
    g.writeEndObject();
    number(g, "spanishTaggerRatio", r.spanishTaggerRatio());
    number(g, "detectionShareOfIndexing", r.detectionShareOfIndexing());
    g.writeFieldName("fixtures");
    optionalRecognition(g, r.fixtures());
    g.writeFieldName("text");
    optionalRecognition(g, r.text());
    g.writeObjectFieldStart("hostile");
    recognitionFields(g, r.hostile());
    g.writeEndObject();
    g.writeEndObject();

    g.writeObjectFieldStart("queries");
    for (QueryReport q : r.queries()) {
      g.writeObjectFieldStart(q.kind().key());
      latencyFields(g, q.nutgraf());
      g.writeFieldName("plain");
      if (q.plain().isPresent()) {
        g.writeStartObject();
        latencyFields(g, q.plain().get());
        g.writeEndObject();
      } else {
        g.writeNull();
      }
      optional(g, "ratioP50", q.ratioP50());
      optional(g, "ratioP99", q.ratioP99());
      g.writeEndObject();
    }
    g.writeEndObject();

    HeapUse heap = r.indexingHeap();
    g.writeObjectFieldStart("heap");
    number(g, "indexingPeakUsedMiB", heap.peakUsedBytes() / MIB);
    number(g, "indexingPeakAfterGcMiB", heap.peakAfterGcBytes() / MIB);
    number(g, "maxHeapMiB", m.maxHeapBytes() / MIB);
    g.writeEndObject();

    IndexSize size = r.index();
    g.writeObjectFieldStart("index");
    g.writeNumberField("paragraphs", size.paragraphs());
    g.writeNumberField("bytes", size.nutgrafBytes());
    number(g, "bytesPerParagraph", size.nutgrafBytesPerParagraph());
    g.writeNumberField("plainBytes", size.plainBytes());
    number(g, "plainBytesPerParagraph", size.plainBytesPerParagraph());
    g.writeEndObject();

    g.writeObjectFieldStart("goals");
    for (Goal goal : r.goals()) {
      g.writeObjectFieldStart(goal.key());
      g.writeStringField("description", goal.description());
      number(g, "target", goal.target());
      g.writeBooleanField("atMost", goal.atMost());
      number(g, "value", goal.value());
      g.writeBooleanField("met", goal.met());
      g.writeNumberField("statedForParagraphs", goal.statedForParagraphs());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void run(JsonGenerator g, IndexingRun run) throws IOException {
    g.writeStartObject();
    g.writeStringField("engine", run.engine().label());
    g.writeNumberField("threads", run.threads());
    g.writeNumberField("round", run.round());
    g.writeNumberField("paragraphs", run.paragraphs());
    number(g, "seconds", run.seconds());
    number(g, "closeSeconds", run.closeSeconds());
    number(g, "cpuSeconds", run.cpuSeconds());
    number(g, "callerCpuSeconds", run.callerCpuSeconds());
    number(g, "paragraphsPerSec", run.paragraphsPerSecond());
    number(g, "paragraphsPerCpuSec", run.paragraphsPerCpuSecond());
    number(g, "cpuMicrosPerParagraph", run.cpuMicrosPerParagraph());
    number(g, "mbPerSec", run.megabytesPerSecond());
    g.writeNumberField("indexBytes", run.indexBytes());
    number(g, "heapPeakUsedMiB", run.heap().peakUsedBytes() / MIB);
    number(g, "heapPeakAfterGcMiB", run.heap().peakAfterGcBytes() / MIB);
    g.writeEndObject();
  }

  private static void optionalRun(JsonGenerator g, Optional<IndexingRun> run) throws IOException {
    if (run.isPresent()) {
      run(g, run.get());
    } else {
      g.writeNull();
    }
  }

  private static void recognitionFields(JsonGenerator g, RecognitionReport rec) throws IOException {
    g.writeStringField("source", rec.source());
    g.writeNumberField("articles", rec.articles());
    g.writeNumberField("paragraphs", rec.paragraphs());
    g.writeNumberField("textBytes", rec.textBytes());
    number(g, "scanMBps", rec.scanMBps());
    number(g, "placesMBps", rec.placesMBps());
    number(g, "personsMBps", rec.personsMBps());
    number(g, "bothMBps", rec.bothMBps());
    number(g, "taggerMBps", rec.taggerMBps());
    number(g, "taggerMicrosPerParagraph", rec.taggerMicrosPerParagraph());
    number(g, "detectMBps", rec.detectMBps());
    number(g, "detectMicrosPerParagraph", rec.detectMicrosPerParagraph());
    number(g, "warmUpCpuSeconds", rec.warmUpCpuSeconds());
  }

  private static void optionalRecognition(JsonGenerator g, Optional<RecognitionReport> rec)
      throws IOException {
    if (rec.isPresent()) {
      g.writeStartObject();
      recognitionFields(g, rec.get());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
  }

  private static void latencyFields(JsonGenerator g, Latency l) throws IOException {
    g.writeNumberField("runs", l.runs());
    number(g, "p50Ms", l.p50Ms());
    number(g, "p99Ms", l.p99Ms());
    number(g, "maxMs", l.maxMs());
    number(g, "meanMs", l.meanMs());
    number(g, "cpuP50Ms", l.cpuP50Ms());
    number(g, "cpuP99Ms", l.cpuP99Ms());
    number(g, "meanHits", l.meanHits());
  }

  private static void optional(JsonGenerator g, String name, Optional<Double> v)
      throws IOException {
    if (v.isPresent()) {
      number(g, name, v.get());
    } else {
      g.writeNullField(name);
    }
  }

  /** Four significant decimals are plenty for timings on a noisy machine; NaN and ∞ as null. */
  private static void number(JsonGenerator g, String name, double v) throws IOException {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, Math.round(v * 10_000) / 10_000.0);
    }
  }
}
