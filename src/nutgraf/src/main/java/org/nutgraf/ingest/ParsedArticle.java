package org.nutgraf.ingest;

import java.util.List;
import java.util.Optional;
import org.nutgraf.article.Article;

/**
 * What a reader made of one article in the input: the article, or the problems that kept it out.
 *
 * @param article the article when it is valid; empty when {@code problems} holds an error
 * @param problems what is wrong; empty for a valid article
 * @param file the file it came from
 * @param line the 1-based line it starts on
 * @param controlCharsRemoved how many control characters were removed from its text
 */
public record ParsedArticle(
    Optional<Article> article,
    List<InputProblem> problems,
    String file,
    int line,
    int controlCharsRemoved) {

  public ParsedArticle {
    problems = List.copyOf(problems);
  }

  static ParsedArticle valid(Article article, String file, int line, int controlChars) {
    return new ParsedArticle(Optional.of(article), List.of(), file, line, controlChars);
  }

  static ParsedArticle invalid(InputProblem problem) {
    return new ParsedArticle(Optional.empty(), List.of(problem), problem.file(), problem.line(), 0);
  }

  /** True when the article was read and is valid. */
  public boolean isValid() {
    return article.isPresent();
  }
}
