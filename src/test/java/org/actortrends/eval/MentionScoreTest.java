package org.actortrends.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.actortrends.extract.MatchedBy;
import org.junit.jupiter.api.Test;

class MentionScoreTest {
  private static MentionsCommand.Found found(String article, String actor, MatchedBy by) {
    return new MentionsCommand.Found(article, actor, 0, by, "x");
  }

  @Test
  void truePositivesAreTheSmallerCountOfEachPair() {
    Map<String, Long> key = Map.of("a1 putin", 2L, "a1 merz", 1L, "a2 putin", 3L);
    List<MentionsCommand.Found> got = List.of(
        found("a1", "putin", MatchedBy.NAME), found("a1", "putin", MatchedBy.SHORT),
        found("a1", "putin", MatchedBy.SHORT), // one too many
        found("a1", "merz", MatchedBy.ROLE),
        found("a2", "putin", MatchedBy.NAME), // two missing
        found("a2", "merz", MatchedBy.SHORT)); // not in the key
    MentionScore s = MentionScore.of(key, got);
    assertEquals(6, s.expected());
    assertEquals(6, s.predicted());
    assertEquals(4, s.truePositives()); // 2 + 1 + 1
    assertEquals(4.0 / 6, s.precision(), 1e-12);
    assertEquals(4.0 / 6, s.recall(), 1e-12);
    assertEquals(3, s.differences().size());
    // The over-counted pair a1/putin (name 1, short 2, one too many): the wrong one is a short form or the name.
    MentionScore.ByMatch name = s.byMatch().get(MatchedBy.NAME);
    assertEquals(2, name.found());
    assertEquals(1, name.lowerBound()); // a2 certain; a1's may be the excess
    assertEquals(2, name.upperBound());
    MentionScore.ByMatch shortForms = s.byMatch().get(MatchedBy.SHORT);
    assertEquals(3, shortForms.found());
    assertEquals(1, shortForms.lowerBound()); // a1: at least one right; a2/merz: wrong
    assertEquals(2, shortForms.upperBound());
    MentionScore.ByMatch role = s.byMatch().get(MatchedBy.ROLE);
    assertEquals(1, role.lowerBound());
    assertEquals(1, role.upperBound());
    assertEquals(0, s.byMatch().get(MatchedBy.ALIAS).found());
  }

  @Test
  void nothingFoundHasZeroPrecisionAndRecall() {
    MentionScore s = MentionScore.of(Map.of("a1 putin", 2L), List.of());
    assertEquals(0, s.precision());
    assertEquals(0, s.recall());
    assertEquals(0, s.f1());
  }
}
