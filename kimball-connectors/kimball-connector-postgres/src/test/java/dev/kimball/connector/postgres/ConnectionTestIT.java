package dev.kimball.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.PostgresSource;
import dev.kimball.api.Secret;
import dev.kimball.api.SourceException;
import dev.kimball.api.Sources;
import dev.kimball.spi.RecordReader;
import dev.kimball.spi.SourceUnit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code test()} says what is wrong for every failure it can meet, within the timeout, and the planted password never
 * shows up in any message, toString or stack trace.
 */
class ConnectionTestIT {
    private static final String PLANTED = "Pl4nted-S3cret-Value";
    private static final String BASE_URL = TestingPostgres.URL.replaceAll("\\?.*$", "");
    private static TestingPostgres pg;
    private static TestingScramServer scram;
    private static final List<Object> SEEN = new ArrayList<>();
    private final PostgresSourceProvider provider = new PostgresSourceProvider();

    @BeforeAll
    static void setUp() throws Exception {
        pg = TestingPostgres.create();
        pg.exec("CREATE TABLE open_data (id int)", "CREATE TABLE secret_data (id int)", "INSERT INTO secret_data VALUES (1)");
        scram = TestingScramServer.start(PLANTED);
    }

    @AfterAll
    static void tearDown() throws Exception {
        try {
            for (Object o : SEEN) {
                String text = o instanceof Throwable t ? everything(t) : String.valueOf(o);
                assertThat(text).as("the password in %s", o.getClass().getSimpleName()).doesNotContain(PLANTED);
            }
            assertThat(SEEN).as("failures and objects checked for the password").hasSizeGreaterThan(10);
        } finally {
            pg.close();
            scram.close();
        }
    }

    private static PostgresSource withPassword(String url) {
        return Sources.postgres(url).user("postgres").password(Secret.of(PLANTED));
    }

    /** Runs a check that must fail with {@code code} within the connect timeout plus slack; returns the exception. */
    private SourceException failure(String code, Supplier<?> check) {
        long start = System.nanoTime();
        SourceException e = catchThrowableOfType(SourceException.class, check::get);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(e).as("expected a SourceException " + code).isNotNull();
        SEEN.add(e);
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
        assertThat(millis).as("ms until %s", code).isLessThan(PostgresReadOptions.CONNECT_TIMEOUT.toMillis() + 3_000);
        return e;
    }

    @Test
    void aGoodSourcePasses() {
        PostgresCheck check = provider.test(withPassword(BASE_URL).schema(pg.schema));
        SEEN.add(check);
        assertThat(check.user()).isEqualTo("postgres");
        assertThat(check.serverVersion()).matches("\\d+(\\.\\d+)?.*");
        assertThat(check.tables()).containsExactlyInAnyOrder("open_data", "secret_data");
        assertThat(check.endpoint()).isEqualTo("127.0.0.1:5432/test");
    }

    @Test
    void unknownHost() {
        SourceException e = failure("SOURCE_UNREACHABLE", () -> provider.test(withPassword("jdbc:postgresql://no-such-host.invalid:5432/test")));
        assertThat(e).hasMessageContaining("unknown host no-such-host.invalid");
    }

