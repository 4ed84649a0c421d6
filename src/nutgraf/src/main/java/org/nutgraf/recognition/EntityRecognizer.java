package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.text.TextScanner;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * The one recogniser of place and person names. Place names are matched in the gazetteer's FST,
 * person names are weighed from titles, given names, capitals and verbs of saying, and a place that
 * is part of a person's name is not a place ("Jordan Henderson"). Texts of one article are
 * recognised together, so that "Hernandez" counts as a person once "Juan Orlando Hernandez" is
 * named and "Georgia" goes to the US in an article about Atlanta. Thread-safe.
 *
 * <p>Example: {@code EntityRecognizer.defaults().recognize("Hondurans crossed into Guatemala.")}
 * gives two place mentions, HN and GT, and no person.
 */
public final class EntityRecognizer {
  static final int ACCEPT = 2;
  private static volatile EntityRecognizer defaults;

  private final Gazetteer gazetteer;
  private final Lexicons lexicons;
  private final KnownNames known;
  private final WordTable words;
  private final SplitNames splitNames;
  private final PlaceResolver resolver;

  /**
   * Names of firms and brands named after people, neither persons nor places ({@link NamedFirms}).
   */
  private final NamedFirms firms;

  private final boolean explain;

  /** The words the person matcher asks about, by hash ({@link PersonMatcher#cues}). */
  private final WordFilter personCues;

  /** The fitted person decision; null with a language's own word lists. */
  private final PersonModel model;

  /** The fitted place decision ({@link PlaceDecider}); null with a language's own word lists. */
  private final PlaceDecider placeDecider;

  private final Consumer<RecognitionCost> costs;

  /**
   * Streets, parks and buildings the gazetteer lacks ({@link LocalPlaces}); null but in English.
   */
  private final LocalPlaces localPlaces;

  /**
   * Each thread's matchers, made on its first call and kept, so that a call makes none: a call
   * {@link PlaceMatcher#start starts} them afresh.
   */
  private final ThreadLocal<Matchers> matchers = ThreadLocal.withInitial(this::newMatchers);

  /** A thread's matchers: for places, for persons and the classes of the tokens. */
  private record Matchers(PlaceMatcher places, PersonMatcher persons, TokenClasses classes) {}

  /**
   * A recogniser over {@code gazetteer}, counting {@code known} names (an actor dictionary) as
   * evidence of persons; every mention carries its evidence.
   */
  public EntityRecognizer(Gazetteer gazetteer, Lexicons lexicons, KnownNames known) {
    this(gazetteer, lexicons, known, true);
  }

  /**
   * As above; with {@code explain} false, mentions carry no evidence text, which saves a tenth of
   * the time (indexing needs no explanations).
   */
  public EntityRecognizer(
      Gazetteer gazetteer, Lexicons lexicons, KnownNames known, boolean explain) {
    this.gazetteer = gazetteer;
    this.lexicons = lexicons;
    this.known = known;
    this.explain = explain;
    this.model = lexicons.language().isEmpty() ? PersonModel.defaults() : null;
    this.placeDecider =
        lexicons.language().isEmpty()
            ? new PlaceDecider(PlaceModel.defaults(), lexicons, explain)
            : null;
    this.words = WordTable.of(lexicons, gazetteer);
    this.personCues = PersonMatcher.cues(lexicons);
    this.splitNames = new SplitNames(lexicons, known, explain);
    this.resolver = new PlaceResolver(gazetteer, lexicons, explain);
    this.localPlaces = lexicons.language().isEmpty() ? LocalPlaces.defaults() : null;
    this.firms = NamedFirms.defaults();
    this.costs = cost -> {};
  }

  private EntityRecognizer(EntityRecognizer r, NamedFirms firms, Consumer<RecognitionCost> costs) {
    this.gazetteer = r.gazetteer;
    this.lexicons = r.lexicons;
    this.known = r.known;
    this.explain = r.explain;
    this.model = r.model;
    this.placeDecider = r.placeDecider;
    this.words = r.words;
    this.personCues = r.personCues;
    this.splitNames = r.splitNames;
    this.resolver = r.resolver;
    this.localPlaces = r.localPlaces;
    this.firms = firms;
    this.costs = costs;
  }

  /**
   * This recogniser with {@code firms} as its list of firms and brands named after people, in place
   * of {@link NamedFirms#defaults()}: their names are neither persons nor places.
   */
  public EntityRecognizer withNamedFirms(NamedFirms firms) {
    return new EntityRecognizer(this, Objects.requireNonNull(firms, "firms"), costs);
  }

