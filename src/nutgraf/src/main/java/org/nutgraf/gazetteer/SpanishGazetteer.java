package org.nutgraf.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The built-in gazetteer with the Spanish names, prebuilt: {@code GazetteerBuilder} (tools module)
 * writes it beside {@code gazetteer.bin} as {@code gazetteer-es.bin}, with the checksums of the two
 * resources it was built from in {@code gazetteer-es.sums}, so that the first Spanish article reads
 * a file instead of compiling the names again.
 */
final class SpanishGazetteer {
  static final String BASE = "gazetteer.bin";
  static final String PREBUILT = "gazetteer-es.bin";
  static final String SUMS = "gazetteer-es.sums";

  private SpanishGazetteer() {}

  /**
   * The prebuilt gazetteer, when it is in the jar and was built from the {@code gazetteer.bin} and
   * {@code es-names.tsv} that are; empty otherwise (then the caller builds it, which is slower but
   * gives the same gazetteer).
   */
  static Optional<Gazetteer> prebuilt() {
    try (InputStream sums = resource(SUMS);
        InputStream file = resource(PREBUILT)) {
      if (sums == null || file == null) {
        return Optional.empty();
      }
      String recorded = new String(sums.readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!recorded.equals(currentSums())) {
        return Optional.empty();
      }
      return Optional.of(GazetteerFile.read(file, PREBUILT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The checksums of the resources the Spanish gazetteer is built from, as one line. */
  static String currentSums() throws IOException {
    try (InputStream base = resource(BASE);
        InputStream names = resource(SpanishNames.RESOURCE)) {
      return sums(base, names);
    }
  }

  /**
   * Writes {@code gazetteer-es.bin} and {@code gazetteer-es.sums} into {@code dir} from the {@code
   * gazetteer.bin} and {@code es-names.tsv} there.
   */
  static void write(Path dir) throws IOException {
    Gazetteer base = Gazetteer.load(dir.resolve(BASE));
    Gazetteer.Builder b = base.toBuilder();
    try (InputStream names = Files.newInputStream(dir.resolve(SpanishNames.RESOURCE))) {
      SpanishNames.addTo(b, base, names);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve(PREBUILT))) {
      b.build().save(out);
    }
    try (InputStream baseFile = Files.newInputStream(dir.resolve(BASE));
        InputStream names = Files.newInputStream(dir.resolve(SpanishNames.RESOURCE))) {
      Files.writeString(dir.resolve(SUMS), sums(baseFile, names) + "\n", StandardCharsets.UTF_8);
    }
  }

  private static String sums(InputStream base, InputStream names) throws IOException {
    if (base == null || names == null) {
      throw new IllegalStateException(
          "gazetteer resource missing: " + BASE + " or " + SpanishNames.RESOURCE);
    }
    return BASE + " " + crc(base) + " " + SpanishNames.RESOURCE + " " + crc(names);
  }

  private static String crc(InputStream in) throws IOException {
    CRC32 crc = new CRC32();
    byte[] buf = new byte[1 << 16];
    int n;
    while ((n = in.read(buf)) > 0) {
      crc.update(buf, 0, n);
    }
    return Long.toHexString(crc.getValue());
  }

  private static InputStream resource(String name) {
    return SpanishGazetteer.class.getResourceAsStream(name);
  }
}
