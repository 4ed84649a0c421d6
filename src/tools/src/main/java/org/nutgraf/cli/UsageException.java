package org.nutgraf.cli;

/** A mistake in how the tool was called or in its input; exits with code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
