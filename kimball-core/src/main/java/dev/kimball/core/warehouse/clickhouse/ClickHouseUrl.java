package dev.kimball.core.warehouse.clickhouse;

import dev.kimball.api.ConfigurationException;
import dev.kimball.api.Secret;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parsed ClickHouse warehouse URL: {@code jdbc:clickhouse://host[:port][/namespace][?user=..&password=..&ssl=true]}
 * (also {@code clickhouse://} and {@code jdbc:ch://}). The namespace prefixes the layer databases
 * ({@code ns_bronze}, ...) so several warehouses (e.g. test classes) share one server. The password is held as a
 * {@link Secret} and never appears in {@link #display()} or {@link #toString()}.
 */
record ClickHouseUrl(String host, int port, boolean ssl, String namespace, String user, Secret password) {
    static final List<String> PREFIXES = List.of("jdbc:clickhouse://", "clickhouse://", "jdbc:ch://");
    static final int DEFAULT_PORT = 8123;
    static final int DEFAULT_SSL_PORT = 8443;
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9_]{1,64}");

    ClickHouseUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(user, "user");
    }

    static boolean accepts(String url) {
        return url != null && PREFIXES.stream().anyMatch(url::startsWith);
    }

    /**
     * Parses a URL.
     *
     * @throws ConfigurationException if it is not a ClickHouse URL, has a bad port or namespace, or an unknown option
     *         (messages never contain the password)
     */
    static ClickHouseUrl parse(String url) {
        if (!accepts(url)) {
            throw new ConfigurationException("WAREHOUSE_URL", "not a ClickHouse URL (expected one of " + PREFIXES + "): "
                    + redacted(url));
        }
        String prefix = PREFIXES.stream().filter(url::startsWith).findFirst().orElseThrow();
        String rest = url.substring(prefix.length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String authority = rest;
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            authority = rest.substring(0, slash);
            path = rest.substring(slash + 1);
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String user = "default";
        Secret password = null;
        boolean ssl = false;
        for (String kv : query.split("&")) {
            if (kv.isEmpty()) {
                continue;
            }
            int eq = kv.indexOf('=');
            String key = eq < 0 ? kv : kv.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            switch (key) {
                case "user" -> user = value;
                case "password" -> password = Secret.of(value);
                case "ssl" -> ssl = Boolean.parseBoolean(value);
                default -> throw new ConfigurationException("WAREHOUSE_URL", "unknown option '" + key
                        + "' in the ClickHouse URL " + redacted(url) + "; known options: user, password, ssl");
            }
        }
        if (!path.isEmpty() && !NAMESPACE.matcher(path).matches()) {
            throw new ConfigurationException("WAREHOUSE_URL", "the namespace '" + path + "' in the ClickHouse URL "
                    + redacted(url) + " must be 1-64 letters, digits or underscores");
        }
        String host = authority;
        int port = ssl ? DEFAULT_SSL_PORT : DEFAULT_PORT;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && colon > authority.lastIndexOf(']')) {
            host = authority.substring(0, colon);
            String p = authority.substring(colon + 1);
            try {
                port = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65_535) {
                throw new ConfigurationException("WAREHOUSE_URL", "the port '" + p + "' in the ClickHouse URL "
                        + redacted(url) + " must be a number from 1 to 65535");
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new ConfigurationException("WAREHOUSE_URL", "the ClickHouse URL " + redacted(url) + " has no host");
        }
        return new ClickHouseUrl(host, port, ssl, path, user, password);
    }

    /** The password, if the URL had one. Callers must not log or store it. */
    Optional<Secret> passwordSecret() {
        return Optional.ofNullable(password);
    }

    /** {@code host:port} for messages. */
    String endpoint() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** The URL without the password (the user name is kept: it is not a secret and helps diagnose access errors). */
    String display() {
        StringBuilder b = new StringBuilder("jdbc:clickhouse://").append(endpoint());
        if (!namespace.isEmpty()) {
            b.append('/').append(namespace);
        }
        String sep = "?";
        if (!user.equals("default")) {
            b.append(sep).append("user=").append(user);
            sep = "&";
        }
        if (ssl) {
            b.append(sep).append("ssl=true");
        }
        return b.toString();
    }

    /** The database holding a layer: the layer itself, or {@code namespace_layer}. */
    String database(String layer) {
        return namespace.isEmpty() ? layer : namespace + "_" + layer;
    }

    /** A URL for messages when parsing failed: everything after '?' (where credentials live) is cut. */
    static String redacted(String url) {
        if (url == null) {
            return "null";
        }
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

    @Override
    public String toString() {
        return display();
    }
}
