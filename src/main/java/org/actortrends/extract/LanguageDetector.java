package org.actortrends.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of an article: an ISO 639-1 code in lower case ("en", "de"), the ISO 639-3 code where the language
 * has none ("ast", "ceb", "gsw"), or {@link #UNDETERMINED} when there is too little text to tell.
 *
 * <p>Two steps. An <b>English fast path</b> reads the first {@value #FAST_PATH_WORDS} words of title and text and
 * calls the article English when enough of them are English function words that the other languages of the model do
 * not use as words ({@link #ENGLISH_MARKERS}: "the", "and", "that", "with", "said" ..., not "is", "was", "a", "in",
 * "of" (Dutch), "for" (Danish), "will" (German), "he" (Finnish)); it costs a few microseconds and never loads the
 * model. Everything else goes to <b>OpenNLP's trained language detector</b> ({@code langdetect-183.bin} from the
 * Maven artifact {@code org.apache.opennlp:opennlp-models-langdetect}, Apache-2.0: 103 languages, character n-grams,
 * ISO 639-3 outcomes) on the first {@value #PREFIX_CHARS} characters of title and text, so the cost per article is
 * bounded whatever its length.
 *
 * <p>The model is loaded once per JVM, on the first article that needs it (a static holder; a 10 MB file, about
 * 53 MB of heap, about a second to load), and is shared: its evaluation keeps no state (OpenNLP's own
 * {@code ThreadSafeLanguageDetectorME} shares it the same way). {@link LanguageDetectorME} is documented as not
 * thread-safe and this class keeps a reused buffer, so an instance is for <b>one thread</b>: construct one per
 * worker thread (construction is cheap and loads nothing; each instance makes its {@code LanguageDetectorME} on
 * its first model call).
 *
 * <p>Cost (README, "Accuracy"): the fast path a few microseconds; the model about 0.35 µs a character of the
 * prefix (about 0.55 ms on 1,500), most of it OpenNLP's text normalisation and n-gram set.
 *
 * <p>Codes: the model's 639-3 outcomes are mapped to 639-1 through {@link Locale} (built from
 * {@link Locale#getISOLanguages()} and {@link Locale#getISO3Language()}). The model also uses individual languages
 * of a macrolanguage, which are mapped to the macrolanguage's 2-letter code, the code news metadata uses: Mandarin
 * {@code cmn} -> "zh", Standard Estonian {@code ekk} -> "et", Standard Latvian {@code lvs} -> "lv", Iranian Persian
 * {@code pes} -> "fa", Plateau Malagasy {@code plt} -> "mg", and Norwegian Bokmål {@code nob} and Nynorsk
 * {@code nno} both -> "no" (the model tells the two apart poorly on news-length text, and a user who asks for
 * Norwegian wants both; {@link #normalize} maps "nb", "nn", "nob", "nno" and "nor" to "no" too). Outcomes without a
 * 2-letter code keep their 639-3 code: {@code ast, ceb, gsw, min, nan, nds, pnb, war}. Serbian, Croatian and Bosnian
 * stay three codes (sr, hr, bs), as the model has them, though it confuses them on short text.
 */
public final class LanguageDetector {
  /** The code for "too little text to tell" (ISO 639-2 "undetermined"). */
  public static final String UNDETERMINED = "und";
  /** The classpath resource of the model, at the root of the opennlp-models-langdetect jar. */
  public static final String MODEL_RESOURCE = "/langdetect-183.bin";
  /** Characters of title + text given to the model. */
  public static final int PREFIX_CHARS = 1500;
  /** Words of title + text read by the English fast path. */
  public static final int FAST_PATH_WORDS = 150;
  /** The fast path needs at least this many words ... */
  static final int FAST_PATH_MIN_WORDS = 20;
  /** ... and at least this share of them English markers ... */
  static final double FAST_PATH_MIN_SHARE = 0.08;
  /**
   * ... and at least this many markers: on a short text a quoted English sentence alone could reach the share
   * (three markers in a 33-word German paragraph opening with an English quote is 9%).
   */
  static final int FAST_PATH_MIN_MARKERS = 4;
  /** After this many words, a share of markers of {@link #EARLY_SHARE} (English runs at 20-25%) is enough. */
  static final int EARLY_WORDS = 50;
  static final double EARLY_SHARE = 0.16;
  /**
   * Below this many letters in words that do not start with a capital (a CJK, kana or Hangul character counts
   * {@value #CJK_WEIGHT}) the answer is {@link #UNDETERMINED}: a name, a number, a few words. Names do not count:
   * in "Volodymyr Zelensky met Emmanuel Macron in Paris." only "met" and "in" say anything about the language, and
   * the model, asked anyway, calls it Dutch.
   */
  static final int MIN_LETTERS = 30;
  /**
   * Fewer different letters than this in words without a capital (counted in 64 hash buckets) is no language
   * either: one word repeated
   * ("peace peace peace ...", a million times "a"), which the model would call Waray.
   */
  static final int MIN_DIFFERENT_LETTERS = 8;
  static final int CJK_WEIGHT = 3;

  /**
   * English function words that are not words (or only rare ones) in the other languages the job meets: checked
   * against the Germanic, Romance, Slavic, Baltic, Finnic and Turkic languages of the model. Left out because they
   * are common words elsewhere: is, was, a, in, on, an, at, to, as, or, die (German), of, been, over (Dutch), for,
   * have, told, by, her (Danish/Norwegian), will, also (German), he (Finnish), are (Romanian), but (French), we
   * (Polish).
   */
  static final String[] ENGLISH_MARKERS = {
    "the", "and", "that", "with", "from", "which", "would", "were", "their", "said", "has", "this",
    "they", "who", "his", "she", "its", "about", "what", "when", "there", "these", "those", "than", "into",
    "could", "should", "after", "while", "because", "says",
  };

  /** The markers, each packed as {@link #pack} does, sorted for binary search. */
  private static final long[] MARKER_KEYS = packAll(ENGLISH_MARKERS);

  private static final Map<String, String> ISO3_TO_CODE = new HashMap<>();
  private static final Set<String> CODES = new HashSet<>();
  private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

  /** 2-letter codes that are another code's alias (Locale still lists the old iw, in, ji). */
  private static final Map<String, String> TWO_LETTER_ALIASES = Map.of(
      "nb", "no", "nn", "no", "iw", "he", "in", "id", "ji", "yi", "mo", "ro");

  static {
    for (String listed : Locale.getISOLanguages()) {
      String two = TWO_LETTER_ALIASES.getOrDefault(listed, listed);
      CODES.add(two);
      try {
        String three = new Locale(listed).getISO3Language();
        if (!three.isEmpty() && !ISO3_TO_CODE.containsKey(three)) {
          ISO3_TO_CODE.put(three, two);
        }
      } catch (MissingResourceException e) {
        // a code without a 3-letter form: nothing to map
      }
    }
    // individual languages the model uses, mapped to their macrolanguage's 2-letter code
    String[][] macro = {
      {"cmn", "zh"}, {"ekk", "et"}, {"lvs", "lv"}, {"pes", "fa"}, {"prs", "fa"}, {"plt", "mg"}, {"zsm", "ms"},
      {"arb", "ar"}, {"swh", "sw"}, {"nob", "no"}, {"nno", "no"}, {"nor", "no"},
      // ISO 639-2/B (bibliographic) codes still found in metadata
      {"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"}, {"bur", "my"}, {"chi", "zh"}, {"cze", "cs"}, {"dut", "nl"},
      {"fre", "fr"}, {"geo", "ka"}, {"ger", "de"}, {"gre", "el"}, {"ice", "is"}, {"mac", "mk"}, {"mao", "mi"},
      {"may", "ms"}, {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"}, {"tib", "bo"}, {"wel", "cy"},
      // Filipino is standardised Tagalog: the model's tgl
      {"fil", "tl"},
    };
    for (String[] m : macro) {
      ISO3_TO_CODE.put(m[0], m[1]);
    }
    // outcomes of the model without a 2-letter code keep their own
    for (String own : new String[] {"ast", "ceb", "gsw", "min", "nan", "nds", "pnb", "war"}) {
      ISO3_TO_CODE.put(own, own);
    }
  }

  private final StringBuilder prefix = new StringBuilder(PREFIX_CHARS + 16);
  private LanguageDetectorME model;
  private String lastPath = "";

  /** Cheap: loads nothing. Not thread-safe; use one per thread. */
  public LanguageDetector() {}

  /**
   * The language of an article from its title and text (either may be null or empty): a 2-letter code, a 3-letter
   * code where the language has no 2-letter one, or {@link #UNDETERMINED}.
   */
  public String detect(CharSequence title, CharSequence text) {
    if (text != null && englishFastPath(text) == FAST_ENGLISH) {
      lastPath = "fast"; // most articles: English by their text alone, read in place without building the prefix
      return "en";
    }
    buildPrefix(title, text);
    int fast = englishFastPath(prefix);
    if (fast == FAST_ENGLISH) {
      lastPath = "fast";
      return "en";
    }
    if (fast == FAST_TOO_LITTLE) {
      lastPath = "und";
      return UNDETERMINED;
    }
    lastPath = "model";
    if (model == null) {
      model = new LanguageDetectorME(ModelHolder.MODEL);
    }
    Language best = model.predictLanguage(prefix);
    String code = best == null ? null : ISO3_TO_CODE.get(best.getLang());
    return code == null ? UNDETERMINED : code;
  }

  /** Whether the last {@link #detect} was decided by the English fast path (for measurements). */
  public boolean lastTookFastPath() {
    return lastPath.equals("fast");
  }

  /** How the last {@link #detect} decided: "fast", "model" or "und" (too little text). */
  String lastPath() {
    return lastPath;
  }

  /** Loads the model now (else it is loaded by the first article that needs it); returns the milliseconds taken. */
  public static double preload() {
    long t0 = System.nanoTime();
    if (ModelHolder.MODEL == null) {
      throw new IllegalStateException("no model");
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  /** The model's outcomes (ISO 639-3 codes); loads the model. */
  static String[] modelOutcomes() {
    return new LanguageDetectorME(ModelHolder.MODEL).getSupportedLanguages();
  }

  /** Title, a newline, text: at most {@link #PREFIX_CHARS} characters, cut before a word when possible. */
  private void buildPrefix(CharSequence title, CharSequence text) {
    prefix.setLength(0);
    if (title != null) {
      prefix.append(title, 0, Math.min(title.length(), PREFIX_CHARS));
    }
    if (text != null && prefix.length() < PREFIX_CHARS) {
      if (prefix.length() > 0) {
        prefix.append('\n');
      }
      int room = PREFIX_CHARS - prefix.length();
      if (text.length() <= room) {
        prefix.append(text);
      } else {
        int end = room;
        while (end > room - 40 && end > 0 && !Character.isWhitespace(text.charAt(end))) {
          end--;
        }
        if (end <= room - 40 || end == 0) {
          end = room;
        }
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
          end--;
        }
        prefix.append(text, 0, end);
      }
    }
  }

  static final int FAST_ENGLISH = 1;
  static final int FAST_UNDECIDED = 0;
  static final int FAST_TOO_LITTLE = -1;

  /**
   * The fast path on {@code s}: {@link #FAST_ENGLISH} when at least {@link #FAST_PATH_MIN_WORDS} of its first
   * {@link #FAST_PATH_WORDS} words were read and at least {@link #FAST_PATH_MIN_SHARE} of them, and at least
   * {@link #FAST_PATH_MIN_MARKERS}, are English markers;
   * {@link #FAST_TOO_LITTLE} when the whole of {@code s} has fewer than {@link #MIN_LETTERS} letters in words that
   * do not start with a capital (only then is all of it read), or fewer than {@link #MIN_DIFFERENT_LETTERS}
   * different letters; else {@link #FAST_UNDECIDED}. No allocation.
   */
  static int englishFastPath(CharSequence s) {
    int n = s.length();
    int words = 0;
    int markers = 0;
    int letters = 0; // in words that do not start with a capital
    long key = 0;
    int wordLength = 0;
    boolean capitalized = false;
    boolean asciiWord = true;
    long different = 0; // one bit per hash bucket of the letters seen in words without a capital
    for (int i = 0; i <= n; i++) {
      char c = i < n ? s.charAt(i) : ' ';
      if (TextFold.isLetter(c)) { // as Character's, with ASCII from a table
        if (wordLength == 0) {
          capitalized = TextFold.isUpper(c);
        }
        if (!capitalized) {
          letters += isCjk(c) ? CJK_WEIGHT : 1;
          different |= 1L << ((c * 0x9E3779B1) >>> 26);
        }
        wordLength++;
        if (c >= 'a' && c <= 'z') {
          key = key * 27 + (c - 'a' + 1);
        } else if (c >= 'A' && c <= 'Z') {
          key = key * 27 + (c - 'A' + 1);
        } else {
          asciiWord = false;
        }
      } else if (c == '\'' || c == '\u2019') {
        // "their's", "don't": the letters before the apostrophe are the word
        if (wordLength > 0) {
          words++;
          if (asciiWord && wordLength <= 7 && Arrays.binarySearch(MARKER_KEYS, key) >= 0) {
            markers++;
          }
          wordLength = -1000; // skip the rest of this word
        }
      } else {
        if (wordLength > 0) {
          words++;
          if (asciiWord && wordLength <= 7 && Arrays.binarySearch(MARKER_KEYS, key) >= 0) {
            markers++;
          }
        }
        key = 0;
        wordLength = 0;
        asciiWord = true;
        if (words >= FAST_PATH_WORDS) {
          break;
        }
        if (words == EARLY_WORDS && markers >= EARLY_SHARE * words) {
          return FAST_ENGLISH; // plainly English already: most English articles stop here
        }
      }
    }
    if (words >= FAST_PATH_MIN_WORDS && markers >= FAST_PATH_MIN_MARKERS && markers >= FAST_PATH_MIN_SHARE * words) {
      return FAST_ENGLISH;
    }
    boolean tooFewLetters = letters < MIN_LETTERS && words < FAST_PATH_WORDS;
    return tooFewLetters || Long.bitCount(different) < MIN_DIFFERENT_LETTERS ? FAST_TOO_LITTLE : FAST_UNDECIDED;
  }

  private static boolean isCjk(char c) {
    return c >= '\u3040' && (c <= '\u30ff' || (c >= '\u3400' && c <= '\u9fff') || (c >= '\uac00' && c <= '\ud7af'));
  }

  private static long pack(String word) {
    long key = 0;
    for (int i = 0; i < word.length(); i++) {
      key = key * 27 + (word.charAt(i) - 'a' + 1);
    }
    return key;
  }

  private static long[] packAll(String[] words) {
    long[] keys = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      if (words[i].length() > 7 || !words[i].matches("[a-z]+")) {
        throw new IllegalStateException("marker must be 1-7 letters a-z: " + words[i]);
      }
      keys[i] = pack(words[i]);
    }
    Arrays.sort(keys);
    return keys;
  }

  /**
   * A language code as a user or a record gives it ("EN", "en-US", "en_GB", "eng", "deu", "ger", "zh-Hans", "nb"),
   * in the code space of {@link #detect}: the primary subtag, lower-cased, as a 2-letter code where there is one
   * (639-2/B and /T and 639-3 codes mapped, macrolanguage members as in the class comment). {@code "und"} stays
   * {@code "und"}. Null when it is not a language code we know: null, blank, "english", "xx", "zzz".
   */
  public static String normalize(String code) {
    if (code == null) {
      return null;
    }
    String tag = code.trim();
    if (!TAG.matcher(tag).matches()) {
      return null;
    }
    int dash = tag.indexOf('-');
    int underscore = tag.indexOf('_');
    int end = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
    String primary = (end < 0 ? tag : tag.substring(0, end)).toLowerCase(Locale.ROOT);
    if (primary.length() == 2) {
      String alias = TWO_LETTER_ALIASES.get(primary);
      if (alias != null) {
        return alias;
      }
      return CODES.contains(primary) ? primary : null;
    }
    if (primary.equals(UNDETERMINED)) {
      return UNDETERMINED;
    }
    return ISO3_TO_CODE.get(primary);
  }

  /** The model, loaded once per JVM on first use of this class. */
  private static final class ModelHolder {
    static final LanguageDetectorModel MODEL = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Language model resource not found on the classpath: " + MODEL_RESOURCE
              + " (from org.apache.opennlp:opennlp-models-langdetect)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the language model " + MODEL_RESOURCE, e);
      }
    }
  }
}
