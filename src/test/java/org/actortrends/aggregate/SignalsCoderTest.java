package org.actortrends.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.actortrends.aggregate.ArticleSignals.ActorSignal;
import org.actortrends.aggregate.ArticleSignals.MentionRow;
import org.actortrends.aggregate.ArticleSignals.NameSignal;
import org.actortrends.aggregate.ArticleSignals.PairSignal;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.junit.jupiter.api.Test;

/** The hand-written compact coder of article signals: every field survives, and it stays compact. */
class SignalsCoderTest {
  private static byte[] encode(ArticleSignals s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ArticleSignals.SignalsCoder.of().encode(s, out);
    return out.toByteArray();
  }

  private static ArticleSignals decode(byte[] bytes) throws IOException {
    return ArticleSignals.SignalsCoder.of().decode(new ByteArrayInputStream(bytes));
  }

  private static ActorSignal actor(String id, int mentions, int quoted, double expressed) {
    ActorSignal a = new ActorSignal();
    a.actorId = id;
    a.mentions = mentions;
    a.sentimentSum = 0.25 * mentions;
    a.sentimentSumSquares = 0.0625 * mentions;
    a.positive = mentions;
    a.quoted = quoted;
    a.expressedSentimentSum = expressed;
    return a;
  }

  private static MentionRow mention(String actorId, int sentence, String role) {
    MentionRow m = new MentionRow();
    m.actorId = actorId;
    m.sentenceIndex = sentence;
    m.charOffset = 10 * sentence;
    m.surface = actorId.toUpperCase();
    m.matchedBy = "name";
    m.sentiment = -0.5;
    m.role = role;
    return m;
  }

  private static ArticleSignals article() {
    ArticleSignals s = new ArticleSignals();
    s.articleId = "a-1";
    s.file = "f.jsonl";
    s.line = 12_345_678_901L;
    s.day = 20_313;
    s.source = "Ledger";
    s.words = 812;
    s.sentences = 40;
    s.tone = -1.5;
    s.positivePct = 2.5;
    s.negativePct = 4.0;
    s.actors.add(actor("merz", 3, 2, 0.75));
    s.actors.add(actor("putin", 2, 0, 0));
    PairSignal p = new PairSignal();
    p.actorA = "merz";
    p.actorB = "putin";
    p.sentences = 1;
    s.pairs.add(p);
    s.mentions.add(mention("merz", 1, "speaker"));
    s.mentions.add(mention("putin", 1, "target"));
    s.mentions.add(mention("putin", 4, "other"));
    s.names.add(name("Rui Costa", "person", 3, 3, -0.6));
    s.names.add(name("Acme Holdings", "organization", 1, 0, 0));
    return s;
  }

  private static NameSignal name(String name, String type, int mentions, int scored, double sum) {
    NameSignal n = new NameSignal();
    n.name = name;
    n.type = type;
    n.mentions = mentions;
    n.scored = scored;
    n.sentimentSum = sum;
    return n;
  }

  @Test
  void everyFieldRoundTrips() throws IOException {
    ArticleSignals s = decode(encode(article()));
    assertEquals("a-1", s.articleId);
    assertEquals("f.jsonl", s.file);
    assertEquals(12_345_678_901L, s.line);
    assertEquals(20_313, s.day);
    assertEquals("Ledger", s.source);
    assertEquals(812, s.words);
    assertEquals(40, s.sentences);
    assertEquals(-1.5, s.tone);
    assertEquals(2.5, s.positivePct);
    assertEquals(4.0, s.negativePct);
    assertEquals(2, s.actors.size());
    ActorSignal merz = s.actors.get(0);
    assertEquals("merz", merz.actorId);
    assertEquals(3, merz.mentions);
    assertEquals(0.75, merz.sentimentSum);
    assertEquals(0.1875, merz.sentimentSumSquares);
    assertEquals(3, merz.positive);
    assertEquals(2, merz.quoted);
    assertEquals(0.75, merz.expressedSentimentSum);
    assertEquals(0, s.actors.get(1).quoted);
    assertEquals(0.0, s.actors.get(1).expressedSentimentSum);
    assertEquals("merz", s.pairs.get(0).actorA);
    assertEquals("putin", s.pairs.get(0).actorB);
    assertEquals(1, s.pairs.get(0).sentences);
    assertEquals(3, s.mentions.size());
    assertEquals(java.util.List.of("speaker", "target", "other"), s.mentions.stream().map(m -> m.role).toList());
    MentionRow m = s.mentions.get(1);
    assertEquals("putin", m.actorId);
    assertEquals(1, m.sentenceIndex);
    assertEquals(10, m.charOffset);
    assertEquals("PUTIN", m.surface);
    assertEquals("name", m.matchedBy);
    assertEquals(-0.5, m.sentiment);
    assertEquals(2, s.names.size());
    NameSignal costa = s.names.get(0);
    assertEquals(List.of("Rui Costa", "person", 3, 3, -0.6),
        List.of(costa.name, costa.type, costa.mentions, costa.scored, costa.sentimentSum));
    NameSignal acme = s.names.get(1);
    assertEquals(List.of("Acme Holdings", "organization", 1, 0, 0.0),
        List.of(acme.name, acme.type, acme.mentions, acme.scored, acme.sentimentSum));
    assertArrayEquals(encode(article()), encode(s), "decode then encode gives the same bytes");
  }

  @Test
  void speechCostsAByteForActorsWhoSayNothingAndARoleAByte() throws IOException {
    ArticleSignals plain = article();
    for (ActorSignal a : plain.actors) {
      a.quoted = 0;
      a.expressedSentimentSum = 0;
    }
    ArticleSignals silent = decode(encode(plain)); // the same article as if nobody had said anything
    int withSpeech = encode(article()).length;
    int withoutSpeech = encode(silent).length;
    assertEquals(8, withSpeech - withoutSpeech, "one quoted actor carries its sum (8 bytes)");
    ArticleSignals oneMore = article();
    MentionRow extra = mention("merz", 7, "target");
    oneMore.mentions.add(extra);
    ByteArrayOutputStream row = new ByteArrayOutputStream(); // the fields a mention row had before roles
    StringUtf8Coder.of().encode(extra.actorId, row);
    VarIntCoder.of().encode(extra.sentenceIndex, row);
    VarIntCoder.of().encode(extra.charOffset, row);
    StringUtf8Coder.of().encode(extra.surface, row);
    StringUtf8Coder.of().encode(extra.matchedBy, row);
    DoubleCoder.of().encode(extra.sentiment, row);
    assertEquals(row.size() + 1, encode(oneMore).length - withSpeech, "a role is one byte of a mention row");
  }

  @Test
  void anUnknownRoleIsABug() {
    ArticleSignals s = article();
    s.mentions.get(0).role = "narrator";
    assertThrows(IllegalArgumentException.class, () -> encode(s));
  }
}
