package org.actortrends.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads RFC 4180 CSV whose first record is the header. A row with the wrong number of columns is rejected; a syntax
 * error leaves the parser unable to find the next record, so it ends the file with one rejection.
 */
final class CsvCorpusReader {

    /** Unnamed columns (such as a pandas index) are allowed; two columns with the same name are not. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            .build();

    /** Room above the record size limit for the text the CSV parser's buffer reads ahead. */
    private static final long READ_AHEAD_CHARS = 64 * 1024;

    private static final String REST_NOT_READ = "; the rest of the file was not read";

    private CsvCorpusReader() {
    }

    // The parser is not closed: that would close the caller's stream.
    @SuppressWarnings("resource")
    static void read(Reader text, ArticleParser parser, Consumer<ParsedRecord> sink) {
        CsvInputGuard input = new CsvInputGuard(text, parser.maxArticleBytes() + READ_AHEAD_CHARS);
        CSVParser csv;
        try {
            csv = new CSVParser(input, FORMAT);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            sink.accept(fileEnded(1, e, parser));
            return;
        }
        List<String> header = csv.getHeaderNames().stream().map(String::strip).toList();
        Iterator<CSVRecord> rows = csv.iterator();
        while (true) {
            input.startRecord();
            long line = csv.getCurrentLineNumber() + 1;
            CSVRecord row;
            try {
                if (!rows.hasNext()) {
                    return;
                }
                row = rows.next();
            } catch (UncheckedIOException e) {
                sink.accept(fileEnded(line, e, parser));
                return;
            }
            if (!isBlankLine(row)) {
                sink.accept(outcome(line, row, header, parser));
            }
        }
    }

    private static ParsedRecord outcome(long line, CSVRecord row, List<String> header, ArticleParser parser) {
        String raw = CSVFormat.RFC4180.format((Object[]) row.values());
        if (row.size() != header.size()) {
            return ParsedRecord.rejected(line, raw, RejectReason.CSV_MALFORMED,
                    "expected " + header.size() + " columns as in the header, found " + row.size());
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).isEmpty()) {
                values.putIfAbsent(header.get(i), row.get(i));
            }
        }
        return parser.parseFields(line, raw, values);
    }

    /** The parser reports an empty line as a record with one empty value; like in JSON Lines it is no record. */
    private static boolean isBlankLine(CSVRecord row) {
        return row.size() == 1 && row.get(0).isEmpty();
    }

    /** The one outcome for a failure after which no further record can be found. */
    private static ParsedRecord fileEnded(long line, Exception e, ArticleParser parser) {
        CsvInputGuard.SourceFailure sourceFailure = findCause(e, CsvInputGuard.SourceFailure.class);
        if (sourceFailure != null) {
            return ReadErrors.outcome(line, (IOException) sourceFailure.getCause());
        }
        if (findCause(e, CsvInputGuard.RecordTooLong.class) != null) {
            return ParsedRecord.rejected(line, "", RejectReason.TOO_LARGE,
                    "record is larger than the limit of " + parser.maxArticleBytes() + " bytes" + REST_NOT_READ);
        }
        String where = e instanceof IllegalArgumentException ? "header: " : "";
        return ParsedRecord.rejected(line, "", RejectReason.CSV_MALFORMED, where + innermostMessage(e) + REST_NOT_READ);
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The parser's own message, without the layers of wrapping around it. */
    private static String innermostMessage(Throwable e) {
        String message = e.toString();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
