package org.nutgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void leavesOrdinaryTextAlone() {
    String s = "Café in Zürich, path C:\\news — «quoted»";
    assertSame(s, Printable.of(s));
  }

  @Test
  void escapesLineBreaksTerminalCodesAndBidiControls() {
    assertEquals(
        "a\\nb\\r\\tc\\u001b[2J\\u0007\\u009b\\u2028\\u202e\\u0000",
        Printable.of("a\nb\r\tc\u001b[2J\u0007\u009b\u2028\u202e\u0000"));
  }
}
