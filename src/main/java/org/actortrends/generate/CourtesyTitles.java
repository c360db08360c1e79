package org.actortrends.generate;

import java.util.Set;
import org.actortrends.extract.Actor;
import org.actortrends.extract.ActorType;

/**
 * "Mr" or "Ms" before a person's short form, as British papers write it. The dictionary has no gender, so the
 * women are listed here; monarchs, popes and princes are called by their titles instead and get none.
 */
final class CourtesyTitles {
  private static final Set<String> WOMEN = Set.of(
      "yulia_svyrydenko", "yulia_navalnaya", "maria_zakharova", "melania_trump", "kamala_harris", "hillary_clinton",
      "nancy_pelosi", "karoline_leavitt", "karine_jean_pierre", "jen_psaki", "susie_wiles", "tulsi_gabbard",
      "janet_yellen", "pam_bondi", "kristi_noem", "alexandria_ocasio_cortez", "liz_truss", "theresa_may",
      "kemi_badenoch", "rachel_reeves", "yvette_cooper", "shabana_mahmood", "angela_rayner", "elisabeth_borne",
      "marine_le_pen", "angela_merkel", "annalena_baerbock", "alice_weidel", "giorgia_meloni", "catherine_connolly",
      "myriam_spiteri_debono", "mette_frederiksen", "magdalena_andersson", "sanna_marin", "halla_tomasdottir",
      "kristrun_frostadottir", "kaja_kallas", "evika_silina", "ingrida_simonyte", "inga_ruginiene",
      "natasa_pirc_musar", "gordana_siljanovska_davkova", "claudia_sheinbaum", "tsai_ing_wen", "sanae_takaichi",
      "droupadi_murmu", "ursula_von_der_leyen", "roberta_metsola", "christine_lagarde", "kristalina_georgieva",
      "francesca_albanese");

  /** Called by a title of their own, never "Mr" or "Ms". */
  private static final Set<String> TITLED = Set.of(
      "mohammed_bin_salman", "tamim_bin_hamad_al_thani", "mohamed_bin_zayed", "ali_khamenei");
  private static final Set<String> TITLE_WORDS = Set.of("King", "Queen", "Pope", "Emperor", "Grand", "Prince");

  private CourtesyTitles() {}

  /** "Mr", "Ms", or null when the actor is not called either. */
  static String of(Actor actor) {
    if (actor.type() != ActorType.PERSON || TITLED.contains(actor.id())
        || TITLE_WORDS.contains(actor.name().split(" ")[0])) {
      return null;
    }
    return WOMEN.contains(actor.id()) ? "Ms" : "Mr";
  }
}
