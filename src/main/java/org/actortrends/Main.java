package org.actortrends;

import org.actortrends.bench.BenchCommand;
import org.actortrends.bench.VerifyCommand;
import org.actortrends.eval.EvalCommand;
import org.actortrends.generate.GenerateCommand;
import org.actortrends.io.PrivateTempDir;
import org.actortrends.pipeline.RunCommand;
import org.actortrends.report.ReportCommand;
import org.actortrends.report.SuggestActorsCommand;
import org.actortrends.train.TrainSentencesCommand;
import org.actortrends.train.TrainTargetsCommand;

/** {@code java -jar actor-trends.jar <command> [options]}: the commands of the job. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Beam and Flink log every step at INFO; a user wants the summary line and real warnings.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
      // Beam warns for every empty temporary directory it cleans up after writing.
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.beam.sdk.io.FileBasedSink", "error");
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.hadoop.util.NativeCodeLoader", "error");
      // Embedded Flink warns about its missing web log, long operator names and absent Hadoop or tokens.
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.flink", "error");
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.pekko", "error");
      // The Flink runner logs a failed job's whole stack trace before it throws; run prints one line with its cause.
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.beam.runners.flink.FlinkRunner", "off");
      // DJL's tokenizers look for a GPU they never use and warn when there is none.
      System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");
    }
    PrivateTempDir.install(); // before Flink or any library reads java.io.tmpdir
    System.exit(run(args));
  }

  public static int run(String[] args) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
      usage();
      return args.length == 0 ? RunCommand.USAGE : RunCommand.OK;
    }
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "run":
        return new RunCommand(System.out, System.err).execute(rest);
      case "report":
        return ReportCommand.execute(rest);
      case "actors":
        return SuggestActorsCommand.execute(rest);
      case "generate":
        return GenerateCommand.execute(rest);
      case "verify":
        return VerifyCommand.execute(rest);
      case "bench":
        return BenchCommand.execute(rest);
      case "eval":
        return EvalCommand.execute(rest);
      case "train-targets":
        return TrainTargetsCommand.execute(rest);
      case "train-sentences":
        return TrainSentencesCommand.execute(rest);
      default:
        System.err.println("error: unknown command '" + args[0] + "' (see --help for the commands)");
        return RunCommand.USAGE;
    }
  }

  private static void usage() {
    System.out.println("actor-trends: daily trend tables of who is in the news and how they are talked about");
    System.out.println();
    System.out.println("Usage: java -jar actor-trends.jar <command> [options]");
    System.out.println();
    System.out.println("Commands:");
    System.out.println("  run       read a corpus and write the daily Parquet tables (run --help for options)");
    System.out.println("  report    write the trend report of one day from a run's tables (report --help)");
    System.out.println("  actors    tools for the actor dictionary: actors suggest (names the dictionary misses)");
    System.out.println("  generate  write a synthetic corpus with its exact actor counts (generate --help)");
    System.out.println("  verify    compare a run's actor_daily with a generated corpus's ground truth");
    System.out.println("  bench     measure kernel and pipeline throughput on a corpus");
    System.out.println("  eval      measure sentiment, actors, names, languages, html text against labelled data (eval --help)");
    System.out.println("  train-targets  train the target sentiment model on NewsMTSC (train-targets --help)");
    System.out.println("  train-sentences  train the sentence sentiment model on rated sentences (train-sentences --help)");
  }
}
