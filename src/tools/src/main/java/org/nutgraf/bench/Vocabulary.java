package org.nutgraf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The words that fill the corpus templates, drawn with Zipf-like frequencies: common news nouns
 * first, then a long tail of made-up lower-case words so that the term dictionary grows as a real
 * one does. Immutable.
 */
final class Vocabulary {
  /** Nouns in rough order of how often news uses them. */
  private static final String[] NOUNS =
      ("government talks plan deal election vote policy budget report law court trade market"
              + " prices security border aid protest strike economy crisis agreement investigation"
              + " ceasefire inflation rates exports imports growth debt sanctions tariffs reforms"
              + " campaign parliament ministry council committee commission coalition opposition"
              + " police army troops soldiers rebels refugees migrants workers farmers students"
              + " voters residents families children hospitals schools roads bridges ports airports"
              + " fuel oil gas power water grain wheat rice coffee cotton steel copper gold shares"
              + " bonds banks currency loans wages jobs taxes spending revenue profits losses"
              + " summit visit meeting statement decision ruling verdict appeal sentence charges"
              + " arrest raid attack bombing shooting fire flood drought storm earthquake outbreak"
              + " vaccine virus cases deaths injuries damage recovery reconstruction shelter camps"
              + " convoy caravan negotiations dispute conflict violence clashes unrest curfew"
              + " pipeline railway highway dam plant factory mine harbour fleet shipment cargo"
              + " contract tender licence permit inquiry audit scandal bribe fraud corruption"
              + " treaty accord framework proposal bill amendment constitution referendum census"
              + " survey poll forecast outlook estimate figures data record milestone deadline"
              + " schedule timetable delay shortage surplus backlog queue demand supply capacity"
              + " output harvest season quarter year month week weekend morning evening night"
              + " region province district capital city town village coast valley island desert"
              + " river lake forest mountain frontier corridor crossing checkpoint zone district"
              + " agency authority regulator watchdog union federation league association network"
              + " company firm industry sector startup exporter importer lender investor creditor"
              + " president minister spokesman spokeswoman official diplomat envoy ambassador"
              + " lawmaker senator mayor governor judge prosecutor lawyer analyst economist expert"
              + " reporter editor broadcaster newspaper website channel platform service system")
          .split(" ");

  private static final String[] ADJECTIVES =
      ("new local national regional federal foreign domestic public private military civilian"
              + " economic political financial legal social rural urban coastal northern southern"
              + " eastern western central major minor key senior former acting interim final"
              + " initial early late recent rising falling sharp steady modest strong weak fragile"
              + " tense calm uncertain unexpected urgent serious severe heavy limited broad narrow"
              + " joint rival independent official unofficial temporary permanent annual monthly")
          .split(" ");

  /** Regular verbs whose past tense is also their participle ("were delayed"). */
  private static final String[] VERBS =
      ("announced approved rejected delayed blocked criticised welcomed defended extended"
              + " reviewed signed ended launched opened closed backed questioned cancelled"
              + " postponed confirmed denied reported promised demanded proposed suspended restored"
              + " expanded reduced raised lowered doubled halved changed tightened eased increased"
              + " renewed finished started discussed debated examined stopped warned urged pledged"
              + " funded ordered cleared adopted endorsed challenged accepted delivered received"
              + " seized released returned deployed recalled replaced appointed dismissed fined")
          .split(" ");

  private static final String[] SYLLABLES =
      ("ba be bi bo da de di do fa fe ka ke ki ko la le li lo ma me mi mo na ne ni no pa pe pi"
              + " po ra re ri ro sa se si so ta te ti to va ve vi vo za ze zo")
          .split(" ");

  private final List<String> nouns;
  private final Zipf nounRanks;
  private final Zipf adjectiveRanks = new Zipf(ADJECTIVES.length, 0.8);
  private final Zipf verbRanks = new Zipf(VERBS.length, 0.8);

  /** A vocabulary of {@code size} nouns, the real ones first. */
  Vocabulary(int size) {
    List<String> all = new ArrayList<>(size);
    for (String n : NOUNS) {
      if (all.size() < size && !all.contains(n)) {
        all.add(n);
      }
    }
    for (int r = 0; all.size() < size; r++) {
      all.add(madeUp(r));
    }
    nouns = List.copyOf(all);
    nounRanks = new Zipf(size, 1.05);
  }

  /** A pronounceable made-up word for tail rank {@code r}, a different one for each rank. */
  static String madeUp(int r) {
    StringBuilder sb = new StringBuilder();
    int n = r;
    do {
      sb.append(SYLLABLES[n % SYLLABLES.length]);
      n /= SYLLABLES.length;
    } while (n > 0);
    return sb.append(r % 3 == 0 ? "th" : r % 3 == 1 ? "x" : "q").toString();
  }

  String noun(SplittableRandom random) {
    return nouns.get(nounRanks.sample(random));
  }

  String adjective(SplittableRandom random) {
    return ADJECTIVES[adjectiveRanks.sample(random)];
  }

  String verb(SplittableRandom random) {
    return VERBS[verbRanks.sample(random)];
  }

  /** The noun of this frequency rank (0 = most frequent). */
  String nounAt(int rank) {
    return nouns.get(rank);
  }
}
