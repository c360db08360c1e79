package org.actortrends.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationTimesTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2025-08-13T09:30:00Z              | 2025-08-13T09:30:00Z",
        "2025-08-13T09:30:00z              | 2025-08-13T09:30:00Z",
        "2025-08-13T11:30:00+02:00         | 2025-08-13T09:30:00Z",
        "2025-08-13T11:30:00+0200          | 2025-08-13T09:30:00Z",
        "2025-08-13T11:30:00+02            | 2025-08-13T09:30:00Z",
        "2025-08-13T09:30:00.250Z          | 2025-08-13T09:30:00.250Z",
        "2025-08-13 11:30:00+02:00         | 2025-08-13T09:30:00Z",
        "2025-08-13T09:30:00               | 2025-08-13T09:30:00Z",
        "2025-08-13T09:30                  | 2025-08-13T09:30:00Z",
        "2025-08-13 09:30:00               | 2025-08-13T09:30:00Z",
        "2025-08-13 09:30                  | 2025-08-13T09:30:00Z",
        "2025-08-13 09:30:00.123456        | 2025-08-13T09:30:00.123Z",
        "Wed, 13 Aug 2025 09:30:00 GMT     | 2025-08-13T09:30:00Z",
        "Wed, 13 Aug 2025 11:30:00 +0200   | 2025-08-13T09:30:00Z",
        "13 Aug 2025 09:30:00 GMT          | 2025-08-13T09:30:00Z",
        "Thu, 13 Aug 2025 09:30:00 GMT     | 2025-08-13T09:30:00Z",
        "1755077400                        | 2025-08-13T09:30:00Z",
        "1755077400000                     | 2025-08-13T09:30:00Z",
        "1755077400.5                      | 2025-08-13T09:30:00.500Z",
        "'  2025-08-13T09:30:00Z  '        | 2025-08-13T09:30:00Z",
    })
    void parsesEveryFormat(String value, String expectedInstant) {
        PublicationTimes.Parsed parsed = PublicationTimes.parse(value, UTC);

        assertEquals(millis(expectedInstant), parsed.epochMillis());
        assertEquals(LocalDate.of(2025, 8, 13), parsed.day());
    }

    @Test
    void dateOnlyKeepsItsDayInAnyZone() {
        for (ZoneId zone : new ZoneId[] {UTC, BERLIN, NEW_YORK, ZoneId.of("Pacific/Kiritimati")}) {
            PublicationTimes.Parsed parsed = PublicationTimes.parse("2025-08-13", zone);

            assertEquals(LocalDate.of(2025, 8, 13), parsed.day(), zone.toString());
            assertEquals(LocalDate.of(2025, 8, 13).atStartOfDay(zone).toInstant().toEpochMilli(), parsed.epochMillis());
        }
    }

    @Test
    void instantsTakeTheDayOfTheZone() {
        assertEquals(LocalDate.of(2025, 8, 14), PublicationTimes.parse("2025-08-13T23:30:00Z", BERLIN).day());
        assertEquals(LocalDate.of(2025, 8, 13), PublicationTimes.parse("2025-08-13T23:30:00Z", UTC).day());
        assertEquals(LocalDate.of(2025, 8, 12), PublicationTimes.parse("2025-08-13T01:30:00Z", NEW_YORK).day());
        assertEquals(LocalDate.of(2025, 8, 14),
                PublicationTimes.parse("Wed, 13 Aug 2025 23:30:00 GMT", BERLIN).day());
        assertEquals(LocalDate.of(2025, 8, 14), PublicationTimes.parseEpoch(1755127800L, BERLIN).day());
    }

    @Test
    void localDateTimesAreReadInTheZone() {
        PublicationTimes.Parsed parsed = PublicationTimes.parse("2025-08-13 23:30", BERLIN);

        assertEquals(millis("2025-08-13T21:30:00Z"), parsed.epochMillis());
        assertEquals(LocalDate.of(2025, 8, 13), parsed.day());
    }

    @Test
    void epochNumbersAreSecondsBelowOneHundredBillionAndMillisAbove() {
        assertEquals(99_999_999_999_000L, PublicationTimes.parseEpoch(99_999_999_999L, UTC).epochMillis());
        assertEquals(100_000_000_000L, PublicationTimes.parseEpoch(100_000_000_000L, UTC).epochMillis());
        assertEquals(-100_000_000_000L, PublicationTimes.parseEpoch(-100_000_000_000L, UTC).epochMillis());
        assertEquals(-1000L, PublicationTimes.parseEpoch(-1, UTC).epochMillis());
        assertEquals(millis("2025-08-13T09:30:00Z"), PublicationTimes.parseEpoch(1_755_077_400L, UTC).epochMillis());
        assertEquals(millis("2025-08-13T09:30:00Z"),
                PublicationTimes.parseEpoch(1_755_077_400_000L, UTC).epochMillis());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2025-02-30T10:00:00Z", "2025-13-01 10:00", "2025-08-13T25:00",
        "Sun, 30 Feb 2025 09:30:00 GMT", "Wed, 13 Aug 2025 24:30:00 GMT", "yesterday", "13/08/2025",
        "2025-08-13T09:30:00 Europe/Berlin", "2025-08-13X09:30"})
    void rejectsImpossibleOrUnknownTimes(String value) {
        assertThrows(DateTimeException.class, () -> PublicationTimes.parse(value, UTC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "99999999999999999999", "-"})
    void rejectsEmptyValuesAndOutOfRangeNumbers(String value) {
        assertThrows(RuntimeException.class, () -> PublicationTimes.parse(value, UTC));
    }
}
