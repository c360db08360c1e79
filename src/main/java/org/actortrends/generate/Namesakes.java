package org.actortrends.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.actortrends.extract.Actor;
import org.actortrends.extract.ActorType;

/**
 * Namesake traps: a short sports or business item about a made-up person who shares a surname ("Jimmy Bennett",
 * then "Bennett") or a first name ("Kim Sorensen", then "Kim") with a dictionary person, set between two paragraphs
 * of an article that never names that person. The shared word names the made-up person there, so it counts for no
 * actor; {@link #plant} says which spans it wrote. The trap uses its own random numbers, so an article with a trap
 * is the article without it plus the item, and the actor counts do not change.
 *
 * <p>Before an item is planted, the whole article is scanned with the generator's own {@link PhraseTrie}: inside the
 * item the only dictionary phrases must be the planted words, each claimed by the trap actor alone; outside it, no
 * phrase of the trap actor, and no full name or alias of theirs even in lines that are not read (boilerplate).
 */
final class Namesakes {
  /** Our own first names. Those that are a person's one-word short form make first-name traps; those no dictionary
   * phrase holds are the first names of surname traps; the rest are not used. */
  static final List<String> GIVEN_NAMES = List.of(
      "Jimmy", "Laura", "Tomas", "Megan", "Oskar", "Nadia", "Carlos", "Ingrid", "Felix", "Hannah", "Marco", "Sofia",
      "Kofi", "Yuki", "Ruben", "Elena", "Declan", "Priya", "Stefan", "Amara", "Lukas", "Greta", "Mateo", "Chloe",
      "Kim", "Pavel", "Michel", "Philippe", "Marin", "Michal");

  /** Our own surnames for first-name traps; used only where no dictionary phrase holds them. */
  static final List<String> SURNAMES = List.of(
      "Sorensen", "Novak", "Fournier", "Lindqvist", "Okafor", "Brennan", "Castellano", "Hartmann", "Dufresne",
      "Moreau", "Vasquez", "Kowalczyk", "Ferreira", "Halvorsen", "Whitcombe", "Tanaka");

  private static final long TRAP_SALT = 0x6e616d6573616b65L; // "namesake": a stream apart from the article's
  private static final int TRIES = 8;

  /** A dictionary person and the word of theirs a made-up person shares. */
  record Target(int actor, String word, boolean firstName) {}

  /** One planted trap span: the text as written and the actor it is not. */
  record Span(String surface, int actor) {}

  private final PhraseTrie trie;
  private final List<Actor> actors;
  private final double fraction;
  private final List<Target> targets = new ArrayList<>();
  private final List<Target> surnameTargets = new ArrayList<>();
  private final List<Target> firstNameTargets = new ArrayList<>();
  private final List<String> givenNames = new ArrayList<>();
  private final List<String> surnames = new ArrayList<>();
  private final Map<String, List<String>> items;

  Namesakes(FormCatalog catalog, PhraseTrie trie, double fraction) {
    this.trie = trie;
    this.actors = catalog.actors();
    this.fraction = fraction;
    this.items = loadItems();
    for (String s : SURNAMES) {
      if (trie.wordId(Fold.fold(s)) < 0) {
        surnames.add(s);
      }
    }
    List<String> firstNameWords = new ArrayList<>();
    for (String g : GIVEN_NAMES) {
      if (trie.wordId(Fold.fold(g)) < 0) {
        givenNames.add(g);
      } else {
        firstNameWords.add(g);
      }
    }
    for (int a = 0; a < actors.size(); a++) {
      if (actors.get(a).type() != ActorType.PERSON) {
        continue;
      }
      for (Form f : catalog.forms(a, Form.Kind.SHORT)) {
        // One capitalised word that no other actor claims and that is not an everyday word (those are left out
        // of the catalog): the article can then hold the word only as the trap actor's or the namesake's.
        if (f.oneWord && f.unique && f.text.equals(f.base)) {
          Target target = new Target(a, f.text, firstNameWords.contains(f.text));
          targets.add(target);
          (target.firstName() ? firstNameTargets : surnameTargets).add(target);
        }
      }
    }
  }

  boolean active() {
    return fraction > 0;
  }

  List<Target> targets() {
    return targets;
  }

