package dev.kimball.core;

import dev.kimball.api.KimballSession;
import dev.kimball.spi.Warehouse;

/** Test access to the warehouse behind a session. */
public final class TestingSessions {
    private TestingSessions() {
    }

    public static Warehouse warehouse(KimballSession session) {
        return ((DefaultSession) session).warehouse();
    }
}
