package org.actortrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled dictionary's {@code active} spans: present for every person, absent for organisations, sane dates. */
class BundledActiveTest {

  private static final ActorDictionary D = ActorDictionary.loadDefault();

  private static LocalDate day(String s) {
    return LocalDate.parse(s);
  }

  private static Actor actor(String id) {
    Actor a = D.byId(id);
    assertNotNull(a, id);
    return a;
  }

  @Test
  void everyPersonHasActiveFromAndOrganisationsHaveNone() {
    List<String> problems = new ArrayList<>();
    for (Actor a : D.actors()) {
      if (a.type() == ActorType.PERSON) {
        if (a.activeFrom() == null) {
          problems.add(a.id() + ": no active from");
        }
      } else if (a.activeFrom() != null || a.activeTo() != null) {
        problems.add(a.id() + ": organisation with active");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void activeFromIsOnOrBeforeEveryRoleAndToAfterThem() {
    List<String> problems = new ArrayList<>();
    for (Actor a : D.actors()) {
      if (a.activeFrom() == null) {
        continue;
      }
      for (Role r : a.roles()) {
        if (r.from().isBefore(a.activeFrom())) {
          problems.add(a.id() + ": role from " + r.from() + " before active from " + a.activeFrom());
        }
        if (a.activeTo() != null && (r.to() == null || r.to().isAfter(a.activeTo()))) {
          problems.add(a.id() + ": role to " + r.to() + " after active to " + a.activeTo());
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theDeadHaveToTheDayAfterDeath() {
    assertEquals(day("2022-09-09"), actor("queen_elizabeth_ii").activeTo());
    assertEquals(day("2025-04-22"), actor("pope_francis").activeTo());
    assertEquals(day("2022-07-09"), actor("shinzo_abe").activeTo());
    assertEquals(day("2024-02-17"), actor("alexei_navalny").activeTo());
    assertEquals(day("2018-12-01"), actor("george_hw_bush").activeTo());
    assertEquals(day("2025-01-08"), actor("jean_marie_le_pen").activeTo());
    assertFalse(actor("queen_elizabeth_ii").inPublicLifeOn(day("2023-01-01")));
    assertTrue(actor("queen_elizabeth_ii").inPublicLifeOn(day("2022-09-08")), "the day she died");
  }

  @Test
  void theLivingInPublicLifeHaveNoTo() {
    for (String id : List.of("keir_starmer", "friedrich_merz", "narendra_modi", "pedro_sanchez", "giorgia_meloni",
        "anthony_albanese", "mark_carney", "donald_trump", "joe_biden", "barack_obama", "angela_merkel",
        "boris_johnson")) {
      assertNull(actor(id).activeTo(), id);
    }
  }

  @Test
  void startsOfPublicLife() {
    assertTrue(actor("keir_starmer").inPublicLifeOn(day("2010-01-01")), "DPP from 2008");
    assertFalse(actor("zohran_mamdani").inPublicLifeOn(day("2015-06-01")), "first elected in 2020");
    assertFalse(actor("jean_noel_barrot").inPublicLifeOn(day("2010-06-01")), "his father Jacques was the Barrot then");
    assertTrue(actor("joe_biden").inPublicLifeOn(day("1990-01-01")), "senator from 1973");
    assertTrue(actor("donald_trump").inPublicLifeOn(day("1987-01-01")), "a public businessman long before office");
  }
}
