package org.actortrends.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The record formats an input corpus file can have. */
public enum CorpusFormat {
    /** One JSON object per line. */
    JSON_LINES,
    /** RFC 4180 CSV with a header row. */
    CSV,
    /** Web archive records (ISO 28500), as Common Crawl ships them; HTML responses become articles. */
    WARC,
    /** Apache Parquet, one article a row; compressed inside, so never with a compression suffix. */
    PARQUET;

    private static final List<String> COMPRESSION_SUFFIXES = List.of(".gz", ".bz2", ".zst", ".deflate", ".zip");
    private static final List<String> JSON_LINES_SUFFIXES = List.of(".jsonl", ".ndjson", ".json");
    private static final String CSV_SUFFIX = ".csv";
    private static final String WARC_SUFFIX = ".warc";
    private static final String PARQUET_SUFFIX = ".parquet";
    /** The formats read, for messages. */
    public static final String SUFFIXES_READ = ".jsonl, .ndjson, .json (JSON Lines, or one pretty-printed object"
            + " as news-please writes), .csv, .warc or .parquet";

    /**
     * Tells the format from a file name such as {@code news-2025-08.jsonl.gz}; a compression suffix is ignored
     * because the pipeline decompresses before reading.
     *
     * @throws IllegalArgumentException if the name has no known suffix
     */
    public static CorpusFormat forFileName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.toLowerCase(Locale.ROOT).endsWith(PARQUET_SUFFIX)) {
            return PARQUET;
        }
        String lower = withoutCompressionSuffix(name.toLowerCase(Locale.ROOT));
        if (lower.endsWith(PARQUET_SUFFIX)) {
            throw new IllegalArgumentException("Cannot read input file '" + name
                    + "': Parquet files are compressed inside and are read without a compression suffix (formats read: "
                    + SUFFIXES_READ + ")");
        }
        if (JSON_LINES_SUFFIXES.stream().anyMatch(lower::endsWith)) {
            return JSON_LINES;
        }
        if (lower.endsWith(CSV_SUFFIX)) {
            return CSV;
        }
        if (lower.endsWith(WARC_SUFFIX)) {
            return WARC;
        }
        throw new IllegalArgumentException("Cannot tell the format of input file '" + name
                + "': expected a name ending in " + SUFFIXES_READ
                + ", the text formats optionally followed by .gz, .bz2, .zst, .deflate or .zip");
    }

    /** The values of {@code --format}, for messages. */
    public static final String OPTION_VALUES = "auto, json, csv, warc or parquet";

    /**
     * The format that {@code --format} names for every input file, or empty for {@code auto} (each file's format from
     * its name). {@code json} reads JSON Lines and news-please's one-object files alike.
     *
     * @throws IllegalArgumentException naming the values read
     */
    public static Optional<CorpusFormat> forOption(String value) {
        return switch (Objects.requireNonNull(value, "value").trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> Optional.empty();
            case "json" -> Optional.of(JSON_LINES);
            case "csv" -> Optional.of(CSV);
            case "warc" -> Optional.of(WARC);
            case "parquet" -> Optional.of(PARQUET);
            default -> throw new IllegalArgumentException("--format must be " + OPTION_VALUES + ", not '" + value + "'");
        };
    }

    /** The format of a file: {@code forAll} when {@code --format} names one (not null), else told from the name. */
    public static CorpusFormat of(String fileName, CorpusFormat forAll) {
        return forAll != null ? forAll : forFileName(fileName);
    }

    private static String withoutCompressionSuffix(String lowerCaseName) {
        for (String suffix : COMPRESSION_SUFFIXES) {
            if (lowerCaseName.endsWith(suffix)) {
                return lowerCaseName.substring(0, lowerCaseName.length() - suffix.length());
            }
        }
        return lowerCaseName;
    }
}
