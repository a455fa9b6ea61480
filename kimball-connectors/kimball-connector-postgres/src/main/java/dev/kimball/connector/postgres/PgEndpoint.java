package dev.kimball.connector.postgres;

import dev.kimball.api.ConfigurationException;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Where a PostgreSQL URL points: host(s), port(s), database, as the driver itself parses the URL (so multi-host URLs
 * and defaults match what the driver will connect to). Holds nothing secret: used in unit names and messages.
 *
 * @param urlUser the {@code user} parameter of the URL, or null
 */
record PgEndpoint(String hosts, String ports, String database, String urlUser) {

    /** @throws ConfigurationException (POSTGRES_URL) when the driver cannot parse the URL */
    static PgEndpoint of(String url) {
        Properties p = Driver.parseURL(url, null);
        if (p == null) {
            throw new ConfigurationException("POSTGRES_URL",
                    "the PostgreSQL driver cannot parse the URL " + url + "; it looks like jdbc:postgresql://host:5432/db");
        }
        return new PgEndpoint(p.getProperty("PGHOST", "localhost"), p.getProperty("PGPORT", "5432"),
                p.getProperty("PGDBNAME", ""), p.getProperty("user"));
    }

    /** {@code host:port} (or {@code h1:p1,h2:p2} for a multi-host URL). */
    String address() {
        String[] h = hosts.split(",");
        String[] p = ports.split(",");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < h.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(h[i]).append(':').append(i < p.length ? p[i] : p[p.length - 1]);
        }
        return b.toString();
    }

    /** {@code host:port/db}. */
    String display() {
        return address() + "/" + database;
    }
}
