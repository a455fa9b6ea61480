package dev.kimball.core.bronze;

import dev.kimball.api.KimballSession;
import dev.kimball.core.TestingClickHouse;
import dev.kimball.core.TestingSessions;
import dev.kimball.spi.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the contract suites that run through a public {@link KimballSession}: a subclass says which warehouse to
 * open (a fresh DuckDB file or a fresh ClickHouse namespace); the suite gets the session and its warehouse for checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SessionContractTest {
    protected KimballSession session;
    protected Warehouse warehouse;

    /** A session on a new, empty warehouse. */
    protected abstract KimballSession openSession();

    @BeforeAll
    void openSessionAndWarehouse() throws Exception {
        beforeSession();
        session = openSession();
        warehouse = TestingSessions.warehouse(session);
    }

    /** Set-up that must happen before the session opens (e.g. source data, system properties). */
    protected void beforeSession() throws Exception {
    }

    @AfterAll
    void closeSession() throws Exception {
        TestingClickHouse.dropNamespaceAndClose(session);
        afterSession();
    }

    /** Clean-up after the session closed. */
    protected void afterSession() throws Exception {
    }
}
