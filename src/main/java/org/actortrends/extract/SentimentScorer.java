package org.actortrends.extract;

/**
 * The sentiment score of a run of tokens: VADER-style word valences, shifted by the words around them, gathered into
 * a few signals ({@link SentenceModel#SIGNALS}) that a learned linear model ({@link SentenceModel}, written by
 * {@code train-sentences}) weighs into the predicted mean human rating, divided by 4: a score in [-1, 1].
 *
 * <p>What shifts a word's valence (the rules stay VADER's; how much each signal counts is learned):
 * <ul>
 *   <li>A negation among the three words before a word (within its clause) flips and dampens it ("not good");
 *       so do "hardly", "barely", "scarcely" and a "few" or "little" not after "a" ("few useful clues").
 *   <li>A reducer among the three words before a negative word turns it around, halved ("reduce crime",
 *       "prevent violence", "end the war", "fewer deaths"); the reducer then has no valence of its own
 *       ("stop the killing" is not doubly negative).
 *   <li>Boosters and dampeners before a word raise or lower its magnitude ("very good", "slightly bad"), less so
 *       the further away they are; "kind of" and "sort of" dampen.
 *   <li>An ALL-CAPS word in a text that is not all caps is emphasised.
 *   <li>"least" negates ("the least helpful"), except in "at least" and "very least".
 * </ul>
 * Words without a valence count too: a negation with no sentiment word in its reach ("the city does not enforce
 * its rules"), "too" before a word ("too late"), a final single question mark (mostly rhetorical in opinion
 * prose), exclamation marks; and a "but" splits the sums into what comes before it and after.
 *
 * <p>Holds no scratch state: once built it is only read, so one instance can serve every thread. Build it before
 * the {@link Tokenizer} tokenizes anything, since it adds its words to the vocabulary.
 */
public final class SentimentScorer {
  /** Negated valences are flipped and shrunk by this factor. */
  static final double NEGATION = -0.74;
  /** What a booster adds to (a dampener takes from) the magnitude of a valence. */
  static final double BOOST = 0.293;
  /** What an ALL-CAPS word adds to its magnitude when the rest of the text is not shouting. */
  static final double CAPS_EMPHASIS = 0.733;
  /** Exclamation marks beyond this many add nothing. */
  static final int MAX_EXCLAMATIONS = 4;
  /** Question marks beyond this many add nothing. */
  static final int MAX_QUESTIONS = 4;
  /** Negations and boosters reach this many words ahead. */
  static final int SCOPE = 3;
  /** A negative word after a reducer ("reduce crime", "end the war") is flipped and shrunk by this factor. */
  static final double REDUCED = -0.5;
  /** Words whose own valence is at least this (in magnitude) go to the strong sums. */
  static final double STRONG = 2.0;
  /** Weight of a booster one, two and three words before the word it modifies. */
  private static final double[] BOOST_DECAY = {0, 1.0, 0.95, 0.9};

  /** The roles that make a word without a valence of its own count in {@link #signals}. */
  private static final int PLAIN_UNLESS = ValenceShifters.CONTRAST | ValenceShifters.NEGATION | ValenceShifters.TOO;

  private final SentimentLexicon lexicon;
  private final ValenceShifters shifters;
  private final SentenceModel model;
  /** The model's learned word weights by vocabulary id. */
  private final float[] wordWeight;

  /** Loads the standard lexicon (VADER plus our news words) into {@code vocabulary}. */
  public SentimentScorer(Vocabulary vocabulary) {
    this(vocabulary, SentimentLexicon.standard(vocabulary), SentenceModel.standard());
  }

  /** Scores with {@code lexicon}, which must have been built on the same {@code vocabulary}. */
  public SentimentScorer(Vocabulary vocabulary, SentimentLexicon lexicon) {
    this(vocabulary, lexicon, SentenceModel.standard());
  }

