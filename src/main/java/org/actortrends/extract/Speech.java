package org.actortrends.extract;

/**
 * One piece of speech in an article: the words of a quote or of a reported statement, and who says them.
 *
 * @param kind how it was recognised
 * @param firstToken first token of the words said (an opening quote mark included)
 * @param endToken one past the last token of the words said
 * @param firstSentence sentence of {@code firstToken}
 * @param lastSentence sentence of the last token
 * @param charStart offset of the first character of the words in the text the extractor read
 * @param charEnd offset one past their last character
 * @param speaker index of the speaking actor in the dictionary, or -1 when the text names none (an official, a
 *     pronoun that cannot be resolved, a quote without attribution)
 * @param speakerMention index in the article's mentions of the mention that names the speaker in the
 *     attribution, or -1 (a pronoun, a continuation, no speaker)
 * @param sentiment mean sentence score of {@code firstSentence..lastSentence}, in [-1, 1]; NaN without a speaker
 *     (only what actors say is scored)
 */
public record Speech(Kind kind, int firstToken, int endToken, int firstSentence, int lastSentence, int charStart,
    int charEnd, int speaker, int speakerMention, double sentiment) {

  public enum Kind {
    /** Words between quote marks, attributed after or before them ("…," Zelensky said / said Zelensky). */
    QUOTE,
    /** A quote that goes on after an attributed one (next sentence or paragraph, or after "he said,"). */
    CONTINUATION,
    /** Reported speech: the clause of a verb of saying ("Merz said that …", "…, the Kremlin said"). */
    REPORTED,
    /** "according to X, …" / "…, according to X". */
    ACCORDING,
    /** Words between quote marks that nothing attributes (a scare quote, a quote of an unnamed source). */
    UNATTRIBUTED
  }

  public boolean hasSpeaker() {
    return speaker >= 0;
  }
}
