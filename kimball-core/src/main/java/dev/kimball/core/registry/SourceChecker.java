package dev.kimball.core.registry;

import dev.kimball.api.KimballException;
import dev.kimball.api.PostgresSource;
import dev.kimball.api.S3Location;
import dev.kimball.api.Secret;
import dev.kimball.api.Source;
import dev.kimball.api.SourceCheck;
import dev.kimball.api.FileSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs a connector's check of a source on its own daemon thread and turns the outcome, whatever it is, into a
 * {@link SourceCheck}: a check that does not answer within the timeout is reported as SOURCE_TIMEOUT (its thread ends
 * with the connector's own network timeouts). Any secret value of the source that a message might echo is masked.
 */
final class SourceChecker {
    private final Function<Source, String> tester;
    private final Duration timeout;

    SourceChecker(Function<Source, String> tester, Duration timeout) {
        this.tester = Objects.requireNonNull(tester, "tester");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    SourceCheck check(String name, Source source) {
        long start = System.nanoTime();
        CompletableFuture<String> run = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                run.complete(tester.apply(source));
            } catch (Throwable e) {
                run.completeExceptionally(e);
            }
        }, "kimball-source-test-" + name);
        t.setDaemon(true);
        t.start();
        String code;
        String message;
        try {
            message = run.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            code = SourceCheck.OK;
        } catch (TimeoutException e) {
            code = "SOURCE_TIMEOUT";
            message = "no answer within " + timeout.toSeconds() + " s from " + source.describe()
                    + "; check the host, port, firewall and proxy";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = "INTERRUPTED";
            message = "the test was interrupted";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof KimballException k) {
                code = k.code();
                message = k.getMessage();
            } else {
                code = "SOURCE_TEST_FAILED";
                message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        }
        return new SourceCheck(name, SourceCheck.OK.equals(code), code, mask(String.valueOf(message), source),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Replaces every resolvable secret value of the source in a text: a last defence against a server echoing one. */
    static String mask(String text, Source source) {
        String out = text;
        for (Secret s : secrets(source)) {
            String value;
            try {
                value = s.reveal();
            } catch (RuntimeException unresolvable) {
                continue;
            }
            if (!value.isEmpty()) {
                out = out.replace(value, "******");
            }
        }
        return out;
    }

    private static List<Secret> secrets(Source source) {
        List<Secret> out = new ArrayList<>();
        if (source instanceof PostgresSource pg) {
            pg.password().ifPresent(out::add);
        }
        if (source instanceof FileSource fs && fs.location() instanceof S3Location s3) {
            add(out, s3.accessKeyId());
            add(out, s3.secretAccessKey());
        }
        return out;
    }

    private static void add(List<Secret> out, Optional<Secret> s) {
        s.ifPresent(out::add);
    }
}
