package org.nutgraf.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.nutgraf.article.Article;
import org.nutgraf.article.Language;

/**
 * Generated Spanish news articles for timing recognition on Spanish text: sentences of the team's
 * own templates with persons, countries, demonyms and cities drawn at random, between sentences
 * that name nothing, as many paragraphs an article as the English generator's sample has on
 * average. Deterministic for a seed.
 *
 * <p>A paragraph is {@link #NAMING_SENTENCES} sentences that name places and persons and {@link
 * #PLAIN_SENTENCES} that name none, so that names are about as dense as in the English generator's
 * text (about 8 place and person mentions a kilobyte): recognition costs in proportion to the names
 * a text holds, and Spanish and English speeds compare only at equal density.
 */
final class SpanishCorpus {
  private static final List<String> TEMPLATES =
      List.of(
          "El presidente {P} viajó a {C} para reunirse con funcionarios de {K} el martes.",
          "Cientos de {D} salieron de {C} rumbo a la frontera con {K}, según la Cruz Roja.",
          "La canciller {P} dijo que el gobierno de {K} enviará ayuda a las familias {D}.",
          "{L} habló con la prensa en {C} y prometió nuevos empleos para los jóvenes.",
          "Según la Fiscalía, la Policía Nacional detuvo a tres hombres cerca de {C}.",
          "Las autoridades de {K} cerraron el paso fronterizo tras las lluvias de la semana.",
          "El expresidente {P} negó las acusaciones ante un tribunal de {C}.",
          "Los migrantes {D} esperan en albergues de {C} una respuesta de EE. UU. sobre su asilo.",
          "Naciones Unidas pidió a {K} y a sus vecinos un acuerdo antes de fin de año.",
          "{L} aseguró que la economía de {K} crecerá gracias a las remesas.");

  /** Sentences of news prose that name no place and no person, with capitalised openings. */
  private static final List<String> PLAIN =
      List.of(
          "La mayoría de los vecinos dijo que no había recibido ninguna ayuda desde el lunes.",
          "Los precios del transporte subieron otra vez y muchas familias caminan al trabajo.",
          "En las últimas semanas el número de solicitudes creció más de lo que se esperaba.",
          "El informe señala que faltan médicos, camas y medicinas en casi todos los hospitales.",
          "Las clases se suspendieron durante tres días por el mal estado de las carreteras.",
          "Del total de personas atendidas, casi la mitad eran mujeres con hijos pequeños.",
          "Al caer la tarde, decenas de voluntarios repartieron agua y comida en la plaza.",
          "Los comerciantes del mercado se quejan de que las ventas no se han recuperado.",
          "El gobierno prometió una respuesta antes del fin de semana, pero aún no la ha dado.",
          "Por la noche la lluvia volvió a caer con fuerza y varias calles quedaron cortadas.",
          "Una encuesta publicada esta semana muestra que la confianza en las instituciones bajó.",
          "Los sindicatos anunciaron una marcha para exigir mejores salarios y más seguridad.");

  /** Sentences a paragraph has that name places and persons. */
  static final int NAMING_SENTENCES = 2;

  /** Sentences a paragraph has that name nothing. */
  static final int PLAIN_SENTENCES = 3;

  private static final String[][] PERSONS = {
    {"Marcela Quintanilla Borjas", "Quintanilla"},
    {"Rodrigo Paredes Solís", "Paredes"},
    {"Lucía Fernanda Arriaga Mejía", "Arriaga"},
    {"Tomás Ibarra Cordero", "Ibarra"},
    {"Ana Sofía Villalta Rivas", "Villalta"},
    {"Héctor Manuel Zelaya Funes", "Zelaya"}
  };

  private static final String[] COUNTRIES = {
    "Honduras", "Guatemala", "México", "El Salvador", "Estados Unidos", "España", "Nicaragua"
  };

  private static final String[] DEMONYMS = {
    "hondureños", "guatemaltecas", "mexicanos", "salvadoreñas", "nicaragüenses", "venezolanos"
  };

  private static final String[] CITIES = {
    "Tegucigalpa",
    "San Pedro Sula",
    "Ciudad de Guatemala",
    "Tapachula",
    "Ciudad de México",
    "Madrid",
    "Nueva York",
    "Managua"
  };

  private SpanishCorpus() {}

  /** {@code count} articles of about {@code paragraphs} paragraphs each, in Spanish. */
  static List<Article> of(long seed, int count, int paragraphs) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Article> out = new ArrayList<>(count);
    for (int a = 0; a < count; a++) {
      String[] person = PERSONS[random.nextInt(PERSONS.length)];
      List<String> texts = new ArrayList<>(paragraphs);
      for (int p = 0; p < paragraphs; p++) {
        StringBuilder paragraph = new StringBuilder();
        int plain = PLAIN_SENTENCES;
        int naming = NAMING_SENTENCES;
        while (plain + naming > 0) {
          String sentence;
          if (random.nextInt(plain + naming) < naming) {
            naming--;
            sentence = fill(TEMPLATES.get(random.nextInt(TEMPLATES.size())), person, random);
          } else {
            plain--;
            sentence = PLAIN.get(random.nextInt(PLAIN.size()));
          }
          paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
        }
        texts.add(paragraph.toString());
      }
      out.add(
          Article.of(
              "es-" + a,
              "Crónica " + a,
              Optional.of(Instant.ofEpochSecond(1_540_000_000L + a * 3_600L)),
              "Diario generado",
              Optional.empty(),
              Language.SPANISH,
              texts));
    }
    return out;
  }

  private static String fill(String template, String[] person, SplittableRandom random) {
    return template
        .replace("{P}", person[0])
        .replace("{L}", person[1])
        .replace("{C}", CITIES[random.nextInt(CITIES.length)])
        .replace("{K}", COUNTRIES[random.nextInt(COUNTRIES.length)])
        .replace("{D}", DEMONYMS[random.nextInt(DEMONYMS.length)]);
  }
}
