package org.actortrends.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.actortrends.extract.NameFinder;
import org.actortrends.extract.NameType;
import org.actortrends.extract.Names;
import org.actortrends.extract.TextFold;
import org.actortrends.extract.Tokenizer;
import org.actortrends.extract.Tokens;
import org.actortrends.extract.Vocabulary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval names}: person names found by {@link NameFinder} against the person spans of GMB-style tagged
 * sentences. Each sentence's tokens are joined into text (a space between tokens, none before a possessive "'s"),
 * tokenized and searched after the {@code --context} sentences before it (one a line, as the job reads an article:
 * GMB's sentences come in the order of their documents, without boundaries), so that a surname can refer back to
 * a full name; only the sentence's own spans are scored, each mapped back to its tokens. Person
 * spans are compared on their name cores: leading title words ("President", "Mr.", "Prime Minister", "Secretary
 * of State", with any place or nationality before them: "U.S. Vice President") are removed from gold and
 * predicted spans alike by one rule, and a gold span left empty ("Mr." alone)
 * is not counted. A true positive is an exact core match.
 */
@Command(name = "names", mixinStandardHelpOptions = true,
    description = "Precision, recall and F1 of person names (name cores) against tagged sentences (GMB JSON Lines).")
final class NamesCommand implements Callable<Integer> {
  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, split = ",",
      description = "GMB-style JSON Lines files ({\"id\",\"tokens\",\"entities\"}); one block of figures each.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--predictions", split = ",",
      description = "Write id<TAB>start<TAB>end<TAB>text<TAB>type lines (token indices, end exclusive) of every "
          + "span found here; one file per --input.")
  List<Path> predictions = new ArrayList<>();

  @Option(names = "--context", defaultValue = "10", paramLabel = "N",
      description = "Sentences before each one (in file order) read with it as its document; 0 reads each alone "
          + "(default: ${DEFAULT-VALUE}).")
  int context;

  private final PrintStream out;

  NamesCommand(PrintStream out) {
    this.out = out;
  }

  /** Counts of one entity type: true positives, predicted spans, gold spans. */
  record Score(long truePositives, long predicted, long gold) {
    double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    double f1() {
      return predicted + gold == 0 ? 0 : 2.0 * truePositives / (predicted + gold);
    }

    String format(String what) {
      return String.format(Locale.ROOT, "%-13s P=%.3f  R=%.3f  F1=%.3f  (%d true of %d found, %d labelled)", what,
          precision(), recall(), f1(), truePositives, predicted, gold);
    }
  }

  @Override
  public Integer call() throws IOException {
    EvalCommand.requireInputs(spec, inputs, predictions);
    if (context < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--context must be 0 or more");
    }
    Vocabulary vocabulary = new Vocabulary();
    NameFinder finder = new NameFinder(vocabulary);
    Tokenizer tokenizer = new Tokenizer(vocabulary);
    Tokens tokens = new Tokens();
    Names names = new Names();
    for (int f = 0; f < inputs.size(); f++) {
      List<TaggedSentences.Sentence> sentences = TaggedSentences.read(inputs.get(f));
      long[] person = new long[3];
      long[] org = new long[3];
      long emptyCores = 0;
      BufferedWriter w = predictions.isEmpty() ? null
          : Files.newBufferedWriter(predictions.get(f), StandardCharsets.UTF_8);
      try {
        java.util.ArrayDeque<String> before = new java.util.ArrayDeque<>();
        for (TaggedSentences.Sentence sentence : sentences) {
          List<String> words = sentence.tokens();
          JoinedText joined = JoinedText.of(words);
          String preceding = before.isEmpty() ? "" : String.join("\n", before) + "\n";
          tokenizer.tokenize(preceding + joined.text(), tokens);
          finder.find(tokens, names);
          int offset = preceding.length();
          if (context > 0) {
            before.addLast(joined.text());
            if (before.size() > context) {
              before.removeFirst();
            }
          }
          Set<Long> goldPersons = new HashSet<>();
          Set<Long> goldOrgs = new HashSet<>();
          for (TaggedSentences.Entity e : sentence.entities()) {
            if (e.type().equals("per")) {
              int core = coreStart(vocabulary, finder, words, e.start(), e.end());
              if (core == e.end()) {
                emptyCores++;
              } else {
                goldPersons.add(key(core, e.end()));
              }
            } else if (e.type().equals("org")) {
              goldOrgs.add(key(e.start(), e.end()));
            }
          }
          Set<Long> foundPersons = new HashSet<>();
          Set<Long> foundOrgs = new HashSet<>();
          for (int k = 0; k < names.size(); k++) {
            if (tokens.start(names.first(k)) < offset) {
              continue; // a name of the context sentences
            }
            int first = joined.tokenAt(tokens.start(names.first(k)) - offset);
            int end = joined.tokenAt(tokens.end(names.end(k) - 1) - 1 - offset) + 1;
            NameType type = names.type(k);
            if (type == NameType.PERSON) {
              int core = coreStart(vocabulary, finder, words, first, end);
              if (core < end) {
                foundPersons.add(key(core, end));
              }
            } else if (type == NameType.ORGANIZATION) {
              foundOrgs.add(key(first, end));
            }
            if (w != null) {
              w.write(sentence.id() + "\t" + first + "\t" + end + "\t" + String.join(" ", words.subList(first, end))
                  + "\t" + type + "\n");
            }
          }
          count(person, goldPersons, foundPersons);
          count(org, goldOrgs, foundOrgs);
        }
      } finally {
        if (w != null) {
          w.close();
        }
      }
      out.printf(Locale.ROOT, "%s: %d sentences%n", inputs.get(f).getFileName(), sentences.size());
      out.println("  " + new Score(person[0], person[1], person[2]).format("persons") + "  name cores; "
          + emptyCores + " labelled spans without a name left out");
      out.println("  " + new Score(org[0], org[1], org[2]).format("organisations") + "  whole spans, for information");
    }
    return 0;
  }

  private static void count(long[] counts, Set<Long> gold, Set<Long> found) {
    for (Long k : found) {
      if (gold.contains(k)) {
        counts[0]++;
      }
    }
    counts[1] += found.size();
    counts[2] += gold.size();
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  /**
   * The first token of the name core of the span {@code [start, end)}: after its leading title words (by the
   * finder's title list; "Mr." as "mr", "Secretary-General" by its parts, "of" between two title words) and any
   * place or nationality word before them ("U.S. Vice President Dick Cheney" has the core "Dick Cheney").
   */
  static int coreStart(Vocabulary vocabulary, NameFinder finder, List<String> words, int start, int end) {
    int core = start;
    for (int k = start; k < end; k++) {
      String word = words.get(k);
      if (isTitle(vocabulary, finder, word)) {
        core = k + 1;
      } else if (!(k > start && word.equals("of") || isModifier(vocabulary, finder, word))) {
        break;
      }
    }
    return core;
  }

  private static boolean isModifier(Vocabulary vocabulary, NameFinder finder, String word) {
    return finder.isNonPersonWord(vocabulary, TextFold.fold(word).replace(".", ""));
  }

  private static boolean isTitle(Vocabulary vocabulary, NameFinder finder, String word) {
    String folded = TextFold.fold(word).replace(".", "");
    if (folded.isEmpty()) {
      return false;
    }
    for (String part : folded.split("-")) {
      if (!finder.isTitleWord(vocabulary, part)) {
        return false;
      }
    }
    return true;
  }

  /** A sentence's tokens joined into text, with the token each character belongs to. */
  record JoinedText(String text, int[] tokenOf) {
    static JoinedText of(List<String> words) {
      StringBuilder b = new StringBuilder();
      int[] owner = new int[64];
      for (int k = 0; k < words.size(); k++) {
        String word = words.get(k);
        boolean attached = k > 0 && (word.equals("'s") || word.equals("'") || word.equals("’s"));
        if (k > 0 && !attached) {
          owner = put(owner, b.length(), k - 1); // the space belongs to the token before it
          b.append(' ');
        }
        for (int c = 0; c < word.length(); c++) {
          owner = put(owner, b.length(), k);
          b.append(word.charAt(c));
        }
      }
      return new JoinedText(b.toString(), owner);
    }

    private static int[] put(int[] owner, int at, int token) {
      if (at == owner.length) {
        owner = java.util.Arrays.copyOf(owner, at * 2);
      }
      owner[at] = token;
      return owner;
    }

    int tokenAt(int charOffset) {
      return tokenOf[charOffset];
    }
  }
}
