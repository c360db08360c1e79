package org.actortrends.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/**
 * Reads the rows of one Parquet corpus file, turning each into exactly one {@link ParsedRecord} through
 * {@link ArticleParser#parseFields}.
 *
 * <p>Only the columns the {@link FieldNames} look for are converted: strings as they are; INT64 timestamps
 * (millis, micros, nanos, or INT96) as ISO instants, local timestamps as ISO local date-times, dates as ISO dates; integers
 * as decimal text for the id and the publication time (epoch seconds). A column of another type (say the text in an
 * INT32 column, or a struct) rejects the row as {@link RejectReason#WRONG_TYPE}. A file that cannot be read (not
 * Parquet, truncated) gives one {@link RejectReason#READ_ERROR} outcome, after the rows read before the failure.
 */
public final class ParquetCorpusReader {

    /** How much of a row to keep as its raw text in a rejection; the full text is never kept. */
    static final int MAX_RAW_CHARS = 400;
    private static final int MAX_RAW_VALUE_CHARS = 80;

    private ParquetCorpusReader() {
    }

    private enum Role { ID, TIME, STRING }

    /** Reads every row of {@code file}; failures become outcomes, nothing is thrown. */
    public static void read(InputFile file, ArticleParser parser, FieldNames names, Consumer<ParsedRecord> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(sink, "sink");
        Configuration conf = new Configuration(false);
        // INT96 timestamps (older Spark/Hive files) come as 12 fixed bytes instead of failing the whole file.
        conf.setBoolean("parquet.avro.readInt96AsFixed", true);
        long row = 0;
        Set<String> nanos;
        try {
            nanos = nanosecondColumns(file);
        } catch (IOException | RuntimeException e) {
            sink.accept(ReadErrors.outcome(1, e instanceof IOException io ? io : new IOException(
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e)));
            return;
        }
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(file)
                .withDataModel(GenericData.get()).withConf(conf).build()) {
            while (true) {
                GenericRecord record = reader.read();
                if (record == null) {
                    return;
                }
                row++;
                sink.accept(parseRow(row, record, parser, names, nanos));
            }
        } catch (IOException e) {
            sink.accept(ReadErrors.outcome(row + 1, e));
        } catch (RuntimeException e) {
            // Parquet reports corrupt pages and footers as unchecked exceptions.
            sink.accept(ReadErrors.outcome(row + 1, new IOException(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e)));
        }
    }

    /**
     * Top-level INT64 TIMESTAMP(NANOS) columns (pandas' default), which parquet-avro hands over as plain longs: the
     * footer's own schema tells them from epoch numbers.
     */
    private static Set<String> nanosecondColumns(InputFile file) throws IOException {
        Set<String> names = new HashSet<>();
        try (ParquetFileReader footer = ParquetFileReader.open(file)) {
            for (Type field : footer.getFooter().getFileMetaData().getSchema().getFields()) {
                if (field.getLogicalTypeAnnotation()
                        instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation timestamp
                        && timestamp.getUnit() == LogicalTypeAnnotation.TimeUnit.NANOS) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    static ParsedRecord parseRow(long row, GenericRecord record, ArticleParser parser, FieldNames names) {
        return parseRow(row, record, parser, names, Set.of());
    }

    static ParsedRecord parseRow(long row, GenericRecord record, ArticleParser parser, FieldNames names,
            Set<String> nanos) {
        Map<String, String> values = new LinkedHashMap<>();
        String problem = null;
        try {
            put(record, names.id(), Role.ID, values, nanos);
            put(record, names.url(), Role.STRING, values, nanos);
            putFirst(record, names.sourceNames(), Role.STRING, values, nanos);
            putFirst(record, names.publishedAtNames(), Role.TIME, values, nanos);
            put(record, names.title(), Role.STRING, values, nanos);
            putFirst(record, names.textNames(), Role.STRING, values, nanos);
            if (names.languageOrNull() != null) {
                put(record, names.languageOrNull(), Role.STRING, values, nanos);
            }
        } catch (WrongColumnType e) {
            problem = e.getMessage();
        }
        String raw = raw(record, values, names);
        if (problem != null) {
            return ParsedRecord.rejected(row, raw, RejectReason.WRONG_TYPE, problem);
        }
        for (String text : values.values()) {
            if (Utf8.isLongerThan(text, parser.maxArticleBytes())) {
                return ParsedRecord.rejected(row, raw, RejectReason.TOO_LARGE,
                        "record is larger than the limit of " + parser.maxArticleBytes() + " bytes");
            }
        }
        return parser.parseFields(row, raw, values);
    }

    private static void putFirst(GenericRecord record, List<String> names, Role role, Map<String, String> values,
            Set<String> nanos) throws WrongColumnType {
        for (String name : names) {
            put(record, name, role, values, nanos);
            String value = values.get(name);
            if (value != null && !value.isBlank()) {
                return;
            }
        }
    }

    private static void put(GenericRecord record, String name, Role role, Map<String, String> values,
            Set<String> nanos) throws WrongColumnType {
        Schema.Field field = record.getSchema().getField(name);
        if (field == null) {
            return;
        }
        Object value = record.get(field.pos());
        if (value == null) {
            return;
        }
        if (nanos.contains(name) && value instanceof Long n) {
            if (role != Role.TIME) {
                throw new WrongColumnType(name + ": expected " + expected(role) + " column, found int64"
                        + " (timestamp-nanos)");
            }
            values.put(name, Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L),
                    Math.floorMod(n, 1_000_000_000L)).toString());
            return;
        }
        values.put(name, convert(name, nonNull(field.schema()), value, role));
    }

    private static String convert(String name, Schema schema, Object value, Role role) throws WrongColumnType {
        LogicalType logical = schema.getLogicalType();
        String logicalName = logical == null ? null : logical.getName();
        switch (schema.getType()) {
            case STRING, ENUM:
                return value.toString();
            case BYTES:
                if (logicalName == null) { // BINARY without the UTF8 annotation, as some writers leave it
                    ByteBuffer bytes = ((ByteBuffer) value).duplicate();
                    return StandardCharsets.UTF_8.decode(bytes).toString();
                }
                break;
            case INT:
                if ("date".equals(logicalName) && role == Role.TIME) {
                    return LocalDate.ofEpochDay(((Number) value).longValue()).toString();
                }
                if (logicalName == null && role != Role.STRING) {
                    return value.toString();
                }
                break;
            case LONG: {
                long n = ((Number) value).longValue();
                if (role == Role.TIME && logicalName != null) {
                    switch (logicalName) {
                        case "timestamp-millis": return Instant.ofEpochMilli(n).toString();
                        case "timestamp-micros": return micros(n).toString();
                        case "local-timestamp-millis":
                            return LocalDateTime.ofInstant(Instant.ofEpochMilli(n), ZoneOffset.UTC).toString();
                        case "local-timestamp-micros":
                            return LocalDateTime.ofInstant(micros(n), ZoneOffset.UTC).toString();
                        default: break;
                    }
                } else if (logicalName == null && role != Role.STRING) {
                    return Long.toString(n);
                }
                break;
            }
            case FLOAT, DOUBLE:
                if (role == Role.TIME) {
                    return new BigDecimal(value.toString()).toPlainString();
                }
                break;
            case FIXED:
                if (role == Role.TIME && schema.getFixedSize() == 12 && logicalName == null) {
                    return int96(((GenericData.Fixed) value).bytes()).toString();
                }
                break;
            default:
                break;
        }
        throw new WrongColumnType(name + ": expected " + expected(role) + " column, found "
                + describe(schema));
    }

    private static Instant micros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    /** INT96: nanoseconds of the day (8 bytes) then the Julian day (4 bytes), both little-endian. */
    private static Instant int96(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = buffer.getLong();
        long julianDay = buffer.getInt();
        long epochDay = julianDay - 2_440_588L;
        return Instant.ofEpochSecond(epochDay * 86_400L, 0).plusNanos(nanosOfDay);
    }

    private static String expected(Role role) {
        return switch (role) {
            case ID -> "a string or integer";
            case TIME -> "a string, timestamp, date or epoch-number";
            case STRING -> "a string";
        };
    }

    private static String describe(Schema schema) {
        String type = schema.getType().getName();
        String kind = switch (schema.getType()) {
            case RECORD -> "struct";
            case ARRAY -> "list";
            case MAP -> "map";
            case INT -> "int32";
            case LONG -> "int64";
            case FIXED -> "fixed_len_byte_array(" + schema.getFixedSize() + ")";
            default -> type.toLowerCase(Locale.ROOT);
        };
        LogicalType logical = schema.getLogicalType();
        return logical == null ? kind : kind + " (" + logical.getName() + ")";
    }

    private static Schema nonNull(Schema schema) {
        if (schema.getType() == Schema.Type.UNION) {
            for (Schema branch : schema.getTypes()) {
                if (branch.getType() != Schema.Type.NULL) {
                    return branch;
                }
            }
        }
        return schema;
    }

    /** The found values as a short JSON-like line; the text is shown only by its length. */
    private static String raw(GenericRecord record, Map<String, String> values, FieldNames names) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            String value = entry.getValue();
            boolean isText = names.textNames().contains(entry.getKey());
            String shown = isText ? "<" + value.length() + " chars>"
                    : value.length() <= MAX_RAW_VALUE_CHARS ? value : value.substring(0, MAX_RAW_VALUE_CHARS) + "...";
            out.append('"').append(entry.getKey()).append("\": \"").append(shown.replace("\"", "\\\"")).append('"');
        }
        out.append('}');
        if (values.isEmpty()) {
            out.setLength(0);
            out.append("{columns: ").append(record.getSchema().getFields().stream().map(Schema.Field::name).toList())
                    .append('}');
        }
        return out.length() <= MAX_RAW_CHARS ? out.toString() : out.substring(0, MAX_RAW_CHARS) + "...";
    }

    private static final class WrongColumnType extends Exception {
        private static final long serialVersionUID = 1L;

        WrongColumnType(String message) {
            super(message, null, false, false);
        }
    }
}
