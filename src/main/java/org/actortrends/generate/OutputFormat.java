package org.actortrends.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The corpus formats {@code generate --format} writes, each with the name of a shard and how to write one. */
enum OutputFormat {
  JSONL("jsonl", ".jsonl.gz"),
  CSV("csv", ".csv.gz"),
  /** Per-record gzip members, as CC-News ships them. */
  WARC("warc", ".warc.gz"),
  /** Compressed inside, so no .gz. */
  PARQUET("parquet", ".parquet"),
  /** A shard is a folder of one pretty-printed file per article. */
  NEWS_PLEASE("news-please", "");

  private final String option;
  private final String suffix;

  OutputFormat(String option, String suffix) {
    this.option = option;
    this.suffix = suffix;
  }

  String option() {
    return option;
  }

  /** The shard's name ending: {@code part-00000} + this. */
  String suffix() {
    return suffix;
  }

  /**
   * Whether a reader gets the generator's article ids. WARC pages and news-please files have no id field, so the
   * job hashes their URLs, and truth files that list article ids (stories, namesake traps) would not match.
   */
  boolean carriesIds() {
    return this != WARC && this != NEWS_PLEASE;
  }

  ArticleSink open(Path shard) throws IOException {
    return switch (this) {
      case JSONL -> new JsonLinesSink(shard);
      case CSV -> new CsvSink(shard);
      case WARC -> new WarcSink(shard);
      case PARQUET -> new ParquetSink(shard);
      case NEWS_PLEASE -> new NewsPleaseSink(shard);
    };
  }

  static OutputFormat forOption(String name) {
    for (OutputFormat f : values()) {
      if (f.option.equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("--format must be one of " + names() + ", not '" + name + "'");
  }

  static String names() {
    return Arrays.stream(values()).map(OutputFormat::option).collect(Collectors.joining("|"));
  }

  /** A new buffered file, its folders made. */
  static OutputStream newFile(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  @Override
  public String toString() {
    return option.toLowerCase(Locale.ROOT);
  }
}
