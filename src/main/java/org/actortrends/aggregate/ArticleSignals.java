package org.actortrends.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/**
 * The compact per-article record everything after extraction works on: a few hundred bytes instead of the text.
 * Carries where the article was read (file, line) so that duplicate ids resolve deterministically.
 */
@DefaultSchema(JavaFieldSchema.class)
public class ArticleSignals {
  public String articleId = "";
  public String file = "";
  public long line;
  /** The article's day as days since 1970-01-01 (the Parquet DATE representation). */
  public int day;
  public String source = "";
  public int words;
  public int sentences;
  public double tone;
  public double positivePct;
  public double negativePct;
  public List<ActorSignal> actors = new ArrayList<>();
  public List<PairSignal> pairs = new ArrayList<>();
  /** Empty unless the mentions table is written. */
  public List<MentionRow> mentions = new ArrayList<>();

  /** One actor's mentions in one article. */
  @DefaultSchema(JavaFieldSchema.class)
  public static class ActorSignal {
    public String actorId = "";
    public int mentions;
    public double sentimentSum;
    public double sentimentSumSquares;
    public int positive;
    public int negative;
    public int neutral;
  }

  /** Two actors in one article ({@code actorA < actorB}), and in how many of its sentences both appear. */
  @DefaultSchema(JavaFieldSchema.class)
  public static class PairSignal {
    public String actorA = "";
    public String actorB = "";
    public int sentences;
  }

  /** One mention, for the optional {@code mentions} table. */
  @DefaultSchema(JavaFieldSchema.class)
  public static class MentionRow {
    public String actorId = "";
    public int sentenceIndex;
    public int charOffset;
    public String surface = "";
    public String matchedBy = "";
    public double sentiment;
  }
}
