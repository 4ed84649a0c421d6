package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench report as one line of JSON, from a report made up here (no bench is run). */
class BenchJsonTest {
  private static final JsonMapper JSON = new JsonMapper();

  private static JsonNode oneThread() throws Exception {
    return JSON.readTree(BenchJson.toJson(BenchReports.oneThread()));
  }

  @Test
  void theReportIsOneLineOfJsonWithItsVersion() throws Exception {
    String line = BenchJson.toJson(BenchReports.oneThread());
    assertFalse(line.contains("\n"));
    assertEquals(BenchJson.VERSION, JSON.readTree(line).get("version").asInt());
  }

  @Test
  void theIndexingRatiosAreNutgrafOverPlainAndMissingOnesAreNull() throws Exception {
    JsonNode ix = oneThread().get("indexing");
    assertEquals(0.5, ix.get("cpuRatio").asDouble());
    assertEquals(0.5, ix.get("wallRatio").asDouble());
    assertEquals(0.5, ix.get("ratio").asDouble(), "the old name of wallRatio");
    assertEquals(1, ix.get("rounds").asInt());
    for (String absent :
        List.of("bulkWallRatio", "threadedRatio", "scaling", "bulk", "nutgrafThreaded", "merge")) {
      assertTrue(ix.get(absent).isNull(), absent);
    }
    assertEquals("nutgraf", ix.get("nutgraf").get("engine").asText());
    assertEquals(250.0, ix.get("nutgraf").get("paragraphsPerSec").asDouble());
    assertEquals(0.5, ix.get("nutgraf").get("mbPerSec").asDouble());
    assertEquals(2, ix.get("runs").size());
  }

  @Test
  void numbersHaveAtMostFourDecimalsAndNaNOrInfinityIsNull() throws Exception {
    JsonNode r = oneThread();
    JsonNode selective = r.get("queries").get("selective");
    assertEquals(1.2346, selective.get("p50Ms").asDouble());
    assertEquals(9.8765, selective.get("p99Ms").asDouble());
    assertEquals(12.3457, r.get("corpus").get("generateMBps").asDouble());
    assertTrue(r.get("corpus").get("readMBps").isNull(), "infinite");
    assertTrue(r.get("machine").get("loadAverage").isNull(), "NaN");
  }

  @Test
  void theMachineNamesItsGarbageCollectors() throws Exception {
    JsonNode collectors = oneThread().get("machine").get("collectors");
    assertEquals(2, collectors.size());
    assertEquals("G1 Young Generation", collectors.get(0).asText());
    assertEquals("G1 Old Generation", collectors.get(1).asText());
  }

  @Test
  void heapIsInMiBAndCountsOnlyNutgrafRuns() throws Exception {
    JsonNode r = oneThread();
    assertEquals(512.0, r.get("machine").get("maxHeapMiB").asDouble());
    assertEquals(100.0, r.get("heap").get("indexingPeakUsedMiB").asDouble(), "plain used 300");
    assertEquals(50.0, r.get("heap").get("indexingPeakAfterGcMiB").asDouble());
    assertEquals(300.0, r.get("indexing").get("plain").get("heapPeakUsedMiB").asDouble());
  }

  @Test
  void queriesAreKeyedByKindWithBothEnginesLatencies() throws Exception {
    JsonNode q = oneThread().get("queries");
    assertEquals(List.of("selective"), fieldNames(q));
    JsonNode s = q.get("selective");
    assertEquals(30, s.get("runs").asInt());
    assertEquals(3.25, s.get("meanHits").asDouble());
    assertEquals(30, s.get("plain").get("runs").asInt());
    assertEquals(1.0, s.get("ratioP50").asDouble());
  }

  @Test
  void recognitionCarriesEachTextSourceAndAbsentOnesAsNull() throws Exception {
    JsonNode rec = oneThread().get("recognition");
    assertEquals("generated", rec.get("source").asText());
    assertEquals("generated-es", rec.get("spanish").get("source").asText());
    assertEquals("articles.jsonl", rec.get("text").get("source").asText());
    assertEquals("hostile", rec.get("hostile").get("source").asText());
    assertTrue(rec.get("fixtures").isNull());
    // 1,000,000 bytes at 10 MB a second over 100 paragraphs
    assertEquals(1_000.0, rec.get("taggerMicrosPerParagraph").asDouble());
  }

  @Test
  void everyGoalStatesItsTargetValueAndWhetherItWasMet() throws Exception {
    JsonNode goals = oneThread().get("goals");
    assertTrue(goals.has("indexingCpuRatio"));
    assertTrue(goals.has("selectiveP99Ms"));
    assertFalse(goals.has("matchAllP99Ms"), "a query kind that did not run has no goal");
    JsonNode cpu = goals.get("indexingCpuRatio");
    assertEquals(0.75, cpu.get("target").asDouble());
    assertFalse(cpu.get("atMost").asBoolean());
    assertEquals(0.5, cpu.get("value").asDouble());
    assertFalse(cpu.get("met").asBoolean());
    assertTrue(goals.get("selectiveP99Ms").get("met").asBoolean(), "9.88 ms, at most 20");
  }

  @Test
  void theIndexSizesArePerParagraphToo() throws Exception {
    JsonNode index = oneThread().get("index");
    assertEquals(4_000, index.get("bytes").asLong());
    assertEquals(40.0, index.get("bytesPerParagraph").asDouble());
    assertEquals(30.0, index.get("plainBytesPerParagraph").asDouble());
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
