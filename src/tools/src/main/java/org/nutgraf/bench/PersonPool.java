package org.nutgraf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nutgraf.gazetteer.Gazetteer;
import org.nutgraf.recognition.Lexicons;

/**
 * Made-up persons the corpus names: a given name and a surname from the lists below, a few thousand
 * of them, some far more often in the news than others. Names that are also places or common words
 * are left out, so that each stands for one person. Immutable.
 */
final class PersonPool {
  private static final String[] GIVEN =
      ("Maria Ana Sofia Elena Laura Carmen Lucia Isabel Rosa Marta Clara Julia Nadia Olga Irina"
              + " Svetlana Anna Katarina Ingrid Astrid Helga Greta Fatima Aisha Leila Amina Zainab"
              + " Priya Anjali Sunita Meera Mei Ling Yuki Hana Akiko Grace Mary Sarah Emily Rachel"
              + " Hannah Rebecca Claire Alice Ruth Joyce Esther Naomi Miriam Beatriz Gabriela"
              + " Daniela Paula Adriana Juan Carlos Jose Luis Miguel Jorge Pedro Pablo Diego Andres"
              + " Fernando Ricardo Roberto Eduardo Antonio Manuel Rafael Sergio Tomas Mateo Ivan"
              + " Dmitri Sergei Nikolai Alexei Pavel Viktor Oleg Boris Yuri Stefan Lukas Jonas"
              + " Anders Lars Henrik Erik Johan Ahmed Mohammed Omar Hassan Ali Karim Tariq Yusuf"
              + " Khalid Samir Rahul Arjun Vikram Sanjay Amit Ravi Kenji Hiroshi Takeshi Wei Jun"
              + " Chen Min James John Robert Michael William David Richard Thomas Daniel Matthew"
              + " Andrew Peter Paul Mark Steven Brian Kevin Edward George Henry Samuel Patrick"
              + " Kwame Kofi Chidi Emeka Tunde Musa Ibrahim Moses Joseph Samuel Felix Victor")
          .split(" ");

  private static final String[] SURNAMES =
      ("Delgado Okafor Hallworth Marchetti Lindqvist Brennan Castellanos Varga Novak Kowalczyk"
              + " Petrenko Sokolova Ivanov Horvath Fischer Brandt Hoffmann Vogel Keller Becker"
              + " Lindgren Nygaard Haugen Virtanen Korhonen Moreau Lefebvre Girard Dubois Rousseau"
              + " Ferreira Carvalho Pereira Almeida Ribeiro Mendoza Herrera Salazar Guerrero Ortega"
              + " Navarro Quintero Villalobos Cabrera Zamora Escobar Figueroa Bustamante Arriaga"
              + " Okonkwo Adeyemi Mensah Boateng Owusu Kamau Otieno Mwangi Ndlovu Dlamini Nkosi"
              + " Haddad Khoury Nasser Mansour Rahimi Tehrani Karimi Farouk Siddiqui Qureshi Malik"
              + " Chaudhry Banerjee Mukherjee Iyer Reddy Nair Pillai Kapoor Chatterjee Tanaka Sato"
              + " Watanabe Yamamoto Kobayashi Nakamura Matsumoto Fujita Takahashi Okamoto Zhang"
              + " Wang Liu Huang Zhao Zhou Nguyen Tran Pham Hoang Santos Reyes Cruz Bautista"
              + " Villanueva Aquino Fitzgerald Gallagher Donnelly McCarthy Sullivan Whitfield"
              + " Ashworth Pemberton Thornbury Blackwood Hargreaves Kingsley Ellison Carmichael"
              + " Abernathy Wexford Halvorsen Strand Bergstrom Engstrom Sandoval Montoya Acosta"
              + " Palacios Valencia Cardenas Robles Medina Fuentes Aguilar Rojas Vasquez Pacheco"
              + " Duarte Sepulveda Okoye Eze Nwosu Bello Abubakar Danjuma Tembo Banda Phiri Mutua"
              + " Kariuki Wanjiru Achieng Odhiambo Abdi Warsame Hussein Yilmaz Demir Kaya Aydin"
              + " Ozturk Celik Arslan Papadopoulos Georgiou Nikolaidis Economou Kovac Babic Jovanovic"
              + " Petrovic Nowak Wisniewski Dabrowski Lewandowski Szabo Toth Nagy Balogh Popescu")
          .split(" ");

  /** Titles that may stand before a first mention ("Foreign Minister Ana Delgado"). */
  private static final String[] TITLES = {
    "President", "Prime Minister", "Foreign Minister", "Finance Minister", "Senator", "Governor",
    "Mayor", "General", "Dr.", "Judge", "Trade Minister", "Health Minister"
  };

  /** A person of the pool. */
  record Person(String given, String surname) {
    String fullName() {
      return given + " " + surname;
    }
  }

  private final List<Person> persons;
  private final Zipf popularity;

  /** {@code size} persons, the same for the same seed. */
  PersonPool(long seed, int size, Gazetteer gazetteer, Lexicons lexicons) {
    List<String> given = new ArrayList<>();
    for (String g : GIVEN) {
      String folded = g.toLowerCase(Locale.ROOT);
      if (!given.contains(g) && lexicons.isGivenName(folded) && gazetteer.lookup(g).isEmpty()) {
        given.add(g);
      }
    }
    List<String> surnames = new ArrayList<>();
    for (String s : SURNAMES) {
      String folded = s.toLowerCase(Locale.ROOT);
      if (!surnames.contains(s)
          && !lexicons.isGivenName(folded)
          && !lexicons.isCommonWord(folded)
          && gazetteer.lookup(s).isEmpty()) {
        surnames.add(s);
      }
    }
    if (given.isEmpty() || surnames.isEmpty()) {
      throw new IllegalStateException("no usable person names in this gazetteer and lexicon");
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
    List<Person> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(
          new Person(
              given.get(random.nextInt(given.size())),
              surnames.get(random.nextInt(surnames.size()))));
    }
    persons = List.copyOf(out);
    popularity = new Zipf(size, 1.0);
  }

  Person person(SplittableRandom random) {
    return persons.get(popularity.sample(random));
  }

  static String title(SplittableRandom random) {
    return TITLES[random.nextInt(TITLES.length)];
  }
}
