package org.nutgraf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret that signs an index's paging cursors, kept in a file of the index directory that only
 * its owner can read ({@value #NAME}, mode 0600), never in the index's commit data, which anyone
 * who can search the index can read.
 */
final class CursorKeyFile {
  /** The file name, beside Lucene's files; Lucene leaves files of other names alone. */
  static final String NAME = "nutgraf-cursor.key";

  /** Key length in bytes, as HMAC-SHA256 wants. */
  static final int BYTES = 32;

  private CursorKeyFile() {}

  /** A new random key. */
  static byte[] random() {
    byte[] key = new byte[BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /**
   * The key stored in {@code dir}; empty when there is none or this user may not read it.
   *
   * @throws IOException if the file is there but holds no key
   */
  static Optional<byte[]> read(Path dir) throws IOException {
    Path file = dir.resolve(NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String text;
    try {
      text = Files.readString(file).strip();
    } catch (AccessDeniedException e) {
      return Optional.empty();
    }
    try {
      byte[] key = Base64.getDecoder().decode(text);
      if (key.length >= 16) {
        return Optional.of(key);
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw new IndexOpenException(file + ": not a cursor key (delete it to make a new one)");
  }

  /** Stores {@code key} in {@code dir}, readable by the owner only, replacing any file at once. */
  static void write(Path dir, byte[] key) throws IOException {
    Path tmp = dir.resolve(NAME + ".tmp");
    Files.deleteIfExists(tmp);
    try {
      Files.createFile(
          tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(tmp); // not a POSIX file system: restrict what it allows
      tmp.toFile().setReadable(false, false);
      tmp.toFile().setReadable(true, true);
    } catch (FileAlreadyExistsException e) {
      throw new IOException(tmp + ": appeared while the cursor key was written", e);
    }
    byte[] text = Base64.getEncoder().encode(key);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(text));
      ch.force(true);
    }
    Files.move(tmp, dir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE);
  }
}
