package dev.kimball.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kimball.spi.SourceUnit;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every PostgreSQL type read back as its exact expected string, in COPY and in cursor mode. */
class AllTypesIT {
    private static TestingPostgres pg;

    @BeforeAll
    static void createTable() {
        pg = TestingPostgres.create();
        String s = pg.schema;
        pg.exec("CREATE EXTENSION IF NOT EXISTS hstore SCHEMA " + s,
                "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
                "CREATE TYPE pair AS (a int, b text)",
                "CREATE DOMAIN posint AS int CHECK (VALUE > 0)",
                "CREATE DOMAIN utc_time AS timestamptz",
                "CREATE DOMAIN utc_time2 AS utc_time", // a domain over a domain still renders as timestamptz
                """
                CREATE TABLE all_types (
                  id int PRIMARY KEY, c_int2 smallint, c_int4 integer, c_int8 bigint, c_numeric numeric,
                  c_numeric_s numeric(40, 10), c_real real, c_double double precision, c_bool boolean, c_text text,
                  c_varchar varchar(20), c_char char(5), c_bytea bytea, c_date date, c_time time, c_timetz timetz,
                  c_ts timestamp, c_tstz timestamptz, c_interval interval, c_uuid uuid, c_json json, c_jsonb jsonb,
                  c_int_arr int[], c_text_arr text[], c_2d numeric[][], c_enum mood, c_inet inet, c_cidr cidr,
                  c_macaddr macaddr, c_money money, c_int4range int4range, c_tstzrange tstzrange, c_hstore hstore,
                  c_pair pair, c_domain posint, c_dom_ts utc_time2, c_varbit bit varying(8), c_xml xml)""",
                """
                INSERT INTO all_types VALUES
                (1, 32767, 2147483647, 9223372036854775807, 123456789012345678901234567890.123456789,
                 -0.0000000001, 3.4028235e38, 1.7976931348623157e308, true,
                 E'tab\\there\\nnew line ''q'' "dq" back\\\\slash é 日本 🎉', '', 'ab', '\\x00ff10', '1969-07-20',
                 '23:59:59.999999', '12:34:56+05:30', '1900-01-01 00:00:00', '1969-07-20 20:17:40.5-04',
                 '1 year 2 mons 3 days 04:05:06.789', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
                 '{"b": 1,  "a": [1, 2.50]}', '{"b": 1,  "a": [1, 2.50]}', '{1,NULL,3}', '{"a,b","c\\"d",NULL}',
                 '{{1.5,2},{3,4}}', 'happy', '192.168.0.1/24', '10.0.0.0/8', '08:00:2b:01:02:03', '1234.56',
                 '[1,10)', '[2024-01-01 00:00+00,2024-02-01 00:00+00)', 'a=>1, b=>NULL', ROW(1, 'x\ty'), 5,
                 '2024-02-29 12:00:00+00', B'1010', '<a>x</a>'),
                (2, -32768, -2147483648, -9223372036854775808, 'NaN', '-12345678901234567890.0123456789', 1.4e-45,
                 5e-324, false, '', 'x', NULL, '\\x', '0044-03-15 BC', '00:00:00', '00:00:00-08',
                 '0001-01-01 00:00:00 BC', '1900-01-01 00:00:00+00', '-1 day -00:00:01', NULL, 'null', 'null',
                 '{}', '{}', '{}', 'sad', '::1', '2001:db8::/32', 'ff:ff:ff:ff:ff:ff', '-0.01', 'empty', 'empty', '',
                 ROW(NULL, NULL), 1, '1960-06-15 23:59:59.000001+00', B'', '<b/>'),
                (3, 0, 0, 0, 'Infinity', 0, 'NaN', 'Infinity', NULL, NULL, NULL, NULL, NULL, 'infinity', '24:00:00',
                 '23:59:59.5+14:00', 'infinity', '-infinity', '0', NULL, '[]', '[]', NULL, NULL, NULL, NULL, NULL, NULL,
                 NULL, '0', '(,)', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                (4, NULL, NULL, NULL, '-Infinity', NULL, '-0', '-0', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                 NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                 NULL, NULL, NULL, NULL, NULL)""");
    }