  /** The firms and brands named after people it reads as neither persons nor places. */
  public NamedFirms namedFirms() {
    return firms;
  }

  /**
   * This recogniser, reporting the work of every call to {@code costs} (for tests and benchmarks).
   * Work grows linearly with the texts: each text may cost a fixed number of steps per token and
   * character, and a text that uses them up (no real text does) is searched for no further names.
   */
  public EntityRecognizer reportingCost(Consumer<RecognitionCost> costs) {
    return new EntityRecognizer(this, firms, Objects.requireNonNull(costs, "costs"));
  }

  /** Whether mentions carry their evidence. */
  public boolean explains() {
    return explain;
  }

  /** The recogniser over the built-in gazetteer and word lists, with no known names. */
  public static EntityRecognizer defaults() {
    EntityRecognizer r = defaults;
    if (r == null) {
      synchronized (EntityRecognizer.class) {
        r = defaults;
        if (r == null) {
          r = new EntityRecognizer(Gazetteer.defaults(), Lexicons.defaults(), KnownNames.NONE);
          defaults = r;
        }
      }
    }
    return r;
  }

  /** The gazetteer it resolves places with. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The word lists it weighs persons with. */
  public Lexicons lexicons() {
    return lexicons;
  }

  /** Recognises one text on its own. */
  public Recognized recognize(String text) {
    TokenSequence t = TokenSequence.pooled(0);
    TextScanner.scan(text, t);
    return recognize(t);
  }

  /**
   * Recognises one text its caller tokenised: for the library's token filters, which fill the
   * sequence from whatever tokenizer precedes them. {@code TokenSequence} is in a package the
   * module does not export, so users call {@link #recognize(String)}.
   *
   * @lucene.internal
   */
  public Recognized recognize(TokenSequence tokens) {
    return recognizeTokens(List.of(tokens), Mode.BOTH).get(0);
  }

  /** What to recognise. */
  public enum Mode {
    /** Places and persons, each judged with the other: the default, and the most accurate. */
    BOTH,
    /**
     * Places only, without checking whether a place name is part of a person's name ("Paris Hilton"
     * then counts as FR); faster, for callers that need countries alone.
     */
    PLACES,
    /** Persons only; place names are still found, to split names, but not resolved. */
    PERSONS
  }

  /**
   * Recognises the texts of one article together (headline and paragraphs), so that each is judged
   * in the context of the others.
   *
   * <p>Example: {@code recognizeAll(List.of("Juan Orlando Hernandez spoke.", "Hernandez left."))}
   * finds the person in both texts; an empty list gives an empty list.
   *
   * @return one result per text, in order
   */
  public List<Recognized> recognizeAll(List<String> texts) {
    return recognizeAll(texts, Mode.BOTH);
  }

  /** As {@link #recognizeAll(List)}, finding only what {@code mode} asks for. */
  public List<Recognized> recognizeAll(List<String> texts, Mode mode) {
    return recognizeTokens(scanAll(texts), Objects.requireNonNull(mode, "mode"));
  }

