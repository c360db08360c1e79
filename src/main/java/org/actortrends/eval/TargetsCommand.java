package org.actortrends.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval targets}: sentiment toward each target of a NewsMTSC-style file, by {@link TargetScorer#standard()},
 * classed negative / neutral / positive at ±{@code --cut}; accuracy and macro-F1 over the targets.
 */
@Command(name = "targets", mixinStandardHelpOptions = true,
    description = "Accuracy and macro-F1 of the sentiment toward each target (NewsMTSC JSON Lines).")
final class TargetsCommand implements Callable<Integer> {
  /** See README "Accuracy": the cut the VADER paper uses; tuned on NewsMTSC train it is no better. */
  static final String DEFAULT_CUT = "0.05";

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, split = ",",
      description = "NewsMTSC-style JSON Lines files; one line of figures each.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--predictions", split = ",",
      description = "Write primary_gid<TAB>from<TAB>to<TAB>score<TAB>label lines here (a tab, CR or LF in a gid "
          + "as \\t, \\r, \\n); one file per --input.")
  List<Path> predictions = new ArrayList<>();

  @Option(names = "--cut", defaultValue = DEFAULT_CUT,
      description = "A score at or above +cut is positive, at or below -cut negative (default: ${DEFAULT-VALUE}).")
  double cut;

  @Option(names = "--confusion", description = "Also print the confusion matrix of each file.")
  boolean confusion;

  private final PrintStream out;

  TargetsCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    if (!predictions.isEmpty() && predictions.size() != inputs.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give one --predictions file per --input ("
          + inputs.size() + " inputs, " + predictions.size() + " prediction files)");
    }
    if (!(cut > 0 && cut < 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--cut must be in (0, 1), not " + cut);
    }
    for (Path input : inputs) {
      EvalCommand.requireFile(spec, input);
    }
    TargetScorer scorer = TargetScorer.standard();
    for (int f = 0; f < inputs.size(); f++) {
      List<TargetedSentences.Target> targets = TargetedSentences.read(inputs.get(f));
      Metrics.Confusion c = new Metrics.Confusion();
      BufferedWriter w = predictions.isEmpty() ? null
          : Files.newBufferedWriter(predictions.get(f), StandardCharsets.UTF_8);
      try {
        for (TargetedSentences.Target t : targets) {
          double score = scorer.score(t.sentence(), t.charFrom(), t.charTo());
          int label = Metrics.classOf(score, cut);
          c.add(t.truth(), label);
          if (w != null) {
            w.write(escape(t.gid()) + "\t" + t.from() + "\t" + t.to() + "\t" + score + "\t" + Metrics.className(label) + "\n");
          }
        }
      } finally {
        if (w != null) {
          w.close();
        }
      }
      out.println(String.format("%-30s n=%6d  accuracy=%.3f  F1m=%.3f  (F1 neg/neu/pos %.3f/%.3f/%.3f; "
              + "predicted %d/%d/%d, true %d/%d/%d)", inputs.get(f).getFileName(), c.total(), c.accuracy(),
          c.macroF1(), c.f1(0), c.f1(1), c.f1(2), c.predicted(0), c.predicted(1), c.predicted(2), c.support(0),
          c.support(1), c.support(2)));
      if (confusion) {
        out.print(c.format());
      }
    }
    return 0;
  }

  /** Some NewsMTSC gids hold line breaks: written as backslash escapes, so each target stays one line. */
  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
  }
}