  public SentimentScorer(Vocabulary vocabulary, SentimentLexicon lexicon, SentenceModel model) {
    this.lexicon = lexicon;
    this.shifters = new ValenceShifters(vocabulary);
    this.model = model;
    int[] ids = new int[model.words().size()];
    int k = 0;
    for (String word : model.words().keySet()) {
      ids[k++] = vocabulary.add(word);
    }
    wordWeight = new float[vocabulary.size()];
    k = 0;
    for (double w : model.words().values()) {
      wordWeight[ids[k++]] = (float) w;
    }
  }

  public SentimentLexicon lexicon() {
    return lexicon;
  }

  /** The score in [-1, 1] of tokens {@code [fromToken, toToken)}; 0 when nothing in them carries sentiment. */
  public double scoreSentence(Tokens tokens, int fromToken, int toToken) {
    return scoreSentence(tokens, fromToken, toToken, null);
  }

  /**
   * {@link #scoreSentence(Tokens, int, int)}, also leaving in {@code valences[k]} (unless null) the {@link #valence}
   * of token {@code fromToken + k}: 0 for punctuation, numbers and words without sentiment.
   */
  double scoreSentence(Tokens tokens, int fromToken, int toToken, double[] valences) {
    double[] x = new double[SentenceModel.LENGTH];
    signals(tokens, fromToken, toToken, x, valences);
    return model.score(x);
  }

  /**
   * Fills {@code x} ({@link SentenceModel#LENGTH} long) with the raw signals ({@link SentenceModel#SIGNALS}) of
   * tokens {@code [fromToken, toToken)} and the sum of the model's word weights.
   */
  public void signals(Tokens tokens, int fromToken, int toToken, double[] x) {
    signals(tokens, fromToken, toToken, x, null);
  }

  private void signals(Tokens tokens, int fromToken, int toToken, double[] x, double[] valences) {
    if (valences != null) {
      java.util.Arrays.fill(valences, 0, toToken - fromToken, 0);
    }
    java.util.Arrays.fill(x, 0);
    boolean capsDifferential = hasCapsDifferential(tokens, fromToken, toToken);
    double beforeContrast = 0;
    double afterContrast = 0;
    boolean contrastSeen = false;
    int exclamations = 0;
    int questions = 0;
    boolean endsWithQuestion = false;
    double wordWeights = 0; // summed in a local, not through x: a chain of adds through memory is slow
    for (int i = fromToken; i < toToken; i++) {
      byte type = tokens.type(i);
      if (type == Tokens.PUNCT) {
        char p = tokens.punct(i);
        exclamations += p == '!' ? 1 : 0;
        questions += p == '?' ? 1 : 0;
        if (p == '?') {
          endsWithQuestion = true;
        } else if (p == '.' || p == '!') {
          endsWithQuestion = false;
        }
      } else if (type == Tokens.WORD) {
        endsWithQuestion = false;
        int id = tokens.id(i);
        if (id >= 0 && id < wordWeight.length) {
          wordWeights += wordWeight[id];
        }
        if (lexicon.valence(id) == 0 && !shifters.is(id, PLAIN_UNLESS)) {
          continue; // most words: no valence, no "but", and nothing countMarker counts
        }
        if (!contrastSeen && shifters.is(id, ValenceShifters.CONTRAST)) {
          contrastSeen = true;
          if (valences != null) {
            valences[i - fromToken] = valence(tokens, i, fromToken, toToken, capsDifferential);
          }
          continue;
        }
        double v = valence(tokens, i, fromToken, toToken, capsDifferential);
        if (valences != null) {
          valences[i - fromToken] = v;
        }
        if (v == 0) {
          countMarker(tokens, i, toToken, x);
          continue;
        }
        boolean strong = Math.abs(lexicon.valence(id)) >= STRONG;
        x[v > 0 ? (strong ? SentenceModel.POS_STRONG : SentenceModel.POS_MILD)
            : (strong ? SentenceModel.NEG_STRONG : SentenceModel.NEG_MILD)] += v;
        if (lexicon.isNews(id)) {
          x[v > 0 ? SentenceModel.NEWS_POS : SentenceModel.NEWS_NEG] += v;
        }
        if (contrastSeen) {
          afterContrast += v;
        } else {
          beforeContrast += v;
        }
      }
    }
    x[SentenceModel.WORDS] = wordWeights;
    if (contrastSeen) {
      x[SentenceModel.BEFORE_CONTRAST] = beforeContrast;
      x[SentenceModel.AFTER_CONTRAST] = afterContrast;
    }
    x[SentenceModel.QUESTION] = endsWithQuestion && questions == 1 ? 1 : 0;
    double sign = Math.signum(beforeContrast + afterContrast);
    x[SentenceModel.EXCLAMATION] = sign * Math.min(exclamations, MAX_EXCLAMATIONS);
    x[SentenceModel.QUESTIONS] = questions > 1 ? sign * Math.min(questions, MAX_QUESTIONS) : 0;
  }

