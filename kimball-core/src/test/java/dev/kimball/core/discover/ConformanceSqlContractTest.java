package dev.kimball.core.discover;

import static dev.kimball.api.LogicalType.BOOLEAN;
import static dev.kimball.api.LogicalType.DATE;
import static dev.kimball.api.LogicalType.DECIMAL;
import static dev.kimball.api.LogicalType.FLOAT;
import static dev.kimball.api.LogicalType.INTEGER;
import static dev.kimball.api.LogicalType.TIME;
import static dev.kimball.api.LogicalType.TIMESTAMP;
import static dev.kimball.core.discover.TestingTypes.typed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.api.InferredType;
import dev.kimball.api.KimballSession;
import dev.kimball.api.TypeFormat;
import dev.kimball.api.TypeFormat.PercentScale;
import dev.kimball.api.TypeFormat.Position;
import dev.kimball.api.TypeFormat.UnixUnit;
import dev.kimball.core.TestingClickHouse;
import dev.kimball.core.TestingSessions;
import dev.kimball.inference.FormatValidator;
import dev.kimball.spi.Dialect;
import dev.kimball.spi.Warehouse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link Dialect#conforms} per format family, evaluated by the real engine with {@code SELECT <expr>}: each value
 * must give the expected answer, and the JVM's {@link FormatValidator} must give the same one, so the SQL check and
 * the inference engine's own check agree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConformanceSqlContractTest {
    private KimballSession session;
    private Warehouse warehouse;

    protected abstract KimballSession openSession();

    @BeforeAll
    void open() {
        session = openSession();
        warehouse = TestingSessions.warehouse(session);
    }

    @AfterAll
    void close() {
        TestingClickHouse.dropNamespaceAndClose(session);
    }

    /** Checks every value; collects all disagreements so one run shows them all. */
    private void check(InferredType t, List<String> conform, List<String> notConform) {
        Dialect d = warehouse.dialect();
        List<String> wrong = new ArrayList<>();
        FormatValidator jvm = FormatValidator.of(t);
        for (String v : conform) {
            evaluate(d, t, v, true, jvm, wrong);
        }
        for (String v : notConform) {
            evaluate(d, t, v, false, jvm, wrong);
        }
        assertThat(wrong).as(t.typeName() + " " + t.format().describe()).isEmpty();
    }

    private void evaluate(Dialect d, InferredType t, String v, boolean expected, FormatValidator jvm, List<String> wrong) {
        long sql = warehouse.queryLong("SELECT CASE WHEN " + d.conforms(d.literal(v), t) + " THEN 1 ELSE 0 END AS x");
        if ((sql == 1) != expected) {
            wrong.add("SQL says " + (sql == 1) + " for '" + v + "'");
        }
        if (jvm.conforms(v) != expected) {
            wrong.add("JVM says " + jvm.conforms(v) + " for '" + v + "'");
        }
    }

    @Test
    void integers() {
        check(typed(INTEGER, 0, 0, TypeFormat.number('.', '\0')),
                List.of("42", "-7", "+3", " 12 ", "007", "0"),
                List.of("1.5", "1,000", "abc", "1e3", "12a", "--1", "4'2", "1\\2", "1\n2"));
        check(typed(INTEGER, 0, 0, TypeFormat.number('.', ',')),
                List.of("1,234", "1,234,567", "12"),
                List.of("1,23", "1.5", "1 234"));
    }

    /** Both ends are trimmed of the same characters in SQL and in the JVM (DuckDB: trim(v, chars), not a regex). */
    @Test
    void edgeSpacesAreTrimmedAlikeButInnerOnesAreNot() {
        check(typed(INTEGER, 0, 0, TypeFormat.number('.', '\0')),
                List.of("\t42", "42\r\n", "\u00A042\u202F", "\n\n8"),
                List.of("4 2", "4\u00A02", "\u000B42", "42\u2003", " \f7 "));
        check(typed(DATE, 0, 0, TypeFormat.temporal("dd/MM/yyyy")),
                List.of(" 01/02/2024\t", "\u00A031/12/1999"),
                List.of("01 /02/2024", "\u000B01/02/2024"));
    }

    @Test
    void decimalsWithCurrencyAndAccountingNegatives() {
        TypeFormat usd = TypeFormat.number('.', ',').withCurrency("$", Position.PREFIX).withAccountingNegatives(true);
        check(typed(DECIMAL, 10, 2, usd),
                List.of("$1,234.56", "1234.5", "(12.00)", "-$3.10", "$ 5", "7"),
                List.of("€5", "12.345", "abc", "1,2345.00", "$$5"));
        TypeFormat eur = TypeFormat.number(',', '.').withCurrency("€", Position.SUFFIX);
        check(typed(DECIMAL, 10, 2, eur),
                List.of("1.234,56 €", "12,5€", "7", "-3,10 €"),
                List.of("1,234.56", "12,345 €", "$5"));
    }

    @Test
    void otherSeparatorConventions() {
        check(typed(DECIMAL, 10, 2, TypeFormat.number(',', ' ')),
                List.of("1 234,56", "1\u00A0234,5", "1\u202F234\u202F567,00", "12,3"),
                List.of("1 23,4", "1.234,56", "1 234.56"));
        check(typed(DECIMAL, 10, 2, TypeFormat.number('.', '\'')),
                List.of("1'234.50", "-12'345'678.9", "5"),
                List.of("1'23.5", "1,234.50"));
        check(typed(DECIMAL, 10, 2, TypeFormat.number('.', ',').withCurrency("EUR", Position.SUFFIX)),
                List.of("1,234.50 EUR", "12 EUR", "EUR 7", "EUR7", "3.5"),
                List.of("12 USD", "EU 12", "12 EURO", "12EUR"));
    }

    @Test
    void percentages() {
        check(typed(DECIMAL, 5, 1, TypeFormat.number('.', '\0').withPercent(PercentScale.POINTS)),
                List.of("85.5%", "12%", "100", "-3.5 %"),
                List.of("85.55%", "abc%", "%"));
        check(typed(DECIMAL, 5, 3, TypeFormat.number('.', '\0').withPercent(PercentScale.FRACTION)),
                List.of("85.5%", "12.5", "12%"),
                List.of("85.55%", "0.855"));
    }

    @Test
    void floatsWithExponent() {
        check(typed(FLOAT, 0, 0, TypeFormat.number('.', '\0').withExponent(true)),
                List.of("1.5e10", "-2E-3", "3.14", "10"),
                List.of("1e", "e5", "1.2.3", "abc"));
    }

    @Test
    void booleans() {
        check(typed(BOOLEAN, 0, 0, TypeFormat.bool("yes", "no")),
                List.of("yes", "NO", " Yes "),
                List.of("y", "true", "yess"));
    }

    @Test
    void datesWithPatterns() {
        check(typed(DATE, 0, 0, TypeFormat.temporal("dd/MM/yyyy")),
                List.of("31/12/2023", "01/02/2024", "29/02/2024", "29/02/2000", "15/06/1850", "31/12/2399"),
                List.of("30/02/2023", "2023-12-31", "1/2/2024", "32/01/2023", "29/02/2023", "31/04/2024", "29/02/1900", "00/01/2024", "01/00/2024"));
        check(typed(DATE, 0, 0, TypeFormat.temporal("d/M/yyyy")),
                List.of("1/2/2024", "15/11/2023", "05/06/2024"),
                List.of("1/13/2024", "1-2-2024"));
        check(typed(DATE, 0, 0, TypeFormat.temporal("MMM d, yyyy")),
                List.of("Jan 5, 2024", "dec 31, 2023"),
                List.of("Foo 5, 2024", "Feb 30, 2024", "January 5, 2024"));
    }

    @Test
    void otherTemporalFields() {
        check(typed(DATE, 0, 0, TypeFormat.temporal("dd.MM.yy")),
                List.of("31.12.23", "29.02.24"),
                List.of("29.02.23", "31.12.2023", "1.2.23"));
        check(typed(DATE, 0, 0, TypeFormat.temporal("EEEE, MMMM d, yyyy")),
                List.of("Monday, January 15, 2024", "friday, march 1, 2024"),
                List.of("Mon, January 15, 2024", "Monday, Jan 15, 2024", "Monday, February 30, 2024"));
        check(typed(DATE, 0, 0, TypeFormat.temporal("yyyyMMdd")),
                List.of("20240115", "20240229"),
                List.of("20230229", "2024011", "20241301"));
        check(typed(TIME, 0, 0, TypeFormat.temporal("h:mm a")),
                List.of("1:05 PM", "12:30 am", "09:15 AM"),
                List.of("13:05 PM", "1:05", "0:30 AM"));
        check(typed(TIMESTAMP, 0, 0, TypeFormat.temporal("yyyy-MM-dd HH:mm:ss.SSSSSS")),
                List.of("2024-01-15 10:30:00.123456", "2024-01-15 10:30:00.1"),
                List.of("2024-01-15 10:30:00.1234567", "2024-01-15 10:30:00"));
    }

    @Test
    void timestampsAndTimes() {
        check(typed(TIMESTAMP, 0, 0, TypeFormat.temporal("yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX")),
                List.of("2024-01-15T10:30:00Z", "2024-01-15T10:30:00.123+05:30", "2024-01-15T10:30:00-08:00"),
                List.of("2024-01-15 10:30:00", "2024-01-15T25:00:00Z", "2024-02-30T10:00:00Z"));
        check(typed(TIMESTAMP, 0, 0, TypeFormat.temporal("yyyy-MM-dd HH:mm:ss")),
                List.of("2024-01-15 10:30:00", "2023-12-31 23:59:59"),
                List.of("2024-01-15T10:30:00", "2024-01-15 10:60:00", "2024-01-15"));
        check(typed(TIME, 0, 0, TypeFormat.temporal("HH:mm:ss")),
                List.of("23:59:59", "00:00:00"),
                List.of("24:00:00", "12:5:00", "12:00"));
    }

    @Test
    void unixEpochs() {
        check(typed(TIMESTAMP, 0, 0, TypeFormat.unix(UnixUnit.SECONDS)),
                List.of("1700000000", "631152000"),
                List.of("17000", "9999999999", "1700000000.5", "1700000000000"));
        check(typed(TIMESTAMP, 0, 0, TypeFormat.unix(UnixUnit.MILLIS)),
                List.of("1700000000000"),
                List.of("1700000000", "99999999999999"));
    }
}
