package org.actortrends.extract;

/**
 * A name an article uses that links to no actor: the fullest form the article gave it ("Rui Costa" also for a
 * later "Costa"), its type, how often the article uses it, and the sentiment toward it.
 *
 * @param scored mentions with a sentiment score; {@code sentimentSum} is their sum
 */
public record UnlinkedName(String name, NameType type, int mentions, int scored, double sentimentSum) {}
