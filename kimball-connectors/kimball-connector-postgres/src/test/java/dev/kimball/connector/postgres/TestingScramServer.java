package dev.kimball.connector.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server that demands a password (scram-sha-256), because the shared test server trusts every
 * loopback login and so cannot show a wrong password being refused. Built with the machine's own initdb/pg_ctl
 * (Debian's postgresql package); their absence fails the test. Run as the {@code postgres} user when we are root.
 */
final class TestingScramServer implements AutoCloseable {
    final int port;
    private final Path dir;
    private final Path bin;

    private TestingScramServer(int port, Path dir, Path bin) {
        this.port = port;
        this.dir = dir;
        this.bin = bin;
    }

    static TestingScramServer start(String superuserPassword) throws IOException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("kimball-scram-");
        Files.writeString(dir.resolve("pw"), superuserPassword + "\n", StandardCharsets.UTF_8);
        if (isRoot()) {
            run(List.of("chown", "-R", "postgres", dir.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                "--auth-host=scram-sha-256", "--auth-local=trust", "--pwfile=" + dir.resolve("pw"), "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync"), true);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off "
                        + "-c shared_buffers=16MB -c max_connections=20", "start"), true);
        return new TestingScramServer(port, dir, bin);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop"), true);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                List<Path> found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .sorted(Comparator.comparing(Path::toString).reversed()).toList();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
        }
        throw new IllegalStateException("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin: install Debian's "
                + "postgresql package (scripts/services/postgres.sh start does)");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres && isRoot()) {
            full.addAll(Arrays.asList("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        boolean finished;
        try {
            finished = p.waitFor(90, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
        if (!finished || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
        }
    }
}
