package org.actortrends.aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.actortrends.aggregate.ArticleSignals.ActorSignal;
import org.actortrends.aggregate.ArticleSignals.MentionRow;
import org.actortrends.aggregate.ArticleSignals.NameSignal;
import org.actortrends.aggregate.ArticleSignals.PairSignal;
import org.actortrends.extract.ActorDictionary;
import org.actortrends.extract.ArticleAnalysis;
import org.actortrends.extract.Mention;
import org.actortrends.extract.Speech;
import org.actortrends.extract.UnlinkedName;

/** Turns one article's analysis into its compact {@link ArticleSignals}; a pure function. */
public final class Signals {
  /** Sentiment above this is a positive mention, below its negation a negative one (VADER's convention). */
  public static final double NEUTRAL_BAND = 0.05;

  private Signals() {}

  public static ArticleSignals of(String articleId, String file, long line, LocalDate day, String source,
      ArticleAnalysis analysis, ActorDictionary dictionary, boolean withMentions) {
    ArticleSignals s = new ArticleSignals();
    s.articleId = articleId;
    s.file = file;
    s.line = line;
    s.day = (int) day.toEpochDay();
    s.source = source;
    s.words = analysis.words();
    s.sentences = analysis.sentences();
    s.tone = analysis.tone().tone();
    s.positivePct = analysis.tone().positivePct();
    s.negativePct = analysis.tone().negativePct();

    List<Mention> mentions = analysis.mentions();
    TreeMap<String, ActorSignal> byActor = new TreeMap<>();
    // sentence -> actor ids in it, for co-mentions within one sentence
    TreeMap<Integer, TreeSet<String>> bySentence = new TreeMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String actorId = dictionary.actors().get(m.actor()).id();
      double sentiment = analysis.mentionSentiment()[i];
      ActorSignal a = byActor.computeIfAbsent(actorId, id -> {
        ActorSignal created = new ActorSignal();
        created.actorId = id;
        return created;
      });
      a.mentions++;
      if (!Double.isNaN(sentiment)) { // NaN: a language without a sentiment model
        a.sentimentSum += sentiment;
        a.sentimentSumSquares += sentiment * sentiment;
        if (sentiment > NEUTRAL_BAND) {
          a.positive++;
        } else if (sentiment < -NEUTRAL_BAND) {
          a.negative++;
        } else {
          a.neutral++;
        }
      }
      bySentence.computeIfAbsent(m.sentence(), k -> new TreeSet<>()).add(actorId);
      if (withMentions) {
        MentionRow row = new MentionRow();
        row.actorId = actorId;
        row.sentenceIndex = m.sentence();
        row.charOffset = m.charOffset();
        row.surface = m.surface();
        row.matchedBy = m.matchedBy().code();
        row.sentiment = sentiment;
        row.role = analysis.mentionRoles()[i].code();
        s.mentions.add(row);
      }
    }
    for (UnlinkedName n : analysis.names()) {
      NameSignal signal = new NameSignal();
      signal.name = n.name();
      signal.type = n.type().name().toLowerCase(java.util.Locale.ROOT); // as NameSignal.TYPES
      signal.mentions = n.mentions();
      signal.scored = n.scored();
      signal.sentimentSum = n.sentimentSum();
      s.names.add(signal);
    }
    for (Speech speech : analysis.speech()) {
      if (speech.hasSpeaker()) {
        ActorSignal a = byActor.get(dictionary.actors().get(speech.speaker()).id());
        if (a == null) { // speakers come from the article's mentions, so this is a bug, not bad input
          throw new IllegalStateException("speaker without a mention in article " + articleId);
        }
        a.quoted++;
        a.expressedSentimentSum += speech.sentiment();
      }
    }
    s.actors.addAll(byActor.values());

    List<String> ids = List.copyOf(byActor.keySet()); // sorted, so actorA < actorB
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        PairSignal p = new PairSignal();
        p.actorA = ids.get(i);
        p.actorB = ids.get(j);
        for (TreeSet<String> inSentence : bySentence.values()) {
          if (inSentence.contains(p.actorA) && inSentence.contains(p.actorB)) {
            p.sentences++;
          }
        }
        s.pairs.add(p);
      }
    }
    return s;
  }
}
