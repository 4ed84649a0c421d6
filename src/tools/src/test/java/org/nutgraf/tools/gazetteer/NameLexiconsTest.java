package org.nutgraf.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Given names and common words read from the lexicons and the team's lists, folded. */
class NameLexiconsTest {
  @TempDir Path dir;

  @Test
  void givenNamesComeFromEveryListAndTheMultiLanguageListOnlyWhereListsAgree() throws IOException {
    SmallTables.write(dir, "lex/given-names-male-en.txt", "# male", "Tomás", "R2D2");
    SmallTables.write(dir, "lex/given-names-female-en.txt", "Marta", "Anne-Marie", "");
    SmallTables.write(
        dir,
        "lex/given-names-multi.tsv",
        "# name\tlists",
        "Ilse\tde,nl",
        "The\ten",
        "Oona\tfi, sv");
    SmallTables.write(dir, "data/lexicons/given-names-world.txt", "# world", "Kwabena");
    SmallTables.write(dir, "data/lexicons/common-words.txt", "# words", "Harbour", "", "the");
    NameLexicons n = NameLexicons.read(dir.resolve("lex"), dir.resolve("data"));
    assertEquals(Set.of("tomas", "marta", "anne marie", "ilse", "oona", "kwabena"), n.givenNames());
    assertTrue(!n.givenNames().contains("the"), "one list alone does not make a given name");
    assertEquals(Set.of("harbour", "the"), n.commonWords());
  }
}
