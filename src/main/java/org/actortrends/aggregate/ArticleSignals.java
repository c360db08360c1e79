package org.actortrends.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The compact per-article record everything after extraction works on: a few hundred bytes instead of the text.
 * Carries where the article was read (file, line) so that duplicate ids resolve deterministically.
 */
@DefaultCoder(ArticleSignals.SignalsCoder.class)
public class ArticleSignals {
  public String articleId = "";
  public String file = "";
  public long line;
  /** The article's day as days since 1970-01-01 (the Parquet DATE representation). */
  public int day;
  public String source = "";
  /** When it was published (epoch milliseconds): the first copy of a story is the earliest. */
  public long publishedAt;
  /** ISO 639-1 code (639-3 where there is none, "und" when unknown) of the article's language. */
  public String language = "en";
  /** The URL, "" when the record had none; the URL and title are carried only for the {@code articles} table. */
  public String url = "";
  public String title = "";
  /** The body's {@link org.actortrends.extract.CopySketch}, empty when too short (or copies are not folded). */
  public byte[] copySketch = new byte[0];
  /**
   * The id of the article's story (its first copy) when it is in a story of two or more articles, set by
   * {@link DedupById} from {@link FindCopies}; "" for an article that is a story of its own.
   */
  public String storyId = "";
  public int words;
  public int sentences;
  /** Document tone; NaN for a language without a sentiment lexicon, as are the percentages. */
  public double tone;
  public double positivePct;
  public double negativePct;
  public List<ActorSignal> actors = new ArrayList<>();
  public List<PairSignal> pairs = new ArrayList<>();
  /** Empty unless the mentions table is written. */
  public List<MentionRow> mentions = new ArrayList<>();
  /** The names the article uses that link to no actor, for {@code names_daily}. */
  public List<NameSignal> names = new ArrayList<>();

  /** The story id, which is the article's own id unless it is a later copy of another article. */
  public String story() {
    return storyId.isEmpty() ? articleId : storyId;
  }

  /** The first (or only) article of its story: each story counts once by its first copy. */
  public boolean firstOfStory() {
    return storyId.isEmpty() || storyId.equals(articleId);
  }

  /** In a story that has copies, so its distinct actors are counted per story ({@link StoryActors}). */
  public boolean hasCopies() {
    return !storyId.isEmpty();
  }

  /**
   * A copy of these signals (sharing their lists) with a story id ("" for a story of its own) and without the copy
   * sketch, which only finding copies needs: elements are not changed in place.
   */
  public ArticleSignals withStory(String story) {
    ArticleSignals s = new ArticleSignals();
    s.articleId = articleId;
    s.file = file;
    s.line = line;
    s.day = day;
    s.source = source;
    s.publishedAt = publishedAt;
    s.language = language;
    s.url = url;
    s.title = title;
    s.storyId = story;
    s.words = words;
    s.sentences = sentences;
    s.tone = tone;
    s.positivePct = positivePct;
    s.negativePct = negativePct;
    s.actors = actors;
    s.pairs = pairs;
    s.mentions = mentions;
    s.names = names;
    return s;
  }

  /** One actor's mentions in one article, and what the actor says in it. */
  public static class ActorSignal {
    public String actorId = "";
    public int mentions;
    /** Sums over the mentions with a sentiment score (positive + negative + neutral of them). */
    public double sentimentSum;
    public double sentimentSumSquares;
    public int positive;
    public int negative;
    public int neutral;
    /** Pieces of speech (quotes, reported statements) attributed to the actor. */
    public int quoted;
    /** Sum over those pieces of their sentiment (the mean score of their sentences). */
    public double expressedSentimentSum;
  }

  /** Two actors in one article ({@code actorA < actorB}), and in how many of its sentences both appear. */
  public static class PairSignal {
    public String actorA = "";
    public String actorB = "";
    public int sentences;
  }

  /** A name that links to no actor, in one article: its fullest form there, its type, and the tone around it. */
  public static class NameSignal {
    /** Types on the wire: the index in this array. */
    public static final String[] TYPES = {"unknown", "person", "organization"};

    public String name = "";
    /** One of {@link #TYPES}. */
    public String type = TYPES[0];
    public int mentions;
    /** Mentions with a sentiment score (none where the article's language has no sentiment model). */
    public int scored;
    public double sentimentSum;

    static int typeCode(String type) {
      for (int i = 0; i < TYPES.length; i++) {
        if (TYPES[i].equals(type)) {
          return i;
        }
      }
      throw new IllegalArgumentException("unknown name type: " + type);
    }
  }

  /** One mention, for the optional {@code mentions} table. */
  public static class MentionRow {
    public String actorId = "";
    public int sentenceIndex;
    public int charOffset;
    public String surface = "";
    public String matchedBy = "";
    /** NaN where the article's language has no sentiment model. */
    public double sentiment;
    /** {@code speaker}, {@code target} or {@code other} (see {@link org.actortrends.extract.MentionRole}). */
    public String role = "other";
  }

  /**
   * Compact binary coder, written out field by field: every article crosses a shuffle once as these signals, so
   * their encoding is on the hot path (a schema coder spent more time converting rows than the kernel did).
   */
  public static final class SignalsCoder extends AtomicCoder<ArticleSignals> {
    private static final SignalsCoder INSTANCE = new SignalsCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();
    private static final DoubleCoder DOUBLE = DoubleCoder.of();
    private static final ByteArrayCoder BYTES = ByteArrayCoder.of();
    /** Role codes on the wire: the index in this array. */
    private static final String[] ROLES = {"other", "speaker", "target"};

