package org.nutgraf.query;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nutgraf.article.FieldNames;
import org.nutgraf.article.FieldValue;
import org.nutgraf.article.Language;

/**
 * One condition on paragraphs; conditions nest with {@link And}, {@link Or} and {@link Not}. Build
 * them with {@link Criteria}; values are kept as the user wrote them and resolved at search time
 * ("Honduran" → HN), so a parsed query string and a built query are equal.
 */
public sealed interface Criterion {

  /** Every paragraph. */
  record All() implements Criterion {}

  /**
   * Words in the text or the headline.
   *
   * @param text the words ("caravan border"), or the phrase
   * @param mode how the words combine
   * @param field where to look
   */
  record Words(String text, WordMode mode, TextField field) implements Criterion {
    public Words {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(field, "field");
      if (text.isBlank()) {
        throw new IllegalArgumentException("text: must not be blank");
      }
    }
  }

  /**
   * Countries the paragraph refers to, each given as ISO code, name, alias or demonym.
   *
   * @param values as the user wrote them ("HN", "Honduras", "Honduran")
   * @param mode any of, all of, or none of them
   */
  record Countries(Set<String> values, SetMode mode) implements Criterion {
    public Countries {
      values = Criteria.nonEmpty(values, "countries");
      Objects.requireNonNull(mode, "mode");
    }
  }

  /**
   * Persons the paragraph names, each given as canonical name, alias or (when unambiguous in the
   * index) surname.
   */
  record Actors(Set<String> values, SetMode mode) implements Criterion {
    public Actors {
      values = Criteria.nonEmpty(values, "actors");
      Objects.requireNonNull(mode, "mode");
    }
  }

  /** Outlets, matched ignoring case and accents. */
  record Sources(Set<String> values, SetMode mode) implements Criterion {
    public Sources {
      values = Criteria.nonEmpty(values, "sources");
      Objects.requireNonNull(mode, "mode");
    }
  }

  /**
   * Article languages, as ISO 639-1 codes ("es"; "und" for articles whose language is not known);
   * tags are normalised ("ES", "es-MX" → "es").
   */
  record Languages(Set<String> values, SetMode mode) implements Criterion {
    /**
     * Checks and normalises the codes.
     *
     * @throws IllegalArgumentException if a value is no language code, quoting it
     */
    public Languages {
      Set<String> codes = new LinkedHashSet<>();
      for (String v : Criteria.nonEmpty(values, "languages")) {
        codes.add(Language.code(v));
      }
      values = Collections.unmodifiableSet(codes);
      Objects.requireNonNull(mode, "mode");
    }
  }

  /** Towns or regions, written "Country/Place" ("HN/San Pedro Sula") or as a place name. */
  record Places(Set<String> values, SetMode mode) implements Criterion {
    public Places {
      values = Criteria.nonEmpty(values, "places");
      Objects.requireNonNull(mode, "mode");
    }
  }

  /** Articles by id. */
  record Articles(Set<String> ids) implements Criterion {
    public Articles {
      ids = Criteria.nonEmpty(ids, "articles");
    }
  }

  /**
   * Published between two instants: {@code from} inclusive, {@code to} exclusive; an empty end is
   * open.
   */
  record Published(Optional<Instant> from, Optional<Instant> to) implements Criterion {
    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException if from is after to
     */
    public Published {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
        throw new IllegalArgumentException(
            "published: from " + from.get() + " is after to " + to.get());
      }
    }
  }

  /**
   * One of the article's own fields ({@code Article.fields()}) equal to a value: a keyword matched
   * exactly, a number or an instant matched exactly.
   *
   * @param name the field's name, as {@link FieldNames} allows
   * @param value the value it must have
   */
  record OwnField(String name, FieldValue value) implements Criterion {
    /**
     * Checks the name.
     *
     * @throws IllegalArgumentException if {@link FieldNames} refuses it
     */
    public OwnField {
      FieldNames.check(name);
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A condition this package does not define, so that it can hold no search-engine types: {@code
   * org.nutgraf.search.LuceneCriterion} wraps a raw Lucene query. A back end refuses one it does
   * not know.
   */
  non-sealed interface External extends Criterion {}

  /** All of the conditions. */
  record And(List<Criterion> all) implements Criterion {
    public And {
      all = List.copyOf(all);
    }
  }

  /** At least one of the conditions. */
  record Or(List<Criterion> any) implements Criterion {
    public Or {
      any = List.copyOf(any);
      if (any.isEmpty()) {
        throw new IllegalArgumentException("or: needs at least one condition");
      }
    }
  }

  /** Not the condition. */
  record Not(Criterion criterion) implements Criterion {
    public Not {
      Objects.requireNonNull(criterion, "criterion");
    }
  }

  /** How words combine. */
  enum WordMode {
    /** Any of the words; more matches score higher. */
    ANY,
    /** Every word. */
    ALL,
    /** The words in this order. */
    PHRASE,
    /** None of the words. */
    NONE
  }

  /** Where words are looked for. */
  enum TextField {
    /** The paragraph text. */
    TEXT,
    /** The article headline: one hit per article, its first paragraph. */
    HEADLINE
  }

  /** How a set of values combines. */
  enum SetMode {
    /** At least one of the values. */
    ANY_OF,
    /** Every value. */
    ALL_OF,
    /** None of the values. */
    NONE_OF
  }
}
