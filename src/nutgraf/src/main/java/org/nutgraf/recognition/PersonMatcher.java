package org.nutgraf.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.nutgraf.gazetteer.PlaceEntry;
import org.nutgraf.gazetteer.PlaceKind;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * Finds spans of a text that may be person names and weighs the evidence for each: a title or role
 * before it, a given name, capitals in mid-sentence, a verb of saying, a known name. Titles and
 * country names split run-together caption lists ("… of Peru Bolivian President Luis Arce Chile
 * Foreign Minister …"). Not thread-safe: one per thread.
 */
final class PersonMatcher {
  /**
   * The most tokens a name may have; a longer run of name-like words is no one name (a tag cloud, a
   * menu), though a known name may open it. Bounds the work per token.
   */
  static final int MAX_NAME_TOKENS = 12;

  /** Longest romanised syllable of a hyphenated East Asian given name ("young", "zhuang"). */
  private static final int MAX_SYLLABLE = 6;

  /** People in a city large enough that a name opening or ending with it is the city's. */
  private static final long LARGE_CITY = 100_000;

  /** The member states of the Arab League, by ISO 3166-1 code. */
  private static final Set<String> ARABIC_SPEAKING =
      Set.of(
          "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS",
          "QA", "SA", "SD", "SO", "SY", "TN", "YE");

  /** The most characters of a span looked up as a known name or a listed non-person. */
  static final int MAX_NAME_CHARS = 128;

  /** Offices that a department may follow: "Secretary of Homeland Security". */
  private static final CharArraySet OFFICES =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of("secretary", "minister", "director", "commissioner", "ministry", "chief"),
              false));

  /**
   * The work a newsroom's credit line names before "by": "Reporting by", "Editing by", "Writing
   * by". Photo and research credits are left out: they name agencies and firms as often as people
   * ("Photos by Getty Images").
   */
  private static final CharArraySet CREDITS =
      CharArraySet.unmodifiableSet(
          new CharArraySet(List.of("reporting", "editing", "writing"), false));

  /**
   * The short lists the matcher asks the words around a name about, most of which are on none of
   * them: {@link #cues} answers for these without a lookup.
   */
  static final int CUE_LISTS =
      Lexicons.TITLE_START
          | Lexicons.OPENING_PARTICLE
          | Lexicons.PARTICLE
          | Lexicons.SPEECH
          | Lexicons.PERSON_CUE
          | Lexicons.PLACE_NOUN
          | Lexicons.APPOSITION_OPENER
          | Lexicons.FOREIGN_ORG
          | Lexicons.PLURAL_ROLE;

  private final Lexicons lex;
  private final KnownNames known;

  /**
   * Whether the span last weighed names a team or a thing as a whole ({@link #teamOfAPlace}, {@link
   * #thingAfterThe}): the search for names goes on after it, not inside it.
   */
  private boolean spanIsAThing;

  /** The words on {@link #CUE_LISTS}, by hash. */
  private final WordFilter cues;

  /** {@link Lexicons#namesInstitutionsFirst}, asked once. */
  private final boolean institutionsFirst;

  /** {@link Lexicons#writesTwoSurnames}, asked once. */
  private final boolean twoSurnames;

  private final boolean explain;

  /** Whether to note the model's shape and neighbour features; off when no decision needs them. */
  private final boolean features;

  /**
   * Whether to note them, when {@link #features} is off, for the candidates the fitted model may
   * decide ({@code EntityRecognizer.modelDecides}): one point, two name words or more, not in a
   * title-case line. Points only grow later, by two or from one to two, so no other candidate can
   * come to one point.
   */
  private final boolean decides;

  private Work work;
  private final Lexicons.TitleKind[] scratchKind = new Lexicons.TitleKind[1];
  private TokenClasses words;

  /** The most tokens a matcher kept from call to call keeps room for ({@link #start}). */
  static final int KEPT_TOKENS = 4_096;

  private int[] classes = new int[64];
  private int[] titleLengths = new int[64];
  private Lexicons.TitleKind[] titleKinds = new Lexicons.TitleKind[64];

  /**
   * The folded words of the span last looked up as a name, joined by single spaces ({@link #join}):
   * known names and non-persons are looked up in it without making a String.
   */
  private final char[] joined = new char[MAX_NAME_CHARS];

  /** The place candidate over each token, or null; reused from text to text. */
  private PlaceCandidate[] placeAt = new PlaceCandidate[64];

  /** Whether token {@code i} is on the list {@code bit}; each token is looked up once. */
  private boolean is(TokenSequence t, int i, int bit) {
    int c = classes[i];
    if (c < 0) {
      if ((bit & ~CUE_LISTS) == 0 && !cues.mayHold(t.foldedHash(i))) {
        return false; // on none of the short lists: no lookup needed
      }
      work.add(1 + t.length(i));
      c = words.bits(i);
      classes[i] = c;
    }
    return (c & bit) != 0;
  }

  /** {@link Lexicons#titleAt}, looked up once per token. */
  private int titleAt(TokenSequence t, int i, Lexicons.TitleKind[] kind) {
    int tl = titleLengths[i];
    if (tl < 0) {
      work.add(1 + Lexicons.titlesStartingWith(words.get(i)));
      tl = Lexicons.titleAt(t, i, words.get(i), scratchKind);
      titleLengths[i] = tl;
      titleKinds[i] = scratchKind[0];
    }
    if (tl > 0) {
      kind[0] = titleKinds[i];
    }
    return tl;
  }

  /**
   * A matcher over {@code lex} and {@code known} names; with {@code features} false, candidates
   * carry only their evidence points and no shape or neighbour features ({@link
   * PersonCandidate#shaped} stays false), which the fitted model needs only when it decides or
   * explains.
   */
  PersonMatcher(Lexicons lex, KnownNames known, boolean explain, boolean features, Work work) {
    this(lex, known, explain, features, false, work, cues(lex));
  }

  /**
   * As above, with {@code cues}, the {@link #cues(Lexicons)} of {@code lex}, made once; with {@code
   * decides}, the candidates the fitted model may decide carry their features even when {@code
   * features} is false.
   */
  PersonMatcher(
      Lexicons lex,
      KnownNames known,
      boolean explain,
      boolean features,
      boolean decides,
      Work work,
      WordFilter cues) {
    this.lex = lex;
    this.known = known;
    this.cues = cues;
    this.institutionsFirst = lex.namesInstitutionsFirst();
    this.twoSurnames = lex.writesTwoSurnames();
    this.explain = explain;
    this.features = features;
    this.decides = decides;
    this.work = work;
  }

  /**
   * Starts a call whose work {@code work} counts, for a matcher kept from call to call: forgets the
   * place candidates of the call before, and lets go of arrays a text of more than {@value
   * #KEPT_TOKENS} tokens grew, so that a thread keeps no more than an ordinary text needs.
   */
  PersonMatcher start(Work work) {
    this.work = work;
    if (classes.length > KEPT_TOKENS) {
      classes = new int[64];
      titleLengths = new int[64];
      titleKinds = new Lexicons.TitleKind[64];
      placeAt = new PlaceCandidate[64];
    }
    Arrays.fill(placeAt, null);
    return this;
  }

  /** The filter of the words of {@code lex} on {@link #CUE_LISTS}, for the constructor. */
  static WordFilter cues(Lexicons lex) {
    return new WordFilter(lex.words(), CUE_LISTS);
  }

  /**
   * The candidates of {@code t}, whose tokens' classes are {@code words} and whose place candidates
   * are {@code places}.
   */
  List<PersonCandidate> find(TokenSequence t, TokenClasses words, List<PlaceCandidate> places) {
    this.words = words;
    int n = t.size();
    List<PersonCandidate> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    if (classes.length < n) {
      classes = new int[Math.max(n, classes.length * 2)];
      titleLengths = new int[classes.length];
      titleKinds = new Lexicons.TitleKind[classes.length];
      placeAt = new PlaceCandidate[classes.length];
    }
    Arrays.fill(classes, 0, n, -1);
    Arrays.fill(titleLengths, 0, n, -1);
    work.add(n);
    PlaceCandidate[] placeAt = this.placeAt;
    Arrays.fill(placeAt, 0, n, null);
    for (PlaceCandidate p : places) {
      for (int k = p.from; k < p.to; k++) {
        placeAt[k] = p;
      }
    }
    int titleEnd = -1;
    PersonCandidate.TitleSpan title = null;
    int i = 0;
    while (i < n && !work.exhausted()) {
      work.add(1);
      if (t.is(i, TokenFlags.LOWER) && !capitalisedSoon(t, i)) {
        i++; // a lower-case role or particle stands right before a name
        continue;
      }
      int tl = titleAt(t, i, placeAt, scratchKind);
      if (tl > 0) {
        title = new PersonCandidate.TitleSpan(i, i + tl, scratchKind[0]);
        titleEnd = i + tl;
        i += tl;
        continue;
      }
      // "U.S. Senator (R-Texas)": a title does not reach across a bracket or a stop
      boolean afterTitle =
          titleEnd == i && (!t.is(i, TokenFlags.PUNCT_BEFORE) || t.is(i, TokenFlags.COMMA_BEFORE));
      if (!canStart(t, i, placeAt, afterTitle)) {
        i++;
        continue;
      }
      int j = splitAtKnownName(t, i, extend(t, i, placeAt, afterTitle));
      spanIsAThing = false; // weigh sets it; a span too long to weigh is no thing either
      PersonCandidate c =
          j - i > MAX_NAME_TOKENS ? null : weigh(t, i, j, placeAt, afterTitle ? title : null);
      if (c != null) {
        out.add(c);
      }
      // a span that is no name may still end in one: "Commodore Jay Tarriela"; a team's or a
      // thing's name holds none ("the Toronto Blue Jays" has no person "Blue Jays")
      boolean weak = c == null || (c.score < 2 && c.titleSpan == null && j - i > 1);
      i = weak && !spanIsAThing ? i + 1 : j;
    }
    return out;
  }

  /**
   * Whether one of the next two tokens is capitalised and in the same clause; a comma may follow
   * the word itself ("his counterpart, Xie Zhenhua").
   */
  private static boolean capitalisedSoon(TokenSequence t, int i) {
    for (int k = i + 1; k <= i + 2 && k < t.size(); k++) {
      int f = t.flags(k);
      boolean commaRightAfter = k == i + 1 && (f & TokenFlags.COMMA_BEFORE) != 0;
      if ((f & TokenFlags.PUNCT_BEFORE) != 0 && !commaRightAfter) {
        return false;
      }
      if ((f & TokenFlags.CAPITALIZED) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Length of a title at i ("Vice President", "Secretary of Homeland Security"), or 0. */
  private int titleAt(TokenSequence t, int i, PlaceCandidate[] placeAt, Lexicons.TitleKind[] kind) {
    work.add(1);
    if (placeAt[i] != null || t.is(i, TokenFlags.HANDLE)) {
      return 0;
    }
    int tl = is(t, i, Lexicons.TITLE_START) ? titleAt(t, i, kind) : 0;
    if (tl == 0) {
      return 0;
    }
    boolean capitalised = t.is(i, TokenFlags.CAPITALIZED);
    if (kind[0] == Lexicons.TitleKind.ROLE && capitalised && (t.isTitleCase() || t.isAllCaps())) {
      return 0; // "Migrant" in a title-case headline is no role before a name
    }
    if (kind[0] == Lexicons.TitleKind.ROLE
        && capitalised
        && tl == 1
        && (is(t, i, Lexicons.GIVEN) || is(t, i, Lexicons.EAST_ASIAN))) {
      return 0; // "Son Heung-min": a capitalised role word that is also a name is the name
    }
    if (kind[0] != Lexicons.TitleKind.ROLE && !capitalised) {
      // "the president said" is a role; "president Trump" still counts
      kind[0] = Lexicons.TitleKind.ROLE;
    }
    int end = i + tl;
    // "Secretary of Homeland Security", "Minister for Foreign Affairs"
    if (Lexicons.in(OFFICES, t, end - 1)
        && end < t.size()
        && (t.foldedEquals(end, "of") || t.foldedEquals(end, "for"))) {
      int k = end + 1;
      if (k < t.size() && t.foldedEquals(k, "the")) {
        k++;
      }
      int words = 0;
      while (k < t.size()
          && words < 4
          && t.is(k, TokenFlags.CAPITALIZED)
          && !t.is(k, TokenFlags.PUNCT_BEFORE)
          && is(t, k, Lexicons.COMMON)
          && !is(t, k, Lexicons.GIVEN)) {
        k++;
        words++;
      }
      if (words > 0) {
        end = k;
      }
    }
    return officeOfPlace(t, end, placeAt, kind[0]) - i;
  }

  /**
   * "Governor of Washington Chris Gregoire", "President of the United States Joe Biden": an office
   * of a named place, followed by a name, is one title; returns its end ({@code end} when none).
   */
  private static int officeOfPlace(
      TokenSequence t, int end, PlaceCandidate[] placeAt, Lexicons.TitleKind kind) {
    if (kind != Lexicons.TitleKind.TITLE || end + 1 >= t.size() || !t.foldedEquals(end, "of")) {
      return end;
    }
    int k = end + 1;
    if (k < t.size() && t.foldedEquals(k, "the")) {
      k++;
    }
    if (k >= t.size() || placeAt[k] == null || placeAt[k].from != k) {
      return end;
    }
    int after = placeAt[k].to;
    boolean nameFollows =
        after < t.size()
            && !t.is(after, TokenFlags.PUNCT_BEFORE)
            && t.is(after, TokenFlags.CAPITALIZED);
    return nameFollows ? after : end;
  }

  private boolean canStart(TokenSequence t, int i, PlaceCandidate[] placeAt, boolean afterTitle) {
    work.add(1 + t.length(i));
    int f = t.flags(i);
    if ((f & (TokenFlags.HANDLE | TokenFlags.DIGIT)) != 0) {
      return false;
    }
    if (placeAt[i] != null && (placeAt[i].isStrong() || placeAt[i].from != i)) {
      return false;
    }
    if ((f & TokenFlags.INITIAL) != 0) {
      return i + 1 < t.size() && isNamePart(t, i + 1, placeAt); // "W.", "J.K."
    }
    if ((f & TokenFlags.ALL_CAPS) != 0 && !t.isAllCaps()) {
      work.add(t.length(i));
      return t.length(i) <= MAX_NAME_CHARS
          && known.isKnown(t.foldedBuffer(), t.foldedStart(i), t.length(i)); // "AMLO"
    }
    if ((f & TokenFlags.LOWER) != 0) {
      // a particle may open a name: "von der Leyen said"
      return is(t, i, Lexicons.OPENING_PARTICLE)
          && !t.is(i, TokenFlags.SENTENCE_START)
          && i + 1 < t.size()
          && nextIsNameAfterParticles(t, i, placeAt);
    }
    if ((f & TokenFlags.CAPITALIZED) == 0) {
      return false;
    }
    if (t.foldedEquals(i, "i")) {
      return false; // the pronoun: "Mr. President, I urge a vote"
    }
    if (is(t, i, Lexicons.PLURAL_ROLE)) {
      return false; // "Republican Senators have denied it": a group, named by its role
    }
    if (is(t, i, Lexicons.NOT_PERSON)) {
      return monthOpensAName(t, i);
    }
    if (is(t, i, Lexicons.ORG)
        && !(speechVerbAfter(t, i + 1) && is(t, i, Lexicons.SURNAME))
        && !(is(t, i, Lexicons.EAST_ASIAN) && eastAsianGivenName(t, i, i + 3))) {
      // "Law said" may be Kenneth Law; "Law School" is none, and neither is "General Motors
      // said": an institution word that is no family name names no one
      return false;
    }
    if (afterTitle
        && (t.isTitleCase() || t.isAllCaps())
        && !is(t, i, Lexicons.GIVEN)
        && !is(t, i, Lexicons.EAST_ASIAN)
        && givenNameNext(t, i)) {
      return false; // "Mayor Appoints Marta Ruiz": in a headline the name starts at the given name
    }
    if (is(t, i, Lexicons.COMMON)) {
      if (is(t, i, Lexicons.GIVEN) || is(t, i, Lexicons.EAST_ASIAN)) {
        return true;
      }
      if (Lexicons.in(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, t, i)) {
        return false; // "Ambassador At Large"
      }
      if (givenNameNext(t, i)) {
        return false; // "President Names Rosa Varga": the name starts at the given name
      }
      // "President Names Rosa Varga Envoy For Water": in a title-case line a capitalised common
      // word after a title is no name unless it is a known one ("President Trump")
      return afterTitle && (!t.isTitleCase() && !t.isAllCaps() || isKnownSurname(t, i));
    }
    return true;
  }

  /** Whether token {@code k} is a lower-case verb of saying in the same clause. */
  private boolean speechVerbAfter(TokenSequence t, int k) {
    return k < t.size()
        && !t.is(k, TokenFlags.PUNCT_BEFORE)
        && t.is(k, TokenFlags.LOWER)
        && is(t, k, Lexicons.SPEECH);
  }

  /** Whether the word after {@code i}, in the same phrase, is a given name and no common word. */
  private boolean givenNameNext(TokenSequence t, int i) {
    return i + 1 < t.size()
        && !t.is(i + 1, TokenFlags.PUNCT_BEFORE)
        && is(t, i + 1, Lexicons.GIVEN)
        && !is(t, i + 1, Lexicons.COMMON);
  }

  private boolean nextIsNameAfterParticles(TokenSequence t, int i, PlaceCandidate[] placeAt) {
    int k = i;
    // more than three particles in a row is no name: look no further than that
    while (k < t.size() && k - i <= 3 && t.is(k, TokenFlags.LOWER) && is(t, k, Lexicons.PARTICLE)) {
      work.add(1);
      k++;
    }
    return k > i && k < t.size() && k - i <= 3 && isNamePart(t, k, placeAt);
  }

  /** Whether token k can continue a name. */
  private boolean isNamePart(TokenSequence t, int k, PlaceCandidate[] placeAt) {
    int f = t.flags(k);
    if ((f & TokenFlags.CAPITALIZED) == 0 || (f & (TokenFlags.HANDLE | TokenFlags.DIGIT)) != 0) {
      return false;
    }
    if (placeAt[k] != null && placeAt[k].isStrong()) {
      return false;
    }
    if ((f & TokenFlags.ALL_CAPS) != 0
        && !t.isAllCaps()
        && t.length(k) > 1
        && (f & TokenFlags.ABBREVIATION) == 0) {
      return false;
    }
    if (is(t, k, Lexicons.ORG) || is(t, k, Lexicons.NOT_PERSON)) {
      return monthAsSurname(t, k);
    }
    if (is(t, k, Lexicons.TITLE_START)
        && titleAt(t, k, scratchKind) > 0
        && !is(t, k, Lexicons.GIVEN)) {
      return false;
    }
    if (is(t, k, Lexicons.COMMON) && !is(t, k, Lexicons.GIVEN)) {
      // "Donald Trump", "George W. Bush": a common word may end a name in running text
      return !t.isTitleCase() && !t.isAllCaps() && (f & TokenFlags.SENTENCE_START) == 0;
    }
    return true;
  }

  /**
   * "April Ryan asked", "June Okafor said": a month that is also a given name opens a name before a
   * capitalised word that is no common word and no word for a body or a place, in the same clause,
   * unless a preposition before it makes it a date ("in April Ryan wrote" is read as the month;
   * "May Day" is no one).
   */
  private boolean monthOpensAName(TokenSequence t, int i) {
    return Lexicons.isMonth(t, i)
        && is(t, i, Lexicons.GIVEN)
        && i + 1 < t.size()
        && !t.is(i + 1, TokenFlags.PUNCT_BEFORE)
        && t.is(i + 1, TokenFlags.CAPITALIZED)
        && !is(t, i + 1, Lexicons.COMMON | Lexicons.ORG | Lexicons.NOT_PERSON | Lexicons.PLACE_NOUN)
        && !(i > 0
            && !t.is(i, TokenFlags.PUNCT_BEFORE)
            && ContextWords.PREPOSITIONS.at(t, i - 1)); // "In April", "from June"
  }

  /**
   * "Theresa May", "Brian May": a month right after a given name, and before no number, is a
   * surname ("on May 5" is a date; "in May" has no given name before it).
   */
  private boolean monthAsSurname(TokenSequence t, int k) {
    return k > 0
        && Lexicons.isMonth(t, k)
        && !t.is(k, TokenFlags.PUNCT_BEFORE)
        && is(t, k - 1, Lexicons.GIVEN)
        && !Lexicons.isMonth(t, k - 1)
        && !(k + 1 < t.size() && t.is(k + 1, TokenFlags.DIGIT));
  }

  private int extend(TokenSequence t, int i, PlaceCandidate[] placeAt, boolean afterTitle) {
    int n = t.size();
    int j = i + 1;
    if (t.is(i, TokenFlags.POSSESSIVE)) {
      return j;
    }
    while (j < n && j - i <= MAX_NAME_TOKENS) {
      work.add(1);
      int f = t.flags(j);
      // after initials ("J.K. Rowling") a capital need not open a sentence
      if ((f & TokenFlags.PUNCT_BEFORE) != 0
          || ((f & TokenFlags.SENTENCE_START) != 0 && !t.is(j - 1, TokenFlags.INITIAL))) {
        break;
      }
      if ((f & TokenFlags.LOWER) != 0) {
        if ((f & TokenFlags.HYPHEN_BEFORE) != 0
            && t.length(j) <= 4
            && (is(t, i, Lexicons.EAST_ASIAN) || j == i + 2 && t.length(j - 1) <= 4)) {
          j++; // "Moon Jae-in", "Son Heung-min", "Leung Kwok-hung"
          continue;
        }
        if (j == i + 1 && westernHyphenatedGivenName(t, i, i + 3)) {
          j++; // "Min-jae Lee", "Heung-min Son": the family name after the given name
          continue;
        }
        if (is(t, j, Lexicons.PARTICLE) && nextIsNameAfterParticles(t, j, placeAt)) {
          while (t.is(j, TokenFlags.LOWER)) {
            j++;
          }
          continue;
        }
        break;
      }
      if (isSuffix(t, j)) {
        j++;
        break;
      }
      if (!t.is(j, TokenFlags.INITIAL) && !isNamePart(t, j, placeAt)) {
        if (is(t, j, Lexicons.ORG) && surnameAfterGivenName(t, i, j, placeAt, afterTitle)) {
          j++;
        }
        break;
      }
      j++;
      if ((f & TokenFlags.POSSESSIVE) != 0) {
        break;
      }
    }
    return j;
  }

  /**
   * Whether token {@code j}, a word for an institution or a place, is the family name of the given
   * name alone before it: a frequent census surname that a title puts in a person's name ("Judge
   * Ruth Park ruled", "Coach Tom Lake"), any such word between a title and a verb of saying
   * ("Director Michael Bay said"), or, with no title, a frequent surname that a verb of saying or
   * an apposition follows ("Kenneth Law said", "Kenneth Law, a chef from Ontario,"). Without a
   * title a place's word ("Ruth Park reopened"), a capital before ("Melinda Gates Foundation") or
   * "the" before ("the Austin Chronicle said") leaves it a body's or a place's name.
   */
  private boolean surnameAfterGivenName(
      TokenSequence t, int i, int j, PlaceCandidate[] placeAt, boolean afterTitle) {
    if (j != i + 1 || !is(t, i, Lexicons.GIVEN)) {
      return false;
    }
    if (afterTitle && speechVerbAfter(t, j + 1)) {
      return true;
    }
    if (!is(t, j, Lexicons.SURNAME)) {
      return false; // "Rand Corporation said", "Mars Inc. said": a firm
    }
    if (afterTitle) {
      return true;
    }
    return !capitalBefore(t, i)
        && !is(t, j, Lexicons.PLACE_NOUN)
        && !(i > 0 && t.foldedEquals(i - 1, "the"))
        && (speechVerbAfter(t, j + 1)
            || foreignOrgEndsName(t, j)
            || (j + 1 < t.size()
                && t.is(j + 1, TokenFlags.COMMA_BEFORE)
                && apposition(t, j + 1, placeAt)));
  }

  /**
   * "la embajadora, Melanie Power, llegó": in an article whose language names its bodies with its
   * own words, a word of the English list of organisation words that ends the clause is a surname.
   */
  private boolean foreignOrgEndsName(TokenSequence t, int j) {
    return is(t, j, Lexicons.FOREIGN_ORG)
        && (j + 1 == t.size() || t.is(j + 1, TokenFlags.PUNCT_BEFORE));
  }

  /**
   * Ends a span after a known full name that opens it, so that captions running names together ("…
   * Kirstjen Nielsen Mexi") do not glue the next word on. A span longer than {@link
   * #MAX_NAME_TOKENS} is only searched for such a name.
   */
  private int splitAtKnownName(TokenSequence t, int i, int j) {
    if (j - i < 3) {
      return j;
    }
    int longest = Math.min(j, i + MAX_NAME_TOKENS);
    int chars = joinedLength(t, i, longest);
    if (longest == j && isKnown(t, i, j, chars)) {
      return j;
    }
    int from = longest == j ? j - 1 : longest;
    for (int k = longest; k > from; k--) {
      chars -= t.length(k - 1) + 1;
    }
    for (int k = from; k >= i + 2; k--) {
      if (isKnown(t, i, k, chars)) {
        // "Juan Orlando Hernández Alvarado": a second surname after a known name is kept
        return twoSurnames && k == j - 1 ? j : k;
      }
      chars -= t.length(k - 1) + 1;
    }
    return j;
  }

  /** Characters of tokens from..to joined by single spaces. */
  private int joinedLength(TokenSequence t, int from, int to) {
    work.add(to - from);
    int chars = to - from - 1;
    for (int k = from; k < to; k++) {
      chars += t.length(k);
    }
    return chars;
  }

  /** Whether tokens from..to ({@code chars} long when joined) are a known name. */
  private boolean isKnown(TokenSequence t, int from, int to, int chars) {
    work.add(1);
    if (chars > MAX_NAME_CHARS) {
      return false;
    }
    work.add(chars);
    return known.isKnown(joined, 0, join(t, from, to));
  }

  /**
   * Copies the folded words of tokens from..to, joined by single spaces, into {@link #joined};
   * returns their length. They must be {@link #MAX_NAME_CHARS} long at most.
   */
  private int join(TokenSequence t, int from, int to) {
    char[] folded = t.foldedBuffer();
    int at = 0;
    for (int k = from; k < to; k++) {
      if (k > from) {
        joined[at++] = ' ';
      }
      int len = t.length(k);
      System.arraycopy(folded, t.foldedStart(k), joined, at, len);
      at += len;
    }
    return at;
  }

  /** Whether token {@code k} is the surname of exactly one known person. */
  private boolean isKnownSurname(TokenSequence t, int k) {
    return known.isKnownSurname(t.foldedBuffer(), t.foldedStart(k), t.length(k));
  }

  static boolean isSuffix(TokenSequence t, int j) {
    int len = t.length(j);
    return len >= 2 && len <= 3 && isSuffixOfItsLength(t, j);
  }

  /** {@link #isSuffix} once the token is known to be two or three letters long, as suffixes are. */
  private static boolean isSuffixOfItsLength(TokenSequence t, int j) {
    return t.foldedEquals(j, "jr.")
        || t.foldedEquals(j, "sr.")
        || t.foldedEquals(j, "jr")
        || t.foldedEquals(j, "ii")
        || t.foldedEquals(j, "iii")
        || t.foldedEquals(j, "iv");
  }

  /**
   * The candidate for tokens i..j with its evidence points, or null when the span is no person's
   * name whatever the evidence (an organisation's, a place's, a band's).
   */
  private PersonCandidate weigh(
      TokenSequence t, int i, int j, PlaceCandidate[] placeAt, PersonCandidate.TitleSpan title) {
    work.add(j - i + t.length(i) + t.length(j - 1));
    int nameTokens = nameTokens(t, i, j);
    if (nameTokens == 0
        || namesSomethingElse(t, i, j, placeAt, title)
        || thingBefore(t, i)
        || thingAfterThe(t, i, j, title, nameTokens)
        || teamOfAPlace(t, i, j, title, placeAt)
        || teamAfterItsPlace(t, i, j, title, placeAt)
        || clubOfACity(t, i, j, title, placeAt)
        || partOfAPlace(t, i, j, title, placeAt)
        || arabicArticleBeforeAPlace(t, i, j, title, placeAt)
        || joinedByAnAmpersand(t, i, j)
        || repeatsOneWord(t, i, j, nameTokens)) {
      return null; // "The Velvet Underground", "Duran Duran": a band, a work, a firm
    }
    int chars = joinedLength(t, i, j);
    work.add(Math.min(chars, MAX_NAME_CHARS));
    int folded = chars > MAX_NAME_CHARS ? 0 : join(t, i, j);
    if (lex.notPersons.contains(joined, 0, folded) || saintInside(t, i, j)) {
      return null;
    }
    PersonCandidate c = new PersonCandidate(i, j, nameTokens);
    c.explain = explain;
    c.titleCase = t.isTitleCase() || t.isAllCaps();
    if (title != null) {
      addTitle(t, c, title, placeAt);
    } else {
      addWordBefore(t, c);
    }
    addFirstWord(t, c);
    if (eastAsianGivenName(t, i, j)) {
      c.add(PersonFeatures.HYPHENATED_GIVEN, 1, "a hyphenated given name after the family name");
    } else if (westernHyphenatedGivenName(t, i, j)) {
      c.add(PersonFeatures.HYPHENATED_GIVEN, 1, "a hyphenated given name before the family name");
    }
    addWhatFollows(t, c, placeAt);
    addCompanyAfter(t, c);
    addKnownName(t, c, chars, folded);
    if (features
        || decides
            && c.score == 1
            && !c.titleCase
            && (nameTokens >= 2 || c.has(PersonFeatures.KNOWN_SURNAME))) {
      shape(t, i, j, placeAt, c);
    }
    return c;
  }

  /** The words of tokens i..j that count as a name's: no particle, initial or suffix. */
  private static int nameTokens(TokenSequence t, int i, int j) {
    int nameTokens = 0;
    for (int k = i; k < j; k++) {
      if (!t.is(k, TokenFlags.LOWER) && !t.is(k, TokenFlags.INITIAL) && !isSuffix(t, k)) {
        nameTokens++;
      }
    }
    return nameTokens;
  }

  /**
   * Whether the words around tokens i..j make them part of an organisation's or a place's name:
   * "Carter Center", "the Rivera Hernandez neighbourhood", "el Centro Cultural Rubén Darío" (whose
   * place names are then dropped too).
   */
  private boolean namesSomethingElse(
      TokenSequence t, int i, int j, PlaceCandidate[] placeAt, PersonCandidate.TitleSpan title) {
    // the next capitalised word belongs to an organisation or a place: "Carter Center"
    if (j < t.size()
        && !t.is(j, TokenFlags.PUNCT_BEFORE)
        && t.is(j, TokenFlags.CAPITALIZED)
        && is(t, j, Lexicons.ORG)) {
      return true;
    }
    // "the Rivera Hernandez neighbourhood", "the Benito Juarez sports complex"; after a possessive
    // the words are the person's ("Ana Ruiz's camp")
    for (int k = j; k < Math.min(j + 2, t.size()) && !t.is(j - 1, TokenFlags.POSSESSIVE); k++) {
      if (t.is(k, TokenFlags.PUNCT_BEFORE) || !t.is(k, TokenFlags.LOWER)) {
        break;
      }
      if (is(t, k, Lexicons.PLACE_NOUN)) {
        return true;
      }
    }
    if (bodyForAGroup(t, i, j)) {
      return true;
    }
    int institution = title == null && institutionsFirst ? institutionBefore(t, i) : -1;
    if (institution >= 0) {
      // "el Centro Cultural Rubén Darío": the person it is named after, and no place in its name
      for (int k = institution; k < j; k++) {
        if (placeAt[k] != null) {
          placeAt[k].dropped = true;
          placeAt[k].evidence = "part of an institution's name";
        }
      }
      return true;
    }
    return false;
  }

  /**
   * "Jackson Women's Health Organization", "Hartley Veterans' Fund": a span ending in a plural
   * common word with a possessive, before another capitalised word, names a body that serves that
   * group, not a person whose surname the word would be ("George Bush's Texas ranch" ends in no
   * plural; "Tom Waters' London flat" in a surname).
   */
  private boolean bodyForAGroup(TokenSequence t, int i, int j) {
    int last = j - 1;
    if (j - i < 2
        || j >= t.size()
        || !t.is(last, TokenFlags.POSSESSIVE)
        || t.is(j, TokenFlags.PUNCT_BEFORE)
        || !t.is(j, TokenFlags.CAPITALIZED)
        || !is(t, last, Lexicons.COMMON)
        || is(t, last, Lexicons.GIVEN | Lexicons.SURNAME)) {
      return false;
    }
    int len = t.length(last);
    return (len >= 4 && t.foldedBuffer()[t.foldedStart(last) + len - 1] == 's')
        || t.foldedEquals(last, "women")
        || t.foldedEquals(last, "men")
        || t.foldedEquals(last, "children")
        || t.foldedEquals(last, "people");
  }

  /** "Paris St Germain", "Fort St John": a saint's name inside names a place. */
  private static boolean saintInside(TokenSequence t, int i, int j) {
    for (int k = i + 1; k < j - 1; k++) {
      if (t.foldedEquals(k, "st") || t.foldedEquals(k, "st.") || t.foldedEquals(k, "ste")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title or role before the name: two points, the title kept, and the country of a country name
   * before the title as the person's affiliation ("Bolivian President Luis Arce").
   */
  private void addTitle(
      TokenSequence t,
      PersonCandidate c,
      PersonCandidate.TitleSpan title,
      PlaceCandidate[] placeAt) {
    c.titleSpan = title;
    c.title = t.text(title.from(), title.to());
    c.add(
        title.kind() == Lexicons.TitleKind.ROLE
            ? PersonFeatures.ROLE
            : title.kind() == Lexicons.TitleKind.HONORIFIC
                ? PersonFeatures.HONORIFIC
                : PersonFeatures.TITLE,
        2,
        explain
            ? (title.kind() == Lexicons.TitleKind.ROLE ? "role" : "title") + " '" + c.title + "'"
            : "");
    int before = title.from() - 1;
    if (before >= 0 && placeAt[before] != null && placeAt[before].hasCountryLevel()) {
      String country = placeAt[before].onlyCountry();
      if (country != null) {
        c.affiliation = country;
      }
    }
  }

  /**
   * With no title: a lower-case verb of saying ("said Ana Ruiz") or plural role ("said officials
   * Dravik Ostrander and ...") right before the name is a point.
   */
  private void addWordBefore(TokenSequence t, PersonCandidate c) {
    int i = c.from;
    if (i > 0
        && is(t, i - 1, Lexicons.SPEECH)
        && t.is(i - 1, TokenFlags.LOWER)
        && !t.is(i, TokenFlags.PUNCT_BEFORE)) {
      c.add(PersonFeatures.AFTER_SPEECH, 1, "after", t, i - 1);
    } else if (i > 0
        && t.is(i - 1, TokenFlags.LOWER)
        && !t.is(i, TokenFlags.PUNCT_BEFORE)
        && !c.titleCase
        && is(t, i - 1, Lexicons.PLURAL_ROLE)) {
      // "said officials Dravik Ostrander and ...": a plural role names the people after it
      c.add(PersonFeatures.AFTER_PLURAL_ROLE, 1, "after", t, i - 1);
    } else if (creditBefore(t, i)) {
      c.add(
          PersonFeatures.AFTER_CREDIT,
          1,
          explain ? "credited after '" + t.text(i - 2, i) + "'" : "");
    }
  }

  /**
   * Whether a credit line's "Reporting by", "Editing by" or "Writing by" stands right before token
   * i: who reported, wrote or edited a story is a person.
   */
  private static boolean creditBefore(TokenSequence t, int i) {
    return i >= 2
        && t.foldedEquals(i - 1, "by")
        && !t.is(i - 1, TokenFlags.PUNCT_BEFORE)
        && !t.is(i, TokenFlags.PUNCT_BEFORE)
        && CREDITS.contains(t.foldedBuffer(), t.foldedStart(i - 2), t.length(i - 2));
  }

  /**
   * What the first word says: initials ("J.K. Rowling") or a given name before another word are two
   * points; capitals in mid-sentence, or an East Asian family name, one.
   */
  private void addFirstWord(TokenSequence t, PersonCandidate c) {
    int i = c.from;
    int j = c.to;
    // "Peace Studies", "Rose Garden": a given name that is also a word, before another word, is
    // no stronger evidence than capitals
    boolean wordsOnly =
        is(t, i, Lexicons.COMMON)
            && isWordOrPlural(t, j - 1)
            && !is(t, j - 1, Lexicons.GIVEN)
            && !isKnownSurname(t, j - 1);
    boolean firstIsGiven =
        is(t, i, Lexicons.GIVEN)
            && !(is(t, i, Lexicons.COMMON) && t.caseIsUninformative(i))
            && !wordsOnly
            && !romanceArticle(t, i);
    if (t.is(i, TokenFlags.INITIAL) && c.nameTokens >= 1) {
      c.add(PersonFeatures.INITIALS, 2, "initials", t, i); // "J.K. Rowling", "P. Kevin Castel"
    } else if (c.nameTokens >= 2) {
      if (firstIsGiven) {
        c.add(PersonFeatures.GIVEN_FIRST, 2, "given name", t, i);
      } else if (familyNameThenGivenName(t, i, j)) {
        c.add(PersonFeatures.FAMILY_NAME, 2, "family name before a given name", t, i);
      } else if (!t.caseIsUninformative(i)
          || givenBeforeSurname(t, i, j)
          || (!t.isTitleCase() && !t.isAllCaps() && irishFamilyName(t, j - 1))) {
        c.add(PersonFeatures.CAPITALISED, 1, "capitalised words");
      } else if (is(t, i, Lexicons.EAST_ASIAN)) {
        c.add(PersonFeatures.FAMILY_NAME, 1, "family name", t, i);
      }
    }
  }

  /**
   * "invited by Deng Xiaoping", "met Wang Qishan": inside a sentence, an East Asian family name
   * that is no common word, then a given name that is none either, make a name in East Asian order
   * as surely as a given name opening a Western one. At a sentence's start the family name may be
   * another word ("Oh Barb was there" is a greeting), and counts less.
   */
  private boolean familyNameThenGivenName(TokenSequence t, int i, int j) {
    return j - i == 2
        && !t.caseIsUninformative(i)
        && is(t, i, Lexicons.EAST_ASIAN)
        && !is(t, i, Lexicons.COMMON)
        && is(t, i + 1, Lexicons.GIVEN)
        && !is(t, i + 1, Lexicons.COMMON);
  }

  /**
   * "Ernst &amp; Young", "Simon &amp; Schuster": a name joined to another by an ampersand is part
   * of a firm's name; news joins people with "and". A citation's authors ("Baron &amp; Beresford
   * 2014"), with the year after them, stay names.
   */
  private static boolean joinedByAnAmpersand(TokenSequence t, int i, int j) {
    int second; // the first token after the ampersand
    if (AmpersandFirms.joinedBefore(t, i)) {
      second = i;
    } else if (AmpersandFirms.joinedAfter(t, j)) {
      second = j;
    } else {
      return false;
    }
    int after = second + 1;
    return after >= t.size() || !t.is(after, TokenFlags.DIGIT);
  }

  /** Whether a capitalised word other than "The" comes right before token {@code i}. */
  private static boolean capitalBefore(TokenSequence t, int i) {
    return i > 0
        && !t.is(i, TokenFlags.PUNCT_BEFORE)
        && t.is(i - 1, TokenFlags.CAPITALIZED)
        && !t.foldedEquals(i - 1, "the");
  }

  /**
   * "Beto O'Rourke said" opening a sentence: an Irish family name, O and an apostrophe before a
   * capital ("O'Brien", "O'Neill"), ends a person's name wherever it stands; its capital says so
   * even at a sentence start.
   */
  private static boolean irishFamilyName(TokenSequence t, int k) {
    char[] folded = t.foldedBuffer();
    int start = t.foldedStart(k);
    return t.length(k) >= 5
        && t.is(k, TokenFlags.CAPITALIZED)
        && !t.is(k, TokenFlags.POSSESSIVE)
        && folded[start] == 'o'
        && folded[start + 1] == '\'';
  }

  /**
   * "El Niño", "La Scala", "La Bombonera": a Spanish or Italian article opening a name is no given
   * name (the lists carry "La" and "El" as names of their own) but names a thing, a place or a
   * nickname; capitals and cues still count.
   */
  private static boolean romanceArticle(TokenSequence t, int i) {
    return t.foldedEquals(i, "el") || t.foldedEquals(i, "la");
  }

  /**
   * "Rose Byrne said", "Marine Le Pen said" opening a sentence: a given name that is also a word
   * says nothing by its capital there, but the capitalised word after it, mid-sentence and on no
   * list of words and no place, does, as it would after any first word. The name is the given name,
   * then a particle or not, then that word, not possessive ("Jack Daniel's sales" is the brand);
   * not on a title-case line, where every capital is uninformative.
   */
  private boolean givenBeforeSurname(TokenSequence t, int i, int j) {
    if (t.isTitleCase()
        || t.isAllCaps()
        || !t.is(i, TokenFlags.SENTENCE_START)
        || !is(t, i, Lexicons.GIVEN)
        || j - i > 3
        || j - i < 2) {
      return false;
    }
    int last = j - 1;
    if (j - i == 3 && !is(t, i + 1, Lexicons.PARTICLE)) {
      return false;
    }
    return t.is(last, TokenFlags.CAPITALIZED)
        && !t.is(last, TokenFlags.POSSESSIVE)
        && (j - i == 3 || placeAt[last] == null) // after a particle, a family name: "Le Pen"
        && (j - i == 3 || !is(t, last, Lexicons.COMMON) || is(t, last, Lexicons.SURNAME))
        && !is(t, last, Lexicons.ORG | Lexicons.PLACE_NOUN | Lexicons.NOT_PERSON);
  }

  /**
   * What follows the name: ", who", an apposition (", 84,", ", a spokesman for") or a lower-case
   * verb of saying or person cue is a point.
   */
  private void addWhatFollows(TokenSequence t, PersonCandidate c, PlaceCandidate[] placeAt) {
    int after = c.to;
    if (after < t.size() && t.is(after, TokenFlags.COMMA_BEFORE) && t.foldedEquals(after, "who")) {
      c.add(PersonFeatures.WHO, 1, "', who'");
    } else if (after < t.size()
        && t.is(after, TokenFlags.COMMA_BEFORE)
        && apposition(t, after, placeAt)) {
      c.add(PersonFeatures.APPOSITION, 1, "an apposition");
    } else if (after < t.size()
        && !t.is(after, TokenFlags.PUNCT_BEFORE)
        && (t.is(after, TokenFlags.LOWER) || c.titleCase)) {
      // a headline capitalises its verb too: "Putin Warns West"
      if (is(t, after, Lexicons.SPEECH | Lexicons.PERSON_CUE)) {
        c.add(PersonFeatures.BEFORE_CUE, 1, "before", t, after);
      }
    }
  }

  /**
   * "Hugo Boss shares rose", "Morgan Stanley cut its forecast": its stock moving right after the
   * name, or "its" right after the verb that follows a name with no title, makes a company of it, a
   * firm named after its founders: minus two points. "Elon Musk shares a video" keeps its points.
   */
  private static void addCompanyAfter(TokenSequence t, PersonCandidate c) {
    int after = c.to;
    if (after + 1 >= t.size()
        || t.is(after, TokenFlags.PUNCT_BEFORE)
        || !t.is(after, TokenFlags.LOWER)
        || t.is(after - 1, TokenFlags.POSSESSIVE)
        || t.is(after + 1, TokenFlags.PUNCT_BEFORE)) {
      return;
    }
    boolean stockMoved =
        (t.foldedEquals(after, "shares") || t.foldedEquals(after, "stock"))
            && Lexicons.in(MARKET_MOVES, t, after + 1);
    boolean its = c.titleSpan == null && t.foldedEquals(after + 1, "its");
    if (stockMoved || its) {
      c.add(PersonFeatures.COMPANY_AFTER, -2, "a company's word after it", t, after + 1);
    }
  }

  /** What a stock does in the market report: "shares rose", "stock fell". */
  private static final CharArraySet MARKET_MOVES =
      new CharArraySet(
          List.of(
              "rose", "fell", "jumped", "dropped", "climbed", "slid", "gained", "lost", "surged",
              "tumbled", "plunged", "soared", "sank", "rallied", "slumped", "closed", "ended",
              "traded", "rise", "fall", "jump", "drop", "climb", "slide", "gain", "surge", "tumble",
              "plunge", "soar", "sink", "rally", "slump", "were", "have", "are"),
          false);

  /**
   * A generational suffix ("Biden Jr.") is two points; so is a known name, without its suffix, and
   * a known surname alone, or ending a longer name, is one. {@code folded} is the length of the
   * span's folded text in {@link #joined} ({@code chars}), or 0 when longer than {@link
   * #MAX_NAME_CHARS}.
   */
  private void addKnownName(TokenSequence t, PersonCandidate c, int chars, int folded) {
    int i = c.from;
    int j = c.to;
    int core = folded;
    if (j - i > 1 && isSuffix(t, j - 1)) {
      c.add(
          PersonFeatures.SUFFIX,
          2,
          "suffix",
          t,
          j - 1); // "Biden Jr." only ever ends a person's name
      core = chars > MAX_NAME_CHARS ? 0 : chars - t.length(j - 1) - 1; // the words before it
    }
    if (core > 0 && known.isKnown(joined, 0, core)) {
      c.add(PersonFeatures.KNOWN_NAME, 2, "known name");
    } else if (c.nameTokens == 1 && known.isKnownSurname(joined, 0, core)) {
      c.add(PersonFeatures.KNOWN_SURNAME, 1, "known surname");
    } else if (c.nameTokens >= 2
        && core > 0
        && isKnownSurname(t, core < folded ? j - 2 : j - 1)
        && (!PlaceContext.locativeBefore(t, i) || t.is(j - 1, TokenFlags.POSSESSIVE))) {
      // "Lopez Obrador said": a longer name that ends in a known person's family name, unless the
      // sentence puts a place there ("in Rivera Hernandez", a district named after a family)
      c.add(PersonFeatures.KNOWN_SURNAME, 1, "ends in a known surname");
    }
  }

  /**
   * Notes what the span looks like and what stands around it: its length, its case, its words'
   * lists, the words before and after it. None of it adds evidence points; the model weighs it.
   */
  private void shape(TokenSequence t, int i, int j, PlaceCandidate[] placeAt, PersonCandidate c) {
    work.add(j - i + 4);
    c.shaped = true;
    c.feature(
        c.nameTokens == 1
            ? PersonFeatures.ONE_WORD
            : c.nameTokens == 2 ? PersonFeatures.TWO_WORDS : PersonFeatures.MORE_WORDS,
        "");
    if (c.titleCase) {
      c.feature(PersonFeatures.TITLE_CASE_LINE, "");
    }
    if (t.is(i, TokenFlags.SENTENCE_START)) {
      c.feature(PersonFeatures.SENTENCE_START, "");
    }
    if (t.is(i, TokenFlags.QUOTE_BEFORE)) {
      c.feature(PersonFeatures.QUOTED, "");
    }
    if (is(t, i, Lexicons.COMMON)) {
      c.feature(PersonFeatures.FIRST_COMMON, "");
    }
    if (is(t, j - 1, Lexicons.COMMON)) {
      c.feature(PersonFeatures.LAST_COMMON, "");
    }
    if (j - i > 1 && is(t, j - 1, Lexicons.GIVEN)) {
      c.feature(PersonFeatures.LAST_GIVEN, "");
    }
    if (is(t, i, Lexicons.GIVEN)) {
      c.feature(PersonFeatures.ANY_GIVEN, "");
    }
    if (t.is(j - 1, TokenFlags.POSSESSIVE)) {
      c.feature(PersonFeatures.POSSESSIVE, "");
    }
    for (int k = i; k < j; k++) {
      if (placeAt[k] != null) {
        c.feature(PersonFeatures.ON_PLACE, "");
        if (largePlace(placeAt[k])) {
          c.feature(PersonFeatures.ON_LARGE_PLACE, "");
        } else if (!placeAt[k].hasLargerPlace()) {
          c.feature(PersonFeatures.ON_SMALL_TOWN_ONLY, "");
        }
        break;
      }
    }
    if (j - i > 1 && isKnownSurname(t, j - 1)) {
      c.feature(PersonFeatures.LAST_KNOWN_SURNAME, "");
    }
    if ((classes[i] & ~Lexicons.SURNAME) == 0) {
      c.feature(PersonFeatures.NOT_GIVEN_FIRST_WORD, "");
    }
    if (afterOrganisationWord(t, i)) {
      c.feature(PersonFeatures.IN_ORGANISATION, "");
    }
    for (int k = j; k < Math.min(j + 3, t.size()); k++) {
      if (k > j && t.is(k, TokenFlags.PUNCT_BEFORE)) {
        break;
      }
      if (t.is(k, TokenFlags.LOWER) && is(t, k, Lexicons.SPEECH)) {
        c.feature(PersonFeatures.SAID_NEAR, "");
        break;
      }
    }
    for (int k = i; k < j; k++) {
      if (t.is(k, TokenFlags.ALL_CAPS) && t.length(k) > 1) {
        c.feature(PersonFeatures.ALL_CAPS_WORD, "");
        break;
      }
    }
    if (i > 0 && !t.is(i, TokenFlags.PUNCT_BEFORE)) {
      if (t.foldedEquals(i - 1, "the")) {
        c.feature(PersonFeatures.AFTER_THE, "");
      } else if (t.is(i - 1, TokenFlags.LOWER) && isPreposition(t, i - 1)) {
        c.feature(PersonFeatures.AFTER_PREPOSITION, "");
      }
      c.feature(PersonFeatures.PREVIOUS + PersonFeatures.bucket(t, i - 1, 0), quote(t, i - 1));
    }
    if (j < t.size() && !t.is(j, TokenFlags.PUNCT_BEFORE)) {
      c.feature(PersonFeatures.NEXT + PersonFeatures.bucket(t, j, 0), quote(t, j));
    }
    c.feature(PersonFeatures.FIRST + PersonFeatures.bucket(t, i, 0), quote(t, i));
    c.feature(
        PersonFeatures.ENDING + PersonFeatures.bucket(t, j - 1, t.length(j - 1) - 3),
        quote(t, j - 1));
  }

  /**
   * "the University of Notre Dame's", "Institute for International Peace Studies": a capitalised
   * organisation word, then "of" or "for" and capitalised words or connectors up to token {@code
   * i}, in one phrase, make the span the end of the organisation's name.
   */
  private boolean afterOrganisationWord(TokenSequence t, int i) {
    boolean joined = false; // "of" or "for" seen between the organisation word and the span
    for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
      if (t.is(k + 1, TokenFlags.PUNCT_BEFORE)) {
        return false;
      }
      if (t.is(k, TokenFlags.LOWER)) {
        if (t.foldedEquals(k, "of") || t.foldedEquals(k, "for")) {
          joined = true;
        } else if (!t.foldedEquals(k, "the") && !t.foldedEquals(k, "and")) {
          return false;
        }
      } else if (!t.is(k, TokenFlags.CAPITALIZED)) {
        return false;
      } else if (joined && is(t, k, Lexicons.ORG)) {
        return true;
      }
    }
    return false;
  }

  /** A country, a region or a city of 100,000 people or more among the name's readings. */
  static boolean largePlace(PlaceCandidate p) {
    for (PlaceEntry e : p.entries) {
      if (e.kind() != PlaceKind.CITY || e.population() >= LARGE_CITY) {
        return true;
      }
    }
    return false;
  }

  private String quote(TokenSequence t, int i) {
    return explain ? "'" + t.text(i) + "'" : "";
  }

  private static boolean isPreposition(TokenSequence t, int i) {
    return t.foldedEquals(i, "in")
        || t.foldedEquals(i, "at")
        || t.foldedEquals(i, "from")
        || t.foldedEquals(i, "to")
        || t.foldedEquals(i, "of")
        || t.foldedEquals(i, "near")
        || t.foldedEquals(i, "for")
        || t.foldedEquals(i, "by")
        || t.foldedEquals(i, "with");
  }

  /**
   * "The Rolling Stones announced", "fans of the Walking Dead": "the" right before a name of two
   * words or more whose first word is no given name, no family name written first and no particle,
   * and that is no known person's name, names a band, a show or a firm; a person's name after "the"
   * opens with the given name ("the Bernie Sanders campaign"). A given name that is also a word
   * opens a team's name when a plural on no list of names follows it ("the Blue Jays", "the Red
   * Wings"): no family name is a plural of that kind.
   */
  private boolean thingAfterThe(
      TokenSequence t, int i, int j, PersonCandidate.TitleSpan title, int nameTokens) {
    boolean thing =
        title == null
            && nameTokens >= 2
            && theBefore(t, i)
            && !t.is(i, TokenFlags.INITIAL)
            && (!is(t, i, Lexicons.GIVEN | Lexicons.EAST_ASIAN | Lexicons.PARTICLE)
                || j - i == 2 && is(t, i, Lexicons.COMMON) && unlistedPlural(t, i + 1))
            && !isKnown(t, i, j, joinedLength(t, i, j));
    spanIsAThing |= thing;
    return thing;
  }

  /**
   * Whether token {@code k} looks like an English plural ("Jays", "Wings") and is on no list of
   * names: no given name, no census surname, no known person's family name.
   */
  private boolean unlistedPlural(TokenSequence t, int k) {
    return pluralOfNoGivenName(t, k) && !is(t, k, Lexicons.SURNAME);
  }

  /**
   * Whether token {@code k} ends in an s that follows no other s, has four letters or more, and is
   * no given name and no known person's family name: the last word of a team's name ("Suns",
   * "Wings"), not "Williams" nor "Ross".
   */
  private boolean pluralOfNoGivenName(TokenSequence t, int k) {
    int len = t.length(k);
    char[] folded = t.foldedBuffer();
    int end = t.foldedStart(k) + len;
    return len >= 4
        && folded[end - 1] == 's'
        && folded[end - 2] != 's'
        && !is(t, k, Lexicons.GIVEN)
        && !isKnownSurname(t, k);
  }

  /** Whether "the" stands right before token {@code i}, in the same phrase. */
  private static boolean theBefore(TokenSequence t, int i) {
    return i > 0 && !t.is(i, TokenFlags.PUNCT_BEFORE) && t.foldedEquals(i - 1, "the");
  }

  /**
   * "bands such as The Velvet Underground": "The" with a capital inside a sentence, right before a
   * name, makes it the name of a band, a work or a firm.
   */
  private static boolean thingBefore(TokenSequence t, int i) {
    return i > 0
        && !t.is(i, TokenFlags.PUNCT_BEFORE)
        && t.foldedEquals(i - 1, "the")
        && t.is(i - 1, TokenFlags.CAPITALIZED)
        && !t.caseIsUninformative(i - 1);
  }

  /**
   * "the Dallas Mavericks", "the Phoenix Suns": "the" right before a name that opens with a city of
   * 100,000 people or more (or a region or country) and ends in a plural that is no given name or
   * known surname names a team or a company of that place, even when the place is also a given
   * name. Without "the", two words do when the second is a plural and none of the 5,000 most
   * frequent census surnames ("Austin Rivers" is a person): the plural of a common word ("Phoenix
   * Suns fans", "Orlando Pirates won") or a word on no list with a consonant before its s
   * ("Tennessee Titans fans"). After "the", two words also do when the second is a common word and
   * no frequent surname, an event's or a team's name ("the Boston Marathon", "the Miami Heat"), and
   * three when the last is no given name and no surname ("the Boston Red Sox"). The place inside it
   * still counts, given name or not ({@link PlaceCandidate#opensATeamsName}).
   */
  private boolean teamOfAPlace(
      TokenSequence t, int i, int j, PersonCandidate.TitleSpan title, PlaceCandidate[] placeAt) {
    if (title != null || j - i < 2 || placeAt[i] == null || !largePlace(placeAt[i])) {
      return false;
    }
    boolean team = namedAfterThePlace(t, i, j);
    if (team) {
      placeAt[i].opensATeamsName = true;
      spanIsAThing = true;
    }
    return team;
  }

  /** Whether tokens i..j, the first a place, have the shape of a team's or an event's name. */
  private boolean namedAfterThePlace(TokenSequence t, int i, int j) {
    boolean afterThe = theBefore(t, i);
    int last = j - 1;
    int len = t.length(last);
    char[] folded = t.foldedBuffer();
    int end = t.foldedStart(last) + len;
    boolean plural = pluralOfNoGivenName(t, last);
    if (afterThe && !plural) {
      // "the Boston Marathon", "the Miami Heat": a common word that is no frequent surname; "the
      // Boston Red Sox", "the Chicago White Sox": two words, the last no given name and no surname,
      // frequent or known (a person's name after "the" ends in one: "the Austin James Butler film")
      return (j - i == 2 && is(t, last, Lexicons.COMMON) || j - i == 3)
          && !is(t, last, Lexicons.SURNAME | Lexicons.GIVEN)
          && !isKnownSurname(t, last);
    }
    if (!plural || afterThe) {
      return plural;
    }
    // "Detroit Red Wings", "Portland Trail Blazers": a common word, or one on no list, may stand
    // between the place and the plural (not one that is only a name: "Austin James Rivers")
    boolean between =
        j - i == 3
            && (is(t, i + 1, Lexicons.COMMON) || !is(t, i + 1, Lexicons.GIVEN | Lexicons.SURNAME));
    if (j - i != 2 && !between || is(t, last, Lexicons.SURNAME)) {
      return false;
    }
    // "Tennessee Titans", "Denver Nuggets": a plural on no list ends like an English plural, a
    // consonant before the s; Greek and Baltic family names end in a vowel and s ("Pappas")
    char before = folded[end - 2];
    boolean englishPlural =
        before != 'a' && before != 'e' && before != 'i' && before != 'o' && before != 'u';
    return isWordOrPlural(t, last) || englishPlural && !is(t, last, Lexicons.COMMON);
  }

  /**
   * "Detroit's Red Wings", "Toronto's Blue Jays": right after a place's possessive, a word that is
   * also a common word and a plural on no list of names name the place's team; a person after the
   * possessive has a family name ("London's Sadiq Khan").
   */
  private boolean teamAfterItsPlace(
      TokenSequence t, int i, int j, PersonCandidate.TitleSpan title, PlaceCandidate[] placeAt) {
    boolean team =
        title == null
            && j - i == 2
            && i > 0
            && !t.is(i, TokenFlags.PUNCT_BEFORE)
            && t.is(i - 1, TokenFlags.POSSESSIVE)
            && placeAt[i - 1] != null
            && is(t, i, Lexicons.COMMON)
            && unlistedPlural(t, i + 1);
    spanIsAThing |= team;
    return team;
  }

  /**
   * "Inter Milan", "Bayern Munich", "Dynamo Kyiv": two words, the second a city of 100,000 people
   * or more and the first no given name, with no title before them, name a club or a firm of that
   * city rather than a person whose surname is the city's name. The city still counts.
   */
  private boolean clubOfACity(
      TokenSequence t, int i, int j, PersonCandidate.TitleSpan title, PlaceCandidate[] placeAt) {
    PlaceCandidate city = placeAt[j - 1];
    return title == null
        && j - i == 2
        && !is(t, i, Lexicons.GIVEN)
        && !t.is(i, TokenFlags.INITIAL)
        && city != null
        && city.from == j - 1
        && largeCity(city);
  }

  /**
   * "in North Oakland", "West Oakland got a clinic": a compass word or another word for a place's
   * part ({@link ContextWords#PARTS_OF_A_NAMED_PLACE}) before a place name, and nothing else, names
   * that part of the place, not a person, though "North" and "West" are also given names. The place
   * counts, and no bare "Oakland" later in the article reads as that person's surname.
   */
  private static boolean partOfAPlace(
      TokenSequence t, int i, int j, PersonCandidate.TitleSpan title, PlaceCandidate[] placeAt) {
    return ContextWords.PARTS_OF_A_NAMED_PLACE.at(t, i)
        && placeAfterOneWord(i, j, title, placeAt) != null;
  }

  /**
   * The place that fills span i..j after its first word ("Oakland" of "North Oakland"), when no
   * title stands before the span; null when the span is longer or the rest no whole place.
   */
  private static PlaceCandidate placeAfterOneWord(
      int i, int j, PersonCandidate.TitleSpan title, PlaceCandidate[] placeAt) {
    if (title != null || j - i != 2) {
      return null;
    }
    PlaceCandidate place = placeAt[i + 1];
    return place != null && !place.dropped && place.from == i + 1 && place.to == j ? place : null;
  }

  /**
   * "flights via Al Mukalla": "Al" before the name of a place in a country where Arabic is spoken,
   * and nothing else, is the Arabic article of the place's name, not the given name Al ("Al Gore"
   * stays a person: Gore is no such place).
   */
  private static boolean arabicArticleBeforeAPlace(
      TokenSequence t, int i, int j, PersonCandidate.TitleSpan title, PlaceCandidate[] placeAt) {
    PlaceCandidate place = t.foldedEquals(i, "al") ? placeAfterOneWord(i, j, title, placeAt) : null;
    if (place == null) {
      return false;
    }
    for (PlaceEntry e : place.entries) {
      if (ARABIC_SPEAKING.contains(e.country())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an entry of {@code p} is a city or capital of 100,000 people or more. */
  private static boolean largeCity(PlaceCandidate p) {
    for (PlaceEntry e : p.entries) {
      if ((e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.CAPITAL)
          && e.population() >= LARGE_CITY) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the capitalised words right before {@code i}, at most six in the same phrase, open with
   * an organisation word ("Hospital Escuela", "Estadio", "Centro Cultural" before a name), or -1.
   */
  private int institutionBefore(TokenSequence t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
      if (t.is(k + 1, TokenFlags.PUNCT_BEFORE) || !t.is(k, TokenFlags.CAPITALIZED)) {
        return -1;
      }
      if (is(t, k, Lexicons.ORG)) {
        return k;
      }
    }
    return -1;
  }

  /** "Duran Duran", "Sirhan Sirhan" aside, a name of one word written twice names no person. */
  private static boolean repeatsOneWord(TokenSequence t, int i, int j, int nameTokens) {
    if (nameTokens < 2) {
      return false;
    }
    char[] folded = t.foldedBuffer();
    int len = t.length(i);
    int first = t.foldedStart(i);
    for (int k = i + 1; k < j; k++) {
      int at = t.foldedStart(k);
      if (t.length(k) != len || !Arrays.equals(folded, first, first + len, folded, at, at + len)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Hwang Hee-chan", "Park Joo-ho", "Kim Jong-un": a family name and a given name of two short
   * syllables joined by a hyphen, the shape of a Korean or Chinese name in English news. A second
   * syllable in lower case, as romanisation writes it, admits longer syllables ("Lai Ching-te",
   * "Hsiao Bi-khim"); capitalised, both must be short, as few English words are.
   */
  private static boolean eastAsianGivenName(TokenSequence t, int i, int j) {
    if (j != i + 3
        || j > t.size()
        || !t.is(i + 1, TokenFlags.CAPITALIZED)
        || t.is(i + 1, TokenFlags.HYPHEN_BEFORE)
        || !t.is(i + 2, TokenFlags.HYPHEN_BEFORE)
        || t.length(i) > 6) {
      return false;
    }
    int longest = t.is(i + 2, TokenFlags.LOWER) ? 6 : 4;
    return t.length(i + 1) <= longest && t.length(i + 2) <= longest;
  }

  /**
   * "Min-jae Lee", "Hee-chan Hwang": a Korean or Chinese given name of two short hyphenated
   * syllables, written before an East Asian family name, as English-language news often orders
   * them. Tokens i..j must be exactly the two syllables and the family name.
   */
  private boolean westernHyphenatedGivenName(TokenSequence t, int i, int j) {
    return j == i + 3
        && j <= t.size()
        && t.length(i) <= MAX_SYLLABLE
        && t.is(i + 1, TokenFlags.HYPHEN_BEFORE)
        && t.length(i + 1) <= MAX_SYLLABLE
        && t.is(i + 2, TokenFlags.CAPITALIZED)
        && (t.flags(i + 2) & (TokenFlags.PUNCT_BEFORE | TokenFlags.HYPHEN_BEFORE)) == 0
        && is(t, i + 2, Lexicons.EAST_ASIAN);
  }

  /** A common word, or the plural of one ("Studies", "Affairs"). */
  private boolean isWordOrPlural(TokenSequence t, int k) {
    if (is(t, k, Lexicons.COMMON)) {
      return true;
    }
    String w = t.folded(k);
    if (w.length() < 4 || !w.endsWith("s")) {
      return false;
    }
    return lex.isCommonWord(w.substring(0, w.length() - 1))
        || w.endsWith("ies") && lex.isCommonWord(w.substring(0, w.length() - 3) + "y")
        || w.endsWith("es") && lex.isCommonWord(w.substring(0, w.length() - 2));
  }

  /**
   * ", 84," or ", a spokesman for", ", the former governor": what follows a name after a comma says
   * it is a person's.
   */
  private boolean apposition(TokenSequence t, int at, PlaceCandidate[] placeAt) {
    if (t.is(at, TokenFlags.DIGIT)
        && t.length(at) <= 3
        && at + 1 < t.size()
        && t.is(at + 1, TokenFlags.COMMA_BEFORE)) {
      return true; // an age
    }
    for (int k = at; k < Math.min(at + 4, t.size()); k++) {
      if (k > at && t.is(k, TokenFlags.PUNCT_BEFORE)) {
        return false;
      }
      if (!t.is(k, TokenFlags.LOWER)) {
        continue;
      }
      if (is(t, k, Lexicons.TITLE_START) && titleAt(t, k, scratchKind) > 0) {
        return k == at || is(t, at, Lexicons.APPOSITION_OPENER);
      }
      if (k == at + 1 && isDemonym(t, k, placeAt) && is(t, at, Lexicons.APPOSITION_OPENER)) {
        return true; // ", una hondureña de Choluteca": a lower-case demonym describes a person
      }
    }
    return false;
  }

  /** Whether token {@code k} opens a lower-case demonym, as Spanish writes them ("salvadoreño"). */
  private static boolean isDemonym(TokenSequence t, int k, PlaceCandidate[] placeAt) {
    if (!t.is(k, TokenFlags.LOWER) || placeAt[k] == null || placeAt[k].from != k) {
      return false;
    }
    for (PlaceEntry e : placeAt[k].entries) {
      if (e.kind() == PlaceKind.DEMONYM) {
        return true;
      }
    }
    return false;
  }
}
