package org.nutgraf.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.nutgraf.article.Language;

/**
 * The languages whose articles get a text field of their own, analysed for that language, beside
 * {@link Fields#TEXT} (which every article has). Adding a language is one entry in {@link #ALL}.
 */
public final class TextLanguages {
  /**
   * A language with its own text field.
   *
   * @param language ISO 639-1 code of the articles that get the field
   * @param field the field name: {@code text_} and the code
   * @param analyzer makes the field's analyzer
   */
  public record Entry(String language, String field, Supplier<Analyzer> analyzer) {}

  /** Every language with a text field of its own. */
  public static final List<Entry> ALL =
      List.of(new Entry(Language.SPANISH, "text_es", SpanishTextAnalyzer::new));

  private TextLanguages() {}

  /** The language's own text field, {@link Fields#TEXT} for a language without one. */
  public static String fieldOf(String language) {
    for (Entry e : ALL) {
      if (e.language().equals(language)) {
        return e.field();
      }
    }
    return Fields.TEXT;
  }

  /** Every text field a word query searches: {@link Fields#TEXT} first, then each language's. */
  public static List<String> textFields() {
    List<String> fields = new ArrayList<>(ALL.size() + 1);
    fields.add(Fields.TEXT);
    ALL.forEach(e -> fields.add(e.field()));
    return fields;
  }

  /**
   * The analyzer of a Nutgraf index: {@link NewsTextAnalyzer} for every field but the languages'
   * own text fields, which get their language's analyzer.
   */
  public static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    ALL.forEach(e -> perField.put(e.field(), e.analyzer().get()));
    return new PerFieldAnalyzerWrapper(new NewsTextAnalyzer(), perField);
  }
}
