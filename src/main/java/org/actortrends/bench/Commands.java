package org.actortrends.bench;

import picocli.CommandLine;

/** Runs a picocli command with the project's conventions: usage errors are one line and exit code 2. */
public final class Commands {
  private Commands() {}

  public static int execute(Object command, String[] args) {
    return execute(new CommandLine(command), args);
  }

  /** The same for a command line already built (one with subcommands added as instances, say). */
  public static int execute(CommandLine cli, String[] args) {
    cli.setParameterExceptionHandler((e, a) -> {
      System.err.println("error: " + e.getMessage() + " (see --help)");
      return 2;
    });
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      System.err.println("error: " + e.getMessage());
      return 1;
    });
    return cli.execute(args);
  }
}
