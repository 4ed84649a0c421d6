package org.nutgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers' text clean-up: control characters, paragraphs, trailing site furniture. */
class ArticleTextTest {
  private static final ReaderOptions OPTIONS = ReaderOptions.defaults();

  @Test
  void controlCharactersAreRemovedAndCountedAcrossFields() {
    ArticleText.Counter counter = new ArticleText.Counter();

    assertEquals("Rain\tfell", counter.clean("Ra\u0000in\tfe\u0007ll"));
    assertEquals("Dry\nday", counter.clean("Dry\u007f\n\u0085day"));
    assertEquals(4, counter.removed);
  }

  @Test
  void cleanTextIsReturnedAsItIs() {
    String text = "Nothing to remove\r\nhere.";

    assertSame(text, new ArticleText.Counter().clean(text));
  }

  @Test
  void theUnwantedControlsAreC0AndC1ButNotTabOrLineBreaks() {
    assertTrue(ArticleText.isUnwantedControl('\u0000'));
    assertTrue(ArticleText.isUnwantedControl('\u001f'));
    assertTrue(ArticleText.isUnwantedControl('\u007f'));
    assertTrue(ArticleText.isUnwantedControl('\u009f'));
    assertFalse(ArticleText.isUnwantedControl('\t'));
    assertFalse(ArticleText.isUnwantedControl('\n'));
    assertFalse(ArticleText.isUnwantedControl('\r'));
    assertFalse(ArticleText.isUnwantedControl(' '));
    assertFalse(ArticleText.isUnwantedControl('\u00a0'));
  }

  @Test
  void blankLinesSplitParagraphsAndLinesInsideOneAreKept() {
    assertEquals(
        List.of("First line\nsame paragraph", "Second paragraph"),
        ArticleText.splitParagraphs(
            "\n  First line  \nsame paragraph\n   \n\nSecond paragraph\n\n"));
  }

  @Test
  void everyKindOfLineEndSplits() {
    assertEquals(
        List.of("one", "two", "three"), ArticleText.splitParagraphs("one\r\n\r\ntwo\r\rthree"));
  }

  @Test
  void blankTextHasNoParagraphs() {
    assertEquals(List.of(), ArticleText.splitParagraphs(" \n\t\n"));
  }

  @Test
  void trailingBoilerplateParagraphsAreDropped() {
    assertEquals(
        List.of("The port reopened."),
        ArticleText.dropTrailingBoilerplate(
            List.of("The port reopened.", "ADVERTISEMENT", "Read more…", "related:"), OPTIONS));
  }

  @Test
  void boilerplateBeforeTheEndIsKept() {
    assertEquals(
        List.of("Subscribe", "The port reopened."),
        ArticleText.dropTrailingBoilerplate(List.of("Subscribe", "The port reopened."), OPTIONS));
  }

  @Test
  void aBoilerplateLastLineLeavesTheLinesBeforeItJoined() {
    assertEquals(
        List.of("Ships waited. Cranes stood idle."),
        ArticleText.dropTrailingBoilerplate(
            List.of("Ships waited.\nCranes stood idle.\nLatest News"), OPTIONS));
  }

  @Test
  void anArticleOfBoilerplateOnlyHasNothingLeft() {
    assertEquals(
        List.of(),
        ArticleText.dropTrailingBoilerplate(List.of("Top Stories", "Most read"), OPTIONS));
  }

  @Test
  void blankParagraphsAreDroppedAndOthersStripped() {
    assertEquals(
        List.of("Harbour calm.", "Boats out."),
        ArticleText.dropTrailingBoilerplate(
            List.of("  Harbour calm. ", "   ", "Boats out."), OPTIONS));
  }
}
