package org.nutgraf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nutgraf.article.Article;

class CorpusFileTest {
  @Test
  void readsBackTheArticlesItWasWrittenWith(@TempDir Path dir) throws IOException {
    CorpusGenerator generator = CorpusGenerator.of(7, 300);
    CorpusFile file = CorpusFile.write(generator, dir.resolve("c.bin"));
    List<Article> expected = generator.stream().toList();
    assertEquals(expected.size(), file.articles());
    assertEquals(300, file.paragraphs());
    long bytes = 0;
    for (Article a : expected) {
      bytes += RecognitionBench.utf8Length(a);
    }
    assertEquals(bytes, file.textBytes());
    assertEquals(expected, readAll(file.all()));
  }

  @Test
  void partitionsTogetherAreTheWholeCorpusInTurn(@TempDir Path dir) throws IOException {
    CorpusFile file = CorpusFile.write(CorpusGenerator.of(3, 200), dir.resolve("c.bin"));
    List<Article> all = readAll(file.all());
    List<Article> first = readAll(file.partition(0, 2));
    List<Article> second = readAll(file.partition(1, 2));
    assertEquals(all.size(), first.size() + second.size());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(all.get(i), (i % 2 == 0 ? first : second).get(i / 2));
    }
    assertThrows(IllegalArgumentException.class, () -> file.partition(2, 2));
  }

  private static List<Article> readAll(CorpusFile.Reader reader) throws IOException {
    List<Article> out = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(out::add);
    }
    return out;
  }
}
