package org.actortrends.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.actortrends.bench.Commands;
import org.actortrends.io.ParquetTables;
import org.actortrends.pipeline.ActorTrendsPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code actors suggest}: a YAML draft of the people and organisations the run's articles name most that no actor
 * of the dictionary covers (from {@code names_daily}), ready to edit and pass to {@code --actors}. Names that look
 * like one person written two ways ("Jimmy Adams", "J. Adams": same surname, same first initial) become one entry,
 * the most mentioned form its name and the others its aliases.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write a YAML draft of the most-mentioned names that link to no actor (from the names_daily "
        + "table of a run), to edit and pass to run --actors.")
public final class SuggestActorsCommand implements Callable<Integer> {
  static final String NAMES_DAILY = ActorTrendsPipeline.NAMES_DAILY;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "The run's output directory.")
  Path output;

  @Option(names = "--top", defaultValue = "50", paramLabel = "N",
      description = "Entries to suggest (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--fromDay", paramLabel = "YYYY-MM-DD", description = "First day to count (default: all).")
  LocalDate fromDay;

  @Option(names = "--toDay", paramLabel = "YYYY-MM-DD", description = "Last day to count (default: all).")
  LocalDate toDay;

  @Option(names = "--file", paramLabel = "FILE", description = "Write the draft here instead of to stdout.")
  Path file;

  private final PrintStream out;

  SuggestActorsCommand(PrintStream out) {
    this.out = out;
  }

  /** {@code actors <subcommand>}: tools for the actor dictionary. */
  @Command(name = "actors", mixinStandardHelpOptions = true, description = "Tools for the actor dictionary.")
  static final class ActorsCommand {}

  public static int execute(String[] args) {
    CommandLine cli = new CommandLine(new ActorsCommand())
        .addSubcommand("suggest", new SuggestActorsCommand(System.out));
    return Commands.execute(cli, args);
  }

  /** One name's counts over the days read. */
  record Counted(String name, String type, long mentions, long articles) {}

  @Override
  public Integer call() throws IOException {
    if (top < 1) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--top must be at least 1");
    }
    Path table = output.resolve(NAMES_DAILY);
    if (!Files.isDirectory(table)) {
      throw new CommandLine.ParameterException(new CommandLine(this),
          "no " + NAMES_DAILY + " table in " + output + " (give the --output of a run)");
    }
    Map<String, long[]> counts = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    ParquetTables.forEachRow(table, (day, row) -> {
      if (day == null || (fromDay != null && day.isBefore(fromDay)) || (toDay != null && day.isAfter(toDay))) {
        return;
      }
      String type = row.get("type").toString();
      if (type.equals("unknown")) {
        return;
      }
      String name = row.get("name").toString();
      long[] c = counts.computeIfAbsent(name, n -> new long[2]);
      c[0] += (Long) row.get("mentions");
      c[1] += (Long) row.get("articles");
      types.merge(name, type, (a, b) -> a.equals("person") ? a : b);
    });
    List<Counted> names = new ArrayList<>();
    counts.forEach((name, c) -> names.add(new Counted(name, types.get(name), c[0], c[1])));
    names.sort(Comparator.comparingLong(Counted::mentions).reversed().thenComparing(Counted::name));
    List<List<Counted>> groups = group(names);
    String yaml = render(groups, top);
    if (file == null) {
      out.print(yaml);
    } else {
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
      out.println("wrote " + Math.min(top, groups.size()) + " suggested actors to " + file);
    }
    return 0;
  }

  /** Names grouped by who they probably are, each group led by its most mentioned form (input is in that order). */
  static List<List<Counted>> group(List<Counted> byMentions) {
    Map<String, List<Counted>> groups = new LinkedHashMap<>();
    for (Counted c : byMentions) {
      groups.computeIfAbsent(c.type() + "|" + personKey(c), k -> new ArrayList<>()).add(c);
    }
    return new ArrayList<>(groups.values());
  }

  /** For a person: first initial and surname ("Jimmy Adams", "J. Adams" -> "j adams"); else the whole name. */
  static String personKey(Counted c) {
    String[] words = fold(c.name()).split("[^a-z0-9']+");
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        kept.add(w);
      }
    }
    if (!c.type().equals("person") || kept.size() < 2) {
      return String.join(" ", kept);
    }
    return kept.get(0).charAt(0) + " " + kept.get(kept.size() - 1);
  }

  static String render(List<List<Counted>> groups, int top) {
    StringBuilder y = new StringBuilder();
    y.append("# Suggested actors: names the articles use most that link to no actor of the dictionary.\n")
        .append("# A draft: check each entry (is it one actor? a person or an organisation?), add country,\n")
        .append("# short forms, roles and active dates where you know them (schema: pipelines/ACTORS.md),\n")
        .append("# then pass the file with --actors=bundled,FILE.\n")
        .append("actors:\n");
    Map<String, Integer> ids = new HashMap<>();
    for (List<Counted> g : groups.subList(0, Math.min(top, groups.size()))) {
      Counted lead = g.get(0);
      long mentions = g.stream().mapToLong(Counted::mentions).sum();
      long articles = g.stream().mapToLong(Counted::articles).sum();
      String id = slug(lead.name());
      int n = ids.merge(id, 1, Integer::sum);
      y.append("  - id: ").append(n == 1 ? id : id + "_" + n)
          .append("    # ").append(mentions).append(" mentions in ").append(articles).append(" articles\n")
          .append("    name: ").append(quote(lead.name())).append('\n')
          .append("    type: ").append(lead.type()).append('\n');
      if (g.size() > 1) {
        y.append("    aliases: [");
        for (int i = 1; i < g.size(); i++) {
          y.append(i > 1 ? ", " : "").append(quote(g.get(i).name()));
        }
        y.append("]\n");
      }
    }
    return y.toString();
  }

  /** An id of [a-z0-9_]+ from a name: "José Ramos-Horta" -> "jose_ramos_horta". */
  static String slug(String name) {
    String s = fold(name).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return s.isEmpty() ? "actor" : s;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  /** A YAML double-quoted scalar: safe for any name (a colon, a leading quote, "NO", "null"). */
  static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        q.append('\\').append(c);
      } else if (c < 0x20) {
        q.append(String.format("\\x%02x", (int) c));
      } else {
        q.append(c);
      }
    }
    return q.append('"').toString();
  }
}