    private static int roleCode(String role) {
      for (int i = 0; i < ROLES.length; i++) {
        if (ROLES[i].equals(role)) {
          return i;
        }
      }
      throw new IllegalArgumentException("unknown mention role: " + role);
    }

    public static SignalsCoder of() {
      return INSTANCE;
    }

    /** Lets {@code @DefaultCoder} find this coder for every PCollection of signals. */
    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(ArticleSignals.class), INSTANCE);
    }

    @Override
    public void encode(ArticleSignals s, OutputStream out) throws IOException {
      STRING.encode(s.articleId, out);
      STRING.encode(s.file, out);
      VarLongCoder.of().encode(s.line, out);
      INT.encode(s.day, out);
      STRING.encode(s.source, out);
      VarLongCoder.of().encode(s.publishedAt, out);
      STRING.encode(s.language, out);
      STRING.encode(s.url, out);
      STRING.encode(s.title, out);
      BYTES.encode(s.copySketch, out);
      STRING.encode(s.storyId, out);
      INT.encode(s.words, out);
      INT.encode(s.sentences, out);
      DOUBLE.encode(s.tone, out);
      DOUBLE.encode(s.positivePct, out);
      DOUBLE.encode(s.negativePct, out);
      INT.encode(s.actors.size(), out);
      for (ActorSignal a : s.actors) {
        STRING.encode(a.actorId, out);
        INT.encode(a.mentions, out);
        DOUBLE.encode(a.sentimentSum, out);
        DOUBLE.encode(a.sentimentSumSquares, out);
        INT.encode(a.positive, out);
        INT.encode(a.negative, out);
        INT.encode(a.neutral, out);
        INT.encode(a.quoted, out);
        if (a.quoted > 0) {
          DOUBLE.encode(a.expressedSentimentSum, out); // most actors say nothing: no sum to carry
        }
      }
      INT.encode(s.pairs.size(), out);
      for (PairSignal p : s.pairs) {
        STRING.encode(p.actorA, out);
        STRING.encode(p.actorB, out);
        INT.encode(p.sentences, out);
      }
      INT.encode(s.mentions.size(), out);
      for (MentionRow m : s.mentions) {
        STRING.encode(m.actorId, out);
        INT.encode(m.sentenceIndex, out);
        INT.encode(m.charOffset, out);
        STRING.encode(m.surface, out);
        STRING.encode(m.matchedBy, out);
        DOUBLE.encode(m.sentiment, out);
        INT.encode(roleCode(m.role), out);
      }
      INT.encode(s.names.size(), out);
      for (NameSignal n : s.names) {
        STRING.encode(n.name, out);
        INT.encode(NameSignal.typeCode(n.type), out);
        INT.encode(n.mentions, out);
        INT.encode(n.scored, out);
        if (n.scored > 0) {
          DOUBLE.encode(n.sentimentSum, out);
        }
      }
    }

    @Override
    public ArticleSignals decode(InputStream in) throws IOException {
      ArticleSignals s = new ArticleSignals();
      s.articleId = STRING.decode(in);
      s.file = STRING.decode(in);
      s.line = VarLongCoder.of().decode(in);
      s.day = INT.decode(in);
      s.source = STRING.decode(in);
      s.publishedAt = VarLongCoder.of().decode(in);
      s.language = STRING.decode(in);
      s.url = STRING.decode(in);
      s.title = STRING.decode(in);
      s.copySketch = BYTES.decode(in);
      s.storyId = STRING.decode(in);
      s.words = INT.decode(in);
      s.sentences = INT.decode(in);
      s.tone = DOUBLE.decode(in);
      s.positivePct = DOUBLE.decode(in);
      s.negativePct = DOUBLE.decode(in);
      for (int i = INT.decode(in); i > 0; i--) {
        ActorSignal a = new ActorSignal();
        a.actorId = STRING.decode(in);
        a.mentions = INT.decode(in);
        a.sentimentSum = DOUBLE.decode(in);
        a.sentimentSumSquares = DOUBLE.decode(in);
        a.positive = INT.decode(in);
        a.negative = INT.decode(in);
        a.neutral = INT.decode(in);
        a.quoted = INT.decode(in);
        if (a.quoted > 0) {
          a.expressedSentimentSum = DOUBLE.decode(in);
        }
        s.actors.add(a);
      }
      for (int i = INT.decode(in); i > 0; i--) {
        PairSignal p = new PairSignal();
        p.actorA = STRING.decode(in);
        p.actorB = STRING.decode(in);
        p.sentences = INT.decode(in);
        s.pairs.add(p);
      }
      for (int i = INT.decode(in); i > 0; i--) {
        MentionRow m = new MentionRow();
        m.actorId = STRING.decode(in);
        m.sentenceIndex = INT.decode(in);
        m.charOffset = INT.decode(in);
        m.surface = STRING.decode(in);
        m.matchedBy = STRING.decode(in);
        m.sentiment = DOUBLE.decode(in);
        m.role = ROLES[INT.decode(in)];
        s.mentions.add(m);
      }
      for (int i = INT.decode(in); i > 0; i--) {
        NameSignal n = new NameSignal();
        n.name = STRING.decode(in);
        n.type = NameSignal.TYPES[INT.decode(in)];
        n.mentions = INT.decode(in);
        n.scored = INT.decode(in);
        if (n.scored > 0) {
          n.sentimentSum = DOUBLE.decode(in);
        }
        s.names.add(n);
      }
      return s;
    }

    @Override
    public void verifyDeterministic() {}
  }
}