    @Test
    void connectionRefusedNamesHostAndPort() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        int closed = port;
        SourceException e = failure("SOURCE_UNREACHABLE", () -> provider.test(withPassword("jdbc:postgresql://127.0.0.1:" + closed + "/test")));
        assertThat(e).hasMessageContaining("connection refused by 127.0.0.1:" + closed);
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        held.add(silent.accept()); // accept and say nothing, like a hung server or a black-holing proxy
                    }
                } catch (Exception done) {
                    held.forEach(s -> PgConnections.closeQuietly(s));
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            SourceException e = failure("SOURCE_UNREACHABLE",
                    () -> provider.test(withPassword("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/test")));
            assertThat(e).hasMessageContaining("127.0.0.1:" + silent.getLocalPort());
        }
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailure() {
        PostgresSource wrong = Sources.postgres(scram.url("postgres")).user("postgres").password(Secret.of(PLANTED + "-wrong"));
        SourceException e = failure("SOURCE_AUTH_FAILED", () -> provider.test(wrong));
        assertThat(e).hasMessageContaining("password authentication failed for user \"postgres\"")
                .hasMessageContaining("check the user and the password");
        SEEN.add(wrong);
    }

    @Test
    void theRightPasswordIsSentAndAccepted() {
        PostgresSource right = Sources.postgres(scram.url("postgres")).user("postgres").password(Secret.of(PLANTED));
        SEEN.add(right);
        SourceException e = failure("SOURCE_NOT_FOUND", () -> provider.test(right)); // logged in; the schema is empty
        assertThat(e).hasMessageContaining("schema public").hasMessageContaining("has no tables");
    }

    @Test
    void noPasswordWhereOneIsNeeded() {
        SourceException e = failure("SOURCE_AUTH_FAILED", () -> provider.test(Sources.postgres(scram.url("postgres")).user("postgres")));
        assertThat(e).hasMessageContaining("password");
    }

    @Test
    void unknownUserIsAnAuthenticationFailure() {
        SourceException e = failure("SOURCE_AUTH_FAILED",
                () -> provider.test(Sources.postgres(BASE_URL).user("no_such_role_k").password(Secret.of(PLANTED))));
        assertThat(e).hasMessageContaining("no_such_role_k");
    }

    @Test
    void missingDatabase() {
        SourceException e = failure("SOURCE_NOT_FOUND", () -> provider.test(withPassword(BASE_URL.replaceAll("/[^/]*$", "/no_such_db_k"))));
        assertThat(e).hasMessageContaining("database no_such_db_k does not exist on 127.0.0.1:5432");
    }

    @Test
    void missingSchema() {
        SourceException e = failure("SOURCE_NOT_FOUND", () -> provider.test(withPassword(BASE_URL).schema("no_such_schema_k")));
        assertThat(e).hasMessageContaining("schema no_such_schema_k does not exist");
    }

    @Test
    void missingTable() {
        SourceException e = failure("SOURCE_NOT_FOUND", () -> provider.test(withPassword(BASE_URL).schema(pg.schema).tables("nope")));
        assertThat(e).hasMessageContaining("table nope not found").hasMessageContaining("open_data");
    }

    @Test
    void permissionDeniedOnATableNamesItAndTheGrant() {
        String role = pg.createRole();
        pg.exec("GRANT USAGE ON SCHEMA " + pg.schema + " TO " + role, "GRANT SELECT ON open_data TO " + role);
        PostgresSource asRole = Sources.postgres(BASE_URL).user(role).password(Secret.of(PLANTED)).schema(pg.schema);
        SourceException e = failure("SOURCE_PERMISSION_DENIED", () -> provider.test(asRole));
        assertThat(e).hasMessageContaining("may not read table secret_data")
                .hasMessageContaining("GRANT SELECT ON \"" + pg.schema + "\".\"secret_data\" TO \"" + role + "\"");
        assertThat(provider.test(asRole.tables("open_data")).tables()).containsExactly("open_data");

        // reading says the same, at open()
        SourceUnit unit = provider.units(asRole.tables("secret_data")).get(0);
        SEEN.add(unit);
        SourceException read = failure("SOURCE_PERMISSION_DENIED", unit::open);
        assertThat(read).hasMessageContaining("reading postgres://127.0.0.1:5432/test/" + pg.schema + ".secret_data")
                .hasMessageContaining("permission denied");
    }

    @Test
    void noUsageOnTheSchema() {
        String role = pg.createRole();
        PostgresSource asRole = Sources.postgres(BASE_URL).user(role).schema(pg.schema);
        SourceException e = failure("SOURCE_PERMISSION_DENIED", () -> provider.test(asRole));
        assertThat(e).hasMessageContaining("may not use schema " + pg.schema).hasMessageContaining("GRANT USAGE ON SCHEMA");
    }

    @Test
    void aUserInTheUrlAndAnotherInUserIsRefused() {
        assertThatThrownBy(() -> provider.test(Sources.postgres(BASE_URL + "?user=postgres").user("someone_else")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("keep one of them");
    }

    @Test
    void readersAndUnitsDoNotShowThePassword() {
        PostgresSource source = withPassword(BASE_URL).schema(pg.schema);
        SEEN.add(source);
        SEEN.add(provider);
        for (SourceUnit u : provider.units(source)) {
            SEEN.add(u);
            SEEN.add(u.name());
            try (RecordReader r = u.open()) {
                r.next();
                SEEN.add(r);
                SEEN.add(r.dialect());
            }
        }
    }

    private static String everything(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w)); // every cause's toString, i.e. its message, too
        StringBuilder b = new StringBuilder(w.toString());
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append('\n').append(c).append('\n').append(c.getMessage()).append('\n').append(c.getLocalizedMessage());
        }
        return b.toString();
    }
}
