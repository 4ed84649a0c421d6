package org.nutgraf.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.nutgraf.article.Article;
import org.nutgraf.article.Language;
import org.nutgraf.article.LanguageDetector;
import org.nutgraf.article.Paragraph;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.recognition.EntityRecognizer;
import org.nutgraf.recognition.Lexicons;
import org.nutgraf.recognition.NamedFirms;
import org.nutgraf.recognition.PersonMention;
import org.nutgraf.recognition.PlaceMention;
import org.nutgraf.recognition.Recognized;

/**
 * The entity tagger Nutgraf indexes with: runs the place and person recogniser once over the
 * headline and every paragraph of an article, then resolves person mentions to actors across the
 * article ({@link Coreference}) and through the actor dictionary. The headline is context only: its
 * entities count for no paragraph. An article that does not give its language gets the one its
 * {@link LanguageDetector} tells (by default {@link LanguageDetector#stopWords()}). Thread-safe.
 *
 * <p>Example: {@code ArticleTagger.defaults().tag(article).paragraphs().get(0).countries()}.
 */
public final class ArticleTagger implements EntityTagger {
  private static volatile ArticleTagger defaults;
  private static volatile ArticleTagger quiet;

  private final EntityRecognizer recognizer;
  private final Gazetteer gazetteer;
  private final boolean explain;

  /**
   * The recogniser of Spanish articles: the gazetteer with its Spanish names; made on first use.
   */
  private volatile EntityRecognizer spanishRecognizer;

  private final Coreference coreference;
  private final ActorDictionary dictionary;
  private final LanguageDetector detector;

  /**
   * A tagger over {@code gazetteer}, resolving actors through {@code dictionary}; every mention
   * carries its evidence.
   */
  public ArticleTagger(Gazetteer gazetteer, ActorDictionary dictionary) {
    this(gazetteer, dictionary, true);
  }

  /** As above; with {@code explain} false mentions carry no evidence text, which is faster. */
  public ArticleTagger(Gazetteer gazetteer, ActorDictionary dictionary, boolean explain) {
    this(gazetteer, dictionary, explain, LanguageDetector.stopWords());
  }

  /** As above, telling the language of articles that do not give theirs with {@code detector}. */
  public ArticleTagger(
      Gazetteer gazetteer, ActorDictionary dictionary, boolean explain, LanguageDetector detector) {
    this.dictionary = dictionary;
    this.detector = Objects.requireNonNull(detector, "detector");
    this.recognizer = new EntityRecognizer(gazetteer, Lexicons.defaults(), dictionary, explain);
    this.gazetteer = gazetteer;
    this.explain = explain;
    this.coreference = new Coreference(dictionary, Lexicons.defaults());
  }

  private ArticleTagger(ArticleTagger t, NamedFirms firms) {
    this.dictionary = t.dictionary;
    this.detector = t.detector;
    this.recognizer = t.recognizer.withNamedFirms(firms);
    this.gazetteer = t.gazetteer;
    this.explain = t.explain;
    this.coreference = t.coreference;
  }

  /**
   * This tagger with {@code firms} as the firms and brands named after people that it reads as
   * neither persons nor places, in every language, in place of {@link NamedFirms#defaults()}.
   *
   * <p>Example: {@code ArticleTagger.defaults().withNamedFirms(NamedFirms.defaults().with(List.of(
   * "John Lewis")))} reads "John Lewis said sales rose" as the retailer, not a person.
   */
  public ArticleTagger withNamedFirms(NamedFirms firms) {
    return new ArticleTagger(this, Objects.requireNonNull(firms, "firms"));
  }

  /**
   * The built-in tagger without evidence texts: what {@link org.nutgraf.NewsIndex} indexes with
   * unless told otherwise.
   */
  public static ArticleTagger forIndexing() {
    ArticleTagger t = quiet;
    if (t == null) {
      synchronized (ArticleTagger.class) {
        t = quiet;
        if (t == null) {
          t = new ArticleTagger(Gazetteer.defaults(), ActorDictionary.defaults(), false);
          quiet = t;
        }
      }
    }
    return t;
  }

  /** The tagger over the built-in gazetteer and actor dictionary. */
  public static ArticleTagger defaults() {
    ArticleTagger t = defaults;
    if (t == null) {
      synchronized (ArticleTagger.class) {
        t = defaults;
        if (t == null) {
          t = new ArticleTagger(Gazetteer.defaults(), ActorDictionary.defaults());
          defaults = t;
        }
      }
    }
    return t;
  }

  /** The recogniser it runs. */
  public EntityRecognizer recognizer() {
    return recognizer;
  }

  /**
   * The recogniser for articles in {@code language}: for Spanish ("es") one whose gazetteer also
   * has the Spanish names ({@link Gazetteer#withSpanishNames()}), else {@link #recognizer()}.
   */
  public EntityRecognizer recognizer(String language) {
    if (!language.equals(Language.SPANISH)) {
      return recognizer;
    }
    EntityRecognizer r = spanishRecognizer;
    if (r == null) {
      synchronized (this) {
        r = spanishRecognizer;
        if (r == null) {
          Gazetteer es =
              gazetteer == Gazetteer.defaults()
                  ? Gazetteer.spanish()
                  : gazetteer.withSpanishNames();
          r =
              new EntityRecognizer(es, Lexicons.forLanguage("es"), dictionary, explain)
                  .withNamedFirms(recognizer.namedFirms());
          spanishRecognizer = r;
        }
      }
    }
    return r;
  }

  /** The actor dictionary it resolves with. */
  public ActorDictionary dictionary() {
    return dictionary;
  }

  /** The detector that tells the language of articles that do not give theirs. */
  public LanguageDetector languageDetector() {
    return detector;
  }

  @Override
  public TaggedArticle tag(Article given) {
    String language = detector.detect(given);
    Article article = language.equals(given.language()) ? given : given.withLanguage(language);
    List<Paragraph> paragraphs = article.paragraphs();
    boolean headline = article.headlineIsOwnText();
    List<String> raw = article.texts();
    List<Recognized> found = recognizer(article.language()).recognizeAll(raw);
    boolean spanish = article.language().equals(Language.SPANISH);
    if (spanish) {
      found = NicknameTies.apply(raw, found);
    }
    Set<String> countries = new TreeSet<>();
    List<List<PersonMention>> persons = new ArrayList<>();
    for (Recognized r : found) {
      r.places().forEach(m -> countries.add(m.country()));
      persons.add(r.persons());
    }
    Coreference coref =
        spanish ? new Coreference(dictionary, Lexicons.forLanguage(Language.SPANISH)) : coreference;
    List<List<Actor>> actors = coref.resolve(persons, article.published(), countries);
    int skip = headline ? 1 : 0;
    List<TaggedParagraph> out = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      Recognized r = found.get(i + skip);
      List<Actor> mentionActors = actors.get(i + skip);
      out.add(tagged(paragraphs.get(i), r, mentionActors));
    }
    return new TaggedArticle(article, out);
  }

  private static TaggedParagraph tagged(Paragraph p, Recognized r, List<Actor> mentionActors) {
    Set<String> countries = new TreeSet<>();
    for (PlaceMention m : r.places()) {
      countries.add(m.country());
    }
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Actor a : mentionActors) {
      actors.putIfAbsent(a.key(), a);
    }
    return new TaggedParagraph(
        p,
        List.copyOf(countries),
        List.copyOf(actors.values()),
        r.places(),
        r.persons(),
        mentionActors);
  }
}
