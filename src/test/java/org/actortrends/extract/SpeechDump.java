package org.actortrends.extract;

import java.util.List;

/** Test helper: the speech and mention roles of an analysed text, one line each, for failure messages. */
final class SpeechDump {
  private SpeechDump() {}

  static String of(String document, ArticleAnalysis a, ActorDictionary dictionary) {
    StringBuilder b = new StringBuilder();
    for (Speech s : a.speech()) {
      int from = s.charStart();
      int to = s.charEnd();
      b.append(s.kind()).append(' ')
          .append(s.speaker() >= 0 ? dictionary.actors().get(s.speaker()).id() : "-")
          .append(" [").append(document, from, to).append("]\n");
    }
    List<Mention> mentions = a.mentions();
    for (int m = 0; m < mentions.size(); m++) {
      b.append("  ").append(mentions.get(m).surface()).append(" = ")
          .append(dictionary.actors().get(mentions.get(m).actor()).id()).append(' ')
          .append(a.mentionRoles()[m].code()).append('\n');
    }
    return b.toString();
  }
}
