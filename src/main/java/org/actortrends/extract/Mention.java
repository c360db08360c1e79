package org.actortrends.extract;

/**
 * One mention of an actor in an article.
 *
 * @param actor index of the actor in the dictionary
 * @param firstToken first token of the mention (an honorific or role title before a name included)
 * @param endToken one past the last token
 * @param sentence index of the sentence that holds it
 * @param charOffset offset of the first character in the text the extractor read
 * @param surface the text as written
 */
public record Mention(int actor, int firstToken, int endToken, int sentence, int charOffset, String surface,
    MatchedBy matchedBy) {}