  /** The score of a clause or any other run of tokens; the same rules as {@link #scoreSentence}. */
  public double scoreSpan(Tokens tokens, int fromToken, int toToken) {
    return scoreSentence(tokens, fromToken, toToken);
  }

  /**
   * The valence of word token {@code i} after the negations, boosters and idioms before it, looking no further
   * back than {@code fromToken}; 0 for words without sentiment and for modifiers.
   */
  double valence(Tokens tokens, int i, int fromToken, int toToken, boolean capsDifferential) {
    int id = tokens.id(i);
    double v = lexicon.valence(id);
    if (v == 0 || hasNoOwnValence(tokens, i, id, toToken)) {
      return 0;
    }
    if (capsDifferential && tokens.has(i, Tokens.ALL_CAPS)) {
      v += v > 0 ? CAPS_EMPHASIS : -CAPS_EMPHASIS;
    }
    int distance = 0;
    boolean reduced = false; // one reducer turns a word around: "cut waste and fraud" is not a double flip
    for (int j = i - 1; j >= fromToken && distance < SCOPE; j--) {
      if (tokens.type(j) == Tokens.PUNCT) {
        if (endsScope(tokens.punct(j))) {
          break;
        }
        continue;
      }
      distance++;
      v += boost(tokens, j, fromToken, v, capsDifferential) * BOOST_DECAY[distance];
      int prevId = tokens.id(j);
      if (!reduced && v < 0 && shifters.is(prevId, ValenceShifters.REDUCER)) { // "prevent violence"
        v *= REDUCED;
        reduced = true;
      }
      if (shifters.is(prevId, ValenceShifters.FEW) && !isAfterA(tokens, j, fromToken)) { // "few useful clues"
        v *= NEGATION;
      }
      if (shifters.is(prevId, ValenceShifters.NEGATION)) {
        v *= NEGATION;
      }
    }
    return isAfterLeast(tokens, i, fromToken) ? v * NEGATION : v;
  }

  /**
   * Counts what a word without a valence of its own may say in opinion prose: a negation with no sentiment word in
   * its reach ("the city does not enforce it"), and "too" before a word ("too late").
   */
  private void countMarker(Tokens tokens, int i, int toToken, double[] x) {
    int id = tokens.id(i);
    if (shifters.is(id, ValenceShifters.NEGATION)) {
      if (lexicon.valence(id) == 0 && !hasValenceAhead(tokens, i, toToken, false)) {
        x[SentenceModel.BARE_NEGATION]++;
      }
    } else if (shifters.is(id, ValenceShifters.TOO) && i + 1 < toToken && tokens.type(i + 1) == Tokens.WORD) {
      x[SentenceModel.TOO]++;
    }
  }

  /**
   * True when a word with a valence (only a negative one, if {@code negativeOnly}) follows word {@code i} within the
   * reach of a shifter: a negation's object, or what a reducer turns around ("stop the killing").
   */
  private boolean hasValenceAhead(Tokens tokens, int i, int toToken, boolean negativeOnly) {
    int distance = 0;
    for (int j = i + 1; j < toToken && distance < SCOPE; j++) {
      if (tokens.type(j) == Tokens.PUNCT) {
        if (endsScope(tokens.punct(j))) {
          return false;
        }
        continue;
      }
      distance++;
      double valence = lexicon.valence(tokens.id(j));
      if (negativeOnly ? valence < 0 : valence != 0) {
        return true;
      }
    }
    return false;
  }