    @AfterAll
    static void dropSchema() {
        pg.close();
    }

    private static Map<String, List<String>> expected() {
        Map<String, List<String>> e = new LinkedHashMap<>();
        e.put("id", Arrays.asList("1", "2", "3", "4"));
        e.put("c_int2", Arrays.asList("32767", "-32768", "0", null));
        e.put("c_int4", Arrays.asList("2147483647", "-2147483648", "0", null));
        e.put("c_int8", Arrays.asList("9223372036854775807", "-9223372036854775808", "0", null));
        e.put("c_numeric", Arrays.asList("123456789012345678901234567890.123456789", "NaN", "Infinity", "-Infinity"));
        e.put("c_numeric_s", Arrays.asList("-0.0000000001", "-12345678901234567890.0123456789", "0.0000000000", null));
        e.put("c_real", Arrays.asList("3.4028235e+38", "1e-45", "NaN", "-0"));
        e.put("c_double", Arrays.asList("1.7976931348623157e+308", "5e-324", "Infinity", "-0"));
        e.put("c_bool", Arrays.asList("true", "false", null, null));
        e.put("c_text", Arrays.asList("tab\there\nnew line 'q' \"dq\" back\\slash é 日本 🎉", "", null, null));
        e.put("c_varchar", Arrays.asList("", "x", null, null));
        e.put("c_char", Arrays.asList("ab   ", null, null, null));
        e.put("c_bytea", Arrays.asList("00ff10", "", null, null));
        e.put("c_date", Arrays.asList("1969-07-20", "-0043-03-15", "infinity", null));
        e.put("c_time", Arrays.asList("23:59:59.999999", "00:00:00", "24:00:00", null));
        e.put("c_timetz", Arrays.asList("12:34:56+05:30", "00:00:00-08:00", "23:59:59.5+14:00", null));
        e.put("c_ts", Arrays.asList("1900-01-01T00:00:00", "0000-01-01T00:00:00", "infinity", null));
        e.put("c_tstz", Arrays.asList("1969-07-21T00:17:40.5Z", "1900-01-01T00:00:00Z", "-infinity", null));
        e.put("c_interval", Arrays.asList("P1Y2M3DT4H5M6.789S", "P-1DT-1S", "PT0S", null));
        e.put("c_uuid", Arrays.asList("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", null, null, null));
        e.put("c_json", Arrays.asList("{\"b\": 1,  \"a\": [1, 2.50]}", "null", "[]", null));
        e.put("c_jsonb", Arrays.asList("{\"a\": [1, 2.50], \"b\": 1}", "null", "[]", null));
        e.put("c_int_arr", Arrays.asList("[1,null,3]", "[]", null, null));
        e.put("c_text_arr", Arrays.asList("[\"a,b\",\"c\\\"d\",null]", "[]", null, null));
        e.put("c_2d", Arrays.asList("[[1.5,2],[3,4]]", "[]", null, null));
        e.put("c_enum", Arrays.asList("happy", "sad", null, null));
        e.put("c_inet", Arrays.asList("192.168.0.1/24", "::1", null, null));
        e.put("c_cidr", Arrays.asList("10.0.0.0/8", "2001:db8::/32", null, null));
        e.put("c_macaddr", Arrays.asList("08:00:2b:01:02:03", "ff:ff:ff:ff:ff:ff", null, null));
        e.put("c_money", Arrays.asList("1234.56", "-0.01", "0.00", null));
        e.put("c_int4range", Arrays.asList("[1,10)", "empty", "(,)", null));
        e.put("c_tstzrange", Arrays.asList("[\"2024-01-01 00:00:00+00\",\"2024-02-01 00:00:00+00\")", "empty", null, null));
        e.put("c_hstore", Arrays.asList("{\"a\": \"1\", \"b\": null}", "{}", null, null));
        e.put("c_pair", Arrays.asList("{\"a\":1,\"b\":\"x\\ty\"}", "{\"a\":null,\"b\":null}", null, null));
        e.put("c_domain", Arrays.asList("5", "1", null, null));
        e.put("c_dom_ts", Arrays.asList("2024-02-29T12:00:00Z", "1960-06-15T23:59:59.000001Z", null, null));
        e.put("c_varbit", Arrays.asList("1010", "", null, null));
        e.put("c_xml", Arrays.asList("<a>x</a>", "<b/>", null, null));
        return e;
    }

