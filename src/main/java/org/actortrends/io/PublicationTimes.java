package org.actortrends.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;

/**
 * Parses the publication times found in news corpora.
 *
 * <p>Accepted forms: ISO dates ({@code 2025-08-13}); ISO date-times with 'T' or a space, with or without seconds and
 * fraction, with or without an offset ({@code Z}, {@code +02:00}, {@code +0200}, {@code +02}); RFC 1123
 * ({@code Wed, 13 Aug 2025 09:30:00 GMT} or {@code +0200}, the weekday not checked); epoch seconds or milliseconds,
 * possibly with a fraction, as a number or a numeric string.
 * Date-times without an offset are read in the given zone. Impossible dates such as 2025-02-30 are errors.
 */
public final class PublicationTimes {

    /** A parsed publication time and the calendar day it falls on. */
    public record Parsed(long epochMillis, LocalDate day) {
        public Parsed {
            Objects.requireNonNull(day, "day");
            // A day partition must be a plain YYYY-MM-DD that every reader of the tables can parse.
            if (day.getYear() < 1 || day.getYear() > 9999) {
                throw new DateTimeException("its day " + day + " (in the run's time zone) is outside the years 0001 to 9999");
            }
        }
    }

    /** Epoch numbers this large in magnitude are milliseconds, smaller ones seconds (good until the year 5138). */
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    /** STRICT so that an impossible day is an error instead of being moved to the end of the month. */
    private static final DateTimeFormatter RFC_1123 =
            DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

    private PublicationTimes() {
    }

    /**
     * Parses a publication time. A date-only value keeps its calendar day (its instant is the start of that day in
     * {@code zone}); any other value is an instant whose day is taken in {@code zone}.
     *
     * @throws DateTimeException        if the value is not a time in a known form, or names an impossible date
     * @throws IllegalArgumentException if the value is empty or an epoch number out of range
     */
    public static Parsed parse(String value, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        String text = Objects.requireNonNull(value, "value").strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty publication time");
        }
        if (isDecimalNumber(text)) {
            return parseEpochText(text, zone);
        }
        if (startsWithIsoDate(text)) {
            return text.length() == 10 ? dateOnly(LocalDate.parse(text), zone) : parseIsoDateTime(text, zone);
        }
        return atInstant(RFC_1123.parse(withoutWeekday(text), OffsetDateTime::from).toInstant(), zone);
    }

    /** Reads an epoch number: seconds, or milliseconds when its magnitude is at least 100,000,000,000. */
    public static Parsed parseEpoch(long number, ZoneId zone) {
        boolean isMillis = number >= MILLIS_THRESHOLD || number <= -MILLIS_THRESHOLD;
        return ofEpochMillis(isMillis ? number : number * 1000, zone);
    }

    private static Parsed ofEpochMillis(long epochMillis, ZoneId zone) {
        return atInstant(Instant.ofEpochMilli(epochMillis), zone);
    }

    private static Parsed atInstant(Instant instant, ZoneId zone) {
        return new Parsed(instant.toEpochMilli(), LocalDate.ofInstant(instant, zone));
    }

    private static Parsed dateOnly(LocalDate date, ZoneId zone) {
        return new Parsed(date.atStartOfDay(zone).toInstant().toEpochMilli(), date);
    }

    private static Parsed parseIsoDateTime(String text, ZoneId zone) {
        // Accept "2025-08-13 09:30" as well as "2025-08-13T09:30" with one formatter.
        String withT = text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        TemporalAccessor parsed = ISO_DATE_TIME.parseBest(withT, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime) {
            return atInstant(((OffsetDateTime) parsed).toInstant(), zone);
        }
        return atInstant(((LocalDateTime) parsed).atZone(zone).toInstant(), zone);
    }

    private static Parsed parseEpochText(String text, ZoneId zone) {
        try {
            if (text.indexOf('.') < 0) {
                return parseEpoch(Long.parseLong(text), zone);
            }
            BigDecimal number = new BigDecimal(text);
            boolean isMillis = number.abs().compareTo(BigDecimal.valueOf(MILLIS_THRESHOLD)) >= 0;
            BigDecimal millis = isMillis ? number : number.movePointRight(3);
            return ofEpochMillis(millis.setScale(0, RoundingMode.HALF_UP).longValueExact(), zone);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("epoch number out of range: " + text, e);
        }
    }

    /** Feeds often get the weekday wrong, and the date alone says which day it is. */
    private static String withoutWeekday(String rfc1123) {
        int comma = rfc1123.indexOf(',');
        return comma < 0 ? rfc1123 : rfc1123.substring(comma + 1).strip();
    }

    /** yyyy-mm-dd at the start, which is how every ISO form we accept begins. */
    private static boolean startsWithIsoDate(String text) {
        return text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    }

    /** An optional minus, digits, then optionally a dot and more digits. */
    private static boolean isDecimalNumber(String text) {
        int start = text.charAt(0) == '-' ? 1 : 0;
        int digitsBeforeDot = 0;
        int digitsAfterDot = 0;
        boolean sawDot = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && !sawDot) {
                sawDot = true;
            } else if (c >= '0' && c <= '9') {
                if (sawDot) {
                    digitsAfterDot++;
                } else {
                    digitsBeforeDot++;
                }
            } else {
                return false;
            }
        }
        return digitsBeforeDot > 0 && (!sawDot || digitsAfterDot > 0);
    }
}
