package org.actortrends.bench;

import picocli.CommandLine;

/** Runs a picocli command with the project's conventions: usage errors are one line and exit code 2. */
public final class Commands {
  private Commands() {}

  public static int execute(Object command, String[] args) {
    CommandLine cli = new CommandLine(command);
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
