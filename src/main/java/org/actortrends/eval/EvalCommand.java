package org.actortrends.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.actortrends.bench.Commands;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: measures the extraction kernel against labelled data. Subcommands {@code sentences} (sentence
 * sentiment against human ratings), {@code targets} (sentiment toward a person in a sentence), {@code mentions}
 * (actor extraction against the hand-checked answer key), {@code names} (person names against tagged
 * sentences), {@code languages} (the language detector against labelled articles) and {@code html} (main-text
 * extraction from news pages against their true article bodies). Usage errors print one
 * line and exit 2.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure sentiment, actor extraction, language detection and HTML main-text extraction against labelled data "
        + "(see README: Accuracy).",
    subcommands = {CommandLine.HelpCommand.class})
public final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandLine.Model.CommandSpec spec;

  public static int execute(String[] args) {
    return execute(args, System.out);
  }

  static int execute(String[] args, PrintStream out) {
    EvalCommand eval = new EvalCommand();
    CommandLine cli = new CommandLine(eval);
    cli.addSubcommand("sentences", new SentencesCommand(out));
    cli.addSubcommand("targets", new TargetsCommand(out));
    cli.addSubcommand("mentions", new MentionsCommand(out));
    cli.addSubcommand("names", new NamesCommand(out));
    cli.addSubcommand("languages", new LanguagesCommand(out));
    cli.addSubcommand("html", new HtmlCommand(out));
    return Commands.execute(cli, args);
  }

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing subcommand: sentences, targets, mentions, names, languages or html");
  }

  /** A usage error (exit 2) unless {@code file} is a readable regular file. */
  /** Every input is a readable file, and --predictions, when given, names one file per input. */
  static void requireInputs(CommandLine.Model.CommandSpec spec, List<Path> inputs,
      List<Path> predictions) {
    if (!predictions.isEmpty() && predictions.size() != inputs.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give one --predictions file per --input ("
          + inputs.size() + " inputs, " + predictions.size() + " prediction files)");
    }
    for (Path input : inputs) {
      requireFile(spec, input);
    }
  }

  static void requireFile(CommandLine.Model.CommandSpec spec, Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "input file not found: " + file);
    }
  }
}