  /**
   * For a {@code fraction} of articles, inserts a trap item between two paragraphs of {@code text} (never before
   * the lede) if it keeps the article within {@code maxWords}; returns the spans planted, empty when none.
   */
  List<Span> plant(long seed, long index, String title, StringBuilder text, int words, int maxWords) {
    SplittableRandom rng = new SplittableRandom(ArticleComposer.mix64(seed ^ TRAP_SALT) + ArticleComposer.mix64(index));
    if (rng.nextDouble() >= fraction || targets.isEmpty()) {
      return List.of();
    }
    for (int t = 0; t < TRIES; t++) {
      // First-name targets are few; one trap in four uses one, so that they are not lost among the surnames.
      List<Target> pool = firstNameTargets.isEmpty() || rng.nextInt(4) > 0 ? surnameTargets : firstNameTargets;
      Target target = pool.get(rng.nextInt(pool.size()));
      List<Span> spans = new ArrayList<>();
      String item = item(target, rng, spans);
      if (words + ArticleComposer.countWords(item) > maxWords) {
        return List.of();
      }
      int at = insertionPoint(text, rng);
      String candidate = text.substring(0, at) + "\n\n" + item + text.substring(at);
      if (provesClean(title, candidate, at + 2, at + 2 + item.length(), target, spans.size())) {
        text.setLength(0);
        text.append(candidate);
        return spans;
      }
    }
    return List.of();
  }

  /** Introduced in full, then by the shared word alone two or three times, in one or two paragraphs. */
  private String item(Target target, SplittableRandom rng, List<Span> spans) {
    String other = target.firstName() ? pick(surnames, rng) : pick(givenNames, rng);
    String full = target.firstName() ? target.word() + " " + other : other + " " + target.word();
    String kind = rng.nextBoolean() ? "sports" : "business";
    List<String> more = new ArrayList<>(items.get(kind + "-more"));
    StringBuilder b = new StringBuilder(pick(items.get(kind + "-intro"), rng).replace("{full}", full));
    spans.add(new Span(full, target.actor()));
    int later = 2 + rng.nextInt(2);
    for (int k = 0; k < later; k++) {
      b.append(k == 1 && rng.nextBoolean() ? "\n\n" : " ");
      b.append(more.remove(rng.nextInt(more.size())).replace("{bare}", target.word()));
      spans.add(new Span(target.word(), target.actor()));
    }
    return b.toString();
  }

  /** The end of a paragraph after the first, or the end of the text. */
  private static int insertionPoint(StringBuilder text, SplittableRandom rng) {
    List<Integer> ends = new ArrayList<>();
    for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
      ends.add(i);
    }
    ends.add(text.length());
    ends.remove(0); // the lede's end comes first; the item goes after the second paragraph or later
    return ends.isEmpty() ? text.length() : ends.get(rng.nextInt(ends.size()));
  }

  /**
   * Whether the article holds exactly the planted phrases of the trap actor inside [from, to) and nothing else of
   * theirs: the title and text are read as the job reads a document (title, blank line, text).
   */
  private boolean provesClean(String title, String text, int from, int to, Target target, int planted) {
    Actor actor = actors.get(target.actor());
    if (title.contains(actor.name()) || text.contains(actor.name())) {
      return false;
    }
    for (String alias : actor.aliases()) {
      if (title.contains(alias) || text.contains(alias)) {
        return false;
      }
    }
    String document = title + "\n\n" + text;
    int offset = title.length() + 2;
    SplitText tokens = trie.split(document);
    int found = 0;
    for (PhraseTrie.Candidate c : trie.scan(tokens)) {
      boolean inItem = tokens.start(c.start()) >= offset + from && tokens.end(c.end() - 1) <= offset + to;
      List<PhraseTrie.Entry> entries = trie.matching(c.node(), tokens, c.start(), c.end());
      if (inItem) {
        if (c.end() - c.start() != 1 || !tokens.surface(c.start()).equals(target.word()) || entries.size() != 1
            || entries.get(0).actor() != target.actor() || entries.get(0).kind() != PhraseKind.SHORT) {
          return false;
        }
        found++;
      } else if (entries.stream().anyMatch(e -> e.actor() == target.actor())) {
        return false;
      }
    }
    return found == planted;
  }

  private static String pick(List<String> list, SplittableRandom rng) {
    return list.get(rng.nextInt(list.size()));
  }

  private static Map<String, List<String>> loadItems() {
    Map<String, List<String>> out = new HashMap<>();
    for (String kind : List.of("sports-intro", "sports-more", "business-intro", "business-more")) {
      out.put(kind, new ArrayList<>());
    }
    try (InputStream in = Namesakes.class.getResourceAsStream("/generate/namesakes.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource /generate/namesakes.txt is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(": ");
        List<String> kind = colon < 0 ? null : out.get(line.substring(0, colon));
        String sentence = colon < 0 ? "" : line.substring(colon + 2).trim();
        String slot = line.startsWith("sports-intro") || line.startsWith("business-intro") ? "{full}" : "{bare}";
        if (kind == null || sentence.indexOf(slot) < 0 || sentence.indexOf(slot) != sentence.lastIndexOf(slot)
            || sentence.replace(slot, "").contains("{")) {
          throw new IllegalStateException("namesakes.txt line " + n + ": expected 'kind: text' with " + slot
              + " once and no other slot");
        }
        kind.add(sentence);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
