package org.nutgraf.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * The gazetteer file format: gzip around countries, biases, the entries of every name group and the
 * compiled FST, so that loading reads the FST instead of building it.
 */
final class GazetteerFile {
  private static final int MAGIC = 0x4e475a01; // "NGZ" and the format version

  private GazetteerFile() {}

  static void write(Gazetteer g, OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(raw, 1 << 16));
    DataOutput out = new OutputStreamDataOutput(gz);
    out.writeInt(MAGIC);
    out.writeVInt(g.countryMap().size());
    for (Country c : g.countryMap().values()) {
      out.writeString(c.code());
      out.writeString(c.name());
      out.writeString(c.capital());
      out.writeVLong(c.population());
    }
    out.writeVInt(g.biases().size());
    for (Map.Entry<String, Double> b : g.biases().entrySet()) {
      out.writeString(b.getKey());
      out.writeLong(Double.doubleToLongBits(b.getValue()));
    }
    out.writeVInt(g.maxTokens());
    out.writeVInt(g.firstWords().size());
    for (Object word : g.firstWords()) {
      out.writeString(new String((char[]) word));
    }
    PlaceEntry[][] groups = g.groupArray();
    out.writeVInt(groups.length);
    for (PlaceEntry[] group : groups) {
      out.writeVInt(group.length);
      for (PlaceEntry e : group) {
        out.writeString(e.name());
        out.writeByte((byte) e.kind().ordinal());
        out.writeString(e.country());
        out.writeString(e.admin1());
        out.writeVLong(e.population());
        out.writeVInt(e.flags());
        out.writeString(e.label().equals(e.name()) ? "" : e.label());
      }
    }
    g.fst().save(out, out);
    gz.finish();
    gz.flush();
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @throws IllegalArgumentException naming {@code name} if it is no Nutgraf gazetteer
   */
  static Gazetteer read(InputStream raw, String name) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
    buffered.mark(2);
    int b1 = buffered.read();
    int b2 = buffered.read();
    buffered.reset();
    if (b1 != 0x1f || b2 != 0x8b) {
      throw new IllegalArgumentException(name + ": not a Nutgraf gazetteer file");
    }
    DataInput in = new InputStreamDataInput(new GZIPInputStream(buffered, 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IllegalArgumentException(
          name
              + ": not a Nutgraf gazetteer file of this version; rebuild it with"
              + " GazetteerBuilder");
    }
    Map<String, Country> countries = new TreeMap<>();
    for (int n = in.readVInt(); n > 0; n--) {
      Country c = new Country(in.readString(), in.readString(), in.readString(), in.readVLong());
      countries.put(c.code(), c);
    }
    Map<String, Double> bias = new LinkedHashMap<>();
    for (int n = in.readVInt(); n > 0; n--) {
      bias.put(in.readString(), Double.longBitsToDouble(in.readLong()));
    }
    int maxTokens = in.readVInt();
    int words = in.readVInt();
    CharArraySet firstWords = new CharArraySet(words, false);
    for (int i = 0; i < words; i++) {
      firstWords.add(in.readString());
    }
    PlaceKind[] kinds = PlaceKind.values();
    PlaceEntry[][] groups = new PlaceEntry[in.readVInt()][];
    for (int g = 0; g < groups.length; g++) {
      PlaceEntry[] group = new PlaceEntry[in.readVInt()];
      for (int i = 0; i < group.length; i++) {
        String entryName = in.readString();
        PlaceKind kind = kinds[in.readByte()];
        String country = in.readString();
        String admin1 = in.readString();
        long population = in.readVLong();
        int flags = in.readVInt();
        String label = in.readString();
        group[i] =
            new PlaceEntry(
                entryName,
                kind,
                country,
                admin1,
                population,
                flags,
                label.isEmpty() ? entryName : label);
      }
      groups[g] = group;
    }
    PositiveIntOutputs outputs = PositiveIntOutputs.getSingleton();
    FST<Long> fst = new FST<>(FST.readMetadata(in, outputs), in);
    return new Gazetteer(countries, groups, fst, bias, maxTokens, firstWords);
  }
}