  /**
   * The texts scanned into this thread's pooled sequences (slot 0 is {@link #recognize(String)}'s),
   * so that recognising an article allocates no token arrays.
   */
  private static List<TokenSequence> scanAll(List<String> texts) {
    List<TokenSequence> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      TokenSequence t = TokenSequence.pooled(out.size() + 1);
      TextScanner.scan(text, t);
      out.add(t);
    }
    return out;
  }

  /** Recognises the tokenised texts of one article together. */
  List<Recognized> recognizeTokens(List<TokenSequence> texts, Mode mode) {
    int n = texts.size();
    List<List<PlaceCandidate>> placeCandidates = new ArrayList<>(n);
    List<List<PersonCandidate>> personCandidates = new ArrayList<>(n);
    Work work = new Work();
    decidePersons(texts, mode, placeCandidates, personCandidates, work, explain);
    if (mode == Mode.PERSONS) {
      placeCandidates.forEach(list -> list.forEach(c -> c.dropped = true));
    } else {
      for (List<PlaceCandidate> list : placeCandidates) {
        list.forEach(c -> work.add(1 + c.entries.length));
      }
      resolver.resolve(texts, placeCandidates);
      if (placeDecider != null && placeDecider.active()) {
        placeDecider.apply(texts, placeCandidates, work, false);
      }
      if (localPlaces != null) {
        localPlaces.add(texts, placeCandidates, personCandidates, words, work, explain);
      }
    }
    List<Recognized> out = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      out.add(emit(texts.get(p), placeCandidates.get(p), personCandidates.get(p), work));
    }
    costs.accept(work.cost());
    return out;
  }

  /**
   * Every span of the texts of one article that was weighed as a person's name, with its features
   * and the decision, accepted or not: what the person model is fitted on and explained with.
   *
   * @return one list per text, in order, each in text order
   */
  public List<List<PersonDecision>> personDecisions(List<String> texts) {
    List<TokenSequence> scanned = scanAll(texts);
    int n = scanned.size();
    List<List<PlaceCandidate>> placeCandidates = new ArrayList<>(n);
    List<List<PersonCandidate>> personCandidates = new ArrayList<>(n);
    decidePersons(scanned, Mode.BOTH, placeCandidates, personCandidates, new Work(), true);
    List<List<PersonDecision>> out = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      TokenSequence t = scanned.get(p);
      List<PersonDecision> list = new ArrayList<>();
      for (PersonCandidate c : personCandidates.get(p)) {
        List<String> names = new ArrayList<>(c.featureCount);
        for (int k = 0; k < c.featureCount; k++) {
          names.add(PersonFeatures.name(c.features[k]));
        }
        list.add(
            new PersonDecision(
                t.startOffset(c.from),
                t.endOffset(c.to - 1),
                t.text(c.from, c.to),
                names,
                c.modelScore,
                c.accepted,
                modelDecides(c)));
      }
      out.add(list);
    }
    return out;
  }

  /**
   * Every one-word place below country level that the rules kept in the texts of one article, with
   * its features and the fitted place decision: what the place model is fitted on.
   *
   * @return one list per text, in order, each in text order
   */
  public List<List<PlaceDecision>> placeDecisions(List<String> texts) {
    List<TokenSequence> scanned = scanAll(texts);
    List<List<PlaceCandidate>> placeCandidates = new ArrayList<>(scanned.size());
    Work work = new Work();
    decidePersons(scanned, Mode.BOTH, placeCandidates, new ArrayList<>(), work, true);
    resolver.resolve(scanned, placeCandidates);
    PlaceDecider d =
        placeDecider != null
            ? placeDecider
            : new PlaceDecider(PlaceModel.defaults(), lexicons, false);
    return d.apply(scanned, placeCandidates, work, true);
  }

  /**
   * Every place name of the texts of one article whose namesakes lie in several countries and whose
   * country the fitted country choice decided, with each country it weighed: what the country model
   * is fitted on.
   *
   * @return one list per text, in order, each in text order
   */
  public List<List<CountryDecision>> countryDecisions(List<String> texts) {
    List<TokenSequence> scanned = scanAll(texts);
    List<List<PlaceCandidate>> placeCandidates = new ArrayList<>(scanned.size());
    decidePersons(scanned, Mode.BOTH, placeCandidates, new ArrayList<>(), new Work(), true);
    new PlaceResolver(gazetteer, lexicons, false, InstitutionCountries.defaults(), true)
        .resolve(scanned, placeCandidates);
    List<List<CountryDecision>> out = new ArrayList<>(scanned.size());
    for (List<PlaceCandidate> list : placeCandidates) {
      List<CountryDecision> decided = new ArrayList<>();
      for (PlaceCandidate c : list) {
        if (c.countryDecision != null) {
          decided.add(c.countryDecision);
        }
      }
      out.add(decided);
    }
    return out;
  }

  private Matchers newMatchers() {
    return new Matchers(
        new PlaceMatcher(gazetteer, lexicons),
        new PersonMatcher(
            lexicons, known, explain, explain, modelDecides(), new Work(), personCues),
        new TokenClasses(words));
  }

  /** Finds the place candidates of every text and decides its person candidates. */
  private void decidePersons(
      List<TokenSequence> texts,
      Mode mode,
      List<List<PlaceCandidate>> placeCandidates,
      List<List<PersonCandidate>> personCandidates,
      Work work,
      boolean features) {
    int n = texts.size();
    // the thread's own matchers, unless the call notes other features than its calls do (the
    // fitting tools note them all)
    Matchers kept = features == explain ? matchers.get() : null;
    PersonMatcher persons =
        mode == Mode.PLACES
            ? null
            : kept != null
                ? kept.persons().start(work)
                : new PersonMatcher(
                    lexicons, known, explain, features, modelDecides(), work, personCues);
    PlaceMatcher places =
        kept != null ? kept.places().start() : new PlaceMatcher(gazetteer, lexicons);
    TokenClasses classes = kept != null ? kept.classes().start() : new TokenClasses(words);
    for (TokenSequence t : texts) {
      work.startText(t);
      classes.of(t);
      List<PlaceCandidate> pc = places.find(t, classes, work);
      List<PersonCandidate> found = persons == null ? List.of() : persons.find(t, classes, pc);
      firms.apply(t, pc, found, explain, work);
      placeCandidates.add(pc);
      personCandidates.add(found);
    }
    if (persons != null) {
      splitNames.join(texts, placeCandidates, personCandidates);
      acceptPersons(texts, placeCandidates, personCandidates, work);
      Set<String> firstNames = firstNames(texts, personCandidates);
      for (int p = 0; p < n; p++) {
        dropPlacesInsideNames(placeCandidates.get(p), personCandidates.get(p), work);
        dropFirstNames(texts.get(p), placeCandidates.get(p), firstNames);
      }
    }
  }

  /**
   * Accepts the candidates with enough evidence; a short name counts as evidenced when the article
   * names its bearer in full elsewhere.
   */
  private void acceptPersons(
      List<TokenSequence> texts,
      List<List<PlaceCandidate>> places,
      List<List<PersonCandidate>> all,
      Work work) {
    poolEvidence(texts, places, all);
    FullNames fullNames = new FullNames();
    // how many candidates of the article end in each word, for the model: all of them, shaped or
    // not, so that the count is the one the model was fitted with; none when no candidate is shaped
    Map<String, Integer> lastWords = new HashMap<>();
    boolean counting = false;
    for (int p = 0; p < texts.size() && !counting; p++) {
      for (PersonCandidate c : all.get(p)) {
        counting |= c.shaped;
      }
    }
    for (int p = 0; p < texts.size() && counting; p++) {
      for (PersonCandidate c : all.get(p)) {
        work.add(1);
        lastWords.merge(lastWord(texts.get(p), c), 1, Integer::sum);
      }
    }
    Set<String> shortNames = new HashSet<>();
    for (int p = 0; p < texts.size(); p++) {
      for (PersonCandidate c : all.get(p)) {
        work.add(1);
        if (c.score >= ACCEPT && !c.titleCase) {
          String[] words = wordsOf(texts.get(p), c);
          if (c.nameTokens >= 2) {
            fullNames.add(words, work);
          } else if (words.length == 1) {
            shortNames.add(words[0]);
          }
        }
      }
    }
    CharArraySet wordSurnames = wordSurnames(fullNames, work);
    if (!wordSurnames.isEmpty()) {
      for (int p = 0; p < texts.size(); p++) {
        addArticleSurnames(texts.get(p), places.get(p), all.get(p), wordSurnames, work);
      }
    }
    for (int p = 0; p < texts.size(); p++) {
      TokenSequence t = texts.get(p);
      List<PersonCandidate> list = all.get(p);
      for (int k = 0; k < list.size(); k++) {
        PersonCandidate c = list.get(k);
        work.add(1 + 2L * (c.to - c.from));
        if (c.titleCase && c.nameTokens >= 2) {
          PersonCandidate trimmed = trimToKnown(t, c, fullNames, work);
          if (trimmed != null) {
            list.set(k, trimmed);
            c = trimmed;
          }
        }
        String[] words = wordsOf(t, c);
        c.explain = explain;
        if (c.score < ACCEPT
            && matchesFullName(words, fullNames, c)
            && !placeAfterALocative(t, places.get(p), c)) {
          c.add(PersonFeatures.FULL_IN_ARTICLE, 2, "named in full in the article");
        } else if (c.score < ACCEPT && words.length == 1 && shortNames.contains(words[0])) {
          c.add(PersonFeatures.TITLED_IN_ARTICLE, 2, "named with a title in the article");
        }
      }
      NameLists.addListEvidence(t, list, work);
      for (PersonCandidate c : list) {
        if (c.shaped && lastWords.getOrDefault(lastWord(t, c), 0) >= 2) {
          c.feature(PersonFeatures.LAST_WORD_RECURS, "");
        }
        c.accepted = decide(c) && !onlyAFirstName(t, c, fullNames);
      }
      dropOverlapping(list);
    }
  }

  /**
   * "Denzel Washington" named, then "lawmakers in Washington", "flew to Dallas": one word after a
   * locative or a word of going ("in", "near", "to"; {@link ContextWords#LOCATIVES}, {@link
   * ContextWords#DIRECTIONS}), with no possessive, that is the name of a country, a region or a
   * city of 100,000 people or more, is that place, not the person of that surname; "Washington
   * said" stays the person.
   */
  private static boolean placeAfterALocative(
      TokenSequence t, List<PlaceCandidate> places, PersonCandidate c) {
    if (c.to - c.from != 1
        || c.from == 0
        || t.is(c.from, TokenFlags.PUNCT_BEFORE)
        || t.is(c.from, TokenFlags.POSSESSIVE)
        || !(ContextWords.LOCATIVES.at(t, c.from - 1)
            || ContextWords.DIRECTIONS.at(t, c.from - 1))) {
      return false;
    }
    for (PlaceCandidate place : places) {
      if (place.from == c.from && place.to == c.to && !place.dropped) {
        return PersonMatcher.largePlace(place);
      }
    }
    return false;
  }

  /**
   * "Coach Mina Sorell" named, then "coach Mina": one word that is the given name of a person the
   * article names in full, and ends no name of the article, names that person without a surname,
   * and so no actor. A family name written first is no given name ("Xi Jinping" … "Xi said"); after
   * a title or an honorific the given name is how the person is addressed ("Sheikh Tamim bin Hamad"
   * … "Sheikh Tamim said"), and stays the person.
   */
  private boolean onlyAFirstName(TokenSequence t, PersonCandidate c, FullNames fullNames) {
    if (c.nameTokens != 1
        || c.to - c.from != 1
        || fullNames.isEmpty()
        || (c.titleSpan != null && c.titleSpan.kind() != Lexicons.TitleKind.ROLE)) {
      return false;
    }
    String word = t.folded(c.from);
    int bits = lexicons.classify(t, c.from);
    return (bits & Lexicons.GIVEN) != 0
        && (bits & Lexicons.EAST_ASIAN) == 0
        && fullNames.startsOne(word)
        && !fullNames.endsIn(word)
        && !fullNames.hasInnerSurname(word);
  }

  /**
   * "George Bush" named, then "the Bush administration", "Cook said": a capitalised common word
   * that is the last word of a person the article names in full becomes a candidate, which that
   * full name then makes a person ({@link PersonFeatures#FULL_IN_ARTICLE}). The matcher starts no
   * name at a common word that is no given name, for its capital alone says little; the article's
   * full name says it is a surname. Opening a sentence the word must come before a verb of saying
   * ("Cruise said", not "Cruise ships docked"); a capitalised word after it makes a longer name
   * ("the Bush Foundation"), so none is added; neither is one inside a candidate, a country's name
   * or a place of several words, part of a hyphenated word, a word for a body or a street
   * ("Florence Place" may be a person's name, "Place" alone is none), an abbreviation ("MPs") or a
   * generational number ("I" of "Norton I"). A month, which English always capitalises, counts only
   * before a verb of saying or with a possessive ("May said", "May's cabinet"). One pass over the
   * tokens, made only when {@link #wordSurnames} finds such a word ending a full name.
   */
  private void addArticleSurnames(
      TokenSequence t,
      List<PlaceCandidate> places,
      List<PersonCandidate> candidates,
      CharArraySet wordSurnames,
      Work work) {
    if (t.isTitleCase() || t.isAllCaps()) {
      return;
    }
    List<PersonCandidate> added = null;
    // candidates and places are in text order: the end of the last one begun covers what is inside
    int nextPerson = 0;
    int nextPlace = 0;
    int coveredTo = 0;
    for (int i = 0; i < t.size(); i++) {
      work.add(1);
      int f = t.flags(i);
      if ((f & TokenFlags.CAPITALIZED) == 0
          || (f
                  & (TokenFlags.ALL_CAPS
                      | TokenFlags.HANDLE
                      | TokenFlags.DIGIT
                      | TokenFlags.HYPHEN_BEFORE))
              != 0
          || !wordSurnames.contains(t.foldedBuffer(), t.foldedStart(i), t.length(i))) {
        continue;
      }
      while (nextPerson < candidates.size() && candidates.get(nextPerson).from <= i) {
        coveredTo = Math.max(coveredTo, candidates.get(nextPerson++).to);
      }
      while (nextPlace < places.size() && places.get(nextPlace).from <= i) {
        PlaceCandidate place = places.get(nextPlace++);
        // as where the matcher starts a name: a weak one-word place may still be the surname
        if (!place.dropped && (place.isStrong() || place.to > place.from + 1)) {
          coveredTo = Math.max(coveredTo, place.to);
        }
      }
      boolean speech = speechVerbAfter(t, i + 1);
      if (i < coveredTo
          || (i + 1 < t.size()
              && !t.is(i + 1, TokenFlags.PUNCT_BEFORE)
              && t.is(i + 1, TokenFlags.CAPITALIZED))
          || (t.is(i, TokenFlags.SENTENCE_START) && !speech)
          || (Lexicons.isMonth(t, i) && !speech && !t.is(i, TokenFlags.POSSESSIVE))
          || hasInnerCapital(t.text(i, i + 1))) {
        continue;
      }
      if (added == null) {
        added = new ArrayList<>();
      }
      PersonCandidate c = new PersonCandidate(i, i + 1, 1);
      c.explain = explain;
      added.add(c);
    }
    if (added != null) {
      candidates.addAll(added);
      candidates.sort(Comparator.comparingInt((PersonCandidate c) -> c.from));
    }
  }

  /**
   * The last words of the article's full names that the matcher starts no name at, so that {@link
   * #addArticleSurnames} may: common words that are no given name, no East Asian family name and no
   * word for a body or a street, and months; not generational suffixes ("II") or one-letter words
   * ("I" of "Norton I"). Mostly none, and then no text is read again.
   */
  private CharArraySet wordSurnames(FullNames fullNames, Work work) {
    CharArraySet out = null;
    for (String w : fullNames.lastWords()) {
      work.add(1 + w.length());
      if (w.length() < 2 || Lexicons.isNameSuffix(w)) {
        continue;
      }
      int bits = lexicons.classify(w);
      boolean word =
          (bits & Lexicons.COMMON) != 0
              && (bits
                      & (Lexicons.GIVEN
                          | Lexicons.EAST_ASIAN
                          | Lexicons.NOT_PERSON
                          | Lexicons.ORG
                          | Lexicons.PLACE_NOUN))
                  == 0;
      if (word || Lexicons.isMonth(w)) {
        if (out == null) {
          out = new CharArraySet(4, false);
        }
        out.add(w);
      }
    }
    return out == null ? CharArraySet.EMPTY_SET : out;
  }

  /** "MPs", "PhD": a capital inside the word makes it an abbreviation, no surname. */
  private static boolean hasInnerCapital(String word) {
    for (int k = 1; k < word.length(); k++) {
      if (Character.isUpperCase(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lower-case verb of saying follows in the same clause, at token {@code k}. */
  private boolean speechVerbAfter(TokenSequence t, int k) {
    return k < t.size()
        && !t.is(k, TokenFlags.PUNCT_BEFORE)
        && t.is(k, TokenFlags.LOWER)
        && (lexicons.classify(t, k) & Lexicons.SPEECH) != 0;
  }

  /**
   * Whether the fitted model decides {@code c}: the hand-set evidence is weakest for a name of two
   * words or more in running text that has one point (capitals alone, a family name, an apposition)
   * and holds no place name, and for the bare surname of one known person with no other clue
   * ("backed by Netanyahu's allies"), so the model says whether it is a person; elsewhere the
   * points do.
   */
  private static boolean modelDecides(PersonCandidate c) {
    return c.score == 1
        && !c.titleCase
        && (c.nameTokens >= 2 || c.has(PersonFeatures.KNOWN_SURNAME))
        && !c.has(PersonFeatures.ON_PLACE);
  }

  /** The folded last word of a candidate's name, without a generational suffix. */
  private static String lastWord(TokenSequence t, PersonCandidate c) {
    String[] w = wordsOf(t, c);
    return w[w.length - 1];
  }

  /** Whether the fitted model can turn a decision (its margin is finite), not only explain one. */
  private boolean modelDecides() {
    return model != null && model.margin() < Double.POSITIVE_INFINITY;
  }

  /**
   * Whether {@code c} is a person: evidence points that reach {@value #ACCEPT} say yes; one point
   * says yes when the fitted weights of its features ({@link PersonModel}) add up above the model's
   * margin. With a language's own word lists, on which no weights were fitted, the points alone
   * decide.
   */
  private boolean decide(PersonCandidate c) {
    if (model == null || !c.shaped) {
      return c.score >= ACCEPT;
    }
    c.feature(PersonFeatures.BIAS, "");
    c.feature(PersonFeatures.SCORE + Math.min(Math.max(c.score, 0), 4), "");
    double score = model.score(c);
    c.modelScore = score;
    c.borderline = modelDecides(c) && score > model.margin();
    boolean person = c.score >= ACCEPT || c.borderline;
    if (explain) {
      c.decision = model.explain(c, score, person);
    }
    return person;
  }

  /**
   * "Romelu Lukaku" with only capitals for it, then "Lukaku scored": weak evidence for a full name
   * and for its surname alone elsewhere in the article add up, as they name one person.
   */
  private void poolEvidence(
      List<TokenSequence> texts,
      List<List<PlaceCandidate>> places,
      List<List<PersonCandidate>> all) {
    if (!anyWeakFullName(all)) {
      return; // no candidate the evidence could go to
    }
    // each bare surname with evidence, and where it stands (paragraph, token)
    Map<String, List<int[]>> bare = new HashMap<>();
    for (int p = 0; p < texts.size(); p++) {
      for (PersonCandidate c : all.get(p)) {
        String[] words = wordsOf(texts.get(p), c);
        if (words.length == 1 && c.score >= 1 && !c.titleCase) {
          bare.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new int[] {p, c.from});
        }
      }
    }
    for (int p = 0; p < texts.size(); p++) {
      for (PersonCandidate c : all.get(p)) {
        if (c.score == 1
            && c.nameTokens >= 2
            && !c.titleCase
            && !overlapsAPlace(c, places.get(p))) { // "OGDEN, Utah  Rosa Varga's"
          String[] words = wordsOf(texts.get(p), c);
          for (int[] at : bare.getOrDefault(words[words.length - 1], List.of())) {
            if (at[0] != p || at[1] < c.from || at[1] >= c.to) { // another mention, not its own
              c.explain = explain;
              c.add(
                  PersonFeatures.SURNAME_ELSEWHERE,
                  1,
                  "its surname alone has evidence in the article");
              break;
            }
          }
        }
      }
    }
  }

  /**
   * Whether a candidate of two name words or more in running text has one point only: what {@link
   * #poolEvidence} may add to.
   */
  private static boolean anyWeakFullName(List<List<PersonCandidate>> all) {
    for (List<PersonCandidate> list : all) {
      for (PersonCandidate c : list) {
        if (c.score == 1 && c.nameTokens >= 2 && !c.titleCase) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean overlapsAPlace(PersonCandidate c, List<PlaceCandidate> places) {
    for (PlaceCandidate p : places) {
      if (p.from < c.to && p.to > c.from) {
        return true;
      }
    }
    return false;
  }

  /** Of accepted candidates that overlap, keeps the one seen first (the longest span there). */
  private static void dropOverlapping(List<PersonCandidate> list) {
    for (PersonCandidate c : list) {
      if (c.accepted && c.borderline) {
        for (PersonCandidate o : list) {
          if (o.accepted && !o.borderline && o.from < c.to && o.to > c.from) {
            c.accepted = false;
            break;
          }
        }
      }
    }
    int end = -1;
    for (PersonCandidate c : list) {
      if (!c.accepted) {
        continue;
      }
      if (c.from < end) {
        c.accepted = false;
      } else {
        end = c.to;
      }
    }
  }

  /** In a title-case line, the longest part of a span that the article names elsewhere. */
  private PersonCandidate trimToKnown(
      TokenSequence t, PersonCandidate c, FullNames full, Work work) {
    if (full.isEmpty()) {
      return null;
    }
    for (int len = c.to - c.from; len >= 1; len--) {
      for (int a = c.from; a + len <= c.to; a++) {
        work.add(1 + t.length(a + len - 1));
        if (!full.endsIn(t.folded(a + len - 1))) {
          continue; // a name and its ending share their last word
        }
        String[] words = nameWords(t, a, a + len);
        work.add(len + FullNames.chars(words));
        boolean whole = len == c.to - c.from;
        if (full.contains(words) || (!whole || c.score < ACCEPT) && full.endsOne(words)) {
          if (whole) {
            return null;
          }
          PersonCandidate trimmed = new PersonCandidate(a, a + len, len);
          trimmed.titleCase = true;
          if (a == c.from) {
            trimmed.copyTitleFrom(c);
          }
          trimmed.add(PersonFeatures.FULL_IN_ARTICLE, 2, "named in full in the article");
          return trimmed;
        }
      }
    }
    return null;
  }

  private boolean matchesFullName(String[] words, FullNames full, PersonCandidate c) {
    if (full.endsALongerOne(words)) {
      return true;
    }
    if (words.length >= 2 && full.contains(words)) {
      // "Bill Clinton did not attend" opening a sentence, where "Former President Bill Clinton"
      // is named elsewhere: the same full name, which a weaker mention here does not lose to
      // "Clinton" alone (another Clinton's)
      return true;
    }
    if (words.length == 1
        && full.startsOne(words[0])
        && (c.honorific() || lexicons.eastAsianSurnames.contains(words[0]))) {
      return true;
    }
    // "Orellana" of "Yeny Maribel Orellana Cruz": in a name of three words or more, the word
    // before the last may stand alone when it is no given name (a first surname, as Spanish names
    // use)
    return words.length == 1 && full.hasInnerSurname(words[0]) && !lexicons.isGivenName(words[0]);
  }

  /**
   * The folded words of a candidate's name, without a generational suffix ("Jr."), so that "Biden"
   * is the end of "Joseph R. Biden Jr."; made once per candidate, after names split between texts
   * are joined.
   */
  private static String[] wordsOf(TokenSequence t, PersonCandidate c) {
    if (c.words != null) {
      return c.words;
    }
    String[] w = c.joinedWords != null ? c.joinedWords : nameWords(t, c.from, c.to);
    int end = w.length;
    while (end > 1 && Lexicons.isNameSuffix(w[end - 1])) {
      end--;
    }
    c.words = end == w.length ? w : Arrays.copyOf(w, end);
    return c.words;
  }

  /** The folded words of a name, without particles' case; hyphenated parts are words. */
  static String[] nameWords(TokenSequence t, int from, int to) {
    String[] w = new String[to - from];
    for (int k = from; k < to; k++) {
      w[k - from] = t.folded(k);
    }
    return w;
  }

  /** First words of the persons the article names in full ("Jordan" of "Jordan Pruitt"). */
  private Set<String> firstNames(List<TokenSequence> texts, List<List<PersonCandidate>> all) {
    Set<String> out = new HashSet<>();
    for (int p = 0; p < texts.size(); p++) {
      for (PersonCandidate c : all.get(p)) {
        if (c.accepted && c.nameTokens >= 2) {
          out.add(wordsOf(texts.get(p), c)[0]); // its words are made already
        }
      }
    }
    return out;
  }

  /**
   * "Jordan said" after "Jordan Pruitt" was named: a place name that is also the first name of a
   * person in the article, standing alone and not after "in" or "from", is that person.
   */
  private static void dropFirstNames(
      TokenSequence t, List<PlaceCandidate> places, Set<String> firstNames) {
    if (firstNames.isEmpty()) {
      return;
    }
    for (PlaceCandidate c : places) {
      if (c.dropped
          || c.to - c.from != 1
          || !c.has(PlaceEntry.GIVEN_NAME)
          || !firstNames.contains(t.folded(c.from))) {
        continue;
      }
      if (!PlaceContext.prepositionBefore(t, c.from)) {
        c.dropped = true;
        c.evidence = "first name of a person the article names";
      }
    }
  }

  /**
   * Drops the places inside accepted persons' names, in one pass over both lists: places are in
   * text order and do not overlap, accepted persons likewise.
   */
  private static void dropPlacesInsideNames(
      List<PlaceCandidate> places, List<PersonCandidate> persons, Work work) {
    int first = 0;
    for (PersonCandidate person : persons) {
      work.add(1);
      if (!person.accepted) {
        continue;
      }
      while (first < places.size() && places.get(first).to <= person.from) {
        work.add(1);
        first++;
      }
      for (int k = first; k < places.size() && places.get(k).from < person.to; k++) {
        work.add(1);
        PlaceCandidate place = places.get(k);
        place.dropped = true;
        place.evidence = "part of the person name";
      }
    }
  }

  private Recognized emit(
      TokenSequence t,
      List<PlaceCandidate> placeCandidates,
      List<PersonCandidate> persons,
      Work work) {
    List<PlaceMention> placeOut = new ArrayList<>();
    for (PlaceCandidate c : placeCandidates) {
      work.add(1);
      if (c.dropped || c.chosen == null) {
        continue;
      }
      PlaceEntry e = c.chosen;
      String label = e.kind().isCountryLevel() ? gazetteer.countryName(e.country()) : e.label();
      placeOut.add(
          new PlaceMention(
              t.startOffset(c.from),
              t.endOffset(c.to - 1),
              t.text(c.from, c.to),
              c.kind,
              e.country(),
              label,
              c.evidence));
    }
    List<PersonMention> personOut = new ArrayList<>();
    for (PersonCandidate c : persons) {
      work.add(1);
      if (!c.accepted) {
        continue;
      }
      String name = t.text(c.from, c.to);
      work.add(2L * name.length());
      personOut.add(
          new PersonMention(
              t.startOffset(c.from),
              t.endOffset(c.to - 1),
              name,
              c.joined.isEmpty() ? SplitNames.singleSpaced(name) : c.joined,
              c.title.isEmpty() ? Optional.empty() : Optional.of(c.title),
              c.affiliation.isEmpty() ? Optional.empty() : Optional.of(c.affiliation),
              c.decision.isEmpty()
                  ? c.evidence()
                  : c.evidence() + (c.evidence().isEmpty() ? "" : "; ") + "model: " + c.decision));
    }
    return new Recognized(placeOut, personOut);
  }
}
