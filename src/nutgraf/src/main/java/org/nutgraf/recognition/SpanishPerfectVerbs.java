package org.nutgraf.recognition;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.nutgraf.text.TokenFlags;
import org.nutgraf.text.TokenSequence;

/**
 * A Spanish compound tense of saying or demanding right after a name: "Bruselas ya había exigido",
 * "Madrid ha respondido", "Washington no ha aceptado". A capital standing as the subject of such a
 * verb is its government, as with the simple past ("Bruselas pidió"), which the verbs of saying
 * already cover.
 */
final class SpanishPerfectVerbs {
  /** Adverbs that may stand between the name and the auxiliary ("ya", "no"). */
  private static final CharArraySet ADVERBS =
      new CharArraySet(List.of("ya", "no", "tambien", "aun", "todavia", "nunca"), false);

  /** Forms of "haber" that make a compound tense, third person. */
  private static final CharArraySet AUXILIARIES =
      new CharArraySet(
          List.of("ha", "han", "habia", "habian", "habra", "habran", "habria", "habrian"), false);

  /** Past participles of verbs of saying, asking, demanding, sending and deciding. */
  private static final CharArraySet PARTICIPLES =
      new CharArraySet(
          List.of(
              "dicho",
              "pedido",
              "exigido",
              "reclamado",
              "solicitado",
              "anunciado",
              "advertido",
              "amenazado",
              "respondido",
              "rechazado",
              "aceptado",
              "aprobado",
              "propuesto",
              "impuesto",
              "sancionado",
              "condenado",
              "criticado",
              "ordenado",
              "enviado",
              "prometido",
              "insistido",
              "negado",
              "acusado",
              "expulsado",
              "convocado"),
          false);

  private SpanishPerfectVerbs() {}

  /**
   * Whether tokens from {@code next} on read as a compound tense of one of those verbs: an optional
   * adverb, a form of "haber", the participle, all in lower case and in one clause.
   */
  static boolean at(TokenSequence t, int next) {
    int k = next;
    if (inClause(t, k) && Lexicons.in(ADVERBS, t, k)) {
      k++;
    }
    if (!inClause(t, k) || !Lexicons.in(AUXILIARIES, t, k)) {
      return false;
    }
    return inClause(t, k + 1) && Lexicons.in(PARTICIPLES, t, k + 1);
  }

  private static boolean inClause(TokenSequence t, int k) {
    return k < t.size() && !t.is(k, TokenFlags.PUNCT_BEFORE) && t.is(k, TokenFlags.LOWER);
  }
}