  /** Modifiers, "kind" in "kind of", and "no" when it negates the next word rather than being negative itself. */
  private boolean hasNoOwnValence(Tokens tokens, int i, int id, int toToken) {
    if (shifters.is(id, ValenceShifters.BOOSTER | ValenceShifters.DAMPENER | ValenceShifters.CONTRAST)) {
      return true;
    }
    boolean nextIsWord = i + 1 < toToken && tokens.type(i + 1) == Tokens.WORD;
    if (!nextIsWord) {
      return false;
    }
    int next = tokens.id(i + 1);
    return (shifters.is(id, ValenceShifters.KIND) && shifters.is(next, ValenceShifters.OF))
        || (shifters.is(id, ValenceShifters.NEGATION) && lexicon.valence(next) != 0)
        || (shifters.is(id, ValenceShifters.REDUCER) && hasValenceAhead(tokens, i, toToken, true));
  }

  /** What word token {@code j} adds to valence {@code v} as a booster or dampener, before distance decay. */
  private double boost(Tokens tokens, int j, int fromToken, double v, boolean capsDifferential) {
    int id = tokens.id(j);
    double sign = v < 0 ? -1 : 1;
    if (shifters.is(id, ValenceShifters.BOOSTER)) {
      boolean shouted = capsDifferential && tokens.has(j, Tokens.ALL_CAPS);
      return sign * (shouted ? BOOST + CAPS_EMPHASIS : BOOST);
    }
    boolean kindOf = shifters.is(id, ValenceShifters.OF) && j - 1 >= fromToken
        && tokens.type(j - 1) == Tokens.WORD && shifters.is(tokens.id(j - 1), ValenceShifters.KIND);
    if (kindOf || shifters.is(id, ValenceShifters.DAMPENER)) {
      return -sign * BOOST;
    }
    return 0;
  }

  /** True when word token {@code j} comes right after "a" ("a few", "a little"). */
  private boolean isAfterA(Tokens tokens, int j, int fromToken) {
    return j - 1 >= fromToken && tokens.type(j - 1) == Tokens.WORD
        && shifters.is(tokens.id(j - 1), ValenceShifters.A);
  }

  /** "the least convincing" negates; "at least" and "very least" do not. */
  private boolean isAfterLeast(Tokens tokens, int i, int fromToken) {
    int least = i - 1;
    if (least < fromToken || tokens.type(least) != Tokens.WORD
        || !shifters.is(tokens.id(least), ValenceShifters.LEAST)) {
      return false;
    }
    int before = least - 1;
    return before < fromToken || tokens.type(before) != Tokens.WORD
        || !shifters.is(tokens.id(before), ValenceShifters.BEFORE_LEAST);
  }

  /** Punctuation that closes a clause, and with it the reach of negations and boosters. */
  private static boolean endsScope(char p) {
    return p == ',' || p == ';' || p == ':' || p == '(' || p == ')' || p == '[' || p == ']' || p == '.'
        || p == '!' || p == '?' || p == '…' || p == '-' || p == '–' || p == '—';
  }

  /** True when some words but not all are ALL CAPS: only then does shouting stand out. */
  static boolean hasCapsDifferential(Tokens tokens, int fromToken, int toToken) {
    boolean shouting = false;
    boolean quiet = false;
    for (int i = fromToken; i < toToken; i++) {
      if (tokens.type(i) != Tokens.WORD) {
        continue;
      }
      if (tokens.has(i, Tokens.ALL_CAPS)) {
        shouting = true;
      } else if (!isSingleCapital(tokens, i)) { // "I" and "A" fit into shouted text
        quiet = true;
      }
    }
    return shouting && quiet;
  }

  private static boolean isSingleCapital(Tokens tokens, int i) {
    return tokens.end(i) - tokens.start(i) == 1 && tokens.has(i, Tokens.CAPITALIZED);
  }
}
