package org.nutgraf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nutgraf.article.Article;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.PlaceMention;

/**
 * On random text mixing place names, titles, names, punctuation and arbitrary Unicode, the tagger
 * never throws, and every mention's offsets lie inside its paragraph and point at its surface.
 */
class TaggerPropertyTest {
  private static final String[] PIECES = {
    "Honduras",
    "Hondurans",
    "U.S.",
    "US",
    "us",
    "San Pedro Sula",
    "New Mexico",
    "Guatemala's",
    "President",
    "Vice President",
    "Mr.",
    "Sen.",
    "Juan",
    "Orlando",
    "Hernández",
    "von",
    "der",
    "Leyen",
    "al-",
    "Thani",
    "Xi",
    "Jinping",
    "Jae-in",
    "said",
    "the",
    "of",
    "in",
    "Paris,",
    "Texas",
    "Jordan",
    "Turkey",
    "turkey",
    "Latin America",
    "Washington",
    "Brussels",
    "'s",
    "’s",
    "-",
    "—",
    ",",
    ".",
    "!",
    "?",
    "\"",
    "(",
    ")",
    ":",
    ";",
    "\n",
    "\r\n",
    "  ",
    "\t",
    "Ю",
    "東京",
    "مرحبا",
    "שלום",
    "🙂",
    "é",
    "\u0301",
    "İ",
    "ß",
    "ǅ",
    "Ⅻ",
    "١٢٣",
    "3-1",
    "1,300",
    "W.",
    "J.",
    "UNHCR",
    "Reuters",
    "Nobel Prize",
    "ALL CAPS HEADLINE",
    "Côte d’Ivoire",
    "Guinea-Bissau"
  };

  private static String randomText(Random r, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (r.nextInt(10) == 0) {
        int cp = r.nextInt(0x2FFFF);
        if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp)) {
          sb.appendCodePoint(cp);
        }
      } else {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      if (r.nextInt(3) > 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  @Test
  void neverThrowsAndOffsetsPointAtTheSurface() {
    Random r = new Random(20261127L);
    ArticleTagger tagger = ArticleTagger.defaults();
    int mentions = 0;
    for (int round = 0; round < 300; round++) {
      List<String> texts = new ArrayList<>();
      int n = 1 + r.nextInt(6);
      for (int i = 0; i < n; i++) {
        String t = randomText(r, 1 + r.nextInt(60));
        texts.add(t.isBlank() ? "x" : t);
      }
      Article a = Article.of("p" + round, randomText(r, 5), Instant.EPOCH, "", texts);
      TaggedArticle tagged = tagger.tag(a);
      assertEquals(a.paragraphs().size(), tagged.paragraphs().size());
      for (TaggedParagraph p : tagged.paragraphs()) {
        String text = p.paragraph().text();
        for (PlaceMention m : p.places()) {
          check(text, m.startOffset(), m.endOffset(), m.surface());
          assertTrue(m.country().matches("[A-Z]{2}"), m.country());
          mentions++;
        }
        for (PersonMention m : p.persons()) {
          check(text, m.startOffset(), m.endOffset(), m.surface());
          assertTrue(!m.name().isBlank());
          mentions++;
        }
        assertEquals(p.persons().size(), p.personActors().size());
      }
    }
    assertTrue(mentions > 100, "the random text should contain mentions, found " + mentions);
  }

  private static void check(String text, int start, int end, String surface) {
    assertTrue(0 <= start && start < end && end <= text.length(), start + ".." + end);
    assertEquals(surface, text.substring(start, end));
  }
}