    @Test
    void everyTypeBecomesItsExactStringInCopyMode() {
        assertExpected(read(ReadMode.COPY));
    }

    @Test
    void cursorModeGivesTheSameStringsAsCopy() {
        List<String[]> copy = read(ReadMode.COPY);
        List<String[]> cursor = read(ReadMode.CURSOR);
        assertThat(cursor).hasSameSizeAs(copy);
        for (int i = 0; i < copy.size(); i++) {
            assertThat(cursor.get(i)).as("row %d", i + 1).containsExactly(copy.get(i));
        }
        assertExpected(cursor);
    }

    @Test
    void headerIsTheColumnNamesInOrder() {
        SourceUnit unit = new PostgresSourceProvider().units(pg.source().tables("all_types")).get(0);
        assertThat(TestingReads.header(unit)).containsExactlyElementsOf(expected().keySet());
    }

    /** Floats as PostgreSQL prints them with extra_float_digits > 0 read back to the very same bits. */
    @Test
    void floatsRoundTripBitForBit() throws SQLException {
        pg.exec("CREATE TABLE floats (id int PRIMARY KEY, f4 real, f8 double precision)");
        Random random = new Random(42);
        List<double[]> written = new ArrayList<>();
        try (PreparedStatement ps = pg.admin().prepareStatement("INSERT INTO " + pg.schema + ".floats VALUES (?, ?, ?)")) {
            for (int i = 0; i < 5_000; i++) {
                float f = Float.intBitsToFloat(random.nextInt());
                double d = Double.longBitsToDouble(random.nextLong());
                if (i % 3 == 0) { // human-scale values too, where a wrong digit count would show
                    f = (float) (random.nextDouble() * 1000);
                    d = Math.round(random.nextDouble() * 1e6) / 100.0;
                }
                if (Float.isNaN(f) || Double.isNaN(d)) {
                    continue; // NaN has many bit patterns and PostgreSQL keeps one
                }
                ps.setInt(1, i);
                ps.setFloat(2, f);
                ps.setDouble(3, d);
                ps.addBatch();
                written.add(new double[] {i, f, d});
            }
            ps.executeBatch();
        }
        SourceUnit unit = new PostgresSourceProvider().units(pg.source().tables("floats")).get(0);
        List<String[]> rows = TestingReads.rows(unit);
        assertThat(rows).hasSize(written.size());
        Map<Integer, String[]> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(Integer.parseInt(r[0]), r));
        for (double[] w : written) {
            String[] r = byId.get((int) w[0]);
            assertThat(Float.floatToIntBits(Float.parseFloat(r[1]))).as("real %s", r[1]).isEqualTo(Float.floatToIntBits((float) w[1]));
            assertThat(Double.doubleToLongBits(Double.parseDouble(r[2]))).as("double %s", r[2])
                    .isEqualTo(Double.doubleToLongBits(w[2]));
        }
    }

    private static List<String[]> read(ReadMode mode) {
        PostgresSourceProvider provider = new PostgresSourceProvider(PostgresReadOptions.defaults().withMode(mode));
        List<SourceUnit> units = provider.units(pg.source().tables("all_types"));
        assertThat(units).hasSize(1);
        List<String[]> rows = TestingReads.rows(units.get(0));
        rows.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
        return rows;
    }

    private static void assertExpected(List<String[]> rows) {
        assertThat(rows).hasSize(4);
        int col = 0;
        for (Map.Entry<String, List<String>> e : expected().entrySet()) {
            for (int row = 0; row < 4; row++) {
                assertThat(rows.get(row)[col]).as("%s row %d", e.getKey(), row + 1).isEqualTo(e.getValue().get(row));
            }
            col++;
        }
        assertThat(col).isEqualTo(rows.get(0).length);
    }
}
